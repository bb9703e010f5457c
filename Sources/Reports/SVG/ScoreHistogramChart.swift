/// A histogram of the total score over Monte Carlo draws (`RatingUncertainty.scoreHistogram`): equal-width
/// bins over [0, 1], each bar coloured as the tier its lower edge reaches, the tier thresholds as dashed
/// vertical lines named above the plot, and the point rating's score as a solid line, so a reader sees how
/// much of the spread lies on each side of a threshold.
public struct ScoreHistogramChart: Sendable, Hashable {
    public var id: String
    public var title: String
    /// Draws per bin; bin `i` of `n` covers [i/n, (i+1)/n), the last one closed.
    public var counts: [Int]
    public var thresholds: [SectionScoreChart.Threshold]
    /// The point rating's score, marked for comparison; nil draws no marker.
    public var pointScore: Double?
    public var width: Double
    public var height: Double

    public init(id: String, title: String, counts: [Int], thresholds: [SectionScoreChart.Threshold] = [],
                pointScore: Double? = nil, width: Double = 640, height: Double = 320) {
        self.id = id
        self.title = title
        self.counts = counts
        self.thresholds = thresholds
        self.pointScore = pointScore
        self.width = max(width, 240)
        self.height = max(height, 200)
    }

    static let pointColor = "#1f2328"

    /// The rows (0, 1, 2…) the threshold labels go in: each label in the first row where it clears the
    /// previous label by 4 px, so names of thresholds 0.15 apart stay legible on a phone-width chart.
    static func labelRows(_ labels: [(x: Double, width: Double)]) -> [Int] {
        var rowEnds: [Double] = []
        return labels.map { label in
            let start = label.x - label.width / 2
            if let row = rowEnds.firstIndex(where: { $0 + 4 <= start }) {
                rowEnds[row] = label.x + label.width / 2
                return row
            }
            rowEnds.append(label.x + label.width / 2)
            return rowEnds.count - 1
        }
    }

