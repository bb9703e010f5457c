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

    /// The rating JSON settings (sorted snake_case keys, unescaped slashes, shortest numbers), shared by every
    /// writer of ratings so a rating reads the same alone or in a collection.
    public static func encoder(prettyPrinted: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        var formatting: JSONEncoder.OutputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if prettyPrinted { formatting.insert(.prettyPrinted) }
        encoder.outputFormatting = formatting
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Ratings hold only finite numbers; this is a guard, never a format feature.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// The JSON text, ending with a newline.
    public func render(_ rating: Rating) -> String {
        let encoder = Self.encoder(prettyPrinted: prettyPrinted)
        do {
            let data = try encoder.encode(rating)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Encoding a value of plain structs cannot fail; if it ever does, say so in valid JSON.
            return "{\"error\": \"cannot encode rating\", \"format\": \"\(Rating.formatTag)\"}\n"
        }
    }

    /// Reads a rating back (used by tests, `steward verify`, and anyone consuming the format in Swift).
    public static func decode(_ text: String) throws -> Rating {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Rating.self, from: Data(text.utf8))
    }
}
