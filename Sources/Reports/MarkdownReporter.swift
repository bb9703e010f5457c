import RuleEngine

/// Renders a `Rating` as GitHub-flavoured Markdown for a pull-request comment or a CI step summary
/// (`$GITHUB_STEP_SUMMARY`): the verdict first, so a reviewer sees it without scrolling, then the section and
/// guideline tables, the findings that cost points with their advice, unknowns, caps, stars and assumptions.
///
/// Every piece of text from a mission or ruleset goes through `MarkdownEscaping`, so a rule title or advice
/// containing `*`, `|` or `<` shows as written and cannot break a table or inject markup.
public struct MarkdownReporter: Sendable {
    public init() {}

    public func render(_ rating: Rating) -> String {
        var lines: [String] = []
        let md = MarkdownEscaping.inline
        let code = { (text: String) in MarkdownEscaping.codeSpan(text, inTable: true) }

        lines.append("## Steward rating: \(md(rating.mission.name)) (\(MarkdownEscaping.codeSpan(rating.mission.id)))")
        lines.append("")
        var verdict = "**Tier: \(Self.tierName(rating.tier))**"
        if let before = rating.tierBeforeCaps, before != rating.tier {
            verdict += " (capped from \(md(before)))"
        }
        if let share = UncertaintyWording.headline(rating) { verdict += " " + share }
        verdict += " · **Score: \(rating.score.map { Self.score($0) } ?? "n/a")**"
        if !rating.bonus.isEmpty {
            verdict += " · Stars: " + String(repeating: "★", count: rating.stars)
                + String(repeating: "☆", count: max(0, rating.bonus.count - rating.stars))
                + " (\(rating.stars) of \(rating.bonus.count))"
        }
        lines.append(verdict)
        lines.append("")
        lines.append("Ruleset \(MarkdownEscaping.codeSpan(rating.ruleset.id)) \(md(rating.ruleset.version)) — \(md(rating.ruleset.title))"
                     + (rating.ruleset.extends.isEmpty ? "" : " (extends \(rating.ruleset.extends.map { MarkdownEscaping.codeSpan($0) }.joined(separator: ", ")))")
                     + ". Tiers: " + rating.tiers.map { "\(md($0.name)) ≥ \(Self.score($0.minScore))" }.joined(separator: ", ") + ".")
        if let sentence = rating.unknownsInterval?.sentence {
            lines.append("")
            lines.append("Unknowns: " + md(sentence) + ".")
        }
        if let block = rating.uncertainty { lines += uncertaintyLines(block, rating: rating) }

        if !rating.caps.isEmpty {
            lines.append("")
            lines.append("### Caps")
            lines.append("")
            lines.append("| rule | caps the tier at | required | reason |")
            lines.append("|---|---|---|---|")
            for cap in rating.caps {
                lines.append("| \(code(cap.rule)) | \(md(cap.capsTierAt)) | \(code(cap.condition)) | \(md(cap.reason)) |")
            }
        }

        lines.append("")
        lines.append("### Sections")
        lines.append("")
        lines.append("| section | score | weight | share of total | contribution |")
        lines.append("|---|---:|---:|---:|---:|")
        for section in rating.sections where section.guidelines.contains(where: { !$0.rules.isEmpty }) {
            lines.append("| **\(md(section.id))** \(md(section.title)) | \(section.score.map { Self.score($0) } ?? "n/a")"
                         + " | \(NumberFormatting.shortest(section.weight)) | \(Self.percent(section.share)) | \(Self.score(section.contribution)) |")
        }

        lines.append("")
        lines.append("### Guidelines")
        lines.append("")
        lines.append("| guideline | score | rules: pass / partial / fail / unknown / n.a. |")
        lines.append("|---|---:|---|")
        for section in rating.sections {
            for guideline in section.guidelines where !guideline.rules.isEmpty {
                let counts = [RuleOutcome.pass, .partial, .fail, .unknown, .notApplicable].map { outcome in
                    String(guideline.rules.filter { $0.outcome == outcome }.count)
                }
                lines.append("| **\(md(guideline.id))** \(md(guideline.title)) | \(guideline.score.map { Self.score($0) } ?? "n/a")"
                             + " | \(counts.joined(separator: " / ")) |")
            }
        }

        let findings = RuleFinding.losing(in: rating)
        lines.append("")
        lines.append("### Findings (\(findings.count))")
        lines.append("")
        if findings.isEmpty {
            lines.append("None: every applicable rule passed.")
        }
        for finding in findings {
            let rule = finding.rule
            lines.append("- \(Self.symbol(rule.outcome)) \(MarkdownEscaping.codeSpan(rule.id)) \(md(rule.title)) — "
                         + "\(Self.outcomeName(rule.outcome)), score \(rule.score.map { Self.score($0) } ?? "n/a"), "
                         + "loses \(Self.score(finding.lost)) of the total" + (finding.failedRequirement ? " · **required**" : ""))
            lines.append("  - " + md(finding.explanation))
            if let advice = rule.advice {
                lines.append("  - **Advice:** " + md(advice))
            }
            if !rule.references.isEmpty {
                lines.append("  - See: " + rule.references.map(md).joined(separator: "; "))
            }
        }

        if !rating.unknowns.isEmpty {
            lines.append("")
            lines.append("### Unknowns")
            lines.append("")
            lines.append("Declare these facts to resolve the rule:")
            lines.append("")
            lines.append("| rule | missing facts | reason |")
            lines.append("|---|---|---|")
            for unknown in rating.unknowns {
                let paths = unknown.paths.isEmpty ? "—" : unknown.paths.map(code).joined(separator: ", ")
                lines.append("| \(code(unknown.rule)) | \(paths) | \(md(unknown.reason)) |")
            }
        }

        if !rating.bonus.isEmpty {
            lines.append("")
            lines.append("### Bonus stars")
            lines.append("")
            for rule in rating.bonus {
                lines.append("- \(rule.outcome == .pass ? "★" : "☆") \(MarkdownEscaping.codeSpan(rule.id)) \(md(rule.title)) — \(Self.outcomeName(rule.outcome))")
            }
        }

        if !rating.assumptions.isEmpty {
            lines.append("")
            lines.append("### Assumptions")
            lines.append("")
            lines.append("| assumption | value | from |")
            lines.append("|---|---|---|")
            for assumption in rating.assumptions {
                lines.append("| \(code(assumption.key)) | \(code(assumption.value.displayText)) | "
                             + (assumption.origin == .override ? "`--assume`" : md(assumption.origin.rawValue)) + " |")
            }
        }
        lines.append("")
        lines.append("<sub>Rated by Steward \(md(rating.engine)); every number can be recomputed from `--format json`.</sub>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func tierName(_ tier: String?) -> String {
        MarkdownEscaping.inline(tier.map { $0.uppercased() } ?? "UNRATED")
    }

    static func score(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 3) }

    static func percent(_ share: Double) -> String { NumberFormatting.fixed(share * 100, decimals: 1) + "%" }

    static func symbol(_ outcome: RuleOutcome) -> String {
        switch outcome {
        case .pass: return "✅"
        case .partial: return "🟡"
        case .fail: return "❌"
        case .unknown: return "❔"
        case .notApplicable: return "➖"
        }
    }

    static func outcomeName(_ outcome: RuleOutcome) -> String {
        switch outcome {
        case .pass: return "pass"
        case .partial: return "partial"
        case .fail: return "fail"
        case .unknown: return "unknown"
        case .notApplicable: return "not applicable"
        }
    }
}

extension MarkdownReporter: Reporter {
    public static var format: ReportFormat { .markdown }
    public static var takesSeveralRatings: Bool { true }
    public init(options: ReportOptions) { self.init() }
}
