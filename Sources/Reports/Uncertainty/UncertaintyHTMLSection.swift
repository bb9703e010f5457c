import RuleEngine

/// The HTML page's "Uncertainty" section, when the rating carries `uncertainty`: the run and what the
/// probabilities mean, the tier-probability table, a histogram of the score with the tier thresholds, the
/// percentile table, a fan chart of the mean altitude after the end of the mission (5–95 % band and median),
/// and the inputs drawn. Each chart has a table of its numbers under a `<details>` element, for readers who
/// cannot see it and for copying.
extension HTMLReporter {
    func uncertainty(_ rating: Rating) -> [MarkupNode] {
        guard let block = rating.uncertainty else { return [] }
        var nodes: [MarkupNode] = [
            .element("h2", [:], [.text("Uncertainty")]),
            .element("p", [:], [.text(UncertaintyWording.run(block) + ". " + UncertaintyWording.meaning(block))]),
            Self.table(["Tier", "Draws", "Probability", "± standard error", "95 % interval (Wilson)"],
                       numeric: [], stacked: true,
                       rows: block.tiers.map { entry in
                           [UncertaintyWording.tierName(entry.tier), UncertaintyWording.count(entry.draws),
                            UncertaintyWording.percent(entry.probability), UncertaintyWording.percent(entry.standardError),
                            UncertaintyWording.range(entry.wilsonLow, entry.wilsonHigh)].map { [MarkupNode.text($0)] }
                       }),
        ]
        if block.scoreHistogram.reduce(0, +) > 0 {
            let thresholds = rating.tiers.map { SectionScoreChart.Threshold(tier: $0.name, minimumScore: $0.minScore) }
            let title = "Score over \(UncertaintyWording.count(block.samples)) draws"
            let chart = ScoreHistogramChart(id: "rating-score-histogram", title: title, counts: block.scoreHistogram,
                                            thresholds: thresholds, pointScore: rating.score)
            var narrow = chart
            narrow.id += "-narrow"
            narrow.width = Self.phoneChartWidth
            nodes.append(Self.chart(label: title, wide: chart.svg(), narrow: narrow.svg()))
            // A capped draw keeps its score but not its tier, so the bar colours and the tier table can disagree.
            if !rating.caps.isEmpty || block.tiers.contains(where: { $0.tier == nil && $0.draws > 0 }) {
                nodes.append(.element("p", ["class": "note"], [.text(
                    "Bars are coloured by the tier band each score falls in, before caps; a draw whose required rule "
                        + "failed is capped below its band, so the tier table above is the one to read for tiers.")]))
            }
            let bins = block.scoreHistogram.count
            let rows = block.scoreHistogram.enumerated().filter { $0.element > 0 }.map { index, count in
                [ScoreHistogramChart.binLabel(Double(index) / Double(bins), Double(index + 1) / Double(bins)),
                 UncertaintyWording.count(count)].map { [MarkupNode.text($0)] }
            }
            nodes.append(Self.details("The histogram as a table", Self.table(["Score", "Draws"], numeric: [false, true], stacked: false, rows: rows)))
        }
        if block.score != nil || !block.facts.isEmpty {
            var rows: [[[MarkupNode]]] = []
            if let score = block.score {
                let label = "Score" + (block.unscoredDraws > 0 ? " (no score in \(UncertaintyWording.count(block.unscoredDraws)) draws)" : "")
                rows.append([[.text(label)]] + [score.p5, score.p50, score.p95].map { [.text(UncertaintyWording.score($0))] }
                            + [[.text(rating.score.map(UncertaintyWording.score) ?? "n/a")]])
            }
            for fact in block.facts {
                let unit = fact.unit.map { $0.isEmpty ? "" : " " + $0 } ?? ""
                var label: [MarkupNode] = [.element("code", [:], [.text(fact.path)])]
                if !unit.isEmpty { label.append(.text(" (\(unit.dropFirst()))")) }
                if fact.absentDraws > 0 { label.append(.text(", absent in \(UncertaintyWording.count(fact.absentDraws)) draws")) }
                let statistics = fact.statistics
                rows.append([label] + [statistics.p5, statistics.p50, statistics.p95].map { [.text(UncertaintyWording.value($0))] }
                            + [[.text(fact.nominal.map(UncertaintyWording.value) ?? "n/a")]])
            }
            nodes.append(.element("h3", [:], [.text("Percentiles over the draws")]))
            nodes.append(Self.table(["Quantity", "p5", "p50", "p95", "Nominal"], numeric: [], stacked: true, rows: rows))
        }
        if block.altitudeBand.count >= 2 {
            nodes.append(.element("h3", [:], [.text("Altitude after the end of the mission")]))
            nodes.append(.element("p", ["class": "note"], [.text(
                "Percentiles over the draws of the mean altitude, (perigee + apogee) / 2, at each time; "
                + "a draw that has re-entered counts at its re-entry altitude.")]))
            let chart = fanChart(block, rating: rating)
            var narrow = chart
            narrow.id += "-narrow"
            narrow.width = Self.phoneChartWidth
            nodes.append(Self.chart(label: chart.title, wide: chart.svg(), narrow: narrow.svg()))
            let rows = block.altitudeBand.map { point in
                [NumberFormatting.readable(point.timeYears), NumberFormatting.readable(point.p5),
                 NumberFormatting.readable(point.p50), NumberFormatting.readable(point.p95)].map { [MarkupNode.text($0)] }
            }
            nodes.append(Self.details("The altitude band as a table", Self.table(
                ["Years after end of mission", "p5 (km)", "p50 (km)", "p95 (km)"], numeric: [true, true, true, true], stacked: false, rows: rows)))
        }
        if !block.inputs.isEmpty {
            nodes.append(.element("h3", [:], [.text("Uncertain inputs")]))
            nodes.append(Self.table(["Input", "Distribution", "Nominal", "From", "Source"], numeric: [], stacked: true,
                                    rows: block.inputs.map { input in
                var distribution: [MarkupNode] = [.element("code", [:], [.text(input.distribution)])]
                if let notDrawn = input.notDrawn { distribution.append(.text(" — not drawn: \(notDrawn)")) }
                let nominal = input.nominal.map { UncertaintyWording.value($0) + (input.unit.map { $0.isEmpty ? "" : " " + $0 } ?? "") } ?? "—"
                // An input's key is an identifier: kept on one line, as rule ids are.
                return [[.element("code", ["class": "rule-id"], [.text(input.input)])], distribution, [.text(nominal)],
                        [.text(UncertaintyWording.origin(input))], [.text(input.source)]]
            }))
        }
        return nodes
    }

