import Diagnostics
import Foundation
@testable import RuleEngine
import StewardTestSupport
import Testing
@testable import Reports

/// The text report is written as bytes, with the wrapped `advice:` and `see:` lines of each rule kept in a cache
/// shared by every rendering thread. These tests hold it to `referenceRender` (the `String` and `Character` report it
/// replaced) on the fixtures and on ratings whose every string may be hostile: terminal controls, joining scalars,
/// newlines, long words and runs of spaces, at many widths, with and without colour.
@Suite("Text report: bytes against the Character reference")
struct TextReporterBytesTests {
    static let widths = [40, 41, 57, 64, 80, 100, 119, 120, 160, 240]

    static func fixtures() throws -> [Rating] {
        [try RatingFixture.rating(), try SecondRatingFixture.rating(), try UncertaintyFixture.rating()]
    }

    /// The fixtures and, from each, hostile variants.
    static func ratings(variants: Int = 12) throws -> [Rating] {
        var random = SplitMix64(seed: 2026)
        var ratings: [Rating] = []
        for rating in try fixtures() {
            ratings.append(rating)
            for _ in 0..<variants { ratings.append(HostileRating.make(from: rating, &random)) }
        }
        return ratings
    }

    static func expectSame(_ actual: String, _ expected: String, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        // Bytes, not `String` equality, which holds canonically equivalent texts equal.
        guard !actual.utf8.elementsEqual(expected.utf8) else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let common = min(actualLines.count, expectedLines.count)
        let index = (0..<common).first { !actualLines[$0].utf8.elementsEqual(expectedLines[$0].utf8) } ?? common
        let got = index < actualLines.count ? String(actualLines[index]) : "(end)"
        let want = index < expectedLines.count ? String(expectedLines[index]) : "(end)"
        Issue.record("\(what): line \(index + 1) differs:\n got  \(got.debugDescription)\n want \(want.debugDescription)",
                     sourceLocation: sourceLocation)
    }

    @Test("the fixtures render as the reference at every width, with and without colour")
    func fixturesMatch() throws {
        for (index, rating) in try Self.fixtures().enumerated() {
            for width in Self.widths {
                for colour in [false, true] {
                    let reporter = TextReporter(colour: colour, width: width)
                    Self.expectSame(reporter.render(rating), reporter.referenceRender(rating), "fixture \(index) at \(width), colour \(colour)")
                }
            }
        }
    }

    @Test("hostile ratings render as the reference: escapes, joining scalars, newlines, long words, spaces")
    func hostileMatch() throws {
        var seen = ""
        for (index, rating) in try Self.ratings().enumerated() {
            for width in Self.widths {
                for colour in [false, true] {
                    let reporter = TextReporter(colour: colour, width: width)
                    let text = reporter.render(rating)
                    Self.expectSame(text, reporter.referenceRender(rating), "rating \(index) at \(width), colour \(colour)")
                    if width == 57 { seen += text }
                }
            }
        }
        // The variants do reach the escaping, the Character path and the cuts.
        for expected in ["\\u{1B}[2J", "\\u{202E}", "👩‍🚀", "e\u{301}", "…\u{1B}[0m", "(--assume)", "why unknown:"] {
            #expect(seen.contains(expected), "\(expected.debugDescription)")
        }
    }

    /// The cache is keyed by text, colour and width: a warm cache must never hand one width's or style's lines to
    /// another, nor one rule's to a rule that shares only part of its text.
    @Test("a warm cache gives the same bytes at another width and style, and for look-alike texts")
    func warmCache() throws {
        let rating = try RatingFixture.rating()
        for pass in 0..<2 {
            for width in [80, 81, 40, 80] {
                for colour in [true, false] {
                    let reporter = TextReporter(colour: colour, width: width)
                    Self.expectSame(reporter.render(rating), reporter.referenceRender(rating), "pass \(pass) at \(width), colour \(colour)")
                }
            }
        }
        var lookAlike = rating
        var changed = 0
        for s in lookAlike.sections.indices {
            for g in lookAlike.sections[s].guidelines.indices {
                for r in lookAlike.sections[s].guidelines[g].rules.indices {
                    var rule = lookAlike.sections[s].guidelines[g].rules[r]
                    guard let advice = rule.advice, !rule.references.isEmpty else { continue }
                    rule.advice = advice + " "
                    rule.references = [rule.references.joined(separator: "; ")]
                    lookAlike.sections[s].guidelines[g].rules[r] = rule
                    changed += 1
                }
            }
        }
        #expect(changed > 0)
        let reporter = TextReporter(width: 80)
        Self.expectSame(reporter.render(lookAlike), reporter.referenceRender(lookAlike), "look-alike advice and references")
        // The same advice in another Unicode normalisation: equal as a `String`, other bytes in the report.
        for form in ["caf\u{E9} then cafe\u{301}", "cafe\u{301} then caf\u{E9}"] {
            var rating = rating
            for s in rating.sections.indices {
                for g in rating.sections[s].guidelines.indices {
                    for r in rating.sections[s].guidelines[g].rules.indices {
                        rating.sections[s].guidelines[g].rules[r].advice = "Declare the " + form + " facts, as the guidelines ask."
                        rating.sections[s].guidelines[g].rules[r].references = ["ISO 24113"]
                    }
                }
            }
            Self.expectSame(reporter.render(rating), reporter.referenceRender(rating), "advice \(form.debugDescription)")
        }
    }

