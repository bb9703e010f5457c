import RuleEngine

/// Writes a `Comparison` for a terminal: a column per rating (tier, score, caps, stars), the section and
/// guideline scores side by side, the caps, the facts that differ with their sources, and the attribution
/// of each score difference to rules, with its sum and residual.
///
/// Every line fits `width` columns (100 by default): titles and cells are cut with "…", never wrapped, so a
/// row stays one row. No colour: the output is meant to be diffed and pasted.
public struct ComparisonTextRenderer: Sendable {
    public var width: Int

    public init(width: Int = 100) {
        self.width = max(width, 60)
    }

    /// Width of the row-name column of the side-by-side tables: 34, less when many columns need the room.
    private func nameWidth(_ columns: Int) -> Int { max(16, min(34, width - 2 - 8 * columns)) }

    /// Width of each rating's column: up to 20, at least 6 (more than 13 columns run past `width`).
    private func cellWidth(_ columns: Int) -> Int { max(6, min(20, (width - nameWidth(columns) - 2) / max(columns, 1))) }

    public func render(_ comparison: Comparison) -> String {
        var lines: [String] = []
        let columns = comparison.columns
        let cell = cellWidth(columns.count)
        func row(_ name: String, _ cells: [String]) -> String {
            let text = "  " + Self.fit(name, nameWidth(columns.count)) + cells.map { Self.fit($0, cell) }.joined()
            return Self.trimmed(text)
        }

        lines.append(Self.cut("Steward comparison: " + ComparisonText.modeTitle(comparison), width))
        for (index, column) in columns.enumerated() {
            let source = column.mission.file.map { " = \($0)" } ?? ""
            let overrides = column.overrides.isEmpty ? "" : " with " + column.overrides.map { "\($0.key)=\($0.value.displayText)" }.joined(separator: " ")
            lines.append(Self.cut("  [\(index + 1)] \(column.label)\(source)\(comparison.mode == .rulesets ? " — \(column.ruleset.title)" : "")\(overrides)", width))
        }
        lines.append("")
        lines.append(row("", columns.map(\.label)))
        lines.append(row("Tier", columns.map { ComparisonText.tier($0.tier).uppercased() }))
        lines.append(row("Score", columns.map { ComparisonText.score($0.score) }))
        if columns.contains(where: { $0.tierBeforeCaps != $0.tier }) {
            lines.append(row("Tier before caps", columns.map { ComparisonText.tier($0.tierBeforeCaps) }))
        }
        lines.append(row(cell < 14 ? "Caps (≤ tier allowed)" : "Caps", columns.map { ComparisonText.caps($0, compact: cell < 14) }))
        lines.append(row("Stars", columns.map(ComparisonText.stars)))
        if comparison.mode == .rulesets {
            lines.append(row("Every required rule holds", columns.map { $0.compliant ? "yes" : "no" }))
        }

        lines.append("")
        lines.append("Sections and guidelines")
        for score in ComparisonText.scoreRows(comparison) {
            let name = String(repeating: " ", count: score.level * 2) + score.id + "  " + score.title
            lines.append(row(name, score.scores.map { $0.map { ComparisonText.score($0) } ?? "—" }))
        }

        let capped = columns.filter { !$0.caps.isEmpty }
        if !capped.isEmpty {
            lines.append("")
            lines.append(comparison.mode == .rulesets ? "Required rules not met, by ruleset" : "Caps (required rules not shown to hold)")
            for column in capped {
                for cap in column.caps {
                    lines.append(Self.cut("  \(column.label): \(cap.rule) caps at \(cap.capsTierAt) — \(cap.reason)", width))
                }
            }
        }

        lines.append("")
        lines.append("Facts that differ (\(comparison.facts.count))")
        if comparison.facts.isEmpty { lines.append("  none") }
        let labelWidth = min(24, (columns.map(\.label.count).max() ?? 8) + 2)
        for fact in comparison.facts {
            lines.append(Self.cut("  \(fact.path)" + (fact.unit.map { " (\($0))" } ?? "") + "  [\(fact.kind.rawValue)]", width))
            for (index, column) in columns.enumerated() {
                let value = Self.fit(ComparisonText.value(fact.values[index], unit: fact.unit), 22)
                let source = fact.sources[index] ?? ""
                lines.append(Self.cut(Self.trimmed("    " + Self.fit(column.label, labelWidth) + value + source), width))
            }
        }

        for attribution in comparison.attributions {
            lines.append("")
            lines.append(contentsOf: attributionLines(attribution, columns: columns))
        }

        if let regression = comparison.regression {
            lines.append("")
            lines.append(regression.regressed ? "Regression: yes" : "Regression: no (tolerance \(NumberFormatting.shortest(regression.tolerance)))")
            for reason in regression.reasons { lines.append(Self.cut("  " + reason, width)) }
        }
        lines.append("")
        lines.append(Self.cut("Compared by Steward \(comparison.engine); every number above is in `--format json` (steward/comparison@1).", width))
        return lines.joined(separator: "\n") + "\n"
    }

