/// A horizontal bar chart of values in [0, 1] — per-guideline scores — with optional vertical markers
/// such as the tier thresholds.
public struct HorizontalBarChart: Sendable, Hashable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        public var label: String
        /// The value, clamped to [0, 1] when drawn.
        public var value: Double
        /// Fill colour; nil uses the chart's default.
        public var color: String?
        /// The text at the bar's end; nil shows the value with two decimals (a count chart shows the count).
        public var valueLabel: String?

        public init(label: String, value: Double, color: String? = nil, valueLabel: String? = nil) {
            self.label = label
            self.value = value
            self.color = color
            self.valueLabel = valueLabel
        }
    }

    /// A vertical line across all bars at a value, e.g. `gold` at 0.70.
    public struct Marker: Sendable, Hashable {
        public var label: String
        public var value: Double
        public var color: String

        public init(label: String, value: Double, color: String = "#57606a") {
            self.label = label
            self.value = value
            self.color = color
        }
    }

    public var id: String
    public var title: String
    public var bars: [Bar]
    public var markers: [Marker]
    public var width: Double

    /// - Parameter id: unique within the page that embeds the chart; prefixes the chart's ids.
    public init(id: String, title: String, bars: [Bar], markers: [Marker] = [], width: Double = 640) {
        self.id = id
        self.title = title
        self.bars = bars
        self.markers = markers
        self.width = max(width, 240)
    }

    static let defaultBarColor = "#2f6f9f"
    static let trackColor = "#eaeef2"
    static let fontSize: Double = 12
    static let padding: Double = 12
    static let barHeight: Double = 18
    static let rowHeight: Double = 26
    static let valueColumn: Double = 44

    /// The chart as a standalone SVG document (also valid inline in HTML).
    public func svg() -> String {
        let fontSize = Self.fontSize
        let widestLabel = bars.map { VerdanaTextWidth.width(of: $0.label, fontSize: fontSize) }.max() ?? 0
        let labelColumn = min(widestLabel + 10, width * 0.4)
        let barLeft = Self.padding + labelColumn
        let barRight = width - Self.padding - Self.valueColumn
        let barSpan = barRight - barLeft
        let titleHeight: Double = 28
        let markerLabelHeight: Double = markers.isEmpty ? 0 : 16
        let barsTop = titleHeight + markerLabelHeight
        let height = barsTop + Double(bars.count) * Self.rowHeight + Self.padding
        func xPosition(_ value: Double) -> Double { barLeft + barSpan * Self.clamp(value) }

        var content: [MarkupNode] = [
            SVGDocument.text(title, x: Self.padding, y: 18, size: 14, weight: "bold")
        ]
        for (index, bar) in bars.enumerated() {
            let top = barsTop + Double(index) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
            let baseline = top + Self.barHeight / 2 + fontSize * 0.35
            let valueText = bar.valueLabel ?? SVGNumber.fixed(Self.clamp(bar.value), decimals: 2)
            let shownLabel = VerdanaTextWidth.truncate(bar.label, toWidth: labelColumn - 10, fontSize: fontSize)
            content.append(.element("g", [:], [
                .element("title", [:], [.text("\(bar.label): \(valueText)")]),
                SVGDocument.text(shownLabel, x: barLeft - 8, y: baseline, size: fontSize, anchor: "end"),
                SVGDocument.rect(x: barLeft, y: top, width: barSpan, height: Self.barHeight, fill: Self.trackColor, radius: 2),
                SVGDocument.rect(
                    x: barLeft, y: top, width: barSpan * Self.clamp(bar.value), height: Self.barHeight,
                    fill: bar.color ?? Self.defaultBarColor, radius: 2),
                SVGDocument.text(valueText, x: barRight + 6, y: baseline, size: fontSize),
            ]))
        }
        for marker in markers.sorted(by: { $0.value < $1.value }) {
            let x = xPosition(marker.value)
            content.append(.element("g", ["aria-hidden": "true"], [
                SVGDocument.line(
                    x1: x, y1: barsTop - 2, x2: x, y2: height - Self.padding + 2, stroke: marker.color, width: 1,
                    dash: "4 3"),
                SVGDocument.text(marker.label, x: x, y: titleHeight + 10, size: 11, anchor: "middle", fill: marker.color),
            ]))
        }
        let summary = bars.map { "\($0.label) \($0.valueLabel ?? SVGNumber.fixed(Self.clamp($0.value), decimals: 2))" }
        let markerSummary = markers.map { "\($0.label) at \(SVGNumber.fixed($0.value, decimals: 2))" }
        var description = "Bar chart, values from 0 to 1. " + summary.joined(separator: "; ") + "."
        if !markerSummary.isEmpty { description += " Markers: " + markerSummary.joined(separator: "; ") + "." }
        return SVGDocument.render(SVGDocument.root(
            id: id, width: width, height: height, title: title, description: description, content: content))
    }

    static func clamp(_ value: Double) -> Double {
        value.isFinite ? min(max(value, 0), 1) : 0
    }
}
