import RuleEngine

/// Renders a `Rating` as a self-contained HTML certificate page: tier medal and score, section and
/// per-guideline charts, the decay curve (when the rating carries `charts`), findings with advice, caps,
/// unknowns, assumptions, the physics models behind derived facts, and the identity of the inputs.
///
/// Self-contained on purpose — it is opened from CI artifacts, e-mail and archives with no network: inline
/// CSS and inline SVG only, no scripts, fonts or images. One column on a phone, and an A4 print layout
/// (`@page { size: A4 }`) that keeps each block together. Nothing on the page is computed here; every number
/// is read from the rating, and a date appears only when the caller passes `ReportOptions.timestamp`.
public struct HTMLReporter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    static let seriesColours = ["#0969da", "#8250df", "#1a7f37", "#bc4c00", "#57606a"]

    public func render(_ rating: Rating) -> String {
        let tierText = rating.tier.map { TierStyle(tierName: $0) == .none ? $0 : TierStyle(tierName: $0).displayName } ?? "Unrated"
        let scoreText = rating.score.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a"
        var main: [MarkupNode] = [
            .element("h1", [:], [.text("Steward rating: \(rating.mission.name)")]),
            .element("p", ["class": "subtitle"], [.text(
                "\(rating.mission.id) — rated against \(rating.ruleset.id) \(rating.ruleset.version): \(rating.ruleset.title)")]),
            summary(rating, tierText: tierText, scoreText: scoreText),
        ]
        main += charts(rating)
        main += uncertainty(rating)
        main += caps(rating)
        main += findings(rating)
        main += bonus(rating)
        main += assumptions(rating)
        main += models(rating)
        main += inputs(rating)
        main.append(.element("p", ["class": "note"], [.text(
            "Rendered by Steward \(rating.engine) from the rating alone; every number here can be recomputed from steward rate --format json.")]))
        return HTMLDocument(title: "Steward rating: \(rating.mission.name) — \(tierText) \(scoreText)",
                            styleSheet: ReportStyleSheet.css, body: [.element("main", [:], main)]).render()
    }

    private func definitions(_ pairs: [(String, String)]) -> MarkupNode {
        .element("dl", ["class": "facts"], pairs.flatMap { pair -> [MarkupNode] in
            [.element("dt", [:], [.text(pair.0)]), .element("dd", [:], [.text(pair.1)])]
        })
    }

    private func summary(_ rating: Rating, tierText: String, scoreText: String) -> MarkupNode {
        var facts: [(String, String)] = [("Tier", tierText + (UncertaintyWording.headline(rating).map { " " + $0 } ?? ""))]
        if let before = rating.tierBeforeCaps, before != rating.tier {
            facts.append(("Before caps", before))
        }
        facts.append(("Score", scoreText))
        if let block = rating.uncertainty { facts.append(("Draws", UncertaintyWording.run(block))) }
        if !rating.bonus.isEmpty { facts.append(("Bonus stars", "\(rating.stars) of \(rating.bonus.count)")) }
        facts.append(("Tier thresholds", rating.tiers.map { "\($0.name) ≥ \(NumberFormatting.fixed($0.minScore, decimals: 2))" }.joined(separator: ", ")))
        let losing = RuleFinding.losing(in: rating)
        facts.append(("Findings", "\(losing.count) rule" + (losing.count == 1 ? "" : "s") + " to improve, \(rating.unknowns.count) unknown"))
        if let sentence = rating.unknownsInterval?.sentence { facts.append(("Unknowns", sentence)) }
        // Without a score (no scored rule applied) a medal would show a made-up 0.00, so there is none.
        var children: [MarkupNode] = []
        if let score = rating.score {
            children.append(.raw(TierMedal(id: "rating-medal", tierName: rating.tier ?? "none", score: score, stars: rating.stars).svg()))
        }
        children.append(definitions(facts))
        return .element("section", ["class": "summary", "aria-label": "Rating"], children)
    }

    private func charts(_ rating: Rating) -> [MarkupNode] {
        var nodes: [MarkupNode] = [.element("h2", [:], [.text("Scores")])]
        let thresholds = rating.tiers.map { SectionScoreChart.Threshold(tier: $0.name, minimumScore: $0.minScore) }
        let sections = rating.sections.compactMap { section -> SectionScoreChart.Section? in
            guard let score = section.score else { return nil }
            return SectionScoreChart.Section(id: section.id, title: section.title, score: score)
        }
        if !sections.isEmpty {
            let chart = SectionScoreChart(id: "rating-sections", title: "Section scores", sections: sections, thresholds: thresholds)
            var narrow = chart
            narrow.id += "-narrow"
            narrow.width = Self.phoneChartWidth
            nodes.append(Self.chart(label: "Section scores", wide: chart.svg(), narrow: narrow.svg()))
        }
        let bars = rating.sections.flatMap(\.guidelines).compactMap { guideline -> HorizontalBarChart.Bar? in
            guard let score = guideline.score, !guideline.rules.isEmpty else { return nil }
            return HorizontalBarChart.Bar(label: "\(guideline.id) \(guideline.title)", value: score)
        }
        if !bars.isEmpty {
            let markers = rating.tiers.map { HorizontalBarChart.Marker(label: $0.name, value: $0.minScore) }
            let chart = HorizontalBarChart(id: "rating-guidelines", title: "Guideline scores", bars: bars, markers: markers)
            // On a phone the thresholds lie about 20 px apart: each is marked by its initial (B, S, G, P).
            var narrow = chart
            narrow.id += "-narrow"
            narrow.width = Self.phoneChartWidth
            narrow.markers = markers.map { HorizontalBarChart.Marker(label: $0.label.prefix(1).uppercased(), value: $0.value) }
            nodes.append(Self.chart(label: "Guideline scores", wide: chart.svg(), narrow: narrow.svg()))
        }
        for (index, group) in Self.chartGroups(rating.charts ?? []).enumerated() {
            let chart = lineChart(group, index: index, rating: rating)
            var narrow = chart
            narrow.id += "-narrow"
            narrow.width = Self.phoneChartWidth
            nodes.append(Self.chart(label: group.title, wide: chart.svg(), narrow: narrow.svg()))
        }
        return nodes
    }

    /// Chart width for phones: a 390 px screen less the page's 16 px margins.
    static let phoneChartWidth: Double = 358

    /// A chart drawn twice, at its full width and at phone width; the style sheet shows one of the two, so
    /// neither is scaled down and chart text keeps its drawn 11–14 px on any screen.
    static func chart(label: String, wide: String, narrow: String) -> MarkupNode {
        .element("section", ["class": "chart", "aria-label": label], [
            .element("div", ["class": "wide"], [.raw(wide)]),
            .element("div", ["class": "narrow"], [.raw(narrow)]),
        ])
    }

    struct ChartGroup {
        var xLabel: String
        var xUnit: String
        var yLabel: String
        var yUnit: String
        var series: [ChartSeries]
        var title: String { (yLabel.prefix(1).uppercased() + yLabel.dropFirst()) + " against \(xLabel)" }
    }

    /// Series sharing both axes (label and unit) are drawn on one chart, in order of first appearance.
    static func chartGroups(_ series: [ChartSeries]) -> [ChartGroup] {
        var groups: [ChartGroup] = []
        for item in series {
            if let index = groups.firstIndex(where: {
                $0.xLabel == item.xLabel && $0.xUnit == item.xUnit && $0.yLabel == item.yLabel && $0.yUnit == item.yUnit
            }) {
                groups[index].series.append(item)
            } else {
                groups.append(ChartGroup(xLabel: item.xLabel, xUnit: item.xUnit, yLabel: item.yLabel, yUnit: item.yUnit, series: [item]))
            }
        }
        return groups
    }

    /// A line chart for one group; on a time axis in years it marks the ruleset's residual-lifetime target
    /// (the `target_residual_lifetime_years` assumption) when the rating carries one.
    private func lineChart(_ group: ChartGroup, index: Int, rating: Rating) -> LineChart {
        let series = group.series.enumerated().map { offset, item in
            LineChart.Series(name: item.name,
                             points: item.points.compactMap { $0.count >= 2 ? LineChart.Point(x: $0[0], y: $0[1]) : nil },
                             color: Self.seriesColours[offset % Self.seriesColours.count])
        }
        var references: [LineChart.ReferenceLine] = []
        if group.xUnit.lowercased().hasPrefix("year"),
           let target = rating.assumptions.first(where: { $0.key == "target_residual_lifetime_years" }),
           case .number(let years) = target.value {
            references.append(LineChart.ReferenceLine(label: "\(NumberFormatting.shortest(years))-year target", .vertical(x: years)))
        }
        func axis(_ label: String, _ unit: String) -> String { unit.isEmpty ? label : "\(label) (\(unit))" }
        return LineChart(id: "rating-chart-\(index + 1)", title: group.title, xAxisTitle: axis(group.xLabel, group.xUnit),
                         yAxisTitle: axis(group.yLabel, group.yUnit), series: series, referenceLines: references)
    }

    private func caps(_ rating: Rating) -> [MarkupNode] {
        guard !rating.caps.isEmpty else { return [] }
        let rows: [MarkupNode] = rating.caps.map { cap in
            .element("tr", [:], [
                .element("td", [:], [.element("code", ["class": "rule-id"], [.text(cap.rule)])]),
                .element("td", ["data-label": "Caps the tier at"], [.text(cap.capsTierAt)]),
                .element("td", ["data-label": "Required"], [.element("code", [:], [.text(cap.condition)])]),
                .element("td", ["data-label": "Reason"], [.text(cap.reason)]),
            ])
        }
        return [
            .element("h2", [:], [.text("Caps")]),
            .element("p", [:], [.text("Required conditions that are not met limit the tier, whatever the score.")]),
            .element("table", ["class": "stacked"], [
                .element("thead", [:], [.element("tr", [:], ["Rule", "Caps the tier at", "Required", "Reason"].map { .element("th", [:], [.text($0)]) })]),
                .element("tbody", [:], rows),
            ]),
        ]
    }

    private func findings(_ rating: Rating) -> [MarkupNode] {
        let losing = RuleFinding.losing(in: rating)
        var nodes: [MarkupNode] = [.element("h2", [:], [.text("Findings")])]
        if losing.isEmpty {
            nodes.append(.element("p", [:], [.text("Every applicable rule passed.")]))
        }
        for finding in losing {
            let rule = finding.rule
            var children: [MarkupNode] = [
                .element("h3", [:], [.element("code", ["class": "rule-id"], [.text(rule.id)]), .text(" " + rule.title)]),
                .element("p", ["class": "note"], [.text(
                    "\(rule.outcome.rawValue.replacingOccurrences(of: "_", with: " ")), score "
                    + (rule.score.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a")
                    + ", loses \(NumberFormatting.fixed(finding.lost, decimals: 3)) of the total"
                    + (finding.guideline.map { " · guideline \($0.id)" } ?? "")
                    + (finding.failedRequirement ? " · required" : ""))]),
                .element("p", [:], [.text(finding.explanation)]),
            ]
            if let advice = rule.advice {
                children.append(.element("p", ["class": "advice"], [.element("strong", [:], [.text("Advice: ")]), .text(advice)]))
            }
            if !rule.references.isEmpty {
                children.append(.element("p", ["class": "note"], [.text("See: " + rule.references.joined(separator: "; "))]))
            }
            nodes.append(.element("article", ["class": "finding \(rule.outcome.rawValue)"], children))
        }
        if !rating.unknowns.isEmpty {
            nodes.append(.element("h3", [:], [.text("Facts that would resolve the unknowns")]))
            nodes.append(.element("table", ["class": "stacked"], [
                .element("thead", [:], [.element("tr", [:], ["Rule", "Missing facts", "Reason"].map { .element("th", [:], [.text($0)]) })]),
                .element("tbody", [:], rating.unknowns.map { unknown in
                    .element("tr", [:], [
                        .element("td", [:], [.element("code", ["class": "rule-id"], [.text(unknown.rule)])]),
                        .element("td", ["data-label": "Missing facts"], [.element("code", [:], [.text(unknown.paths.isEmpty ? "—" : unknown.paths.joined(separator: ", "))])]),
                        .element("td", ["data-label": "Reason"], [.text(unknown.reason)]),
                    ])
                }),
            ]))
        }
        return nodes
    }

    private func bonus(_ rating: Rating) -> [MarkupNode] {
        guard !rating.bonus.isEmpty else { return [] }
        return [
            .element("h2", [:], [.text("Bonus stars")]),
            .element("ul", [:], rating.bonus.map { rule in
                .element("li", [:], [.text("\(rule.outcome == .pass ? "★" : "☆") "),
                                     .element("code", ["class": "rule-id"], [.text(rule.id)]),
                                     .text(" \(rule.title) — \(rule.outcome.rawValue.replacingOccurrences(of: "_", with: " "))")])
            }),
        ]
    }

    private func assumptions(_ rating: Rating) -> [MarkupNode] {
        guard !rating.assumptions.isEmpty else { return [] }
        return [
            .element("h2", [:], [.text("Assumptions")]),
            definitions(rating.assumptions.map { ($0.key, $0.value.displayText + ($0.origin == .override ? " (--assume)" : "")) }),
        ]
    }

    /// The physics models behind the derived facts the rules read, each once, with the assumptions it used.
    private func models(_ rating: Rating) -> [MarkupNode] {
        var seen: [String: [String]] = [:]
        var models: [String: (name: String, assumptions: [String])] = [:]
        var order: [String] = []
        for fact in (rating.allRules + rating.bonus).flatMap(\.facts) {
            guard let source = fact.source, source.kind == .derived, let model = source.model else { continue }
            let assumptions = (source.assumptions ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let key = model + " [" + assumptions.joined(separator: ", ") + "]"
            if seen[key] == nil { order.append(key); seen[key] = []; models[key] = (model, assumptions) }
            if !(seen[key] ?? []).contains(fact.path) { seen[key, default: []].append(fact.path) }
        }
        guard !order.isEmpty else { return [] }
        // A model's name and assumptions run to hundreds of characters: each is a heading over its facts,
        // not the term column of a two-column list.
        return [
            .element("h2", [:], [.text("Models")]),
            .element("dl", ["class": "models"], order.flatMap { key -> [MarkupNode] in
                let model = models[key] ?? (key, [])
                var nodes: [MarkupNode] = [
                    .element("dt", [:], [.text(model.name)]),
                    .element("dd", [:], [.text("Computes ")] + (seen[key] ?? []).enumerated().flatMap { index, path -> [MarkupNode] in
                        (index == 0 ? [] : [.text(", ")]) + [.element("code", [:], [.text(path)])]
                    }),
                ]
                if !model.assumptions.isEmpty {
                    nodes.append(.element("dd", ["class": "note"], [.text("Assumptions: " + model.assumptions.joined(separator: ", "))]))
                }
                return nodes
            }),
        ]
    }

    private func inputs(_ rating: Rating) -> [MarkupNode] {
        var facts: [(String, String)] = [("Mission", "\(rating.mission.name) (\(rating.mission.id))")]
        if let file = options.displayPath ?? rating.mission.file { facts.append(("Descriptor", file)) }
        if let hash = options.descriptorSHA256 { facts.append(("Descriptor SHA-256", hash)) }
        facts.append(("Ruleset", "\(rating.ruleset.id) \(rating.ruleset.version)"
                      + (rating.ruleset.extends.isEmpty ? "" : " (extends \(rating.ruleset.extends.joined(separator: ", ")))")))
        if let hash = options.rulesetSHA256 { facts.append(("Ruleset SHA-256", hash)) }
        facts.append(("Engine", "Steward \(rating.engine)"))
        if let timestamp = options.timestamp { facts.append(("Rated at", timestamp)) }
        return [.element("h2", [:], [.text("Inputs")]), definitions(facts)]
    }
}

extension HTMLReporter: Reporter {
    public static var format: ReportFormat { .html }
}
