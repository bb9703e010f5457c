import RuleEngine

/// The front page of a batch of HTML ratings (`steward rate … --format html --output-dir DIR`): how the
/// missions are spread over the tiers and scores, and a table of every rating — mission, ruleset, tier, score
/// and the caps that hold it down — each row linking to that rating's own page.
///
/// Like every report page it is self-contained (inline CSS and SVG). The table is sorted worst score first and
/// reads fully without scripts; a few lines of inline JavaScript let a reader re-sort it by any column.
public struct HTMLIndexPage: Sendable {
    /// One rated mission and the file name of its page, relative to the index.
    public struct Entry: Sendable {
        public var rating: Rating
        public var pageFileName: String

        public init(rating: Rating, pageFileName: String) {
            self.rating = rating
            self.pageFileName = pageFileName
        }

        /// An entry keeping only what the index shows (mission, ruleset, tiers, score, tier, caps, engine), so a
        /// batch written as it is rated holds a few hundred bytes per rating until the index is written.
        public init(summaryOf rating: Rating, pageFileName: String) {
            var summary = rating
            summary.assumptions = []
            summary.sections = []
            summary.bonus = []
            summary.unknowns = []
            summary.charts = nil
            summary.uncertainty = nil
            self.init(rating: summary, pageFileName: pageFileName)
        }
    }

    public var entries: [Entry]
    public var title: String

    public init(entries: [Entry], title: String = "Steward ratings") {
        self.entries = entries
        self.title = title
    }

    public func render() -> String {
        let rated = entries.count
        let scored = entries.compactMap(\.rating.score)
        let mean = scored.isEmpty ? nil : scored.reduce(0, +) / Double(scored.count)
        var main: [MarkupNode] = [
            .element("h1", [:], [.text(title)]),
            .element("p", ["class": "subtitle"], [.text(
                "\(rated) rating\(rated == 1 ? "" : "s") under " + rulesetNames.joined(separator: ", ")
                + (mean.map { "; mean score " + NumberFormatting.fixed($0, decimals: 3) } ?? ""))]),
            .element("h2", [:], [.text("Tiers and scores")]),
        ]
        main.append(HTMLReporter.chart(label: "Missions per tier", wide: tierChart(width: 640).svg(),
                                       narrow: tierChart(width: HTMLReporter.phoneChartWidth).svg()))
        main.append(HTMLReporter.chart(label: "Score histogram", wide: histogram(width: 640).svg(),
                                       narrow: histogram(width: HTMLReporter.phoneChartWidth).svg()))
        main.append(.element("h2", [:], [.text("Missions")]))
        main.append(.element("p", ["class": "note"], [.text("Worst score first; select a column heading to sort by it.")]))
        main.append(table())
        main.append(.element("p", ["class": "note"], [.text(
            "Rendered by Steward \(entries.first?.rating.engine ?? "") from the ratings alone; each mission's page shows how its score is made up.")]))
        return HTMLDocument(title: title, styleSheet: ReportStyleSheet.css + Self.extraStyle, body: [.element("main", [:], main)],
                            script: Self.sortScript).render()
    }

    private var rulesetNames: [String] {
        var seen: [String] = []
        for entry in entries {
            let name = "\(entry.rating.ruleset.id) \(entry.rating.ruleset.version)"
            if !seen.contains(name) { seen.append(name) }
        }
        return seen
    }

    private static func tierName(_ rating: Rating) -> String {
        rating.tier.map { TierStyle(tierName: $0) == .none ? "Unrated" : TierStyle(tierName: $0).displayName } ?? "Unrated"
    }

    /// Missions per tier, best tier first, then unrated; bars scaled to the largest count.
    private func tierChart(width: Double) -> HorizontalBarChart {
        var order: [String] = []
        for entry in entries {
            for tier in entry.rating.tiers.map(\.name) where !order.contains(tier) { order.append(tier) }
        }
        var counts: [(String, Int, String?)] = order.map { tier in
            let style = TierStyle(tierName: tier)
            return (style == .none ? tier : style.displayName,
                    entries.filter { $0.rating.tier == tier }.count, style == .none ? nil : style.badgeFill)
        }
        counts.append(("Unrated", entries.filter { $0.rating.tier == nil || TierStyle(tierName: $0.rating.tier ?? "") == .none }.count,
                       TierStyle.none.badgeFill))
        let largest = Double(max(counts.map(\.1).max() ?? 1, 1))
        let bars = counts.map { HorizontalBarChart.Bar(label: $0.0, value: Double($0.1) / largest, color: $0.2, valueLabel: String($0.1)) }
        return HorizontalBarChart(id: width < 640 ? "index-tiers-narrow" : "index-tiers", title: "Missions per tier", bars: bars, width: width)
    }

