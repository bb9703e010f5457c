import RuleEngine

/// Renders a `Rating` for a terminal: the verdict (tier, score, stars) first, then the section and
/// guideline scores, then the findings that cost points — largest loss first, each with the facts it
/// read and its advice — then bonus rules, assumptions and provenance of the rating itself.
///
/// Plain text unless `colour` is true; the CLI passes `colour: isatty(stdout)`.
public struct TextReporter: Sendable {
    public var colour: Bool
    /// Width of the score bars.
    public var barWidth: Int

    public init(colour: Bool = false, barWidth: Int = 20) {
        self.colour = colour
        self.barWidth = barWidth
    }

    public func render(_ rating: Rating) -> String {
        let style = TerminalStyle(enabled: colour)
        var lines: [String] = []

        // Verdict.
        lines.append(style.bold("\(rating.mission.name) (\(rating.mission.id))"))
        let tierText = rating.tier.map { $0.uppercased() } ?? "UNRATED"
        var verdict = "Tier " + style.paint(tierText, tierColour(rating.tier, rating), bold: true)
        if let before = rating.tierBeforeCaps, before != rating.tier {
            verdict += " (capped from \(before))"
        }
        verdict += "   Score " + style.bold(rating.score.map { Self.score($0) } ?? "n/a")
        if let score = rating.score { verdict += " " + bar(score) }
        if !rating.bonus.isEmpty {
            verdict += "   Stars " + String(repeating: "★", count: rating.stars)
                + String(repeating: "☆", count: rating.bonus.count - rating.stars)
        }
        lines.append(verdict)
        lines.append("Ruleset \(rating.ruleset.id) \(rating.ruleset.version) — \(rating.ruleset.title)"
                     + (rating.ruleset.extends.isEmpty ? "" : " (extends \(rating.ruleset.extends.joined(separator: ", ")))"))
        lines.append("Tiers: " + rating.tiers.map { "\($0.name) ≥ \(Self.score($0.minScore))" }.joined(separator: ", "))
        for cap in rating.caps {
            lines.append(style.paint("Capped at \(cap.capsTierAt)", .yellow) + " by \(cap.rule): required \(cap.condition) — \(cap.reason)")
        }

        // Sections and guidelines.
        lines.append("")
        lines.append(style.bold("Sections"))
        // Sections holding only bonus rules have nothing to show here; their rules are under "Bonus".
        for section in rating.sections where section.guidelines.contains(where: { !$0.rules.isEmpty }) {
            lines.append(row(indent: 2, id: section.id, title: section.title, score: section.score,
                             detail: section.score == nil ? "not applicable" : "weight \(Self.number(section.weight)), \(Self.percent(section.share)) of total",
                             style: style, bold: true))
            for guideline in section.guidelines where !guideline.rules.isEmpty {
                lines.append(row(indent: 4, id: guideline.id, title: guideline.title, score: guideline.score,
                                 detail: guideline.score == nil ? "not applicable" : "weight \(Self.number(guideline.weight))",
                                 style: style, bold: false))
            }
        }

        // Findings: what lost points, largest loss first.
        let rules = rating.allRules
        let findings = rules.filter { [.fail, .partial, .unknown].contains($0.outcome) }
            .sorted { lost($0) != lost($1) ? lost($0) > lost($1) : $0.id < $1.id }
        lines.append("")
        let passed = rules.filter { $0.outcome == .pass }.count
        let notApplicable = rules.filter { $0.outcome == .notApplicable }.count
        lines.append(style.bold("Findings") + " (\(findings.count) to improve, \(passed) passed, \(notApplicable) not applicable)")
        if findings.isEmpty { lines.append("  none: every applicable rule passed") }
        for rule in findings {
            lines.append(contentsOf: finding(rule, style: style))
        }

        if !rating.bonus.isEmpty {
            lines.append("")
            lines.append(style.bold("Bonus"))
            for rule in rating.bonus {
                let mark = rule.outcome == .pass ? style.paint("★", .yellow) : "☆"
                lines.append("  \(mark) \(rule.id)  \(rule.title)  \(outcomeText(rule.outcome, style))")
            }
        }

        if !rating.assumptions.isEmpty {
            lines.append("")
            lines.append(style.bold("Assumptions"))
            for assumption in rating.assumptions {
                lines.append("  \(assumption.key) = \(assumption.value.displayText)" + (assumption.origin == .override ? " (--assume)" : ""))
            }
        }
        lines.append("")
        lines.append(style.paint("Rated by Steward \(rating.engine); every score above can be recomputed from `--format json`.", .grey))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Points of the total a rule did not earn: its share of the total times (1 − score).
    private func lost(_ rule: RuleResult) -> Double { rule.totalShare * (1 - (rule.score ?? 0)) }

    private func finding(_ rule: RuleResult, style: TerminalStyle) -> [String] {
        var lines: [String] = []
        let scoreText = rule.score.map { Self.score($0) } ?? "—"
        lines.append("  \(symbol(rule.outcome, style)) \(style.bold(rule.id))  \(rule.title)")
        lines.append("      \(outcomeText(rule.outcome, style)), score \(scoreText) × \(Self.percent(rule.totalShare)) of total"
                     + " = \(Self.score(rule.contribution)); loses \(Self.score(lost(rule)))")
        if let measured = rule.measured {
            lines.append("      measured \(NumberFormatting.readable(measured)) on \(rule.expression)")
        }
        if let reason = rule.reason, rule.outcome == .unknown {
            lines.append("      " + style.paint("why unknown: \(reason)", .magenta))
        }
        for fact in rule.facts {
            if let value = fact.value {
                let unit = fact.unit.map { " \($0)" } ?? ""
                let source = fact.source.map { Self.source($0) }.map { "  (\($0))" } ?? ""
                lines.append("      \(fact.path) = \(value.readableText)\(unit)" + style.paint(source, .grey))
            } else {
                lines.append("      \(fact.path) is missing: \(fact.missing ?? "unknown")")
            }
        }
        if let required = rule.required, required.status != .met, rule.outcome != .notApplicable {
            lines.append("      required (caps at \(required.capsTierAt)): \(required.condition) — "
                         + (required.status == .notMet ? "not met" : "unknown"))
        }
        if let advice = rule.advice {
            lines.append("      " + style.paint("advice: ", .cyan) + advice)
        }
        if !rule.references.isEmpty {
            lines.append("      " + style.paint("see: " + rule.references.joined(separator: "; "), .grey))
        }
        return lines
    }

    private func row(indent: Int, id: String, title: String, score: Double?, detail: String, style: TerminalStyle, bold: Bool) -> String {
        let scoreText = score.map { Self.score($0) } ?? "  —  "
        let bars = score.map { bar($0) } ?? String(repeating: " ", count: barWidth)
        let head = String(repeating: " ", count: indent) + Self.pad(id, max(1, 10 - indent)) + " " + scoreText + " " + bars + "  "
        let name = Self.truncate(title, 60)
        return head + (bold ? style.bold(name) : name) + style.paint("  (\(detail))", .grey)
    }

    private func bar(_ score: Double) -> String {
        let filled = max(0, min(barWidth, Int((score * Double(barWidth)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }

    private func symbol(_ outcome: RuleOutcome, _ style: TerminalStyle) -> String {
        switch outcome {
        case .pass: return style.paint("✓", .green)
        case .partial: return style.paint("◐", .yellow)
        case .fail: return style.paint("✗", .red)
        case .unknown: return style.paint("?", .magenta)
        case .notApplicable: return style.paint("–", .grey)
        }
    }

    private func outcomeText(_ outcome: RuleOutcome, _ style: TerminalStyle) -> String {
        switch outcome {
        case .pass: return style.paint("pass", .green)
        case .partial: return style.paint("partial", .yellow)
        case .fail: return style.paint("fail", .red)
        case .unknown: return style.paint("unknown", .magenta)
        case .notApplicable: return style.paint("not applicable", .grey)
        }
    }

    private func tierColour(_ tier: String?, _ rating: Rating) -> TerminalStyle.Colour {
        guard let tier, let rank = rating.tiers.firstIndex(where: { $0.name == tier }) else { return .red }
        return rank == 0 ? .green : (rank == rating.tiers.count - 1 ? .yellow : .cyan)
    }

    static func score(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 3) }

    static func percent(_ share: Double) -> String { NumberFormatting.fixed(share * 100, decimals: 1) + "%" }

    static func number(_ value: Double) -> String { NumberFormatting.shortest(value) }

    static func source(_ provenance: Provenance) -> String {
        switch provenance.kind {
        case .declared: return provenance.location ?? "declared"
        case .derived: return "derived: " + (provenance.model ?? "model")
        case .assumption: return "assumption" + (provenance.location.map { " at \($0)" } ?? "")
        case .example: return "example" + (provenance.location.map { " at \($0)" } ?? "")
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

extension TextReporter: Reporter {
    public static var format: ReportFormat { .text }
    public static var takesSeveralRatings: Bool { true }
    public init(options: ReportOptions) { self.init(colour: options.colour) }
}
