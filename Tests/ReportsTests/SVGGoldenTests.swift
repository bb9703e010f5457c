import Foundation
import StewardTestSupport
import Testing

/// Golden files of this target live in `Tests/ReportsTests/Golden/` (``GoldenFile``: `STEWARD_UPDATE_GOLDEN=1`
/// rewrites them instead of comparing, so changes are made on purpose and reviewed in the diff).
extension GoldenFile {
    static let directory = Repository.url("Tests/ReportsTests/Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(actual, against: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}

@Suite("SVG golden files")
struct SVGGoldenTests {
    @Test("bar chart") func barChart() throws {
        try GoldenFile.check(SVGSamples.barChart.svg(), named: "SVG/bar-chart.svg")
    }

    @Test("section score chart") func sectionChart() throws {
        try GoldenFile.check(SVGSamples.sectionChart.svg(), named: "SVG/section-chart.svg")
    }

    @Test("decay line chart, linear and logarithmic") func decayChart() throws {
        try GoldenFile.check(SVGSamples.decayChart(scale: .linear).svg(), named: "SVG/decay-linear.svg")
        try GoldenFile.check(SVGSamples.decayChart(scale: .logarithmic).svg(), named: "SVG/decay-log.svg")
    }

    @Test("tier medal") func medal() throws {
        try GoldenFile.check(SVGSamples.medal.svg(), named: "SVG/medal-gold.svg")
    }

    @Test("badge") func badge() throws {
        try GoldenFile.check(SVGSamples.badge.svg(), named: "SVG/badge-gold.svg")
    }
}