    /// Mean altitude against years after the end of the mission: the 5–95 % band shaded, the median drawn,
    /// and the ruleset's residual-lifetime target when the rating carries one.
    func fanChart(_ block: RatingUncertainty, rating: Rating) -> LineChart {
        let colour = Self.seriesColours[0]
        let band = LineChart.Band(name: "5–95 % of draws", points: block.altitudeBand.map {
            LineChart.Band.Point(x: $0.timeYears, lower: $0.p5, upper: $0.p95)
        }, color: colour)
        let median = LineChart.Series(name: "median", points: block.altitudeBand.map { LineChart.Point(x: $0.timeYears, y: $0.p50) },
                                      color: colour)
        var references: [LineChart.ReferenceLine] = []
        if let target = rating.assumptions.first(where: { $0.key == "target_residual_lifetime_years" }),
           case .number(let years) = target.value {
            references.append(LineChart.ReferenceLine(label: "\(NumberFormatting.shortest(years))-year target", .vertical(x: years)))
        }
        return LineChart(id: "rating-altitude-band", title: "Mean altitude over \(UncertaintyWording.count(block.samples)) draws",
                         xAxisTitle: "years after end of mission", yAxisTitle: "mean altitude (km)", series: [median],
                         referenceLines: references, bands: [band])
    }

    /// A table, `numeric` columns right-aligned. A `stacked` one becomes one block per row on a phone, each
    /// cell labelled by its column: for rows too wide for a phone (fact paths, sources); numbers in it stay
    /// left-aligned, as they would otherwise sit at the far side of the block from their label.
    static func table(_ headers: [String], numeric: [Bool], stacked: Bool, rows: [[[MarkupNode]]]) -> MarkupNode {
        .element(MarkupElement("table", stacked ? [MarkupAttribute("class", "stacked")] : [], children: [
            // The style sheet right-aligns number cells (`td.number`) but no header: these are aligned over them.
            .element("thead", [:], [.element("tr", [:], headers.enumerated().map { index, header in
                index < numeric.count && numeric[index]
                    ? .element("th", ["style": "text-align: right"], [.text(header)]) : .element("th", [:], [.text(header)])
            })]),
            .element("tbody", [:], rows.map { cells in
                .element("tr", [:], cells.enumerated().map { index, content in
                    var attributes: [MarkupAttribute] = []
                    if stacked && index > 0 { attributes.append(MarkupAttribute("data-label", headers[index])) }
                    if index < numeric.count && numeric[index] { attributes.append(MarkupAttribute("class", "number")) }
                    return .element(MarkupElement("td", attributes, children: content))
                })
            }),
        ]))
    }

    /// Content folded under a summary line.
    static func details(_ summary: String, _ content: MarkupNode) -> MarkupNode {
        .element("details", [:], [.element("summary", [:], [.text(summary)]), content])
    }
}
