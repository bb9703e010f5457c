import Foundation
import Diagnostics
import RuleEngine

/// The output formats of `steward compare --format F`, and the one dispatch to their renderers.
public enum ComparisonFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, json, html

    /// Why a `--format` value was rejected, with a suggestion when one name is close.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var given: String
        public var suggestion: String?

        public var description: String {
            "unknown comparison format '\(given)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + " (known formats: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
    }

    /// Parses a format name, with a did-you-mean for near misses (as `ReportFormat.parse`).
    public static func parse(_ text: String) throws(ParseError) -> ComparisonFormat {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let format = ComparisonFormat(rawValue: name) { return format }
        throw ParseError(given: text, suggestion: Suggestion.closest(to: name, in: allCases.map(\.rawValue)))
    }

    /// The comparison in this format, ending in a line feed.
    public func render(_ comparison: Comparison, options: ReportOptions = ReportOptions()) -> String {
        switch self {
        case .text: return ComparisonTextRenderer().render(comparison)
        case .markdown: return ComparisonMarkdownRenderer().render(comparison)
        case .json: return ComparisonJSON.render(comparison)
        case .html: return ComparisonHTMLRenderer(options: options).render(comparison)
        }
    }
}

/// `steward/comparison@1` (docs/comparison-json.md): the `Comparison` value as the rating JSON is written, with
/// sorted snake_case keys and shortest round-trip numbers.
public enum ComparisonJSON {
    public static func render(_ comparison: Comparison) -> String {
        let data = (try? JSONEncoder.report(snakeCaseKeys: true).encode(comparison)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a comparison back (tests, tools).
    public static func decode(_ text: String) throws -> Comparison {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Comparison.self, from: Data(text.utf8))
    }
}

/// Short labels the comparison renderers share.
enum ComparisonText {
    static func score(_ value: Double?) -> String { value.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a" }

    /// A signed difference with four decimals: `+0.0512`, `-0.0031`, `0.0000`.
    static func delta(_ value: Double) -> String {
        let text = NumberFormatting.fixed(value, decimals: 4)
        if text == "0.0000" || text == "-0.0000" { return "0.0000" }
        return value > 0 ? "+" + text : text
    }

    static func tier(_ tier: String?) -> String { tier ?? "unrated" }

    static func stars(_ column: ComparisonColumn) -> String {
        column.bonusRules == 0 ? "—" : String(repeating: "★", count: column.stars)
            + String(repeating: "☆", count: max(0, column.bonusRules - column.stars))
    }

    /// How many caps and the tier the lowest allows (`2 → bronze`); `compact` gives only `≤bronze`, for narrow cells.
    static func caps(_ column: ComparisonColumn, compact: Bool = false) -> String {
        guard !column.caps.isEmpty else { return "none" }
        // The lowest tier any cap allows is the one that binds.
        let ranks = column.caps.compactMap { cap in column.tiers.firstIndex { $0.name == cap.capsTierAt } }
        let binding = ranks.max().map { column.tiers[$0].name } ?? column.caps[0].capsTierAt
        return compact ? "≤" + binding : "\(column.caps.count) → \(binding)"
    }

    static func outcome(_ outcome: RuleOutcome?, score: Double?) -> String {
        guard let outcome else { return "absent" }
        switch outcome {
        case .notApplicable: return "n/a"
        case .pass: return "pass " + (score.map { NumberFormatting.fixed($0, decimals: 2) } ?? "")
        case .partial: return "part " + (score.map { NumberFormatting.fixed($0, decimals: 2) } ?? "")
        case .fail: return "fail " + (score.map { NumberFormatting.fixed($0, decimals: 2) } ?? "")
        case .unknown: return "unkn " + (score.map { NumberFormatting.fixed($0, decimals: 2) } ?? "")
        }
    }

    static func value(_ value: FactValue?, unit: String?) -> String {
        guard let value else { return "—" }
        return value.readableText
    }

    static func modeTitle(_ comparison: Comparison) -> String {
        let first = comparison.columns.first
        let ruleset = first.map { "\($0.ruleset.id) \($0.ruleset.version)" } ?? ""
        switch comparison.mode {
        case .missions: return "\(comparison.columns.count) missions under \(ruleset)"
        case .rulesets: return "\(first?.mission.id ?? "") under \(comparison.columns.count) rulesets"
        case .assumptions: return "\(first?.mission.id ?? "") under two assumption sets, \(ruleset)"
        case .baseline: return "baseline against changed descriptor under \(ruleset)"
        }
    }

    /// Rows of the section and guideline scores, matched by id across columns, in the first column's order.
    static func scoreRows(_ comparison: Comparison) -> [(id: String, title: String, level: Int, scores: [Double?])] {
        var order: [(id: String, title: String, level: Int)] = []
        var seen: Set<String> = []
        for column in comparison.columns {
            for section in column.sections {
                if seen.insert("s:" + section.id).inserted { order.append((section.id, section.title, 0)) }
                for guideline in section.guidelines where seen.insert("g:" + guideline.id).inserted {
                    order.append((guideline.id, guideline.title, 1))
                }
            }
        }
        return order.map { row in
            (row.id, row.title, row.level, comparison.columns.map { column -> Double? in
                if row.level == 0 { return column.sections.first { $0.id == row.id }?.score }
                return column.sections.flatMap(\.guidelines).first { $0.id == row.id }?.score
            })
        }
    }
}