    public func svg() -> String {
        let left: Double = 56
        let right: Double = 20
        let bottom: Double = 48
        let sorted = thresholds.sorted { $0.minimumScore < $1.minimumScore }
        let names = sorted.map { TierStyle(tierName: $0.tier) == .none ? $0.tier : TierStyle(tierName: $0.tier).displayName }
        let plotWidth = width - left - right
        func xPosition(_ score: Double) -> Double { left + plotWidth * HorizontalBarChart.clamp(score) }
        // Label centres kept inside the chart so a name at 0 or 1 is not cut off.
        let labels = zip(sorted, names).map { threshold, name -> (x: Double, width: Double) in
            let labelWidth = VerdanaTextWidth.width(of: name, fontSize: 11)
            let x = min(max(xPosition(threshold.minimumScore), labelWidth / 2 + 2), width - labelWidth / 2 - 2)
            return (x, labelWidth)
        }
        let rows = Self.labelRows(labels)
        let legendBaseline: Double = pointScore == nil ? 20 : 40
        let labelsTop = legendBaseline + 6
        let top = labelsTop + Double((rows.max() ?? -1) + 1) * 14 + 6
        let plotHeight = height - top - bottom
        let plotBottom = top + plotHeight
        let total = counts.reduce(0, +)
        let yTicks = AxisTicks.linear(minimum: 0, maximum: Double(max(counts.max() ?? 0, 1)), targetCount: 5)
        func yPosition(_ count: Double) -> Double { plotBottom - plotHeight * (count - yTicks.lower) / (yTicks.upper - yTicks.lower) }

        var content: [MarkupNode] = [SVGDocument.text(title, x: 12, y: 20, size: 14, weight: "bold")]
        var axes: [MarkupNode] = []
        for tick in yTicks.values {
            axes.append(SVGDocument.line(x1: left, y1: yPosition(tick), x2: left + plotWidth, y2: yPosition(tick), stroke: "#d0d7de"))
            axes.append(SVGDocument.text(SVGNumber.fixed(tick, decimals: 0), x: left - 6, y: yPosition(tick) + 4, size: 11,
                                         anchor: "end", fill: "#57606a"))
        }
        for tick in stride(from: 0.0, through: 1.0, by: 0.2) {
            axes.append(SVGDocument.line(x1: xPosition(tick), y1: plotBottom, x2: xPosition(tick), y2: plotBottom + 4, stroke: "#57606a"))
            axes.append(SVGDocument.text(SVGNumber.fixed(tick, decimals: 1), x: xPosition(tick), y: plotBottom + 16, size: 11,
                                         anchor: "middle", fill: "#57606a"))
        }
        axes.append(SVGDocument.line(x1: left, y1: plotBottom, x2: left + plotWidth, y2: plotBottom, stroke: "#57606a"))
        axes.append(SVGDocument.text("score", x: left + plotWidth / 2, y: height - 10, size: 11, anchor: "middle"))
        axes.append(SVGDocument.text(
            "draws", x: 14, y: top + plotHeight / 2, size: 11, anchor: "middle",
            extra: [MarkupAttribute("transform", "rotate(-90 14 \(SVGNumber.format(top + plotHeight / 2)))")]))
        content.append(.element("g", ["aria-hidden": "true"], axes))

        let binWidth = counts.isEmpty ? 0 : plotWidth / Double(counts.count)
        for (index, count) in counts.enumerated() where count > 0 {
            let low = Double(index) / Double(counts.count), high = Double(index + 1) / Double(counts.count)
            let tier = SectionScoreChart.tier(for: low, thresholds: thresholds)
            content.append(.element("g", [:], [
                .element("title", [:], [.text("\(Self.binLabel(low, high)): \(count) draw\(count == 1 ? "" : "s")")]),
                SVGDocument.rect(x: left + binWidth * Double(index) + 0.5, y: yPosition(Double(count)),
                                 width: binWidth - 1, height: plotBottom - yPosition(Double(count)),
                                 fill: TierStyle(tierName: tier).badgeFill),
            ]))
        }

        for ((threshold, name), (label, row)) in zip(zip(sorted, names), zip(labels, rows)) {
            let x = xPosition(threshold.minimumScore)
            let style = TierStyle(tierName: threshold.tier)
            content.append(.element("g", ["aria-hidden": "true"], [
                SVGDocument.line(x1: x, y1: top, x2: x, y2: plotBottom, stroke: style.medalRim, width: 1.5, dash: "6 3"),
                SVGDocument.text(name, x: label.x, y: labelsTop + 11 + Double(row) * 14, size: 11, anchor: "middle",
                                 fill: style.badgeFill),
            ]))
        }
        if let pointScore {
            let x = xPosition(pointScore)
            content.append(.element("g", ["aria-hidden": "true"], [
                SVGDocument.line(x1: x, y1: top, x2: x, y2: plotBottom, stroke: Self.pointColor, width: 2),
                SVGDocument.line(x1: left, y1: legendBaseline - 4, x2: left + 18, y2: legendBaseline - 4, stroke: Self.pointColor, width: 2),
                SVGDocument.text("point rating \(SVGNumber.fixed(pointScore, decimals: 3))", x: left + 22, y: legendBaseline, size: 11),
            ]))
        }
        if total == 0 {
            content.append(SVGDocument.text("no data", x: left + plotWidth / 2, y: top + plotHeight / 2, size: 12,
                                            anchor: "middle", fill: "#57606a"))
        }
        return SVGDocument.render(SVGDocument.root(id: id, width: width, height: height, title: title,
                                                   description: describe(), content: content))
    }

    /// "0.60–0.65": a bin's range with as many decimals as its width needs (two for 20 bins, three for 200).
    static func binLabel(_ low: Double, _ high: Double) -> String {
        let decimals = high - low >= 0.1 - 1e-12 ? 1 : (high - low >= 0.01 - 1e-12 ? 2 : 3)
        return SVGNumber.fixed(low, decimals: decimals) + "–" + SVGNumber.fixed(high, decimals: decimals)
    }

    /// A text equivalent: the bins that hold draws, the thresholds and the point rating.
    func describe() -> String {
        let total = counts.reduce(0, +)
        var parts = ["Histogram of the score over \(total) draw\(total == 1 ? "" : "s") in \(counts.count) bins from 0 to 1."]
        let filled = counts.enumerated().filter { $0.element > 0 }.map { index, count in
            "\(Self.binLabel(Double(index) / Double(counts.count), Double(index + 1) / Double(counts.count))): \(count)"
        }
        if !filled.isEmpty { parts.append("Draws per bin: " + filled.joined(separator: "; ") + ".") }
        let limits = thresholds.map { "\($0.tier) from \(SVGNumber.fixed($0.minimumScore, decimals: 2))" }
        if !limits.isEmpty { parts.append("Tier thresholds: " + limits.joined(separator: "; ") + ".") }
        if let pointScore { parts.append("Point rating: \(SVGNumber.fixed(pointScore, decimals: 3)).") }
        return parts.joined(separator: " ")
    }
}