    @Test("two threads rendering at once get the reference's bytes")
    func concurrent() throws {
        let ratings = try Self.ratings(variants: 4)
        let expected = ratings.map { TextReporter(colour: true, width: 72).referenceRender($0) }
        let results = ConcurrentResults(count: ratings.count * 8)
        DispatchQueue.concurrentPerform(iterations: ratings.count * 8) { index in
            results.set(index, TextReporter(colour: true, width: 72).render(ratings[index % ratings.count]))
        }
        for index in 0..<(ratings.count * 8) {
            Self.expectSame(results.get(index), expected[index % ratings.count], "rating \(index % ratings.count), run \(index)")
        }
    }

    @Test("the batch stream's parts are the lone reports")
    func stream() throws {
        let ratings = try Self.ratings(variants: 2)
        var stream = ReportFormat.text.stream(options: { _ in ReportOptions(colour: true, textWidth: 90) })
        var text = ""
        for rating in ratings { text += stream.add(rating) }
        text += stream.finish()
        let reporter = TextReporter(colour: true, width: 90)
        let reports = ratings.map(reporter.referenceRender).joined(separator: TextReporter.ratingSeparator)
        #expect(text.utf8.starts(with: reports.utf8))
    }

    @Test("the line cache: a hit appends the bytes its miss made; past its capacity it starts over and stays right")
    func lineCache() {
        let cache = TextLineCache(capacity: 3)
        var made = 0
        // Three keys twice (three misses, three hits), two more (the first of them starts over), then the first again.
        for index in [0, 1, 2, 0, 1, 2, 3, 4, 0] {
            let key = TextLineCache.Key(advice: "advice \(index)", references: ["see \(index)"], colour: index % 2 == 0, width: 80)
            let out = ByteBuffer(capacity: 16)
            out.append("before\n")
            cache.append(key, to: out) {
                made += 1
                return Array("lines of \(index)\n".utf8)
            }
            #expect(out.text == "before\nlines of \(index)\n")
            #expect(cache.count <= 3)
        }
        #expect(made == 6)
        // Keys that differ only in what the hash does not read (middle bytes, a later reference, a missing advice) or in colour and width.
        let keys = [
            TextLineCache.Key(advice: "same start, one middle, same end", references: ["a", "b"], colour: false, width: 80),
            TextLineCache.Key(advice: "same start, two middle, same end", references: ["a", "b"], colour: false, width: 80),
            TextLineCache.Key(advice: "same start, two middle, same end", references: ["a", "c"], colour: false, width: 80),
            TextLineCache.Key(advice: "same start, two middle, same end", references: ["a", "c"], colour: true, width: 80),
            TextLineCache.Key(advice: "same start, two middle, same end", references: ["a", "c"], colour: true, width: 81),
            TextLineCache.Key(advice: nil, references: ["a", "c"], colour: true, width: 81),
            // Canonically equivalent, so equal as `String`s, with the same length, start and end: different bytes.
            TextLineCache.Key(advice: "same start, caf\u{E9} cafe\u{301}, same end", references: [], colour: true, width: 81),
            TextLineCache.Key(advice: "same start, cafe\u{301} caf\u{E9}, same end", references: [], colour: true, width: 81),
            TextLineCache.Key(advice: nil, references: ["caf\u{E9} cafe\u{301}"], colour: true, width: 81),
            TextLineCache.Key(advice: nil, references: ["cafe\u{301} caf\u{E9}"], colour: true, width: 81),
        ]
        let shared = TextLineCache()
        for _ in 0..<2 {
            for (index, key) in keys.enumerated() {
                let out = ByteBuffer(capacity: 16)
                shared.append(key, to: out) { Array("entry \(index)".utf8) }
                #expect(out.text == "entry \(index)")
            }
        }
        #expect(shared.count == keys.count)
    }

