import Foundation
import Testing
@testable import Reports
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML with Foundation's `XMLParser` (libxml2 on Linux) and records the elements it saw.
final class XMLRecorder: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""
    var parseError: Error?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append((elementName, attributeDict))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        self.parseError = parseError
    }

    /// Parses `document`; returns nil (and records an issue) if it is not well-formed.
    static func parse(_ document: String, sourceLocation: SourceLocation = #_sourceLocation) -> XMLRecorder? {
        let recorder = XMLRecorder()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = recorder
        guard parser.parse() else {
            Issue.record("not well-formed XML: \(String(describing: parser.parserError ?? recorder.parseError))", sourceLocation: sourceLocation)
            return nil
        }
        return recorder
    }

    func all(_ name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }
}

enum SVGSamples {
    static let tierMarkers = [
        HorizontalBarChart.Marker(label: "bronze", value: 0.40, color: TierStyle.bronze.medalRim),
        HorizontalBarChart.Marker(label: "silver", value: 0.55, color: TierStyle.silver.medalRim),
        HorizontalBarChart.Marker(label: "gold", value: 0.70, color: TierStyle.gold.medalRim),
        HorizontalBarChart.Marker(label: "platinum", value: 0.85, color: TierStyle.platinum.medalRim),
    ]

    static let barChart = HorizontalBarChart(
        id: "guidelines", title: "Guideline scores",
        bars: [
            .init(label: "A.1 Adopt and revise national regulatory frameworks", value: 0.92),
            .init(label: "B.8 Design and operation of space objects", value: 0.5),
            .init(label: "B.9 Uncontrolled re-entry risk", value: 0.305),
            .init(label: "D.2 Long-term debris mitigation <& \"passivation\">", value: 1.2, color: "#1a7f37"),
            .init(label: "C.1 Sharing of information", value: -0.1),
        ],
        markers: tierMarkers)

    static let sectionChart = SectionScoreChart(
        id: "sections", title: "Section scores",
        sections: [
            .init(id: "A", title: "Policy and regulatory framework", score: 0.9),
            .init(id: "B", title: "Safety of space operations", score: 0.62),
            .init(id: "C", title: "International cooperation", score: 0.45),
            .init(id: "D", title: "Scientific and technical research", score: 0.2),
        ],
        thresholds: [
            .init(tier: "platinum", minimumScore: 0.85), .init(tier: "gold", minimumScore: 0.70),
            .init(tier: "silver", minimumScore: 0.55), .init(tier: "bronze", minimumScore: 0.40),
        ])

    /// A made-up exponential decay shaped like a 550 km LEO orbit, only to exercise the chart.
    static func decayChart(scale: LineChart.YScale) -> LineChart {
        let years = stride(from: 0.0, through: 12.0, by: 1.5).map { $0 }
        // Both curves end at altitude 0 (re-entry), which a log axis cannot show.
        let perigee = years.map { LineChart.Point(x: $0, y: 540 * exp(-$0 / 9) - 40) } + [LineChart.Point(x: 12.5, y: 0)]
        let apogee = years.map { LineChart.Point(x: $0, y: 560 * exp(-$0 / 10) - 30) } + [LineChart.Point(x: 12.5, y: 0)]
        return LineChart(
            id: "decay", title: "Orbital decay", xAxisTitle: "years after end of mission", yAxisTitle: "altitude (km)",
            series: [
                .init(name: "apogee", points: apogee, color: "#0969da"),
                .init(name: "perigee", points: perigee, color: "#8250df", dashed: true),
            ],
            referenceLines: [
                .init(label: "25-year limit", .vertical(x: 25)),
                .init(label: "re-entry (120 km)", .horizontal(y: 120), color: "#57606a"),
            ],
            yScale: scale)
    }

    static let medal = TierMedal(id: "medal", tierName: "gold", score: 0.78, stars: 2)
    static let badge = Badge.rating(tierName: "gold", score: 0.78)
}

