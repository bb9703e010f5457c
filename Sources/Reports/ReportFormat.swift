import Foundation
import Diagnostics
import RuleEngine

/// The output formats of `steward rate --format F`, in the order the help text lists them.
///
/// The CLI parses the user's string with `ReportFormat.parse(_:)`, so a near miss such as `sraif` gets a
/// "did you mean" instead of a bare usage error.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case text, json, markdown, html, sarif, junit, github, badge

    /// Why a `--format` value was rejected, with a suggestion when one name is close.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var given: String
        public var suggestion: String?

        public var description: String {
            let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown report format '\(given)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + " (known formats: \(known))"
        }
    }

    /// Parses a format name; case-insensitive, surrounding spaces ignored.
    public static func parse(_ text: String) throws(ParseError) -> ReportFormat {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let format = ReportFormat(rawValue: name) { return format }
        throw ParseError(given: text, suggestion: Suggestion.closest(to: name, in: allCases.map(\.rawValue)))
    }
}

/// What a report may need besides the rating: things only the caller knows.
///
/// None of these change what a rating *is*; they only change how it is shown (colour, paths) or add
/// identity the caller computed (hashes, a date), so a report never reads the clock or the file system.
public struct ReportOptions: Sendable, Hashable {
    /// ANSI colour in the text report (the CLI passes `isatty(stdout)`).
    public var colour: Bool
    /// The descriptor's path as it should appear in SARIF, GitHub annotations and the HTML page, relative to
    /// the repository root (e.g. `missions/aurora.yaml`), so code scanning and annotations find the file
    /// even when Steward was given an absolute path. Nil uses the file name recorded in the rating.
    public var displayPath: String?
    /// SHA-256 (hex) of the descriptor and the ruleset, shown on the HTML page when the caller computed them.
    public var descriptorSHA256: String?
    public var rulesetSHA256: String?
    /// `YYYY-MM-DDTHH:MM:SS` (UTC) from `--date` or `SOURCE_DATE_EPOCH`; reports that show a date use it, and
    /// JUnit, whose schema requires a timestamp, falls back to `1970-01-01T00:00:00` without it.
    public var timestamp: String?
    /// Columns the text report fits (the CLI passes the terminal's width, else `COLUMNS`, else 80).
    public var textWidth: Int
    /// Whether JSON carries the rating's `charts` (decay curves): true always, false never, nil (the default)
    /// only when the output is one lone rating. A batch is read for its scores and findings, and its curves
    /// would add about 14 % to it; `steward rate --charts` asks for them (docs/rating-json.md, "Charts").
    public var charts: Bool?

    public init(colour: Bool = false, displayPath: String? = nil, descriptorSHA256: String? = nil,
                rulesetSHA256: String? = nil, timestamp: String? = nil, textWidth: Int = 80, charts: Bool? = nil) {
        self.charts = charts
        self.textWidth = textWidth
        self.colour = colour
        self.displayPath = displayPath
        self.descriptorSHA256 = descriptorSHA256
        self.rulesetSHA256 = rulesetSHA256
        self.timestamp = timestamp
    }
}
