import Diagnostics
import RuleEngine

/// Writes `steward/rating@1` straight into UTF-8 bytes: the exact bytes `JSONEncoder.report(snakeCaseKeys: true)`
/// makes of `Rating`'s `Codable` form, at a fraction of the cost (the encoder built a tree of boxed values,
/// converted every key to snake_case and sorted every object's keys for each rating, 10× the text report's time).
///
/// What "the exact bytes" means, as Foundation's writer does it on Linux (`RatingJSONWriterTests` and
/// `RatingJSONOracleTests` compare the two for every bundled example and for hostile strings, so a drift on either
/// side fails there):
/// - keys in the order of their UTF-8 bytes, written here already sorted; `Provenance.assumptions` keys as given
///   (the encoder converts only the keys of `Codable` types, not of dictionaries) and sorted the same way;
/// - pretty printing with two spaces per level and `"key" : value`; an empty array or object is its bracket, an
///   empty line and the closing bracket; compact form without any whitespace;
/// - strings escaped as `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00XX` (lowercase hex) for the other C0
///   controls; `/`, DEL, C1 controls and every other character unescaped;
/// - numbers in Swift's `description` without a trailing `.0` (`2`, `0.1`, `1e-07`, `1e+16`, `-0`); NaN and
///   infinities as the strings `"nan"`, `"inf"`, `"-inf"` (the encoder's guard; ratings hold none), except in a
///   `FactValue`, which writes them as 0 as its own `encode(to:)` does;
/// - optional values that are nil left out.
///
/// `Rating`'s `Codable` conformance stays as it is: it reads ratings back (`steward verify`, tests) and is the
/// oracle of this writer. A property added to `Rating` or one of its parts must be written here too; the oracle
/// tests catch the omission only once a fixture or bundled example carries a value for it.
struct RatingJSONWriter {
    let bytes: ByteBuffer
    private let pretty: Bool
    /// Nesting level of the container being written (the indentation of its elements, in steps of two spaces).
    private var depth: Int
    /// Whether the container being written has no element yet.
    private var empty = true

    /// - Parameter depth: the level the top value starts at: 0 for a lone document, 2 for an element of the
    ///   `steward/ratings@1` array (its lines then carry the four extra spaces the collection gives them; the
    ///   first line's indentation is the caller's).
    init(pretty: Bool = true, depth: Int = 0, capacity: Int = 16_384) {
        self.pretty = pretty
        self.depth = depth
        bytes = ByteBuffer(capacity: capacity)
    }

    /// The bytes as text.
    var text: String { bytes.text }

    // MARK: Ratings

    /// `steward/ratings@1`: the envelope and the ratings in order, each with its charts when `charts` says so.
    mutating func write(collection ratings: [Rating], charts: (Rating) -> Bool) {
        openObject()
        key("format"); string(JSONReporter.collectionFormatTag)
        key("ratings"); array(ratings) { $0.write($1, charts: charts($1)) }
        closeObject()
    }

    /// One rating; without `charts` the key is left out, as when `Rating.charts` is nil.
    mutating func write(_ rating: Rating, charts: Bool = true) {
        openObject()
        key("assumptions"); array(rating.assumptions) { $0.write($1) }
        key("bonus"); array(rating.bonus) { $0.write($1) }
        key("caps"); array(rating.caps) { $0.write($1) }
        if charts, let series = rating.charts { key("charts"); array(series) { $0.write($1) } }
        key("engine"); string(rating.engine)
        key("format"); string(rating.format)
        key("mission"); write(rating.mission)
        key("ruleset"); write(rating.ruleset)
        if let score = rating.score { key("score"); number(score) }
        key("sections"); array(rating.sections) { $0.write($1) }
        key("stars"); integer(rating.stars)
        if let tier = rating.tier { key("tier"); string(tier) }
        if let before = rating.tierBeforeCaps { key("tier_before_caps"); string(before) }
        key("tiers"); array(rating.tiers) { $0.write($1) }
        if let uncertainty = rating.uncertainty { key("uncertainty"); write(uncertainty) }
        key("unknowns"); array(rating.unknowns) { $0.write($1) }
        closeObject()
    }