    /// Scores in ten bins of 0.1 (the last includes 1.0); bars scaled to the fullest bin.
    private func histogram(width: Double) -> HorizontalBarChart {
        var bins = Array(repeating: 0, count: 10)
        for score in entries.compactMap(\.rating.score) where score.isFinite {
            bins[min(9, max(0, Int((score * 10).rounded(.down))))] += 1
        }
        let largest = Double(max(bins.max() ?? 1, 1))
        let bars = bins.enumerated().reversed().map { index, count in
            HorizontalBarChart.Bar(label: NumberFormatting.fixed(Double(index) / 10, decimals: 1) + "–"
                                   + NumberFormatting.fixed(Double(index + 1) / 10, decimals: 1),
                                   value: Double(count) / largest, valueLabel: String(count))
        }
        return HorizontalBarChart(id: width < 640 ? "index-scores-narrow" : "index-scores", title: "Score histogram", bars: bars, width: width)
    }

    private func table() -> MarkupNode {
        let headers = ["Mission", "Ruleset", "Tier", "Score", "Caps"]
        let head = MarkupNode.element("thead", [:], [.element("tr", [:], headers.enumerated().map { index, name in
            .element("th", ["scope": "col", "data-column": String(index)], [.text(name)])
        })])
        let sorted = entries.sorted { ($0.rating.score ?? -1, $0.rating.mission.id) < ($1.rating.score ?? -1, $1.rating.mission.id) }
        let rows: [MarkupNode] = sorted.map { entry in
            let rating = entry.rating
            let tierRank = rating.tier.flatMap { tier in rating.tiers.firstIndex { $0.name == tier } } ?? rating.tiers.count
            let caps = rating.caps.map(\.rule)
            return .element("tr", [:], [
                .element("td", ["data-label": "Mission", "data-sort": rating.mission.id], [
                    .element("a", ["href": entry.pageFileName], [.element("code", ["class": "rule-id"], [.text(rating.mission.id)])]),
                    .text(" " + rating.mission.name),
                ]),
                .element("td", ["data-label": "Ruleset", "data-sort": rating.ruleset.id], [.text("\(rating.ruleset.id) \(rating.ruleset.version)")]),
                .element("td", ["class": "word", "data-label": "Tier", "data-sort": String(tierRank)], [.text(Self.tierName(rating))]),
                .element("td", ["class": "number", "data-label": "Score", "data-sort": rating.score.map { NumberFormatting.shortest($0) } ?? "-1"],
                         [.text(rating.score.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a")]),
                .element("td", ["data-label": "Caps", "data-sort": String(caps.count)],
                         caps.isEmpty ? [.text("none")] : caps.enumerated().flatMap { index, rule -> [MarkupNode] in
                             (index == 0 ? [] : [.text(", ")]) + [.element("code", ["class": "rule-id"], [.text(rule)])]
                         }),
            ])
        }
        return .element("table", ["class": "stacked sortable", "id": "ratings"], [head, .element("tbody", [:], rows)])
    }

    static let extraStyle = """

        table.sortable th { cursor: pointer; white-space: nowrap; }
        td.word { white-space: nowrap; overflow-wrap: normal; }
        table.sortable th[aria-sort="ascending"]::after { content: " ▲"; }
        table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
        """

    /// Sorts the table by the clicked column's `data-sort` values (numbers numerically); a second click reverses.
    static let sortScript = """
        document.querySelectorAll("table.sortable th").forEach(function (header) {
          header.addEventListener("click", function () {
            var table = header.closest("table"), body = table.tBodies[0], column = Number(header.dataset.column);
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
              var nx = Number(x), ny = Number(y);
              var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        """
}