    /// `Rating.unknownsInterval` reads the rule results in place; it must give what it gave from `allRules`.
    @Test("the unknowns interval equals its former definition on every hostile rating")
    func unknownsInterval() throws {
        for rating in try Self.ratings() {
            var rating = rating
            let unknownRules = rating.allRules.filter { $0.outcome == .unknown }
            if let rule = (rating.allRules + rating.bonus).first(where: { $0.required != nil }) {
                rating.caps.append(TierCap(rule: rule.id, capsTierAt: rating.tiers.last?.name ?? "bronze", condition: "x", reason: "failed"))
            }
            guard let score = rating.score else {
                #expect(rating.unknownsInterval == nil)
                continue
            }
            let highest = min(score + unknownRules.reduce(0.0) { $0 + $1.totalShare }, 1)
            let firmCaps = rating.caps.filter { cap in
                (rating.allRules + rating.bonus).first { $0.id == cap.rule }?.required?.status == .notMet
            }
            var tier = rating.tiers.first { highest + CompiledRuleset.tierTolerance >= $0.minScore }?.name
            if let reached = tier, var rank = rating.tiers.firstIndex(where: { $0.name == reached }) {
                for cap in firmCaps {
                    if let capRank = rating.tiers.firstIndex(where: { $0.name == cap.capsTierAt }), capRank > rank { rank = capRank }
                }
                tier = rating.tiers[rank].name
            }
            #expect(rating.unknownsInterval == UnknownsInterval(now: score, lowest: score, highest: highest,
                                                                unknownRules: unknownRules.count, highestTier: tier))
        }
    }

    /// ASCII expressions are put on one line by their bytes; everything else by `Character`, as before.
    @Test("one line: the ASCII path gives what splitting by Character gave")
    func oneLine() {
        let pieces = ["a", "b >= 1", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\r", "\u{0B}", "\u{0C}", "x  y", "é", "\u{85}",
                      "\u{2028}", "e\u{301}", "\u{A0}", "\u{3000}"]
        var random = SplitMix64(seed: 8)
        var ascii = 0
        for _ in 0..<20000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = text.contains(where: \.isNewline)
                ? text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .joined(separator: " ")
                : text
            #expect(TextReporter.oneLine(text).utf8.elementsEqual(expected.utf8), "\(text.debugDescription)")
            if text.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
        }
        #expect(ascii > 1000)
    }

    /// The wrapper finds the end of a word eight bytes at a time.
    @Test("bytes before the first space of eight, as counted one by one")
    func bytesBeforeSpace() {
        var random = SplitMix64(seed: 5)
        // Space, bytes one or two bits away from it (the borrow's edge cases), and others.
        let choices: [UInt8] = [0x20, 0x21, 0x00, 0x01, 0x1F, 0x30, 0x60, 0x7F, UInt8(ascii: "a")]
        for _ in 0..<20000 {
            let bytes = (0..<8).map { _ in choices[Int(random.next() % UInt64(choices.count))] }
            let chunk = bytes.withUnsafeBufferPointer { UInt64(littleEndian: ASCIIWord.load($0, at: 0)) }
            #expect(TextReporter.bytesBeforeSpace(chunk) == (bytes.firstIndex(of: 0x20) ?? 8), "\(bytes)")
        }
    }

    @Test("number formatting gives the former digits for scores, shares and measured values")
    func numbers() {
        var random = SplitMix64(seed: 99)
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 0.0005, -0.0005, 0.9995, 0.99949999, 1e-3, 9.9995e-4, 123456.7, 999999.5,
                                1e6, 1e-7, -2.5e-12, 4.735, 0.00010114659755408558, 1e14, 9.87654321e14, 3.5e15, 12.3456, 100, 0.1 + 0.2]
        for _ in 0..<20000 {
            let magnitude = pow(10, Double(Int(random.next() % 30)) - 15)
            let unit = Double(random.next() % 1_000_000_007) / 1_000_000_007
            values.append((random.next() % 2 == 0 ? 1 : -1) * unit * magnitude)
        }
        for value in values {
            // Values whose digits fit an Int64 (beyond, both trap, as they always did).
            for decimals in 0...4 where abs(value) * pow(10, Double(decimals)) < 9e18 {
                #expect(NumberFormatting.fixed(value, decimals: decimals) == Reference.fixed(value, decimals: decimals), "\(value) \(decimals)")
            }
            #expect(NumberFormatting.readable(value) == Reference.readable(value), "\(value)")
        }
        for value in [Double.infinity, -.infinity, .nan] {
            #expect(NumberFormatting.readable(value) == Reference.readable(value))
        }
    }
}

