import Foundation
import RuleEngine
@testable import Reports

/// The text report as it was written before it was built on bytes: every line a `String`, measured, cut and
/// wrapped by `Character`. `TextReporterBytesTests` holds the byte writer, its per-rule cache and its number
/// formatting to this, byte for byte. Kept as it was on purpose: change it only together with the report's
/// documented output.
extension TextReporter {
    func referenceRender(_ rating: Rating) -> String {
        let style = TerminalStyle(enabled: colour)
        var lines: [String] = []

        lines.append(style.bold(Reference.truncate(safe("\(rating.mission.name) (\(rating.mission.id))"), width)))
        let tierText = rating.tier.map { safe($0.uppercased()) } ?? "UNRATED"
        var verdict = "Tier " + style.paint(tierText, referenceTierColour(rating.tier, rating), bold: true)
        if let before = rating.tierBeforeCaps, before != rating.tier {
            verdict += " (capped from \(safe(before)))"
        }
        if let share = UncertaintyWording.headline(rating) { verdict += " " + share }
        verdict += "   Score " + style.bold(rating.score.map { Reference.score($0) } ?? "n/a")
        if let score = rating.score { verdict += " " + referenceBar(score) }
        if !rating.bonus.isEmpty {
            verdict += "   Stars " + String(repeating: "★", count: rating.stars)
                + String(repeating: "☆", count: rating.bonus.count - rating.stars)
        }
        lines.append(verdict)
        lines.append(safe("Ruleset \(rating.ruleset.id) \(rating.ruleset.version) — \(rating.ruleset.title)"
                     + (rating.ruleset.extends.isEmpty ? "" : " (extends \(rating.ruleset.extends.joined(separator: ", ")))")))
        lines.append("Tiers: " + rating.tiers.map { "\(safe($0.name)) ≥ \(Reference.score($0.minScore))" }.joined(separator: ", "))
        for cap in rating.caps {
            lines.append(style.paint("Capped at \(safe(cap.capsTierAt))", .yellow)
                         + safe(" by \(cap.rule): required \(Self.oneLine(cap.condition)) — \(cap.reason)"))
        }
        if let sentence = rating.unknownsInterval?.sentence { lines.append("Unknowns: " + sentence) }
        if let block = rating.uncertainty { lines += uncertaintyLines(block, rating: rating, style: style) }

        lines.append("")
        lines.append(style.bold("Sections"))
        for section in rating.sections where section.guidelines.contains(where: { !$0.rules.isEmpty }) {
            lines.append(referenceRow(indent: 2, id: safe(section.id), title: safe(section.title), score: section.score,
                                      detail: section.score == nil ? "not applicable"
                                          : "weight \(NumberFormatting.shortest(section.weight)), \(Reference.percent(section.share)) of total",
                                      style: style, bold: true))
            for guideline in section.guidelines where !guideline.rules.isEmpty {
                lines.append(referenceRow(indent: 4, id: safe(guideline.id), title: safe(guideline.title), score: guideline.score,
                                          detail: guideline.score == nil ? "not applicable"
                                              : "weight \(NumberFormatting.shortest(guideline.weight))",
                                          style: style, bold: false))
            }
        }

        var findings: [(rule: RuleResult, lost: Double)] = []
        var passed = 0, notApplicable = 0
        for rule in rating.allRules {
            switch rule.outcome {
            case .fail, .partial, .unknown: findings.append((rule, rule.totalShare * (1 - (rule.score ?? 0))))
            case .pass: passed += 1
            case .notApplicable: notApplicable += 1
            }
        }
        findings.sort { $0.lost != $1.lost ? $0.lost > $1.lost : $0.rule.id < $1.rule.id }
        lines.append("")
        lines.append(style.bold("Findings") + " (\(findings.count) to improve, \(passed) passed, \(notApplicable) not applicable)")
        if findings.isEmpty { lines.append("  none: every applicable rule passed") }
        for finding in findings { lines.append(contentsOf: referenceFinding(finding.rule, lost: finding.lost, style: style)) }

        if !rating.bonus.isEmpty {
            lines.append("")
            lines.append(style.bold("Bonus"))
            for rule in rating.bonus {
                let mark = rule.outcome == .pass ? style.paint("★", .yellow) : "☆"
                let outcome = referenceOutcomeText(rule.outcome, style)
                let room = width - Self.visibleWidthByCharacter("  * \(safe(rule.id))    ") - Self.visibleWidthByCharacter(outcome)
                lines.append("  \(mark) \(safe(rule.id))  \(Reference.truncate(safe(rule.title), max(room, 12)))  \(outcome)")
            }
        }

        if !rating.assumptions.isEmpty {
            lines.append("")
            lines.append(style.bold("Assumptions"))
            for assumption in rating.assumptions {
                lines.append(safe("  \(assumption.key) = \(assumption.value.displayText)") + (assumption.origin == .override ? " (--assume)" : ""))
            }
        }
        lines.append("")
        lines.append(style.paint("Rated by Steward \(rating.engine); every score above can be recomputed from `--format json`.", .grey))
        return lines.flatMap(wrapCharacters).joined(separator: "\n") + "\n"
    }

    private func safe(_ text: String) -> String { TextEscaping.visible(text) }

