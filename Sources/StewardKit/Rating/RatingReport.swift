import Foundation
import Reports
import RuleEngine

/// Output formats of `steward rate` handled here. The Markdown, HTML, SARIF, JUnit, GitHub and badge reporters
/// will be dispatched from `RatingReport.render` once they land, so the CLI does not change.
public enum RatingReportFormat: String, Sendable, CaseIterable {
    case text, json
}

/// Renders one or several ratings in one format: the single place the CLI's `--format` is dispatched.
public enum RatingReport {
    /// The envelope tag used when JSON output holds more than one rating (`docs/rating-json.md`).
    public static let collectionFormatTag = "steward/ratings@1"

    /// - Text: the reports one after another, separated by a blank line.
    /// - JSON: a lone rating object for one rating (so `steward/rating@1` consumers read single runs directly),
    ///   otherwise `{"format": "steward/ratings@1", "ratings": [...]}` in input order (missions, then rulesets).
    public static func render(_ ratings: [Rating], format: RatingReportFormat, colour: Bool = false) -> String {
        switch format {
        case .text:
            let reporter = TextReporter(colour: colour)
            return ratings.map(reporter.render).joined(separator: "\n")
        case .json:
            if ratings.count == 1 { return JSONReporter().render(ratings[0]) }
            return collectionJSON(ratings)
        }
    }

    /// Same encoder settings as `JSONReporter` (sorted snake_case keys, shortest numbers), so each element is
    /// byte-identical to the single-rating form apart from indentation.
    static func collectionJSON(_ ratings: [Rating]) -> String {
        struct Collection: Encodable {
            var format: String
            var ratings: [Rating]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        guard let data = try? encoder.encode(Collection(format: collectionFormatTag, ratings: ratings)) else {
            return "{\"error\": \"cannot encode ratings\", \"format\": \"\(collectionFormatTag)\"}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
