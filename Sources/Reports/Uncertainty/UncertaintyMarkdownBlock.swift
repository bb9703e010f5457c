import RuleEngine

/// The Markdown report's `### Uncertainty` section, when the rating carries `uncertainty`: the run (draws,
/// method, seed) and what the probabilities mean, then three tables: the tiers with their probability,
/// standard error and Wilson interval; the percentiles of the score and of each varying fact; the inputs.
extension MarkdownReporter {
    func uncertaintyLines(_ block: RatingUncertainty, rating: Rating) -> [String] {
        let md = MarkdownEscaping.inline
        let code = { (text: String) in MarkdownEscaping.codeSpan(text, inTable: true) }
        var lines = ["", "### Uncertainty", "",
                     md(UncertaintyWording.run(block)) + ". " + md(UncertaintyWording.meaning(block)), ""]
        lines.append("| tier | draws | probability | ± standard error | 95 % interval (Wilson) |")
        lines.append("|---|---:|---:|---:|---:|")
        for entry in block.tiers {
            lines.append("| \(md(UncertaintyWording.tierName(entry.tier))) | \(UncertaintyWording.count(entry.draws))"
                         + " | \(UncertaintyWording.percent(entry.probability)) | \(UncertaintyWording.percent(entry.standardError))"
                         + " | \(UncertaintyWording.range(entry.wilsonLow, entry.wilsonHigh)) |")
        }
        if block.score != nil || !block.facts.isEmpty {
            lines.append("")
            lines.append("| over the draws | p5 | p50 | p95 | nominal | unit |")
            lines.append("|---|---:|---:|---:|---:|---|")
            if let score = block.score {
                let unscored = block.unscoredDraws > 0 ? " (no score in \(UncertaintyWording.count(block.unscoredDraws)) draws)" : ""
                lines.append("| score\(unscored) | \(UncertaintyWording.score(score.p5)) | \(UncertaintyWording.score(score.p50))"
                             + " | \(UncertaintyWording.score(score.p95)) | \(rating.score.map(UncertaintyWording.score) ?? "n/a") | |")
            }
            for fact in block.facts {
                let absent = fact.absentDraws > 0 ? " (absent in \(UncertaintyWording.count(fact.absentDraws)) draws)" : ""
                let statistics = fact.statistics
                lines.append("| \(code(fact.path))\(absent) | \(UncertaintyWording.value(statistics.p5))"
                             + " | \(UncertaintyWording.value(statistics.p50)) | \(UncertaintyWording.value(statistics.p95))"
                             + " | \(fact.nominal.map(UncertaintyWording.value) ?? "n/a") | \(md(fact.unit ?? "")) |")
            }
        }
        if !block.inputs.isEmpty {
            lines.append("")
            lines.append("| input | distribution | nominal | from | source |")
            lines.append("|---|---|---:|---|---|")
            for input in block.inputs {
                let distribution = code(input.distribution) + (input.notDrawn.map { " — not drawn: " + md($0) } ?? "")
                let nominal = input.nominal.map { UncertaintyWording.value($0) + (input.unit.map { " " + md($0) } ?? "") } ?? "—"
                lines.append("| \(code(input.input)) | \(distribution) | \(nominal) | \(input.origin == "override" ? "`--assume`" : md(UncertaintyWording.origin(input)))"
                             + " | \(md(input.source)) |")
            }
        }
        return lines
    }
}