/// Results written by concurrent iterations, each to its own slot.
private final class ConcurrentResults: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: "", count: count) }

    func set(_ index: Int, _ value: String) { lock.withLock { values[index] = value } }

    func get(_ index: Int) -> String { lock.withLock { values[index] } }
}

/// A rating with some of its strings replaced or extended by text that is hard to measure, escape or wrap, and
/// with outcomes, numbers and facts varied, so that every line of the report takes its rarer paths.
enum HostileRating {
    static let pieces: [String] = [
        "\u{1B}[2J", "\u{1B}[31mred\u{1B}[0m", "a\rb", "\r\n", "e\u{301}", "\u{301}lead", "👩‍🚀", "🇫🇷", "\u{202E}rev",
        "\u{85}", "\u{9B}31m", "\u{2028}", "\u{2029}", "\t", "x\ny", "\n", String(repeating: "w", count: 130), "multiple   spaces",
        "", " ", "tail   ", "   lead", "…", "█░", "中文字", "Zürich", "\u{7F}", "\u{0}", "m", "[", "%", "\u{061C}", "\u{200F}",
        "\u{2066}", "Ελληνικά", "—", "≥ ×", "https://example.org/a/very/long/path/that/does/not/fit/on/one/line/of/the/report/at/all",
        "к\u{483}", "☆\u{FE0F}", "\u{1100}\u{1161}", "क्षि", "\u{200D}",
    ]

    static let words = ["the", "mission", "shall", "declare", "its", "disposal", "orbit", "within", "25", "years", "—", "≥",
                        "perigee_km", "(see", "ISO-24113)", "a", "and", "or", "Δt", "Σ"]

    static func text(_ random: inout SplitMix64) -> String {
        var text = ""
        for index in 0..<Int(random.next() % 30) {
            if index > 0 { text += random.next() % 7 == 0 ? "  " : " " }
            text += random.next() % 5 == 0 ? pieces[Int(random.next() % UInt64(pieces.count))]
                : words[Int(random.next() % UInt64(words.count))]
        }
        return text
    }

    /// `original`, or with probability 1/3 a hostile text in its place, before it or after it.
    static func vary(_ original: String, _ random: inout SplitMix64) -> String {
        switch random.next() % 9 {
        case 0: return text(&random)
        case 1: return pieces[Int(random.next() % UInt64(pieces.count))] + original
        case 2: return original + pieces[Int(random.next() % UInt64(pieces.count))] + " " + text(&random)
        default: return original
        }
    }

    static func number(_ random: inout SplitMix64) -> Double {
        switch random.next() % 6 {
        case 0: return 0
        case 1: return 1
        case 2: return Double(random.next() % 100_000) / 100_000
        case 3: return Double(random.next() % 1000) * pow(10, Double(Int(random.next() % 24)) - 12)
        case 4: return -Double(random.next() % 1000) / 7
        default: return 0.0005 * Double(random.next() % 4)
        }
    }

    static func value(_ random: inout SplitMix64, depth: Int = 0) -> FactValue {
        switch random.next() % (depth > 1 ? 3 : 4) {
        case 0: return .number(random.next() % 9 == 0 ? .infinity : number(&random))
        case 1: return .string(vary("value", &random))
        case 2: return .bool(random.next() % 2 == 0)
        default: return .list((0..<Int(random.next() % 4)).map { _ in value(&random, depth: depth + 1) })
        }
    }

    static func provenance(_ random: inout SplitMix64) -> Provenance? {
        let location = random.next() % 2 == 0 ? vary("Examples/x.yaml:3:4", &random) : nil
        switch random.next() % 5 {
        case 0: return nil
        case 1: return Provenance(kind: .declared, location: location)
        case 2: return Provenance(kind: .derived, model: random.next() % 2 == 0 ? vary("King-Hele", &random) : nil)
        case 3: return Provenance(kind: .assumption, location: location)
        default: return Provenance(kind: .example, location: location)
        }
    }