@Suite("SVG charts")
struct SVGChartTests {
    static let documents: [(String, String)] = [
        ("bar chart", SVGSamples.barChart.svg()),
        ("section chart", SVGSamples.sectionChart.svg()),
        ("linear decay chart", SVGSamples.decayChart(scale: .linear).svg()),
        ("log decay chart", SVGSamples.decayChart(scale: .logarithmic).svg()),
        ("medal", SVGSamples.medal.svg()),
        ("badge", SVGSamples.badge.svg()),
        ("medal none", TierMedal(id: "m", tierName: "none", score: 0.1).svg()),
        ("empty bar chart", HorizontalBarChart(id: "e", title: "Nothing", bars: []).svg()),
        ("empty line chart", LineChart(id: "l", title: "t", xAxisTitle: "x", yAxisTitle: "y", series: []).svg()),
    ]

    @Test("every chart is well-formed XML with an accessible name", arguments: documents)
    func wellFormed(name: String, svg: String) throws {
        let recorder = try #require(XMLRecorder.parse(svg))
        let root = try #require(recorder.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] != nil || root.attributes["aria-label"] != nil)
        #expect(recorder.elements.dropFirst().first?.name == "title")
        // No external references: no href, no url() other than a local fragment.
        for element in recorder.elements {
            #expect(element.attributes["href"] == nil && element.attributes["xlink:href"] == nil)
            for value in element.attributes.values where value.contains("url(") {
                #expect(value.hasPrefix("url(#"))
            }
        }
        for element in recorder.elements {
            for value in element.attributes.values {
                #expect(!value.lowercased().contains("nan") && !value.lowercased().contains("inf"), "\(element.name): \(value)")
            }
        }
    }

    @Test("rendering is deterministic", arguments: documents)
    func deterministic(name: String, svg: String) {
        let again = Self.documents.first { $0.0 == name }?.1
        #expect(again == svg)
    }

    @Test("bars are proportional to their values, clamped to [0, 1], with markers at their values")
    func barGeometry() throws {
        let recorder = try #require(XMLRecorder.parse(SVGSamples.barChart.svg()))
        let rects = recorder.all("rect")
        #expect(rects.count == 10)  // track + value per bar
        let track = try #require(Double(rects[0]["width"] ?? ""))
        let values = stride(from: 1, to: rects.count, by: 2).compactMap { Double(rects[$0]["width"] ?? "") }
        let expected = [0.92, 0.5, 0.305, 1.0, 0.0]
        for (width, value) in zip(values, expected) {
            #expect(abs(width - track * value) <= 0.005, "\(width) vs \(track * value)")
        }
        let left = try #require(Double(rects[0]["x"] ?? ""))
        let goldLine = try #require(recorder.all("line").first { $0["stroke"] == TierStyle.gold.medalRim })
        #expect(abs((Double(goldLine["x1"] ?? "") ?? 0) - (left + 0.7 * track)) <= 0.005)
        #expect(recorder.text.contains("D.2 Long-term debris mitigation <& \"passivation\">: 1.00"))
        #expect(recorder.text.contains("C.1 Sharing of information: 0.00"))
    }

    @Test("long labels are truncated on screen but kept whole in the tooltip")
    func truncation() throws {
        let chart = HorizontalBarChart(
            id: "t", title: "T", bars: [.init(label: String(repeating: "very long label ", count: 20), value: 0.5)], width: 300)
        let recorder = try #require(XMLRecorder.parse(chart.svg()))
        #expect(recorder.text.contains("…"))
        #expect(recorder.text.contains(String(repeating: "very long label ", count: 20)))
    }

    @Test("section columns are coloured by the tier their score reaches")
    func sectionColours() throws {
        let recorder = try #require(XMLRecorder.parse(SVGSamples.sectionChart.svg()))
        let fills = recorder.all("rect").map { $0["fill"] ?? "" }
        // Scores 0.9, 0.62, 0.45, 0.2 against thresholds 0.85 / 0.70 / 0.55 / 0.40.
        #expect(fills == [TierStyle.platinum.badgeFill, TierStyle.silver.badgeFill, TierStyle.bronze.badgeFill, TierStyle.none.badgeFill])
    }

