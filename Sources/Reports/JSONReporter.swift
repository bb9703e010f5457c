import Foundation
import RuleEngine

/// Renders a `Rating` as `steward/rating@1` JSON (documented in `docs/rating-json.md`).
///
/// Deterministic: keys are sorted, keys are snake_case, numbers use Swift's shortest round-trip form
/// (so a score reads back to the identical `Double`), and absent optional values are left out rather
/// than written as `null`. The same rating always gives byte-identical output.
public struct JSONReporter: Sendable {
    public var prettyPrinted: Bool
    /// Whether `charts` are written (see `ReportOptions.charts`); nil writes them, as a lone rating has them.
    public var charts: Bool?

    public init(prettyPrinted: Bool = true, charts: Bool? = nil) {
        self.prettyPrinted = prettyPrinted
        self.charts = charts
    }

    /// The JSON text, ending with a newline.
    public func render(_ rating: Rating) -> String {
        var writer = RatingJSONWriter(pretty: prettyPrinted)
        writer.write(rating, charts: charts != false)
        writer.newline()
        return writer.text
    }

    /// The envelope tag used when JSON output holds more than one rating (`docs/rating-json.md`).
    public static let collectionFormatTag = "steward/ratings@1"

    /// Several ratings as `{"format": "steward/ratings@1", "ratings": [...]}` in input order, each element
    /// byte-identical to the single-rating form apart from indentation. `charts(rating)` says whether a
    /// rating keeps its charts (nil: no, the default of a batch).
    func render(collection ratings: [Rating], charts: (Rating) -> Bool? = { _ in nil }) -> String {
        var writer = RatingJSONWriter(pretty: prettyPrinted)
        writer.write(collection: ratings, charts: { charts($0) == true })
        writer.newline()
        return writer.text
    }

    /// Reads a rating back (used by tests, `steward verify`, and anyone consuming the format in Swift).
    public static func decode(_ text: String) throws -> Rating {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Rating.self, from: Data(text.utf8))
    }
}

extension JSONReporter: Reporter {
    public static var format: ReportFormat { .json }
    public static var takesSeveralRatings: Bool { true }
    public init(options: ReportOptions) { self.init(charts: options.charts) }

    /// A lone rating object for one rating (so `steward/rating@1` consumers read single runs directly),
    /// otherwise the `steward/ratings@1` collection, without charts unless the options ask for them.
    public static func render(_ ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        ratings.count == 1 ? JSONReporter(options: options(ratings[0])).render(ratings[0])
            : JSONReporter().render(collection: ratings, charts: { options($0).charts })
    }
}

/// JSON of a batch as it is rated. One rating is the lone `steward/rating@1` object, so the first rating's text
/// is held until a second one arrives; from then on each rating is written as the next element of the
/// `steward/ratings@1` array. Each part is rendered as an element from the start (`RatingJSONWriter` at the
/// array's depth: four more spaces on every non-empty line than the lone form), so a batch never re-indents.
struct JSONReportStream: ReportStream {
    let options: @Sendable (Rating) -> ReportOptions
    /// The first rating's part while it may still turn out to be alone; its rating gives the lone form then.
    private var held: ReportPart?
    private var count = 0

    init(options: @escaping @Sendable (Rating) -> ReportOptions) { self.options = options }

    /// The rating as an element of the collection's array (charts only when the options ask for them), and the
    /// rating itself in case it is the only one.
    func part(of rating: Rating) -> ReportPart {
        ReportPart(utf8: Self.elementBytes(rating, charts: options(rating).charts == true), rating: rating)
    }

    mutating func add(_ part: ReportPart) -> String {
        var text = ""
        add(part) { text += String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The collection's opening before the second element, commas between elements: the elements' bytes are
    /// written as the writer made them.
    mutating func add(_ part: ReportPart, into write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        count += 1
        switch count {
        case 1:
            held = part
        case 2:
            let first = held?.utf8 ?? []
            held = nil
            try writeUTF8("{\n  \"format\" : \"\(JSONReporter.collectionFormatTag)\",\n  \"ratings\" : [\n", into: write)
            try first.withUnsafeBytes { try write($0) }
            try writeUTF8(",\n", into: write)
            try (part.utf8 ?? []).withUnsafeBytes { try write($0) }
        default:
            try writeUTF8(",\n", into: write)
            try (part.utf8 ?? []).withUnsafeBytes { try write($0) }
        }
    }

    mutating func finish() -> String {
        if count == 1, let rating = held?.rating {
            // Alone after all: the lone-rating form, with the charts `charts: nil` gives it.
            return JSONReporter(options: options(rating)).render(rating)
        }
        return count == 0 ? "" : "\n  ]\n}\n"
    }

    /// A rating as an element of the `steward/ratings@1` array, indented as the encoder indents it there, without
    /// a final line feed.
    static func element(_ rating: Rating, charts: Bool) -> String {
        String(decoding: elementBytes(rating, charts: charts), as: UTF8.self)
    }

    /// ``element(_:charts:)`` as UTF-8 bytes, with no `String` made of them (which would check the bytes again).
    static func elementBytes(_ rating: Rating, charts: Bool) -> [UInt8] {
        var writer = RatingJSONWriter(depth: 2)
        writer.indentFirstLine()
        writer.write(rating, charts: charts)
        return writer.bytes.bytes
    }

    /// `text` with `spaces` more spaces on every non-empty line and without its final line feed (SARIF's results).
    static func indented(_ text: String, by spaces: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var lineStart = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                lineStart = true
            } else if lineStart {
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
                lineStart = false
            }
            bytes.append(byte)
        }
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
