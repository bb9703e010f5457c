import Foundation
import RuleEngine

/// Renders a `Rating` as `steward/rating@1` JSON (documented in `docs/rating-json.md`).
///
/// Deterministic: keys are sorted, keys are snake_case, numbers use Swift's shortest round-trip form
/// (so a score reads back to the identical `Double`), and absent optional values are left out rather
/// than written as `null`. The same rating always gives byte-identical output.
public struct JSONReporter: Sendable {
    public var prettyPrinted: Bool

    public init(prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    /// The JSON text, ending with a newline.
    public func render(_ rating: Rating) -> String {
        let encoder = JSONEncoder.report(snakeCaseKeys: true, prettyPrinted: prettyPrinted)
        do {
            let data = try encoder.encode(rating)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Encoding a value of plain structs cannot fail; if it ever does, say so in valid JSON.
            return "{\"error\": \"cannot encode rating\", \"format\": \"\(Rating.formatTag)\"}\n"
        }
    }

    /// The envelope tag used when JSON output holds more than one rating (`docs/rating-json.md`).
    public static let collectionFormatTag = "steward/ratings@1"

    /// Several ratings as `{"format": "steward/ratings@1", "ratings": [...]}` in input order, each element
    /// byte-identical to the single-rating form apart from indentation.
    func render(collection ratings: [Rating]) -> String {
        struct Collection: Encodable {
            var format: String
            var ratings: [Rating]
        }
        let encoder = JSONEncoder.report(snakeCaseKeys: true, prettyPrinted: prettyPrinted)
        guard let data = try? encoder.encode(Collection(format: Self.collectionFormatTag, ratings: ratings)) else {
            return "{\"error\": \"cannot encode ratings\", \"format\": \"\(Self.collectionFormatTag)\"}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
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
    public init(options: ReportOptions) { self.init() }

    /// A lone rating object for one rating (so `steward/rating@1` consumers read single runs directly),
    /// otherwise the `steward/ratings@1` collection.
    public static func render(_ ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        ratings.count == 1 ? JSONReporter().render(ratings[0]) : JSONReporter().render(collection: ratings)
    }
}
