import Foundation

/// An x–y line chart for curves such as orbital decay: perigee and apogee altitude (km) against time
/// (years), on a linear or logarithmic altitude axis, with reference lines such as the 25-year limit
/// (vertical) or a re-entry altitude (horizontal), and shaded bands such as the 5–95 % range of the
/// altitude over Monte Carlo draws (a fan chart: the band with its median as a series).
public struct LineChart: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    public struct Series: Sendable, Hashable {
        public var name: String
        public var points: [Point]
        public var color: String
        public var dashed: Bool

        public init(name: String, points: [Point], color: String, dashed: Bool = false) {
            self.name = name
            self.points = points
            self.color = color
            self.dashed = dashed
        }
    }

    /// A shaded area between a lower and an upper curve sampled at the same x values, drawn under the series.
    public struct Band: Sendable, Hashable {
        public struct Point: Sendable, Hashable {
            public var x: Double
            public var lower: Double
            public var upper: Double

            public init(x: Double, lower: Double, upper: Double) {
                self.x = x
                self.lower = lower
                self.upper = upper
            }
        }

        public var name: String
        public var points: [Point]
        public var color: String
        /// Fill opacity; the series drawn over the band stay readable at the default.
        public var opacity: Double

        public init(name: String, points: [Point], color: String, opacity: Double = 0.25) {
            self.name = name
            self.points = points
            self.color = color
            self.opacity = opacity
        }
    }

    public struct ReferenceLine: Sendable, Hashable {
        public enum Orientation: Sendable, Hashable {
            /// A horizontal line at this y value (e.g. a re-entry altitude).
            case horizontal(y: Double)
            /// A vertical line at this x value (e.g. 25 years after end of mission).
            case vertical(x: Double)
        }

        public var label: String
        public var orientation: Orientation
        public var color: String

        public init(label: String, _ orientation: Orientation, color: String = "#cf222e") {
            self.label = label
            self.orientation = orientation
            self.color = color
        }
    }

    public enum YScale: Sendable, Hashable {
        case linear
        /// Base-10 logarithmic; points with y ≤ 0 cannot be placed and are left out.
        case logarithmic
    }

    public var id: String
    public var title: String
    public var xAxisTitle: String
    public var yAxisTitle: String
    public var series: [Series]
    public var bands: [Band]
    public var referenceLines: [ReferenceLine]
    public var yScale: YScale
    public var width: Double
    public var height: Double

    public init(
        id: String, title: String, xAxisTitle: String, yAxisTitle: String, series: [Series],
        referenceLines: [ReferenceLine] = [], bands: [Band] = [], yScale: YScale = .linear, width: Double = 640,
        height: Double = 360
    ) {
        self.id = id
        self.title = title
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.series = series
        self.bands = bands
        self.referenceLines = referenceLines
        self.yScale = yScale
        self.width = max(width, 240)
        self.height = max(height, 180)
    }

    /// The points of a series that can be drawn on this chart's axes.
    func drawable(_ points: [Point]) -> [Point] {
        points.filter { $0.x.isFinite && $0.y.isFinite && (yScale == .linear || $0.y > 0) }
    }

    /// The points of a band that can be drawn on this chart's axes: both of its curves must be.
    func drawable(_ points: [Band.Point]) -> [Band.Point] {
        points.filter { point in
            [point.x, point.lower, point.upper].allSatisfy(\.isFinite) && (yScale == .linear || min(point.lower, point.upper) > 0)
        }
    }

    public func svg() -> String {
        let left: Double = 64
        let right: Double = 20
        let top: Double = 48
        let bottom: Double = 48
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let plotBottom = top + plotHeight
        let logarithmic = yScale == .logarithmic

        let allPoints = series.flatMap { drawable($0.points) }
            + bands.flatMap { drawable($0.points) }.flatMap { [Point(x: $0.x, y: $0.lower), Point(x: $0.x, y: $0.upper)] }
        var xs = allPoints.map(\.x)
        var ys = allPoints.map(\.y)
        let offScale = Set(offScaleReferenceLines(dataXs: xs))
        for line in referenceLines where !offScale.contains(line) {
            switch line.orientation {
            case .vertical(let x) where x.isFinite: xs.append(x)
            case .horizontal(let y) where y.isFinite && (!logarithmic || y > 0): ys.append(y)
            default: break
            }
        }
        let xTicks = AxisTicks.linear(minimum: min(xs.min() ?? 0, 0), maximum: xs.max() ?? 1)
        let yTicks = logarithmic
            ? AxisTicks.logarithmic(minimum: ys.min() ?? 1, maximum: ys.max() ?? 10)
            : AxisTicks.linear(minimum: min(ys.min() ?? 0, 0), maximum: ys.max() ?? 1)

        func xPosition(_ x: Double) -> Double {
            left + plotWidth * (x - xTicks.lower) / (xTicks.upper - xTicks.lower)
        }
        func yPosition(_ y: Double) -> Double {
            if logarithmic {
                let fraction = (log10(y) - log10(yTicks.lower)) / (log10(yTicks.upper) - log10(yTicks.lower))
                return plotBottom - plotHeight * fraction
            }
            return plotBottom - plotHeight * (y - yTicks.lower) / (yTicks.upper - yTicks.lower)
        }

        var content: [MarkupNode] = [SVGDocument.text(title, x: 12, y: 20, size: 14, weight: "bold")]

        var axes: [MarkupNode] = []
        for tick in yTicks.values {
            let y = yPosition(tick)
            axes.append(SVGDocument.line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: "#d0d7de"))
            axes.append(SVGDocument.text(
                yTicks.label(for: tick, logarithmic: logarithmic), x: left - 6, y: y + 4, size: 11, anchor: "end",
                fill: "#57606a"))
        }
        for tick in xTicks.values {
            let x = xPosition(tick)
            axes.append(SVGDocument.line(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 4, stroke: "#57606a"))
            axes.append(SVGDocument.text(
                xTicks.label(for: tick, logarithmic: false), x: x, y: plotBottom + 16, size: 11, anchor: "middle",
                fill: "#57606a"))
        }
        axes.append(SVGDocument.line(x1: left, y1: top, x2: left, y2: plotBottom, stroke: "#57606a"))
        axes.append(SVGDocument.line(x1: left, y1: plotBottom, x2: left + plotWidth, y2: plotBottom, stroke: "#57606a"))
        axes.append(SVGDocument.text(xAxisTitle, x: left + plotWidth / 2, y: height - 10, size: 11, anchor: "middle"))
        axes.append(SVGDocument.text(
            yAxisTitle, x: 14, y: top + plotHeight / 2, size: 11, anchor: "middle",
            extra: [MarkupAttribute("transform", "rotate(-90 14 \(SVGNumber.format(top + plotHeight / 2)))")]))
        content.append(.element("g", ["aria-hidden": "true"], axes))

        for band in bands {
            let points = drawable(band.points)
            guard points.count >= 2 else { continue }
            // Along the upper curve, then back along the lower one.
            let outline = points.map { ($0.x, $0.upper) } + points.reversed().map { ($0.x, $0.lower) }
            let coordinates = outline.map { "\(SVGNumber.format(xPosition($0.0), decimals: 1)),\(SVGNumber.format(yPosition($0.1), decimals: 1))" }
            content.append(.element(MarkupElement("polygon", [
                MarkupAttribute("points", coordinates.joined(separator: " ")),
                MarkupAttribute("fill", band.color),
                MarkupAttribute("fill-opacity", SVGNumber.format(band.opacity)),
                MarkupAttribute("stroke", "none"),
            ])))
        }

        for line in referenceLines {
            switch line.orientation {
            case .horizontal(let y):
                guard y.isFinite, !logarithmic || y > 0 else { continue }
                let position = yPosition(y)
                content.append(.element("g", [:], [
                    SVGDocument.line(x1: left, y1: position, x2: left + plotWidth, y2: position, stroke: line.color, width: 1.5, dash: "6 4"),
                    SVGDocument.text(line.label, x: left + 4, y: position - 4, size: 11, fill: line.color),
                ]))
            case .vertical(let x):
                guard x.isFinite else { continue }
                if offScale.contains(line) {
                    // Beyond the axis: named at the plot's right edge, with an arrow towards where it lies.
                    content.append(SVGDocument.text(
                        "\(line.label) at \(SVGNumber.format(x)) →", x: left + plotWidth - 4, y: top + 12, size: 11,
                        anchor: "end", fill: line.color))
                    continue
                }
                let position = xPosition(x)
                // Named to the right of the line, or to its left where the name would run off the chart.
                let fitsRight = position + 4 + VerdanaTextWidth.width(of: line.label, fontSize: 11) <= width - 2
                content.append(.element("g", [:], [
                    SVGDocument.line(x1: position, y1: top, x2: position, y2: plotBottom, stroke: line.color, width: 1.5, dash: "6 4"),
                    SVGDocument.text(line.label, x: fitsRight ? position + 4 : position - 4, y: top + 10, size: 11,
                                     anchor: fitsRight ? "start" : "end", fill: line.color),
                ]))
            }
        }

        var legend: [MarkupNode] = []
        var legendX = left
        for band in bands {
            legend.append(SVGDocument.rect(
                x: legendX, y: 28, width: 18, height: 12, fill: band.color,
                extra: [MarkupAttribute("fill-opacity", SVGNumber.format(band.opacity))]))
            legend.append(SVGDocument.text(band.name, x: legendX + 22, y: 38, size: 11))
            legendX += 22 + VerdanaTextWidth.width(of: band.name, fontSize: 11) + 18
        }
        for entry in series {
            let points = drawable(entry.points)
            if !points.isEmpty {
                let coordinates = points.map { "\(SVGNumber.format(xPosition($0.x), decimals: 1)),\(SVGNumber.format(yPosition($0.y), decimals: 1))" }
                var attributes = [
                    MarkupAttribute("points", coordinates.joined(separator: " ")),
                    MarkupAttribute("fill", "none"),
                    MarkupAttribute("stroke", entry.color),
                    MarkupAttribute("stroke-width", "2"),
                    MarkupAttribute("stroke-linejoin", "round"),
                ]
                if entry.dashed { attributes.append(MarkupAttribute("stroke-dasharray", "5 3")) }
                content.append(.element(MarkupElement("polyline", attributes)))
            }
            legend.append(SVGDocument.line(
                x1: legendX, y1: 34, x2: legendX + 18, y2: 34, stroke: entry.color, width: 2, dash: entry.dashed ? "5 3" : nil))
            legend.append(SVGDocument.text(entry.name, x: legendX + 22, y: 38, size: 11))
            legendX += 22 + VerdanaTextWidth.width(of: entry.name, fontSize: 11) + 18
        }
        content.append(.element("g", ["aria-hidden": "true"], legend))
        if allPoints.isEmpty {
            content.append(SVGDocument.text(
                "no data", x: left + plotWidth / 2, y: top + plotHeight / 2, size: 12, anchor: "middle", fill: "#57606a"))
        }

        return SVGDocument.render(SVGDocument.root(
            id: id, width: width, height: height, title: title, description: describe(), content: content))
    }

    /// Vertical reference lines left off the time axis: those more than three times as far out as the last
    /// data point. Stretching the axis to reach them would squeeze the curve into under a third of the plot
    /// (a one-year decay against a 25-year target); they are named at the plot's edge instead. A line
    /// within that reach widens the axis so it is drawn where it lies.
    func offScaleReferenceLines(dataXs: [Double]) -> [ReferenceLine] {
        guard let lastX = dataXs.max(), lastX > 0 else { return [] }
        return referenceLines.filter { line in
            if case .vertical(let x) = line.orientation, x.isFinite, x > 3 * lastX { return true }
            return false
        }
    }

    /// A text equivalent for assistive technology: per series, where it starts and ends.
    func describe() -> String {
        var parts: [String] = []
        parts.append("Line chart of \(yAxisTitle) against \(xAxisTitle)"
            + (yScale == .logarithmic ? " on a logarithmic scale." : "."))
        for entry in series {
            let points = drawable(entry.points)
            if let first = points.first, let last = points.last {
                parts.append("\(entry.name): from \(SVGNumber.format(first.y, decimals: 1)) at \(SVGNumber.format(first.x, decimals: 2)) to \(SVGNumber.format(last.y, decimals: 1)) at \(SVGNumber.format(last.x, decimals: 2)).")
            } else {
                parts.append("\(entry.name): no data.")
            }
        }
        for band in bands {
            let points = drawable(band.points)
            if let first = points.first, let last = points.last {
                parts.append("\(band.name) (shaded): from \(SVGNumber.format(first.lower, decimals: 1))–\(SVGNumber.format(first.upper, decimals: 1)) at \(SVGNumber.format(first.x, decimals: 2)) to \(SVGNumber.format(last.lower, decimals: 1))–\(SVGNumber.format(last.upper, decimals: 1)) at \(SVGNumber.format(last.x, decimals: 2)).")
            }
        }
        for line in referenceLines {
            switch line.orientation {
            case .horizontal(let y): parts.append("Reference: \(line.label) at \(SVGNumber.format(y, decimals: 2)).")
            case .vertical(let x): parts.append("Reference: \(line.label) at \(SVGNumber.format(x, decimals: 2)).")
            }
        }
        return parts.joined(separator: " ")
    }
}
