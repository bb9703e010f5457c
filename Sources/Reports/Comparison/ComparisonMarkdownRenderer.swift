import Foundation
import RuleEngine

/// Writes a `Comparison` as GitHub-flavoured Markdown for a pull-request comment or a step summary: the
/// verdict table first, then scores, caps, the facts that differ and the attribution of each difference.
/// All text from missions and rulesets goes through `MarkdownEscaping`.
public struct ComparisonMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ comparison: Comparison) -> String {
        let md = MarkdownEscaping.inline
        let code = { (text: String) in MarkdownEscaping.codeSpan(text, inTable: true) }
        let columns = comparison.columns
        var lines: [String] = []
        func table(_ header: [String], _ rows: [[String]], alignRight from: Int = 1) {
            lines.append("| " + header.joined(separator: " | ") + " |")
            lines.append("|" + header.indices.map { $0 >= from ? "---:" : "---" }.joined(separator: "|") + "|")
            for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        }

        lines.append("## Steward comparison: \(md(ComparisonText.modeTitle(comparison)))")
        lines.append("")
        var summary: [[String]] = [
            ["Tier"] + columns.map { "**\(md(ComparisonText.tier($0.tier)))**" },
            ["Score"] + columns.map { ComparisonText.score($0.score) },
            ["Caps"] + columns.map { md(ComparisonText.caps($0)) },
            ["Stars"] + columns.map(ComparisonText.stars),
        ]
        if comparison.mode == .rulesets {
            summary.append(["Every required rule holds"] + columns.map { $0.compliant ? "yes" : "**no**" })
        }
        table([""] + columns.map { md($0.label) }, summary)
        lines.append("")
        lines.append(columns.map { column in
            "\(code(column.label)): " + (column.mission.file.map(code) ?? md(column.mission.id))
                + " under \(code(column.ruleset.id)) \(md(column.ruleset.version))"
                + (column.overrides.isEmpty ? "" : " with " + column.overrides.map { code("\($0.key)=\($0.value.displayText)") }.joined(separator: ", "))
        }.joined(separator: "; ") + ".")

        lines.append("")
        lines.append("### Sections and guidelines")
        lines.append("")
        table(["", "title"] + columns.map { md($0.label) }, ComparisonText.scoreRows(comparison).map { row in
            [row.level == 0 ? "**\(md(row.id))**" : md(row.id), md(row.title)] + row.scores.map { $0.map { ComparisonText.score($0) } ?? "—" }
        }, alignRight: 2)

        let capped = columns.filter { !$0.caps.isEmpty }
        if !capped.isEmpty {
            lines.append("")
            lines.append(comparison.mode == .rulesets ? "### Required rules not met, by ruleset" : "### Caps")
            lines.append("")
            table(["column", "rule", "caps the tier at", "reason"], capped.flatMap { column in
                column.caps.map { [md(column.label), code($0.rule), md($0.capsTierAt), md($0.reason)] }
            }, alignRight: 9)
        }

        lines.append("")
        lines.append("### Facts that differ (\(comparison.facts.count))")
        lines.append("")
        if comparison.facts.isEmpty {
            lines.append("None.")
        } else {
            table(["fact", "kind"] + columns.map { md($0.label) }, comparison.facts.map { fact in
                [code(fact.path) + (fact.unit.map { " (\(md($0)))" } ?? ""), fact.kind.rawValue]
                    + fact.values.indices.map { index in
                        md(ComparisonText.value(fact.values[index], unit: fact.unit))
                            + (fact.sources[index].map { " <sub>\(md($0))</sub>" } ?? "")
                    }
            }, alignRight: 9)
        }

        for attribution in comparison.attributions {
            let from = columns[attribution.from].label, to = columns[attribution.to].label
            lines.append("")
            lines.append("### Score difference \(md(to)) − \(md(from)): \(ComparisonText.delta(attribution.difference))")
            lines.append("")
            lines.append("\(ComparisonText.score(attribution.scoreFrom)) → \(ComparisonText.score(attribution.scoreTo)). "
                         + "Σ of \(attribution.rules.count) rule differences = \(ComparisonText.delta(attribution.sum)); "
                         + "residual \(NumberFormatting.readable(attribution.residual)).")
            let shown = attribution.rules.filter { ComparisonText.delta($0.difference) != "0.0000" }
            if !shown.isEmpty {
                lines.append("")
                table(["rule", "title", "from", "to", "Δ total", "by score", "by share"], shown.map { rule in
                    [code(rule.rule), md(rule.title), ComparisonText.outcome(rule.outcomeFrom, score: rule.scoreFrom),
                     ComparisonText.outcome(rule.outcomeTo, score: rule.scoreTo), ComparisonText.delta(rule.difference),
                     ComparisonText.delta(rule.scoreEffect), ComparisonText.delta(rule.weightEffect)]
                }, alignRight: 4)
            }
        }
        if let regression = comparison.regression {
            lines.append("")
            lines.append(regression.regressed ? "**Regression.**" : "No regression (tolerance \(NumberFormatting.shortest(regression.tolerance))).")
            for reason in regression.reasons { lines.append("- " + md(reason.trimmingCharacters(in: .whitespaces))) }
        }
        lines.append("")
        lines.append("<sub>Compared by Steward \(md(comparison.engine)); every number is in `--format json` (steward/comparison@1).</sub>")
        return lines.joined(separator: "\n") + "\n"
    }
}
