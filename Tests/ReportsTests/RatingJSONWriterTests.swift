import Foundation
import RuleEngine
import StewardTestSupport
import Testing
@testable import Reports

/// `RatingJSONWriter` must write exactly the bytes `JSONEncoder.report(snakeCaseKeys: true)` makes of `Rating`'s
/// `Codable` form — the encoder is the oracle. These cases cover what fixtures from real rulesets never hold:
/// hostile strings in every string field, every optional present and absent, empty containers, awkward numbers.
/// Every bundled example under every bundled ruleset is compared in `StewardKitTests` (`RatingJSONOracleTests`).
@Suite("Rating JSON writer against JSONEncoder")
struct RatingJSONWriterTests {
    /// The report encoder's bytes of `value` (pretty or compact), with the line feed `JSONReporter` adds.
    static func oracle<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        String(decoding: try JSONEncoder.report(snakeCaseKeys: true, prettyPrinted: pretty).encode(value), as: UTF8.self) + "\n"
    }

    /// Strings that need every kind of escape, and some that must not be escaped.
    static let hostile: [String] = [
        "", "plain", "quote \" backslash \\ slash / both \\/", "C0 \u{00}\u{01}\u{07}\u{08}\u{09}\u{0A}\u{0B}\u{0C}\u{0D}\u{0E}\u{1B}[2J\u{1F}",
        "DEL \u{7F} C1 \u{80}\u{85}\u{9B}\u{9F} nbsp \u{A0}", "bidi \u{202E}evil\u{202C} \u{2066}iso\u{2069} \u{200F}",
        "line sep \u{2028} para \u{2029}", "non-BMP 😀 𝔘 \u{10FFFF}", "e\u{301} combining, 🇫🇷 flag, 👩‍🚀 ZWJ",
        "CRLF\r\nend", "ends with backslash \\", "\"", "{\"json\": [1, 2]}", "tab\tsep",
    ]

    static func hostile(_ index: Int) -> String { hostile[index % hostile.count] }

    /// A rating with every optional field present, strings from `hostile` (starting at `offset`), the numbers
    /// in `numbers`.
    static func fullRating(offset: Int = 0, numbers: [Double] = [0.1, 1, 0, -0.0, 1e-7, 1e16, 1e21, 123.456,
                                                                    5e-324, .greatestFiniteMagnitude, 2.5e-5, 100]) -> Rating {
        var next = offset
        func text() -> String { next += 1; return hostile(next) }
        var numberIndex = 0
        func number() -> Double { numberIndex += 1; return numbers[numberIndex % numbers.count] }
        let provenance = Provenance(kind: .derived, location: text(), model: text(),
                                    assumptions: ["dragCoefficient": text(), "Zeta": text(), "a_b": text(), "é": text(),
                                                  "a/b": text(), "😀": text(), "": text(), "B": text(), "a": text(),
                                                  "ab": text(), "a\u{0}": text()])
        func rule(_ outcome: RuleOutcome, status: RequirementStatus, bonus: Bool = false) -> RuleResult {
            RuleResult(id: text(), title: text(), outcome: outcome, score: number(), weight: number(), share: number(),
                       totalShare: number(), contribution: number(), bonus: bonus, method: .measure, expression: text(),
                       measured: number(), scale: ScaleDescription(log: true, points: [[number(), number()], [], [number()]]),
                       facts: [FactRead(path: text(), value: .number(number()), unit: text(), source: provenance, missing: text()),
                               FactRead(path: text(), value: .list([.string(text()), .bool(false), .number(.nan),
                                                                    .number(-.infinity), .list([])])),
                               FactRead(path: text(), value: .bool(true), source: Provenance(kind: .declared, location: text())),
                               FactRead(path: text(), missing: text())],
                       required: RequiredResult(condition: text(), capsTierAt: text(), status: status),
                       reason: text(), advice: text(), references: [text(), text(), ""])
        }
        let rules = [rule(.pass, status: .met), rule(.fail, status: .notMet), rule(.unknown, status: .notDemonstrated),
                     rule(.notApplicable, status: .notRequired), rule(.partial, status: .met)]
        let guideline = GuidelineResult(id: text(), title: text(), weight: number(), share: number(), score: number(),
                                        contribution: number(), rules: rules)
        let emptyGuideline = GuidelineResult(id: text(), title: text(), weight: number(), share: number(), contribution: number(),
                                             rules: [])
        var rating = Rating(format: text(), engine: text(), mission: MissionIdentity(id: text(), name: text(), file: text()),
                            ruleset: RulesetIdentity(id: text(), version: text(), title: text(), extends: [text(), text()]),
                            assumptions: [AssumptionUsed(key: text(), value: .number(number()), origin: .ruleset),
                                          AssumptionUsed(key: text(), value: .string(text()), origin: .override)],
                            tiers: [TierThreshold(name: text(), minScore: number()), TierThreshold(name: text(), minScore: number())],
                            score: number(), tierBeforeCaps: text(), tier: text(),
                            caps: [TierCap(rule: text(), capsTierAt: text(), condition: text(), reason: text())],
                            stars: 3,
                            sections: [SectionResult(id: text(), title: text(), weight: number(), share: number(), score: number(),
                                                     contribution: number(), guidelines: [guideline, emptyGuideline]),
                                       SectionResult(id: text(), title: text(), weight: number(), share: number(),
                                                     contribution: number(), guidelines: [])],
                            bonus: [rule(.pass, status: .met, bonus: true)],
                            unknowns: [UnknownFinding(rule: text(), paths: [text(), text()], reason: text()),
                                       UnknownFinding(rule: text(), paths: [], reason: text())],
                            charts: [ChartSeries(name: text(), xLabel: text(), xUnit: text(), yLabel: text(), yUnit: text(),
                                                 points: [[number(), number()], [number(), number()]]),
                                     ChartSeries(name: text(), xLabel: text(), xUnit: text(), yLabel: text(), yUnit: text(), points: [])])
        rating.uncertainty = RatingUncertainty(
            samples: 1000, seed: UInt64.max, method: text(),
            inputs: [UncertainInputSummary(input: text(), distribution: text(), nominal: number(), unit: text(), origin: text(),
                                           source: text(), notDrawn: text()),
                     UncertainInputSummary(input: text(), distribution: text(), nominal: nil, unit: nil, origin: text(), source: text())],
            tiers: [TierProbability(tier: text(), draws: 10, samples: 1000), TierProbability(tier: nil, draws: 990, samples: 1000)],
            score: DrawStatistics([number(), number(), number()]), unscoredDraws: 0, scoreHistogram: [0, 5, 995, 0],
            facts: [FactStatistics(path: text(), unit: text(), nominal: number(),
                                   statistics: DrawStatistics([number(), number()]) ?? DrawStatistics([0])!, absentDraws: 2),
                    FactStatistics(path: text(), unit: nil, nominal: nil, statistics: DrawStatistics([1])!, absentDraws: 0)],
            altitudeBand: [AltitudeBandPoint(timeYears: number(), p5: number(), p50: number(), p95: number())])
        return rating
    }

    /// The same rating with every optional left out and every container empty.
    static var bareRating: Rating {
        Rating(engine: "", mission: MissionIdentity(id: "", name: ""), ruleset: RulesetIdentity(id: "", version: "", title: "", extends: []),
               assumptions: [], tiers: [], score: nil, tierBeforeCaps: nil, tier: nil, caps: [], stars: 0,
               sections: [SectionResult(id: "s", title: "", weight: 0, share: 0, contribution: 0, guidelines: [
                   GuidelineResult(id: "g", title: "", weight: 0, share: 0, contribution: 0, rules: [
                       RuleResult(id: "r", title: "", outcome: .notApplicable, weight: 0, share: 0, totalShare: 0, contribution: 0,
                                  bonus: false, method: .passIf, expression: "", facts: [FactRead(path: "p")], references: []),
                   ]),
               ])],
               bonus: [], unknowns: [])
    }

    @Test("every string field with each hostile string, every optional present: the writer's bytes are the encoder's")
    func hostileStrings() throws {
        for offset in Self.hostile.indices {
            let rating = Self.fullRating(offset: offset)
            #expect(JSONReporter().render(rating) == (try Self.oracle(rating)), "offset \(offset)")
            #expect(JSONReporter(prettyPrinted: false).render(rating) == (try Self.oracle(rating, pretty: false)), "offset \(offset)")
        }
    }

    @Test("every optional absent and every container empty")
    func bare() throws {
        #expect(JSONReporter().render(Self.bareRating) == (try Self.oracle(Self.bareRating)))
        #expect(JSONReporter(prettyPrinted: false).render(Self.bareRating) == (try Self.oracle(Self.bareRating, pretty: false)))
        var empty = Self.bareRating
        empty.sections = []
        empty.charts = []
        #expect(JSONReporter().render(empty) == (try Self.oracle(empty)))
    }

    /// NaN and infinities are never in a rating, but if one slipped in the writer must still write what the
    /// encoder writes: the strings of its non-conforming-float strategy, and 0 inside a `FactValue`.
    @Test("awkward numbers: integral, tiny, huge, negative zero, subnormal, non-finite")
    func numbers() throws {
        let sets: [[Double]] = [
            [.nan, .infinity, -.infinity, 0], [1, 2, 3, 1e15, 1e16, 9_007_199_254_740_993, -1, -1e-300],
            [0.1 + 0.2, 1 / 3, 2.0 / 3, .pi, .ulpOfOne, .leastNormalMagnitude, .leastNonzeroMagnitude, -.greatestFiniteMagnitude],
        ]
        for numbers in sets {
            let rating = Self.fullRating(numbers: numbers)
            #expect(JSONReporter().render(rating) == (try Self.oracle(rating)), "\(numbers)")
        }
    }

    @Test("the fixtures with and without charts, alone and in a collection, streamed as elements")
    func fixtures() throws {
        let ratings = [try RatingFixture.rating(), try SecondRatingFixture.rating(), try UncertaintyFixture.rating(),
                       Self.fullRating()]
        struct Collection: Encodable {
            var format = JSONReporter.collectionFormatTag
            var ratings: [Rating]
        }
        for rating in ratings {
            var lean = rating
            lean.charts = nil
            #expect(JSONReporter().render(rating) == (try Self.oracle(rating)))
            #expect(JSONReporter(charts: true).render(rating) == (try Self.oracle(rating)))
            #expect(JSONReporter(charts: false).render(rating) == (try Self.oracle(lean)))
            for charts in [false, true] {
                let lone = try Self.oracle(charts ? rating : lean)
                #expect(JSONReportStream.element(rating, charts: charts) == JSONReportStream.indented(lone, by: 4))
            }
        }
        let lean = ratings.map { rating -> Rating in
            var rating = rating
            rating.charts = nil
            return rating
        }
        #expect(JSONReporter.render(ratings, options: { _ in ReportOptions() }) == (try Self.oracle(Collection(ratings: lean))))
        #expect(JSONReporter.render(ratings, options: { _ in ReportOptions(charts: true) })
                == (try Self.oracle(Collection(ratings: ratings))))
        #expect(JSONReporter().render(collection: []) == (try Self.oracle(Collection(ratings: []))))
    }
}
