import Foundation
import RuleEngine

extension UnknownsInterval {
    /// The one-line summary every report shows, e.g. "14 scored rules unknown: score 0.314 now; 0.314–0.870 once their
    /// facts are declared (at best gold)". Nil when no scored rule is unknown.
    public var sentence: String? {
        guard unknownRules > 0 else { return nil }
        let score = { (value: Double) in NumberFormatting.fixed(value, decimals: 3) }
        return "\(unknownRules) scored rule\(unknownRules == 1 ? "" : "s") unknown: score \(score(now)) now; "
            + "\(score(lowest))–\(score(highest)) once \(unknownRules == 1 ? "its" : "their") facts are declared"
            + (highestTier.map { " (at best \($0))" } ?? "")
    }
}

/// Renders what `steward improve` found as text (80 columns), Markdown or JSON (`steward/improvement@1`).
public enum ImprovementReporter {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    public static func render(_ report: ImprovementReport, format: Format) -> String {
        switch format {
        case .text: return text(report)
        case .markdown: return markdown(report)
        case .json:
            let data = (try? JSONEncoder.report(snakeCaseKeys: true).encode(report)) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    static func score(_ value: Double?) -> String { value.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a" }

    static func state(_ state: RatedState) -> String {
        var text = (state.tier?.uppercased() ?? "UNRATED") + ", score \(score(state.score))"
        if let before = state.tierBeforeCaps, before != state.tier {
            text += " (capped from \(before) by " + state.caps.map(\.rule).joined(separator: ", ") + ")"
        }
        return text
    }

    static func text(_ report: ImprovementReport) -> String {
        var lines: [String] = []
        lines.append("\(report.mission.name) (\(report.mission.id)) under \(report.ruleset.id) \(report.ruleset.version)")
        lines.append("Now:    " + state(report.now))
        lines.append("Target: \(report.target)")
        if let sentence = report.unknowns?.sentence { lines.append("Unknowns: " + sentence) }
        if report.alreadyAtTarget {
            lines.append("")
            lines.append("Already at \(report.target) or better: nothing to change.")
            return lines.joined(separator: "\n") + "\n"
        }
        if !report.heldFixed.isEmpty {
            lines.append("")
            lines.append("Held fixed (facts, not design choices; --allow PATH to change one):")
            for field in report.heldFixed { lines.append("  \(field.path)  (\(field.reason))") }
        }
        lines.append("")
        if report.options.isEmpty {
            lines += wrap("No set of at most \(report.maxChanges) change\(report.maxChanges == 1 ? "" : "s") reaches "
                          + "\(report.target) (\(report.ratingsRun) variants rated). Try --max-changes or --allow.", indent: "")
            return lines.joined(separator: "\n") + "\n"
        }
        for (index, option) in report.options.enumerated() {
            let count = option.changes.count
            lines.append("Option \(index + 1): \(count) change\(count == 1 ? "" : "s") → " + state(option.result)
                         + " (re-rated)")
            for change in option.changes {
                lines.append("  \(change.path): \(change.from ?? "(not declared)") → \(change.to)"
                             + (change.line.map { "   line \($0)" } ?? ""))
            }
            for note in option.notes { lines += wrap("  note: \(note)", indent: "        ") }
            lines.append(contentsOf: option.diff.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast(option.diff.hasSuffix("\n") ? 1 : 0).map(String.init))
            lines.append("")
        }
        lines += wrap("\(report.ratingsRun) variants rated. Apply an option by saving its diff and running "
                      + "`patch -p0 < FILE`, or write option 1 with --write-to FILE.", indent: "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Breaks prose at spaces to fit 80 columns (diff lines are never wrapped: they must stay applicable).
    static func wrap(_ text: String, indent: String, width: Int = 80) -> [String] {
        let lead = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var current = lead
        var empty = true
        for word in text.dropFirst(lead.count).split(separator: " ") {
            if !empty && current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += (empty ? "" : " ") + word
            }
            empty = false
        }
        lines.append(current)
        return lines
    }

    static func markdown(_ report: ImprovementReport) -> String {
        var lines: [String] = []
        lines.append("## Improve \(report.mission.name) (`\(report.mission.id)`) to \(report.target)")
        lines.append("")
        lines.append("- Ruleset: `\(report.ruleset.id)` \(report.ruleset.version)")
        lines.append("- Now: " + state(report.now))
        if let sentence = report.unknowns?.sentence { lines.append("- Unknowns: " + sentence) }
        if report.alreadyAtTarget {
            lines.append("")
            lines.append("Already at \(report.target) or better: nothing to change.")
            return lines.joined(separator: "\n") + "\n"
        }
        if !report.heldFixed.isEmpty {
            lines.append("- Held fixed: " + report.heldFixed.map { "`\($0.path)` (\($0.reason))" }.joined(separator: ", "))
        }
        lines.append("")
        if report.options.isEmpty {
            lines.append("No set of at most \(report.maxChanges) changes reaches \(report.target) "
                         + "(\(report.ratingsRun) variants rated).")
            return lines.joined(separator: "\n") + "\n"
        }
        for (index, option) in report.options.enumerated() {
            lines.append("### Option \(index + 1): \(option.changes.count) change\(option.changes.count == 1 ? "" : "s") → "
                         + state(option.result))
            lines.append("")
            lines.append("| field | now | proposed |")
            lines.append("|---|---|---|")
            for change in option.changes {
                lines.append("| `\(change.path)` | \(change.from.map { "`\($0)`" } ?? "not declared") | `\(change.to)` |")
            }
            lines.append("")
            for note in option.notes { lines.append("- \(note)") }
            if !option.notes.isEmpty { lines.append("") }
            lines.append("```diff")
            lines.append(option.diff.hasSuffix("\n") ? String(option.diff.dropLast()) : option.diff)
            lines.append("```")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
