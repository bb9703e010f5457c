import Foundation
import Reports
import RuleEngine
import StewardKit
import StewardTestSupport
import Testing

/// `steward rate` writes a batch as it is rated (`ReportStream`, `RatingPipeline.rate(files:…prepare:each:)`); what
/// it writes must be what rendering the whole batch at once gives, byte for byte, in every format.
@Suite("Streamed reports")
struct ReportStreamTests {
    static func path(_ name: String) -> String { Repository.url("Examples/\(name)").path }

    /// Six descriptors, one of them invalid (it must drop out of the stream as it drops out of the batch).
    static let files = ["aurora-3u.yaml", "envisat.yaml", "kestrel-eo.yaml", "no-such-mission.yaml", "helios-geo.yaml",
                        "iss.yaml"].map(path)

    static func rulesets(_ ids: [String]) throws -> [CompiledRuleset] {
        try ids.map { try #require(RulesetResolver().resolve($0).ruleset) }
    }

    /// Options that differ per rating (a display path, a hash, the width), as the CLI's do.
    static func options(charts: Bool? = nil) -> @Sendable (Rating) -> ReportOptions {
        { rating in
            ReportOptions(displayPath: rating.mission.file.map { "missions/" + URL(fileURLWithPath: $0).lastPathComponent },
                          rulesetSHA256: "sha-" + rating.ruleset.id, timestamp: "2026-12-06T00:00:00", textWidth: 100,
                          charts: charts)
        }
    }

    /// The batch streamed two missions at a time, parts rendered on the rating threads, as `steward rate` does.
    /// With `knownRulesets` the stream is told the batch's rulesets beforehand, as `steward rate` tells it (SARIF
    /// then keeps its results in a temporary file).
    static func streamed(_ format: ReportFormat, files: [String], rulesets: [CompiledRuleset], knownRulesets: Bool = false,
                         options: @escaping @Sendable (Rating) -> ReportOptions) -> (text: String, ratings: Int) {
        var stream = format.stream(options: options, rulesets: knownRulesets ? Set(rulesets.map(\.identity.id)) : nil)
        let renderer = stream
        var text = ""
        var count = 0
        RatingPipeline.rate(files: files, rulesets: rulesets, batchSize: 2,
                            prepare: { result in result.ratings.map { renderer.part(of: $0) } },
                            each: { batch in
                                for part in batch.joined() {
                                    text += stream.add(part)
                                    count += 1
                                }
                            })
        guard count > 0 else { return ("", 0) }
        do {
            try stream.finish { text += $0 }
        } catch {
            Issue.record("\(error)")
        }
        return (text, count)
    }

    @Test("every format streamed in batches equals the whole batch rendered at once, with one and with two rulesets",
          arguments: ReportFormat.allCases)
    func streamedEqualsRendered(format: ReportFormat) throws {
        for ids in [["lts-2019"], ["lts-2019", "starter"]] {
            let rulesets = try Self.rulesets(ids)
            let ratings = RatingPipeline.rate(files: Self.files, rulesets: rulesets).flatMap(\.ratings)
            #expect(ratings.count == 5 * ids.count)
            let files = format.reporter.takesSeveralRatings ? Self.files : [Self.files[0]]
            let expected = format.render(format.reporter.takesSeveralRatings ? ratings : [ratings[0]], options: Self.options())
            for known in [false, true] {
                let streamed = Self.streamed(format, files: files, rulesets: format.reporter.takesSeveralRatings ? rulesets : [rulesets[0]],
                                             knownRulesets: known, options: Self.options())
                #expect(streamed.text == expected, "\(format) under \(ids), rulesets known beforehand: \(known)")
            }
        }
    }

    @Test("one rating streamed is the lone rating, in every format; no rating writes nothing", arguments: ReportFormat.allCases)
    func oneRating(format: ReportFormat) throws {
        let rulesets = try Self.rulesets(["lts-2019"])
        let rating = try #require(RatingPipeline.rate(file: Self.files[0], rulesets: rulesets).ratings.first)
        #expect(Self.streamed(format, files: [Self.files[0]], rulesets: rulesets, options: Self.options()).text
                == format.render(rating, options: Self.options()(rating)))
        let none = Self.streamed(format, files: [Self.files[3]], rulesets: rulesets, options: Self.options())
        #expect(none.text.isEmpty && none.ratings == 0)
    }

    @Test("JSON: a batch leaves the decay curves out unless asked; a lone rating keeps them unless refused")
    func chartsOnRequest() throws {
        let rulesets = try Self.rulesets(["lts-2019"])
        let ratings = RatingPipeline.rate(files: Array(Self.files.prefix(2)), rulesets: rulesets).flatMap(\.ratings)
        #expect(ratings.allSatisfy { $0.charts != nil })
        func chartCount(_ text: String) -> Int { text.components(separatedBy: "\"charts\" :").count - 1 }

        #expect(chartCount(ReportFormat.json.render(ratings, options: Self.options())) == 0)
        #expect(chartCount(ReportFormat.json.render(ratings, options: Self.options(charts: true))) == 2)
        #expect(chartCount(ReportFormat.json.render([ratings[0]], options: Self.options())) == 1)
        #expect(chartCount(ReportFormat.json.render([ratings[0]], options: Self.options(charts: false))) == 0)
        for charts in [nil, true, false] as [Bool?] {
            let streamed = Self.streamed(.json, files: Array(Self.files.prefix(2)), rulesets: rulesets, options: Self.options(charts: charts))
            #expect(streamed.text == ReportFormat.json.render(ratings, options: Self.options(charts: charts)))
            let alone = Self.streamed(.json, files: [Self.files[0]], rulesets: rulesets, options: Self.options(charts: charts))
            #expect(alone.text == ReportFormat.json.render([ratings[0]], options: Self.options(charts: charts)))
        }
        // Without its curves a rating reads back as it does with them, but for the curves.
        let lean = try JSONReporter.decode(ReportFormat.json.render([ratings[0]], options: Self.options(charts: false)))
        var full = try JSONReporter.decode(ReportFormat.json.render([ratings[0]], options: Self.options()))
        #expect(full.charts != nil)
        full.charts = nil
        #expect(lean == full)
    }

    @Test("batches come back in input order whatever their size")
    func batchOrder() {
        var seen: [Int] = []
        RatingPipeline.inBatches(count: 23, batchSize: 4, { $0 * 10 }, each: { seen += $0 })
        #expect(seen == (0..<23).map { $0 * 10 })
        RatingPipeline.inBatches(count: 0, { $0 }, each: { _ in Issue.record("no batch for no work") })
    }
}
