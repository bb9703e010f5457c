import Foundation
import MissionModel
import RuleEngine
import StewardTestSupport
import Testing
@testable import Reports
@testable import StewardKit

/// The JSON report is written by `RatingJSONWriter`, not by `JSONEncoder`; the encoder stays the oracle. Every
/// bundled example under every bundled ruleset, with its decay charts and without, alone, in a collection and as a
/// streamed element: the writer's bytes must be the encoder's (hostile strings and odd numbers are in
/// `ReportsTests/RatingJSONWriterTests`).
@Suite("Rating JSON writer against JSONEncoder on every example")
struct RatingJSONOracleTests {
    static func oracle<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder.report(snakeCaseKeys: true).encode(value), as: UTF8.self) + "\n"
    }

    /// Every example rated under `id` as `steward rate` rates it (charts added by the pipeline).
    static func ratings(under id: String) throws -> [Rating] {
        let ruleset = try BundledRulesets.compiled(id)
        return try ExampleRatings.exampleFiles().map { file in
            let path = ExampleRatings.examplesFolder.appendingPathComponent(file).path
            let mission = try MissionLoader.load(contentsOf: path, displayName: "Examples/\(file)").get()
            return RatingPipeline.rate(mission, file: "Examples/\(file)", ruleset: ruleset)
        }
    }

    @Test("every example, alone, with and without charts", arguments: BundledRulesets.allIDs)
    func lone(id: String) throws {
        let ratings = try Self.ratings(under: id)
        #expect(ratings.contains { $0.charts != nil }, "some example should carry a decay chart under \(id)")
        for rating in ratings {
            var lean = rating
            lean.charts = nil
            #expect(JSONReporter().render(rating) == (try Self.oracle(rating)), "\(rating.mission.id) under \(id)")
            #expect(JSONReporter(charts: false).render(rating) == (try Self.oracle(lean)), "\(rating.mission.id) under \(id)")
            #expect(JSONReportStream.element(rating, charts: false) == JSONReportStream.indented(try Self.oracle(lean), by: 4))
        }
    }

    @Test("every example in one steward/ratings@1 collection, charts on request")
    func collection() throws {
        struct Collection: Encodable {
            var format = JSONReporter.collectionFormatTag
            var ratings: [Rating]
        }
        let ratings = try BundledRulesets.allIDs.flatMap { try Self.ratings(under: $0) }
        let lean = ratings.map { rating -> Rating in
            var rating = rating
            rating.charts = nil
            return rating
        }
        #expect(JSONReporter.render(ratings, options: { _ in ReportOptions() }) == (try Self.oracle(Collection(ratings: lean))))
        #expect(JSONReporter.render(ratings, options: { _ in ReportOptions(charts: true) })
                == (try Self.oracle(Collection(ratings: ratings))))
    }
}