    @Test("log scale drops points at or below zero and ticks on powers of ten")
    func logarithmicAxis() throws {
        let chart = SVGSamples.decayChart(scale: .logarithmic)
        let perigee = try #require(chart.series.first { $0.name == "perigee" })
        #expect(chart.drawable(perigee.points).count < perigee.points.count)
        #expect(chart.drawable(perigee.points).allSatisfy { $0.y > 0 })
        let recorder = try #require(XMLRecorder.parse(chart.svg()))
        #expect(recorder.text.contains("1000"))
        #expect(recorder.text.contains("100"))
        #expect(recorder.text.contains("logarithmic"))
    }

    @Test("linear axis ticks are nice numbers covering the data (Heckbert 1990)")
    func niceTicks() {
        let ticks = AxisTicks.linear(minimum: 0, maximum: 97)
        #expect(ticks.values == [0, 20, 40, 60, 80, 100])
        #expect(ticks.decimals == 0)
        let small = AxisTicks.linear(minimum: 0.013, maximum: 0.087)
        #expect(small.values.map { SVGNumber.fixed($0, decimals: small.decimals) } == ["0.00", "0.02", "0.04", "0.06", "0.08", "0.10"])
        let flat = AxisTicks.linear(minimum: 5, maximum: 5)
        #expect(flat.lower < 5 && flat.upper > 5)
        let decades = AxisTicks.logarithmic(minimum: 30, maximum: 540)
        #expect(decades.values == [10, 20, 50, 100, 200, 500, 1000])
        #expect(AxisTicks.logarithmic(minimum: 3, maximum: 540).values == [1, 10, 100, 1000])
        #expect(decades.label(for: 1000, logarithmic: true) == "1000")
        #expect(decades.label(for: 200, logarithmic: true) == "200")
        let wide = AxisTicks.logarithmic(minimum: 1e-9, maximum: 1e-3)
        #expect(wide.values.count == 7)
        #expect(wide.label(for: 1e-9, logarithmic: true) == "1e-9")
        #expect(wide.label(for: 1e-3, logarithmic: true) == "0.001")
        #expect(AxisTicks.logarithmic(minimum: 1e-9, maximum: 9e-9).label(for: 5e-9, logarithmic: true) == "5e-9")
    }