    private func attributionLines(_ attribution: ScoreAttribution, columns: [ComparisonColumn]) -> [String] {
        let from = columns[attribution.from].label
        let to = columns[attribution.to].label
        var lines = [Self.cut("Score difference \(to) − \(from): \(ComparisonText.delta(attribution.difference)) "
                              + "(\(ComparisonText.score(attribution.scoreFrom)) → \(ComparisonText.score(attribution.scoreTo)))", width)]
        // Rows hold: id, title, outcome and score before and after, the difference and its two parts.
        let outcomeWidth = 11, numberWidth = 9
        // Rule ids are never cut (a reader searches for them); titles give way.
        let idWidth = min(34, max(12, (attribution.rules.map(\.rule.count).max() ?? 10) + 2))
        let titleWidth = max(8, width - 2 - idWidth - 2 * outcomeWidth - 3 * numberWidth - 1)
        let shown = attribution.rules.filter { ComparisonText.delta($0.difference) != "0.0000" }
        if shown.isEmpty {
            lines.append("  no rule's contribution differs by 0.00005 or more")
        } else {
            lines.append(Self.trimmed("  " + Self.fit("rule", idWidth) + Self.fit("title", titleWidth + 1) + Self.fit("from", outcomeWidth)
                                      + Self.fit("to", outcomeWidth) + Self.right("Δ total", numberWidth)
                                      + Self.right("by score", numberWidth) + Self.right("by share", numberWidth)))
        }
        for rule in shown {
            lines.append(Self.trimmed("  " + Self.fit(rule.rule, idWidth) + Self.fit(rule.title, titleWidth + 1)
                                      + Self.fit(ComparisonText.outcome(rule.outcomeFrom, score: rule.scoreFrom), outcomeWidth)
                                      + Self.fit(ComparisonText.outcome(rule.outcomeTo, score: rule.scoreTo), outcomeWidth)
                                      + Self.right(ComparisonText.delta(rule.difference), numberWidth)
                                      + Self.right(ComparisonText.delta(rule.scoreEffect), numberWidth)
                                      + Self.right(ComparisonText.delta(rule.weightEffect), numberWidth)))
        }
        let hidden = attribution.rules.count - shown.count
        if hidden > 0 {
            let rest = attribution.rules.filter { ComparisonText.delta($0.difference) == "0.0000" }.reduce(0.0) { $0 + $1.difference }
            lines.append("  … and \(hidden) rule\(hidden == 1 ? "" : "s") with |Δ| < 0.00005, together \(NumberFormatting.readable(rest))")
        }
        lines.append(Self.cut("  Σ of \(attribution.rules.count) rule differences = \(ComparisonText.delta(attribution.sum)); "
                              + "residual \(NumberFormatting.readable(attribution.residual)) (score difference − Σ)", width))
        return lines
    }

    /// `text` cut to `width − 1` characters and padded to `width`, so cells keep one space between them.
    static func fit(_ text: String, _ width: Int) -> String {
        let cutText = cut(text, width - 1)
        return cutText + String(repeating: " ", count: max(0, width - cutText.count))
    }

    /// Right-aligned in `width` columns.
    static func right(_ text: String, _ width: Int) -> String {
        let cutText = cut(text, width - 1)
        return String(repeating: " ", count: max(0, width - cutText.count)) + cutText
    }

    static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
    }

    static func trimmed(_ text: String) -> String {
        var text = text
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
