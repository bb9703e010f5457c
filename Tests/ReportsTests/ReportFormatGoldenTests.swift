import Foundation
import RuleEngine
import Testing
@testable import Reports
import StewardTestSupport

/// Golden files for the report formats, under `Golden/Reports/`; `STEWARD_UPDATE_GOLDEN=1` rewrites them.
enum ReportGolden {
    static let directory = RatingFixture.root.appendingPathComponent("Tests/ReportsTests/Golden/Reports")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile.check(actual, against: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    /// The two ratings every format is checked on, by golden-file stem.
    static func ratings() throws -> [(name: String, rating: Rating)] {
        [("starter-aurora", try RatingFixture.rating()), ("starter-orbis", try SecondRatingFixture.rating())]
    }

    /// Options as the CLI would pass them; the hashes are SHA-256 of the empty string and of "abc"
    /// (FIPS 180-2 test vectors), standing in for real file hashes.
    static let options = ReportOptions(
        descriptorSHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        rulesetSHA256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        timestamp: "2026-11-28T00:00:00")

    static func fileName(_ stem: String, _ format: ReportFormat) -> String {
        switch format {
        case .text: return "\(stem).txt"
        case .json: return "\(stem).json"
        case .markdown: return "\(stem).md"
        case .html: return "\(stem).html"
        case .sarif: return "\(stem).sarif"
        case .junit: return "\(stem).junit.xml"
        case .github: return "\(stem).github.txt"
        case .badge: return "\(stem).badge.svg"
        }
    }
}

@Suite("Report formats")
struct ReportFormatGoldenTests {
    static let newFormats: [ReportFormat] = [.markdown, .html, .sarif, .junit, .github, .badge]

    @Test("the second fixture has the expected outcome mix: gold, no caps, one unknown, two stars, a decay curve")
    func secondFixture() throws {
        let rating = try SecondRatingFixture.rating()
        #expect(rating.tier == "gold")
        #expect(rating.caps.isEmpty)
        #expect(rating.unknowns.map(\.rule) == ["B.4-action-threshold"])
        #expect(rating.unknowns.first?.paths == ["operations.conjunction_assessment.action_threshold_pc"])
        #expect(rating.stars == 2)
        #expect(rating.charts?.count == 2)
        let outcomes = Set(rating.allRules.map(\.outcome))
        #expect(outcomes == [.pass, .partial, .unknown])
    }

    @Test("every format matches its golden file on both fixtures", arguments: newFormats)
    func golden(_ format: ReportFormat) throws {
        for (name, rating) in try ReportGolden.ratings() {
            let text = format.render(rating, options: ReportGolden.options)
            try ReportGolden.check(text, ReportGolden.fileName(name, format))
        }
    }

    @Test("every format is deterministic and names no absolute path", arguments: ReportFormat.allCases)
    func deterministic(_ format: ReportFormat) throws {
        for (_, rating) in try ReportGolden.ratings() {
            let first = format.render(rating, options: ReportGolden.options)
            let second = format.render(rating, options: ReportGolden.options)
            #expect(first == second)
            #expect(!first.isEmpty)
            #expect(!first.contains(RatingFixture.root.path))
            #expect(!first.contains("file:///"))
        }
    }

    @Test("format names parse case-insensitively, with a did-you-mean on a near miss")
    func parsing() throws {
        #expect(try ReportFormat.parse("SARIF") == .sarif)
        #expect(try ReportFormat.parse(" junit ") == .junit)
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "markdown", "html", "sarif", "junit", "github", "badge"])
        #expect(throws: ReportFormat.ParseError(given: "sraif", suggestion: "sarif")) { try ReportFormat.parse("sraif") }
        #expect(throws: ReportFormat.ParseError(given: "markdwon", suggestion: "markdown")) { try ReportFormat.parse("markdwon") }
        #expect(throws: ReportFormat.ParseError(given: "pdf", suggestion: nil)) { try ReportFormat.parse("pdf") }
        let message = ReportFormat.ParseError(given: "sraif", suggestion: "sarif").description
        #expect(message == "unknown report format 'sraif'; did you mean 'sarif'? (known formats: text, json, markdown, html, sarif, junit, github, badge)")
    }

    @Test("the renderer dispatches text and JSON to the existing reporters")
    func dispatch() throws {
        let rating = try RatingFixture.rating()
        #expect(ReportFormat.text.render(rating) == TextReporter().render(rating))
        #expect(ReportFormat.text.render(rating, options: ReportOptions(colour: true)) == TextReporter(colour: true).render(rating))
        #expect(ReportFormat.json.render(rating) == JSONReporter().render(rating))
    }

    @Test("charts are additive: absent from JSON when nil, and round-trip when present")
    func chartsInJSON() throws {
        let plain = try RatingFixture.rating()
        #expect(plain.charts == nil)
        #expect(!JSONReporter().render(plain).contains("\"charts\""))
        let withCharts = try SecondRatingFixture.rating()
        let json = JSONReporter().render(withCharts)
        #expect(json.contains("\"x_label\" : \"years after end of mission\""))
        #expect(try JSONReporter.decode(json) == withCharts)
    }
}