    @Test("numbers are formatted with fixed decimals, locale-free, without negative zero")
    func numberFormat() {
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(12.0) == "12")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(0.125) == "0.13")
        #expect(SVGNumber.format(-2.675, decimals: 1) == "-2.7")
        #expect(SVGNumber.fixed(0.7, decimals: 2) == "0.70")
        #expect(SVGNumber.fixed(.nan, decimals: 2) == "0.00")
        #expect(SVGNumber.fixed(1234567.891, decimals: 1) == "1234567.9")
    }

    @Test("badge width comes from the Verdana 11 px advance table")
    func badgeWidth() throws {
        #expect(VerdanaTextWidth.asciiAdvances.count == 0x7E - 0x20 + 1)
        // Cross-check with shields.io's measured Verdana 11 px table (anafanafo): space 3.87, digits 6.99, M 9.27.
        #expect(abs(VerdanaTextWidth.width(of: " ") - 3.87) < 0.01)
        #expect(abs(VerdanaTextWidth.width(of: "0") - 6.99) < 0.01)
        #expect(abs(VerdanaTextWidth.width(of: "M") - 9.27) < 0.01)
        // "steward": s 520 + t 394 + e 595 + w 818 + a 600 + r 426 + d 623 = 3976/1000 em → 43.736 px at 11 px.
        #expect(abs(VerdanaTextWidth.width(of: "steward") - 43.736) < 1e-9)
        // "gold 0.78": 623 + 606 + 274 + 623 + 351 + 635 + 363 + 635 + 635 = 4745 → 52.195 px.
        #expect(abs(VerdanaTextWidth.width(of: "gold 0.78") - 52.195) < 1e-9)
        let recorder = try #require(XMLRecorder.parse(SVGSamples.badge.svg()))
        let root = try #require(recorder.elements.first)
        // (44 + 10) + (53 + 10): each half is the text width rounded up plus 5 px padding per side.
        #expect(root.attributes["width"] == "117")
        #expect(root.attributes["aria-label"] == "steward: gold 0.78")
        #expect(recorder.all("rect").contains { $0["fill"] == TierStyle.gold.badgeFill && $0["x"] == "54" && $0["width"] == "63" })
    }

    /// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
    static func contrast(_ hex: String, _ other: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = UInt32(hex.dropFirst(), radix: 16) ?? 0
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (a, b) = (luminance(hex), luminance(other))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test("white badge text meets WCAG AA contrast (4.5:1) on every tier colour", arguments: TierStyle.allCases)
    func badgeContrast(tier: TierStyle) {
        #expect(Self.contrast(tier.badgeFill, "#ffffff") >= 4.5)
        #expect(Self.contrast(tier.medalFill, tier.medalText) >= 4.5)
    }

    @Test("tier names map to styles case-insensitively; unknown names are 'none'")
    func tierNames() {
        #expect(TierStyle(tierName: "Gold") == .gold)
        #expect(TierStyle(tierName: "PLATINUM") == .platinum)
        #expect(TierStyle(tierName: "diamond") == .none)
    }

    @Test("the medal names the tier, score and stars for assistive technology")
    func medalTitle() throws {
        let recorder = try #require(XMLRecorder.parse(SVGSamples.medal.svg()))
        #expect(recorder.text.contains("Gold tier, score 0.78, 2 bonus stars"))
        #expect(recorder.text.contains("★★"))
    }

    @Test("a one-year decay fills the time axis; a 25-year target that far out is named at the edge, not drawn")
    func decayAxisFitsTheData() throws {
        let curve = (0...10).map { LineChart.Point(x: Double($0) / 10, y: 700 - 60 * Double($0)) }
        let target = LineChart.ReferenceLine(label: "25-year target", .vertical(x: 25))
        let short = LineChart(id: "s", title: "T", xAxisTitle: "years", yAxisTitle: "km",
                              series: [.init(name: "perigee", points: curve, color: "#000")], referenceLines: [target])
        let recorder = try #require(XMLRecorder.parse(short.svg()))
        // The axis ends at the data's nice end (1 year), not at 30; the target is named with its value.
        #expect(recorder.text.contains("1.0"))
        #expect(!recorder.text.contains("30"))
        #expect(recorder.text.contains("25-year target at 25 →"))
        #expect(!recorder.all("line").contains { $0["stroke"] == "#cf222e" })

        // A decay reaching 12 years keeps the target on the axis, drawn as a line.
        let long = LineChart(id: "l", title: "T", xAxisTitle: "years", yAxisTitle: "km",
                             series: [.init(name: "perigee", points: curve.map { .init(x: $0.x * 12, y: $0.y) }, color: "#000")],
                             referenceLines: [target])
        let longRecorder = try #require(XMLRecorder.parse(long.svg()))
        #expect(longRecorder.all("line").contains { $0["stroke"] == "#cf222e" && $0["x1"] == $0["x2"] })
        #expect(!longRecorder.text.contains("→"))
    }

    @Test("the section chart names every section under its columns")
    func sectionLegend() throws {
        let recorder = try #require(XMLRecorder.parse(SVGSamples.sectionChart.svg()))
        for section in SVGSamples.sectionChart.sections {
            // Once in the tooltip, once in the description, once in the legend.
            #expect(recorder.text.components(separatedBy: section.title).count - 1 >= 3, "\(section.title)")
        }
    }
}
