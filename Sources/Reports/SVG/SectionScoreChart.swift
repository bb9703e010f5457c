/// A column chart of section scores in [0, 1], with the tier thresholds drawn as horizontal lines so a
/// reader sees at once which sections hold the rating back.
public struct SectionScoreChart: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
        /// Short id shown under the column (e.g. `B`).
        public var id: String
        /// Full title, given in the column's tooltip and in the text description.
        public var title: String
        public var score: Double

        public init(id: String, title: String, score: Double) {
            self.id = id
            self.title = title
            self.score = score
        }
    }

    /// A tier's lower bound, e.g. gold at 0.70.
    public struct Threshold: Sendable, Hashable {
        public var tier: String
        public var minimumScore: Double

        public init(tier: String, minimumScore: Double) {
            self.tier = tier
            self.minimumScore = minimumScore
        }
    }

    public var id: String
    public var title: String
    public var sections: [Section]
    public var thresholds: [Threshold]
    public var width: Double
    public var height: Double

    public init(
        id: String, title: String, sections: [Section], thresholds: [Threshold] = [],
        width: Double = 480, height: Double = 260
    ) {
        self.id = id
        self.title = title
        self.sections = sections
        self.thresholds = thresholds
        self.width = max(width, 200)
        self.height = max(height, 160)
    }

    public func svg() -> String {
        let left: Double = 40
        let right: Double = 76  // room for threshold labels
        let top: Double = 36
        let bottom: Double = 28
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let plotBottom = top + plotHeight
        func y(_ score: Double) -> Double { plotBottom - plotHeight * HorizontalBarChart.clamp(score) }

        var content: [MarkupNode] = [SVGDocument.text(title, x: 12, y: 20, size: 14, weight: "bold")]
        var grid: [MarkupNode] = []
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            grid.append(SVGDocument.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), stroke: "#d0d7de"))
            grid.append(SVGDocument.text(
                SVGNumber.fixed(tick, decimals: 2), x: left - 6, y: y(tick) + 4, size: 11, anchor: "end", fill: "#57606a"))
        }
        content.append(.element("g", ["aria-hidden": "true"], grid))

        let slot = sections.isEmpty ? plotWidth : plotWidth / Double(sections.count)
        let columnWidth = min(slot * 0.6, 56)
        for (index, section) in sections.enumerated() {
            let score = HorizontalBarChart.clamp(section.score)
            let centre = left + slot * (Double(index) + 0.5)
            let scoreText = SVGNumber.fixed(score, decimals: 2)
            content.append(.element("g", [:], [
                .element("title", [:], [.text("\(section.id) \(section.title): \(scoreText)")]),
                SVGDocument.rect(
                    x: centre - columnWidth / 2, y: y(score), width: columnWidth, height: plotBottom - y(score),
                    fill: TierStyle(tierName: Self.tier(for: score, thresholds: thresholds)).badgeFill),
                SVGDocument.text(scoreText, x: centre, y: y(score) - 4, size: 11, anchor: "middle"),
                SVGDocument.text(section.id, x: centre, y: plotBottom + 16, size: 12, anchor: "middle", weight: "bold"),
            ]))
        }
        for threshold in thresholds.sorted(by: { $0.minimumScore < $1.minimumScore }) {
            let style = TierStyle(tierName: threshold.tier)
            let lineY = y(threshold.minimumScore)
            content.append(.element("g", ["aria-hidden": "true"], [
                SVGDocument.line(x1: left, y1: lineY, x2: left + plotWidth, y2: lineY, stroke: style.medalRim, width: 1.5, dash: "6 3"),
                SVGDocument.text(style.displayName, x: left + plotWidth + 6, y: lineY + 4, size: 11, fill: style.badgeFill),
            ]))
        }
        content.append(SVGDocument.line(x1: left, y1: plotBottom, x2: left + plotWidth, y2: plotBottom, stroke: "#57606a"))
        // A legend under the columns names each section, since a column has room only for its id.
        var legend: [MarkupNode] = []
        for (index, section) in sections.enumerated() {
            let baseline = height + Self.legendRowHeight * Double(index + 1) - 4
            legend.append(SVGDocument.text(section.id, x: left - 24, y: baseline, size: 11, weight: "bold"))
            legend.append(SVGDocument.text(
                VerdanaTextWidth.truncate(section.title, toWidth: width - left - 12, fontSize: 11), x: left, y: baseline, size: 11))
        }
        content.append(.element("g", ["aria-hidden": "true"], legend))

        let parts = sections.map { "\($0.id) \($0.title) \(SVGNumber.fixed(HorizontalBarChart.clamp($0.score), decimals: 2))" }
        var description = "Column chart of section scores from 0 to 1. " + parts.joined(separator: "; ") + "."
        let limits = thresholds.map { "\($0.tier) from \(SVGNumber.fixed($0.minimumScore, decimals: 2))" }
        if !limits.isEmpty { description += " Tier thresholds: " + limits.joined(separator: "; ") + "." }
        return SVGDocument.render(SVGDocument.root(
            id: id, width: width, height: height + Self.legendRowHeight * Double(sections.count), title: title,
            description: description, content: content))
    }

    /// Height of one legend line under the plot (`height` is the plot's, the legend adds to it).
    static let legendRowHeight: Double = 18

    /// The highest tier whose threshold `score` reaches, or "none"; used to colour each column.
    static func tier(for score: Double, thresholds: [Threshold]) -> String {
        thresholds.filter { score >= $0.minimumScore }.max(by: { $0.minimumScore < $1.minimumScore })?.tier ?? "none"
    }
}