    private mutating func write(_ mission: MissionIdentity) {
        openObject()
        if let file = mission.file { key("file"); string(file) }
        key("id"); string(mission.id)
        key("name"); string(mission.name)
        closeObject()
    }

    private mutating func write(_ ruleset: RulesetIdentity) {
        openObject()
        key("extends"); array(ruleset.extends) { $0.string($1) }
        key("id"); string(ruleset.id)
        key("title"); string(ruleset.title)
        key("version"); string(ruleset.version)
        closeObject()
    }

    private mutating func write(_ assumption: AssumptionUsed) {
        openObject()
        key("key"); string(assumption.key)
        key("origin"); string(assumption.origin.rawValue)
        key("value"); write(assumption.value)
        closeObject()
    }

    private mutating func write(_ tier: TierThreshold) {
        openObject()
        key("min_score"); number(tier.minScore)
        key("name"); string(tier.name)
        closeObject()
    }

    private mutating func write(_ cap: TierCap) {
        openObject()
        key("caps_tier_at"); string(cap.capsTierAt)
        key("condition"); string(cap.condition)
        key("reason"); string(cap.reason)
        key("rule"); string(cap.rule)
        closeObject()
    }

    private mutating func write(_ section: SectionResult) {
        openObject()
        key("contribution"); number(section.contribution)
        key("guidelines"); array(section.guidelines) { $0.write($1) }
        key("id"); string(section.id)
        if let score = section.score { key("score"); number(score) }
        key("share"); number(section.share)
        key("title"); string(section.title)
        key("weight"); number(section.weight)
        closeObject()
    }

    private mutating func write(_ guideline: GuidelineResult) {
        openObject()
        key("contribution"); number(guideline.contribution)
        key("id"); string(guideline.id)
        key("rules"); array(guideline.rules) { $0.write($1) }
        if let score = guideline.score { key("score"); number(score) }
        key("share"); number(guideline.share)
        key("title"); string(guideline.title)
        key("weight"); number(guideline.weight)
        closeObject()
    }

    private mutating func write(_ rule: RuleResult) {
        openObject()
        if let advice = rule.advice { key("advice"); string(advice) }
        key("bonus"); bool(rule.bonus)
        key("contribution"); number(rule.contribution)
        key("expression"); string(rule.expression)
        key("facts"); array(rule.facts) { $0.write($1) }
        key("id"); string(rule.id)
        if let measured = rule.measured { key("measured"); number(measured) }
        key("method"); string(rule.method.rawValue)
        key("outcome"); string(rule.outcome.rawValue)
        if let reason = rule.reason { key("reason"); string(reason) }
        key("references"); array(rule.references) { $0.string($1) }
        if let required = rule.required { key("required"); write(required) }
        if let scale = rule.scale { key("scale"); write(scale) }
        if let score = rule.score { key("score"); number(score) }
        key("share"); number(rule.share)
        key("title"); string(rule.title)
        key("total_share"); number(rule.totalShare)
        key("weight"); number(rule.weight)
        closeObject()
    }

    private mutating func write(_ scale: ScaleDescription) {
        openObject()
        key("log"); bool(scale.log)
        key("points"); array(scale.points) { $0.array($1) { $0.number($1) } }
        closeObject()
    }

    /// As `RequiredResult.encode(to:)`: `met` true or false, absent when the condition was not shown either way.
    private mutating func write(_ required: RequiredResult) {
        openObject()
        key("caps_tier_at"); string(required.capsTierAt)
        key("condition"); string(required.condition)
        switch required.status {
        case .met: key("met"); bool(true)
        case .notMet: key("met"); bool(false)
        case .notDemonstrated, .notRequired: break
        }
        closeObject()
    }

    private mutating func write(_ fact: FactRead) {
        openObject()
        if let missing = fact.missing { key("missing"); string(missing) }
        key("path"); string(fact.path)
        if let source = fact.source { key("source"); write(source) }
        if let unit = fact.unit { key("unit"); string(unit) }
        if let value = fact.value { key("value"); write(value) }
        closeObject()
    }