    private func referenceFinding(_ rule: RuleResult, lost: Double, style: TerminalStyle) -> [String] {
        var lines: [String] = []
        let scoreText = rule.score.map { Reference.score($0) } ?? "—"
        let room = width - Self.visibleWidthByCharacter("  * \(safe(rule.id))  ")
        lines.append("  \(referenceSymbol(rule.outcome, style)) \(style.bold(safe(rule.id)))  \(Reference.truncate(safe(rule.title), max(room, 12)))")
        lines.append("      \(referenceOutcomeText(rule.outcome, style)), score \(scoreText) × \(Reference.percent(rule.totalShare)) of total"
                     + " = \(Reference.score(rule.contribution)); loses \(Reference.score(lost))")
        if let measured = rule.measured {
            lines.append("      measured \(Reference.readable(measured)) on \(safe(Self.oneLine(rule.expression)))")
        }
        if let reason = rule.reason, rule.outcome == .unknown {
            lines.append("      " + style.paint("why unknown: \(safe(reason))", .magenta))
        }
        for fact in rule.facts {
            if let value = fact.value {
                let unit = fact.unit.map { " \($0)" } ?? ""
                let source = fact.source.map { Self.source($0) }.map { "  (\(safe($0)))" } ?? ""
                lines.append(safe("      \(fact.path) = \(Reference.readableText(value))\(unit)") + style.paint(source, .grey))
            } else {
                lines.append(safe("      \(fact.path) is missing: \(fact.missing ?? "unknown")"))
            }
        }
        if let required = rule.required, required.status != .met, rule.outcome != .notApplicable {
            lines.append(safe("      required (caps at \(required.capsTierAt)): \(Self.oneLine(required.condition)) — ")
                         + (required.status == .notMet ? "not met" : "unknown"))
        }
        if let advice = rule.advice {
            lines.append("      " + style.paint("advice: ", .cyan) + safe(advice))
        }
        if !rule.references.isEmpty {
            lines.append("      " + style.paint(safe("see: " + rule.references.joined(separator: "; ")), .grey))
        }
        return lines
    }

    private func referenceRow(indent: Int, id: String, title: String, score: Double?, detail: String, style: TerminalStyle,
                              bold: Bool) -> String {
        let scoreText = score.map { Reference.score($0) } ?? "  —  "
        let bars = score.map { referenceBar($0) } ?? String(repeating: " ", count: barWidth)
        let head = String(repeating: " ", count: indent) + Reference.pad(id, max(1, 10 - indent)) + " " + scoreText + " " + bars + "  "
        let room = width - Self.visibleWidthByCharacter(head) - Self.visibleWidthByCharacter("  (\(detail))")
        let name = Reference.truncate(title, max(room, 16))
        return head + (bold ? style.bold(name) : name) + style.paint("  (\(detail))", .grey)
    }

    private func referenceBar(_ score: Double) -> String {
        let filled = max(0, min(barWidth, Int((score * Double(barWidth)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }

    private func referenceSymbol(_ outcome: RuleOutcome, _ style: TerminalStyle) -> String {
        switch outcome {
        case .pass: return style.paint("✓", .green)
        case .partial: return style.paint("◐", .yellow)
        case .fail: return style.paint("✗", .red)
        case .unknown: return style.paint("?", .magenta)
        case .notApplicable: return style.paint("–", .grey)
        }
    }

    private func referenceOutcomeText(_ outcome: RuleOutcome, _ style: TerminalStyle) -> String {
        switch outcome {
        case .pass: return style.paint("pass", .green)
        case .partial: return style.paint("partial", .yellow)
        case .fail: return style.paint("fail", .red)
        case .unknown: return style.paint("unknown", .magenta)
        case .notApplicable: return style.paint("not applicable", .grey)
        }
    }

    private func referenceTierColour(_ tier: String?, _ rating: Rating) -> TerminalStyle.Colour {
        guard let tier, let rank = rating.tiers.firstIndex(where: { $0.name == tier }) else { return .red }
        return rank == 0 ? .green : (rank == rating.tiers.count - 1 ? .yellow : .cyan)
    }
}

/// The measuring and number formatting the text report had, by `Character` and `String`, for the reference.
enum Reference {
    static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func score(_ value: Double) -> String { fixed(value, decimals: 3) }

    static func percent(_ share: Double) -> String { fixed(share * 100, decimals: 1) + "%" }

    static func readableText(_ value: FactValue) -> String {
        switch value {
        case .number(let number): return readable(number)
        case .list(let items): return "[" + items.map(readableText).joined(separator: ", ") + "]"
        default: return value.displayText
        }
    }

    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let rounded = (value * scale).rounded() / scale
        var text = "\(Int64(rounded.rounded(.towardZero)))"
        if rounded < 0, Int64(rounded.rounded(.towardZero)) == 0 { text = "-0" }
        guard decimals > 0 else { return text }
        let fraction = Int64((abs(rounded) * scale).rounded()) % Int64(scale)
        let digits = String(fraction)
        return text + "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
    }

    static func readable(_ value: Double, significantDigits: Int = 4) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e6 {
            let exponent = Int(log10(magnitude).rounded(.down))
            return trimmingZeros(fixed(value, decimals: max(0, significantDigits - 1 - exponent)))
        }
        var exponent = Int(log10(magnitude).rounded(.down))
        var mantissa = value / pow10(exponent)
        if abs((mantissa * pow10(significantDigits - 1)).rounded()) >= pow10(significantDigits) {
            exponent += 1
            mantissa = value / pow10(exponent)
        }
        return trimmingZeros(fixed(mantissa, decimals: significantDigits - 1)) + "e" + String(exponent)
    }

    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }
}