    static func make(from original: Rating, _ random: inout SplitMix64) -> Rating {
        var rating = original
        rating.mission.name = vary(rating.mission.name, &random)
        rating.mission.id = vary(rating.mission.id, &random)
        rating.ruleset.id = vary(rating.ruleset.id, &random)
        rating.ruleset.title = vary(rating.ruleset.title, &random)
        rating.ruleset.version = vary(rating.ruleset.version, &random)
        if random.next() % 2 == 0 { rating.ruleset.extends = [vary("base", &random), vary("core", &random)] }
        for index in rating.tiers.indices { rating.tiers[index].name = vary(rating.tiers[index].name, &random) }
        if random.next() % 3 == 0, let tier = rating.tiers.randomElement(using: &random) { rating.tier = tier.name }
        if random.next() % 5 == 0 { rating.tier = nil }
        if random.next() % 3 == 0 { rating.tierBeforeCaps = vary("silver", &random) }
        if random.next() % 6 == 0 { rating.score = nil }
        for index in rating.caps.indices {
            rating.caps[index].rule = vary(rating.caps[index].rule, &random)
            rating.caps[index].capsTierAt = vary(rating.caps[index].capsTierAt, &random)
            rating.caps[index].condition = vary(rating.caps[index].condition, &random) + (random.next() % 3 == 0 ? "\n   and x\r\n y" : "")
            rating.caps[index].reason = vary(rating.caps[index].reason, &random)
        }
        for index in rating.assumptions.indices {
            rating.assumptions[index].key = vary(rating.assumptions[index].key, &random)
            if random.next() % 2 == 0 { rating.assumptions[index].value = value(&random) }
            if random.next() % 2 == 0 { rating.assumptions[index].origin = .override }
        }
        for s in rating.sections.indices {
            rating.sections[s].id = vary(rating.sections[s].id, &random)
            rating.sections[s].title = vary(rating.sections[s].title, &random)
            if random.next() % 5 == 0 { rating.sections[s].score = nil }
            if random.next() % 4 == 0 { rating.sections[s].weight = number(&random) }
            for g in rating.sections[s].guidelines.indices {
                rating.sections[s].guidelines[g].id = vary(rating.sections[s].guidelines[g].id, &random)
                rating.sections[s].guidelines[g].title = vary(rating.sections[s].guidelines[g].title, &random)
                if random.next() % 5 == 0 { rating.sections[s].guidelines[g].score = nil }
                for r in rating.sections[s].guidelines[g].rules.indices {
                    vary(&rating.sections[s].guidelines[g].rules[r], &random)
                }
            }
        }
        for index in rating.bonus.indices { vary(&rating.bonus[index], &random) }
        rating.stars = rating.bonus.filter { $0.outcome == .pass }.count
        return rating
    }

    static func vary(_ rule: inout RuleResult, _ random: inout SplitMix64) {
        rule.id = vary(rule.id, &random)
        rule.title = vary(rule.title, &random)
        if random.next() % 4 == 0 { rule.outcome = RuleOutcome.allCases.randomElement(using: &random) ?? .fail }
        if random.next() % 4 == 0 { rule.score = random.next() % 5 == 0 ? nil : number(&random) }
        if random.next() % 4 == 0 { rule.totalShare = number(&random) }
        if random.next() % 4 == 0 { rule.contribution = number(&random) }
        if random.next() % 3 == 0 { rule.measured = random.next() % 7 == 0 ? -.infinity : number(&random) }
        rule.expression = vary(rule.expression, &random) + (random.next() % 4 == 0 ? "\n    + 1\u{2028}" : "")
        if random.next() % 3 == 0 { rule.reason = vary("not declared", &random) }
        if random.next() % 3 == 0 { rule.advice = random.next() % 4 == 0 ? nil : vary(rule.advice ?? "declare it", &random) }
        if random.next() % 3 == 0 {
            rule.references = (0..<Int(random.next() % 4)).map { _ in vary("ISO 24113:2023 §6.3", &random) }
        }
        if random.next() % 3 == 0 {
            let statuses: [RequirementStatus] = [.met, .notMet, .notDemonstrated, .notRequired]
            rule.required = RequiredResult(condition: vary("x >= 1", &random) + (random.next() % 3 == 0 ? "\n  and y" : ""),
                                           capsTierAt: vary("bronze", &random), status: statuses[Int(random.next() % 4)])
        }
        for index in rule.facts.indices {
            rule.facts[index].path = vary(rule.facts[index].path, &random)
            if random.next() % 3 == 0 {
                if random.next() % 4 == 0 {
                    rule.facts[index].value = nil
                    rule.facts[index].missing = random.next() % 3 == 0 ? nil : vary("not declared", &random)
                } else {
                    rule.facts[index].value = value(&random)
                    rule.facts[index].unit = random.next() % 2 == 0 ? nil : vary("km", &random)
                    rule.facts[index].source = provenance(&random)
                }
            }
        }
        if random.next() % 6 == 0 {
            rule.facts.append(FactRead(path: text(&random), value: value(&random), unit: "m²", source: provenance(&random)))
        }
    }
}
