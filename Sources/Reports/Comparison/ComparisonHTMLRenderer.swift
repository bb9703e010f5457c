import RuleEngine

/// Writes a `Comparison` as a self-contained HTML page in the rating page's visual language (its style sheet,
/// medals and charts): a card per column, the guideline scores side by side on one chart, the decay curves of
/// every column that has one on one chart, then tables of scores, caps, differing facts and the attribution.
public struct ComparisonHTMLRenderer: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ comparison: Comparison) -> String {
        let columns = comparison.columns
        var main: [MarkupNode] = [
            .element("h1", [:], [.text("Steward comparison")]),
            .element("p", ["class": "subtitle"], [.text(ComparisonText.modeTitle(comparison))]),
        ]
        for (index, column) in columns.enumerated() {
            main.append(card(column, index: index, mode: comparison.mode))
        }
        main += charts(comparison)
        main += scoreTable(comparison)
        main += caps(comparison)
        main += facts(comparison)
        for attribution in comparison.attributions { main += self.attribution(attribution, columns: columns) }
        if let regression = comparison.regression {
            main.append(.element("h2", [:], [.text(regression.regressed ? "Regression" : "No regression")]))
            main.append(.element("ul", [:], regression.reasons.map { .element("li", [:], [.text($0.trimmingSpaces)]) }))
        }
        main.append(.element("p", ["class": "note"], [.text(
            "Compared by Steward \(comparison.engine) from the ratings alone; every number here is in steward compare --format json (steward/comparison@1).")]))
        let title = "Steward comparison: " + columns.map { "\($0.label) \(ComparisonText.tier($0.tier))" }.joined(separator: " · ")
        return HTMLDocument(title: title, styleSheet: ReportStyleSheet.css, body: [.element("main", [:], main)]).render()
    }

    static func colour(_ index: Int) -> String { HTMLReporter.seriesColours[index % HTMLReporter.seriesColours.count] }

    private func card(_ column: ComparisonColumn, index: Int, mode: Comparison.Mode) -> MarkupNode {
        var facts: [(String, String)] = [("Column", "\(index + 1): \(column.label)"), ("Tier", ComparisonText.tier(column.tier))]
        if let before = column.tierBeforeCaps, before != column.tier { facts.append(("Before caps", before)) }
        facts.append(("Score", ComparisonText.score(column.score)))
        facts.append(("Caps", ComparisonText.caps(column)))
        if column.bonusRules > 0 { facts.append(("Bonus stars", "\(column.stars) of \(column.bonusRules)")) }
        if mode == .rulesets { facts.append(("Every required rule holds", column.compliant ? "yes" : "no")) }
        facts.append(("Mission", "\(column.mission.name) (\(column.mission.id))" + (column.mission.file.map { ", \($0)" } ?? "")))
        facts.append(("Ruleset", "\(column.ruleset.id) \(column.ruleset.version)"))
        if !column.overrides.isEmpty {
            facts.append(("Assumed", column.overrides.map { "\($0.key)=\($0.value.displayText)" }.joined(separator: ", ")))
        }
        var children: [MarkupNode] = []
        if let score = column.score {
            children.append(.raw(TierMedal(id: "compare-medal-\(index + 1)", tierName: column.tier ?? "none", score: score, stars: column.stars).svg()))
        }
        children.append(.element("dl", ["class": "facts"], facts.flatMap { pair -> [MarkupNode] in
            [.element("dt", [:], [.text(pair.0)]), .element("dd", [:], [.text(pair.1)])]
        }))
        return .element("section", ["class": "summary", "aria-label": column.label, "style": "border-left: 6px solid \(Self.colour(index)); padding-left: 12px; margin: 12px 0"], children)
    }

    private func charts(_ comparison: Comparison) -> [MarkupNode] {
        var nodes: [MarkupNode] = [.element("h2", [:], [.text("Scores side by side")])]
        let columns = comparison.columns
        var bars: [HorizontalBarChart.Bar] = []
        for row in ComparisonText.scoreRows(comparison) where row.level == 1 {
            for (index, score) in row.scores.enumerated() {
                guard let score else { continue }
                bars.append(HorizontalBarChart.Bar(label: "\(row.id) · \(columns[index].label)", value: score, color: Self.colour(index)))
            }
        }
        if !bars.isEmpty {
            let sameTiers = columns.allSatisfy { $0.tiers == columns[0].tiers }
            let markers = sameTiers ? columns[0].tiers.map { HorizontalBarChart.Marker(label: $0.name, value: $0.minScore) } : []
            let chart = HorizontalBarChart(id: "compare-guidelines", title: "Guideline scores by column", bars: bars, markers: markers)
            var narrow = chart
            narrow.id += "-narrow"
            narrow.width = HTMLReporter.phoneChartWidth
            narrow.markers = markers.map { HorizontalBarChart.Marker(label: $0.label.prefix(1).uppercased(), value: $0.value) }
            nodes.append(HTMLReporter.chart(label: "Guideline scores by column", wide: chart.svg(), narrow: narrow.svg()))
        }
        // Decay curves: every column's perigee on one chart, when two or more have one. Perigee only: it sets the
        // re-entry, and a legend of two curves per column would run past a phone's width (each rating's own page
        // draws its apogee too).
        let withCurves = columns.enumerated().filter { !($0.element.charts ?? []).isEmpty }
        if withCurves.count >= 2, let first = withCurves[0].element.charts?.first {
            // The legend is one row: at a width where the columns' labels do not fit, each curve is named by its
            // column number, as the cards above are.
            func series(width: Double) -> [LineChart.Series] {
                let legendWidth = withCurves.reduce(0.0) { $0 + VerdanaTextWidth.width(of: $1.element.label, fontSize: 11) + 40 }
                let useNumbers = legendWidth > width - 80
                return withCurves.flatMap { index, column in
                    (column.charts ?? []).filter { $0.name == "perigee" && $0.xUnit == first.xUnit && $0.yUnit == first.yUnit }.map { curve in
                        LineChart.Series(name: useNumbers ? "\(index + 1)" : column.label,
                                         points: curve.points.compactMap { $0.count >= 2 ? LineChart.Point(x: $0[0], y: $0[1]) : nil },
                                         color: Self.colour(index))
                    }
                }
            }
            func axis(_ label: String, _ unit: String) -> String { unit.isEmpty ? label : "\(label) (\(unit))" }
            let title = "Perigee decay of every column"
            let chart = LineChart(id: "compare-decay", title: title, xAxisTitle: axis(first.xLabel, first.xUnit),
                                  yAxisTitle: axis(first.yLabel, first.yUnit), series: series(width: 640))
            var narrow = chart
            narrow.id += "-narrow"
            narrow.width = HTMLReporter.phoneChartWidth
            narrow.series = series(width: HTMLReporter.phoneChartWidth)
            nodes.append(HTMLReporter.chart(label: title, wide: chart.svg(), narrow: narrow.svg()))
        }
        return nodes
    }

    /// A table head; `firstWidth` reserves room for the first column (fact paths) on wide screens.
    private func header(_ cells: [String], firstWidth: String? = nil) -> MarkupNode {
        .element("thead", [:], [.element("tr", [:], cells.enumerated().map { index, cell in
            if index == 0, let firstWidth { return .element("th", ["style": "width: \(firstWidth)"], [.text(cell)]) }
            return .element("th", [:], [.text(cell)])
        })])
    }

    private func scoreTable(_ comparison: Comparison) -> [MarkupNode] {
        let labels = comparison.columns.map(\.label)
        let rows: [MarkupNode] = ComparisonText.scoreRows(comparison).map { row in
            let name: MarkupNode = row.level == 0 ? .element("strong", [:], [.text("\(row.id) \(row.title)")]) : .text("\(row.id) \(row.title)")
            return .element("tr", [:], [.element("td", [:], [name])] + row.scores.enumerated().map { index, score in
                .element("td", ["class": "number", "data-label": labels[index]], [.text(score.map { ComparisonText.score($0) } ?? "—")])
            })
        }
        return [
            .element("h2", [:], [.text("Sections and guidelines")]),
            .element("table", ["class": "stacked"], [header(["Section / guideline"] + labels), .element("tbody", [:], rows)]),
        ]
    }

    private func caps(_ comparison: Comparison) -> [MarkupNode] {
        let capped = comparison.columns.filter { !$0.caps.isEmpty }
        guard !capped.isEmpty else { return [] }
        let rows: [MarkupNode] = capped.flatMap { column in
            column.caps.map { cap in
                .element("tr", [:], [
                    .element("td", [:], [.element("code", ["class": "rule-id"], [.text(cap.rule)])]),
                    .element("td", ["data-label": "Column"], [.text(column.label)]),
                    .element("td", ["data-label": "Caps the tier at"], [.text(cap.capsTierAt)]),
                    .element("td", ["data-label": "Reason"], [.text(cap.reason)]),
                ])
            }
        }
        return [
            .element("h2", [:], [.text(comparison.mode == .rulesets ? "Required rules not met, by ruleset" : "Caps")]),
            .element("table", ["class": "stacked"], [header(["Rule", "Column", "Caps the tier at", "Reason"]), .element("tbody", [:], rows)]),
        ]
    }

    private func facts(_ comparison: Comparison) -> [MarkupNode] {
        var nodes: [MarkupNode] = [.element("h2", [:], [.text("Facts that differ (\(comparison.facts.count))")])]
        guard !comparison.facts.isEmpty else { return nodes + [.element("p", [:], [.text("None.")])] }
        let labels = comparison.columns.map(\.label)
        let rows: [MarkupNode] = comparison.facts.map { fact in
            .element("tr", [:], [
                // A fact path may wrap at a narrow width (unlike a rule id, which the style sheet keeps whole).
                .element("td", [:], [.element("span", [:], [.element("code", [:], [.text(fact.path)])]), .text(fact.unit.map { " (\($0))" } ?? "")]),
            ] + fact.values.indices.map { index in
                .element("td", ["data-label": labels[index]], [
                    .text(ComparisonText.value(fact.values[index], unit: fact.unit)),
                    .element("br"),
                    .element("span", ["class": "note"], [.text(fact.sources[index] ?? "")]),
                ])
            })
        }
        nodes.append(.element("table", ["class": "stacked"], [header(["Fact"] + labels, firstWidth: "34%"), .element("tbody", [:], rows)]))
        return nodes
    }

    private func attribution(_ attribution: ScoreAttribution, columns: [ComparisonColumn]) -> [MarkupNode] {
        let from = columns[attribution.from].label, to = columns[attribution.to].label
        let shown = attribution.rules.filter { ComparisonText.delta($0.difference) != "0.0000" }
        let rows: [MarkupNode] = shown.map { rule in
            .element("tr", [:], [
                .element("td", [:], [.element("code", ["class": "rule-id"], [.text(rule.rule)])]),
                .element("td", ["data-label": "Title"], [.text(rule.title)]),
                .element("td", ["data-label": from], [.text(ComparisonText.outcome(rule.outcomeFrom, score: rule.scoreFrom))]),
                .element("td", ["data-label": to], [.text(ComparisonText.outcome(rule.outcomeTo, score: rule.scoreTo))]),
                .element("td", ["class": "number", "data-label": "Δ total"], [.text(ComparisonText.delta(rule.difference))]),
                .element("td", ["class": "number", "data-label": "by score"], [.text(ComparisonText.delta(rule.scoreEffect))]),
                .element("td", ["class": "number", "data-label": "by share"], [.text(ComparisonText.delta(rule.weightEffect))]),
            ])
        }
        var nodes: [MarkupNode] = [
            .element("h2", [:], [.text("Why \(to) differs from \(from): \(ComparisonText.delta(attribution.difference))")]),
            .element("p", [:], [.text("Score \(ComparisonText.score(attribution.scoreFrom)) → \(ComparisonText.score(attribution.scoreTo)). "
                                      + "The rules' differences in contribution (share of the total × score) add up to \(ComparisonText.delta(attribution.sum)); "
                                      + "residual \(NumberFormatting.readable(attribution.residual)).")]),
        ]
        if !rows.isEmpty {
            nodes.append(.element("table", ["class": "stacked"], [
                header(["Rule", "Title", from, to, "Δ total", "by score", "by share"]), .element("tbody", [:], rows),
            ]))
        }
        return nodes
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        return String(text)
    }
}