    private mutating func write(_ provenance: Provenance) {
        openObject()
        if let assumptions = provenance.assumptions {
            key("assumptions")
            openObject()
            for (name, value) in assumptions.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                key(name); string(value)
            }
            closeObject()
        }
        key("kind"); string(provenance.kind.rawValue)
        if let location = provenance.location { key("location"); string(location) }
        if let model = provenance.model { key("model"); string(model) }
        closeObject()
    }

    /// As `FactValue.encode(to:)`: the bare value, a non-finite number as 0.
    private mutating func write(_ value: FactValue) {
        switch value {
        case .number(let number): self.number(number.isFinite ? number : 0)
        case .string(let text): string(text)
        case .bool(let flag): bool(flag)
        case .list(let items): array(items) { $0.write($1) }
        }
    }

    private mutating func write(_ unknown: UnknownFinding) {
        openObject()
        key("paths"); array(unknown.paths) { $0.string($1) }
        key("reason"); string(unknown.reason)
        key("rule"); string(unknown.rule)
        closeObject()
    }

    private mutating func write(_ series: ChartSeries) {
        openObject()
        key("name"); string(series.name)
        key("points"); array(series.points) { $0.array($1) { $0.number($1) } }
        key("x_label"); string(series.xLabel)
        key("x_unit"); string(series.xUnit)
        key("y_label"); string(series.yLabel)
        key("y_unit"); string(series.yUnit)
        closeObject()
    }

    // MARK: Uncertainty (`--samples`)

    private mutating func write(_ block: RatingUncertainty) {
        openObject()
        key("altitude_band"); array(block.altitudeBand) { $0.write($1) }
        key("facts"); array(block.facts) { $0.write($1) }
        key("inputs"); array(block.inputs) { $0.write($1) }
        key("method"); string(block.method)
        key("samples"); integer(block.samples)
        if let score = block.score { key("score"); write(score) }
        key("score_histogram"); array(block.scoreHistogram) { $0.integer($1) }
        key("seed"); integer(block.seed)
        key("tiers"); array(block.tiers) { $0.write($1) }
        key("unscored_draws"); integer(block.unscoredDraws)
        closeObject()
    }

    private mutating func write(_ point: AltitudeBandPoint) {
        openObject()
        key("p5"); number(point.p5)
        key("p50"); number(point.p50)
        key("p95"); number(point.p95)
        key("time_years"); number(point.timeYears)
        closeObject()
    }

    private mutating func write(_ fact: FactStatistics) {
        openObject()
        key("absent_draws"); integer(fact.absentDraws)
        if let nominal = fact.nominal { key("nominal"); number(nominal) }
        key("path"); string(fact.path)
        key("statistics"); write(fact.statistics)
        if let unit = fact.unit { key("unit"); string(unit) }
        closeObject()
    }

    private mutating func write(_ input: UncertainInputSummary) {
        openObject()
        key("distribution"); string(input.distribution)
        key("input"); string(input.input)
        if let nominal = input.nominal { key("nominal"); number(nominal) }
        if let notDrawn = input.notDrawn { key("not_drawn"); string(notDrawn) }
        key("origin"); string(input.origin)
        key("source"); string(input.source)
        if let unit = input.unit { key("unit"); string(unit) }
        closeObject()
    }

    private mutating func write(_ statistics: DrawStatistics) {
        openObject()
        key("max"); number(statistics.max)
        key("mean"); number(statistics.mean)
        key("min"); number(statistics.min)
        key("p5"); number(statistics.p5)
        key("p50"); number(statistics.p50)
        key("p90"); number(statistics.p90)
        key("p95"); number(statistics.p95)
        key("standard_deviation"); number(statistics.standardDeviation)
        key("standard_error_of_mean"); number(statistics.standardErrorOfMean)
        closeObject()
    }

    private mutating func write(_ tier: TierProbability) {
        openObject()
        key("draws"); integer(tier.draws)
        key("probability"); number(tier.probability)
        key("standard_error"); number(tier.standardError)
        if let name = tier.tier { key("tier"); string(name) }
        key("wilson_high"); number(tier.wilsonHigh)
        key("wilson_low"); number(tier.wilsonLow)
        closeObject()
    }

    // MARK: Layout

    /// The line feed that ends a document.
    func newline() { bytes.append(UInt8(ascii: "\n")) }

    /// The indentation of the current depth, for a value that starts a line of its own (an array element
    /// written apart from its array).
    func indentFirstLine() { indent() }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    /// Pretty: a line break and the indentation before the closing bracket, and one more line break inside an
    /// empty container (the encoder's `[`, empty line, `]`).
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if empty { bytes.append(UInt8(ascii: "\n")) }
            newlineAndIndent()
        }
        bytes.append(bracket)
        empty = false
    }

    /// What comes before an element or a key: a comma after the first, then in pretty form a line break and the
    /// indentation.
    private mutating func startElement() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        if pretty { newlineAndIndent() }
    }

    /// A line feed and two spaces per level, in one copy.
    private func newlineAndIndent() {
        let spaces = 2 * depth
        if spaces < Self.newlineAndSpaces.utf8CodeUnitCount {
            bytes.append(UnsafeBufferPointer(start: Self.newlineAndSpaces.utf8Start, count: 1 + spaces))
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(repeating: UInt8(ascii: " "), count: spaces)
        }
    }

    private static let newlineAndSpaces: StaticString = "\n                                                                                                                                "

    private func indent() { bytes.append(repeating: UInt8(ascii: " "), count: 2 * depth) }

    /// The elements are read in place (a `for` loop would copy each rule result, retaining every field).
    private mutating func array<Element>(_ items: [Element], _ element: (inout Self, Element) -> Void) {
        open(UInt8(ascii: "["))
        items.withUnsafeBufferPointer { items in
            for index in items.indices {
                startElement()
                element(&self, items[index])
            }
        }
        close(UInt8(ascii: "]"))
    }

    /// A key known to need no escaping.
    mutating func key(_ name: StaticString) {
        startElement()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append(pretty ? "\" : " : "\":")
    }

    /// A key from the data.
    mutating func key(_ name: String) {
        startElement()
        string(name)
        append(pretty ? " : " : ":")
    }

    private func append(_ text: StaticString) { bytes.append(text) }

    // MARK: Values

    mutating func string(_ text: String) {
        // In place where the string is contiguous UTF-8 (native strings always are); a copy otherwise.
        if text.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var copy = text
            copy.withUTF8 { string(utf8: $0) }
        }
    }

    private mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var start = 0
        var index = 0
        let end = utf8.count
        while index < end {
            if index + 8 <= end {
                // Eight bytes at once when none is a control, a quote or a backslash.
                let word = ASCIIWord.load(utf8, at: index)
                if ASCIIWord.isASCII(word), !ASCIIWord.containsByte(below: 0x20, in: word),
                   !ASCIIWord.contains(word, UInt8(ascii: "\"")), !ASCIIWord.contains(word, UInt8(ascii: "\\")) {
                    index += 8
                    continue
                }
            }
            let byte = utf8[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(UnsafeBufferPointer(rebasing: utf8[start..<(index - 1)]))
            start = index
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                append("u00")
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0x0F))
            }
        }
        bytes.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Lowercase, as the encoder writes them.
    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10 }

    /// Swift's shortest round-trip `description` without a trailing `.0`; non-finite values as the strings the
    /// report encoder's `nonConformingFloatEncodingStrategy` writes.
    mutating func number(_ value: Double) {
        guard value.isFinite else {
            string(value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf"))
            return
        }
        var text = value.description
        text.withUTF8 { utf8 in
            var count = utf8.count
            if count > 2, utf8[count - 2] == UInt8(ascii: "."), utf8[count - 1] == UInt8(ascii: "0") { count -= 2 }
            bytes.append(UnsafeBufferPointer(rebasing: utf8[..<count]))
        }
    }

    func integer<I: BinaryInteger>(_ value: I) { bytes.append(value.description) }

    mutating func bool(_ flag: Bool) { append(flag ? "true" : "false") }
}
