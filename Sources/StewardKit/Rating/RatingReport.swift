import Foundation
import Reports
import RuleEngine

/// Renders one or several ratings in one `--format`: the single place `steward rate` dispatches formats
/// (to `ReportRenderer`), and decides how several ratings share one output.
public enum RatingReport {
    /// The envelope tag used when JSON output holds more than one rating (`docs/rating-json.md`).
    public static let collectionFormatTag = "steward/ratings@1"

    /// Formats whose documents can simply follow one another: text, Markdown and GitHub annotations.
    /// JSON has its own envelope; HTML, SARIF, JUnit and badge are single documents, one rating each.
    public static func allowsSeveral(_ format: ReportFormat) -> Bool {
        switch format {
        case .text, .json, .markdown, .github: return true
        case .html, .sarif, .junit, .badge: return false
        }
    }

    /// - Text and Markdown: the reports one after another, separated by a blank line; GitHub: all lines.
    /// - JSON: a lone rating object for one rating (so `steward/rating@1` consumers read single runs directly),
    ///   otherwise `{"format": "steward/ratings@1", "ratings": [...]}` in input order (missions, then rulesets).
    /// - Others: the one rating (callers check `allowsSeveral` first; extra ratings are not rendered).
    public static func render(_ ratings: [Rating], format: ReportFormat,
                              options: (Rating) -> ReportOptions = { _ in ReportOptions() }) -> String {
        switch format {
        case .json where ratings.count != 1:
            return collectionJSON(ratings)
        case .text, .markdown:
            return ratings.map { ReportRenderer.render($0, format: format, options: options($0)) }.joined(separator: "\n")
        case .github:
            return ratings.map { ReportRenderer.render($0, format: format, options: options($0)) }.joined()
        default:
            return ratings.first.map { ReportRenderer.render($0, format: format, options: options($0)) } ?? ""
        }
    }

    /// `JSONReporter`'s encoder, so each element is byte-identical to the single-rating form apart from indentation.
    static func collectionJSON(_ ratings: [Rating]) -> String {
        struct Collection: Encodable {
            var format: String
            var ratings: [Rating]
        }
        let encoder = JSONReporter.encoder(prettyPrinted: true)
        guard let data = try? encoder.encode(Collection(format: collectionFormatTag, ratings: ratings)) else {
            return "{\"error\": \"cannot encode ratings\", \"format\": \"\(collectionFormatTag)\"}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Report options for one rating: colour, the descriptor's SHA-256 (read from the file the rating names),
    /// the ruleset's SHA-256 by ruleset id, and the report date (`YYYY-MM-DDTHH:MM:SS`, UTC) when one is given.
    public static func options(for rating: Rating, colour: Bool, rulesetSHA256: [String: String],
                               timestamp: String?) -> ReportOptions {
        let descriptorHash = rating.mission.file.flatMap { FileManager.default.contents(atPath: $0) }
            .map { CertificatePayload.sha256Hex(of: $0) }
        return ReportOptions(colour: colour, descriptorSHA256: descriptorHash, rulesetSHA256: rulesetSHA256[rating.ruleset.id],
                             timestamp: timestamp)
    }
}
