import RuleEngine

/// The text report's uncertainty block, under the verdict when the rating carries `uncertainty`
/// (`steward rate --samples N`): the share of draws in each tier with its standard error and Wilson interval,
/// the score's and each varying fact's percentiles, the inputs drawn, and what the numbers mean.
///
/// Lines are written unwrapped, as the rest of the text report's, and wrapped to the width by `TextReporter`.
extension TextReporter {
    func uncertaintyLines(_ block: RatingUncertainty, rating: Rating, style: TerminalStyle) -> [String] {
        let safe = TextEscaping.visible
        var lines: [String] = ["", style.bold("Uncertainty") + ": " + safe(UncertaintyWording.run(block))]
        let names = block.tiers.map { safe(UncertaintyWording.tierName($0.tier)) }
        let column = max(names.map(\.count).max() ?? 0, "Score".count) + 2
        // Percentages right-aligned, so 8.0 % sits under the 2.0 of 92.0 %.
        let shares = block.tiers.map { UncertaintyWording.percent($0.probability) }
        let shareWidth = shares.map(\.count).max() ?? 0
        for (entry, (name, share)) in zip(block.tiers, zip(names, shares)) {
            let rest = UncertaintyWording.probability(entry).dropFirst(share.count)
            lines.append("  " + Self.pad(name, column) + String(repeating: " ", count: shareWidth - share.count) + share + rest
                         + ", \(UncertaintyWording.count(entry.draws)) draw\(entry.draws == 1 ? "" : "s")")
        }
        if let score = block.score {
            var line = "  " + Self.pad("Score", column)
                + UncertaintyWording.percentiles(score, unit: nil, format: UncertaintyWording.score)
            if let nominal = rating.score { line += " (nominal \(UncertaintyWording.score(nominal)))" }
            lines.append(line)
        }
        if block.unscoredDraws > 0 {
            lines.append("  " + Self.pad("", column) + "\(UncertaintyWording.count(block.unscoredDraws)) draws had no score")
        }
        for fact in block.facts {
            lines.append("  " + safe(fact.path))
            var line = "      " + safe(UncertaintyWording.percentiles(fact.statistics, unit: fact.unit))
            if let nominal = fact.nominal { line += " (nominal \(UncertaintyWording.value(nominal)))" }
            if fact.absentDraws > 0 { line += "; absent in \(UncertaintyWording.count(fact.absentDraws)) draws" }
            lines.append(line)
        }
        if !block.inputs.isEmpty {
            lines.append("  Inputs")
            for input in block.inputs {
                var line = "    \(input.input): \(input.distribution)"
                if let notDrawn = input.notDrawn {
                    line += ", not drawn: \(notDrawn)"
                } else if let nominal = UncertaintyWording.nominal(input) {
                    line += ", \(nominal)"
                }
                lines.append(safe(line))
                lines.append("      " + style.paint(safe("from \(UncertaintyWording.origin(input)): \(input.source)"), .grey))
            }
        }
        lines.append("  " + safe(UncertaintyWording.meaning(block)))
        return lines
    }
}
