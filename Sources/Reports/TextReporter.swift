import Foundation
import RuleEngine

/// Renders a `Rating` for a terminal: the verdict (tier, score, stars) first, then the section and
/// guideline scores, then the findings that cost points — largest loss first, each with the facts it
/// read and its advice — then bonus rules, assumptions and provenance of the rating itself.
///
/// Plain text unless `colour` is true; the CLI passes `colour: isatty(stdout)`. Every string from the
/// mission or ruleset goes through `TextEscaping.visible` (written `safe` here) before it is styled, so the
/// only escape sequences in the output are this reporter's own colours.
///
/// Lines fit `width` columns (80 unless the caller passes the terminal's): titles are cut with "…", other
/// lines wrap at spaces with continuation lines indented two columns past their first line, and multi-line
/// expressions are written on one line. Only a single word longer than the line (a URL, a long fact path)
/// is left whole and may run past the width, so that it can still be copied.
public struct TextReporter: Sendable {
    public var colour: Bool
    /// Width of the score bars.
    public var barWidth: Int
    /// Columns available per line.
    public var width: Int

    /// - Parameter barWidth: nil for 20 columns on lines of at least 120 columns, else 10.
    public init(colour: Bool = false, barWidth: Int? = nil, width: Int = 80) {
        self.colour = colour
        self.width = max(width, 40)
        self.barWidth = barWidth ?? (self.width >= 120 ? 20 : 10)
    }

    public func render(_ rating: Rating) -> String {
        let style = TerminalStyle(enabled: colour)
        var lines: [String] = []

        // Verdict.
        lines.append(style.bold(Self.truncate(safe("\(rating.mission.name) (\(rating.mission.id))"), width)))
        let tierText = rating.tier.map { safe($0.uppercased()) } ?? "UNRATED"
        var verdict = "Tier " + style.paint(tierText, tierColour(rating.tier, rating), bold: true)
        if let before = rating.tierBeforeCaps, before != rating.tier {
            verdict += " (capped from \(safe(before)))"
        }
        if let share = UncertaintyWording.headline(rating) { verdict += " " + share }
        verdict += "   Score " + style.bold(rating.score.map { Self.score($0) } ?? "n/a")
        if let score = rating.score { verdict += " " + bar(score) }
        if !rating.bonus.isEmpty {
            verdict += "   Stars " + String(repeating: "★", count: rating.stars)
                + String(repeating: "☆", count: rating.bonus.count - rating.stars)
        }
        lines.append(verdict)
        lines.append(safe("Ruleset \(rating.ruleset.id) \(rating.ruleset.version) — \(rating.ruleset.title)"
                     + (rating.ruleset.extends.isEmpty ? "" : " (extends \(rating.ruleset.extends.joined(separator: ", ")))")))
        lines.append("Tiers: " + rating.tiers.map { "\(safe($0.name)) ≥ \(Self.score($0.minScore))" }.joined(separator: ", "))
        for cap in rating.caps {
            lines.append(style.paint("Capped at \(safe(cap.capsTierAt))", .yellow)
                         + safe(" by \(cap.rule): required \(Self.oneLine(cap.condition)) — \(cap.reason)"))
        }
        if let sentence = rating.unknownsInterval?.sentence { lines.append("Unknowns: " + sentence) }
        if let block = rating.uncertainty { lines += uncertaintyLines(block, rating: rating, style: style) }

        // Sections and guidelines.
        lines.append("")
        lines.append(style.bold("Sections"))
        // Sections holding only bonus rules have nothing to show here; their rules are under "Bonus".
        for section in rating.sections where section.guidelines.contains(where: { !$0.rules.isEmpty }) {
            lines.append(row(indent: 2, id: safe(section.id), title: safe(section.title), score: section.score,
                             detail: section.score == nil ? "not applicable" : "weight \(Self.number(section.weight)), \(Self.percent(section.share)) of total",
                             style: style, bold: true))
            for guideline in section.guidelines where !guideline.rules.isEmpty {
                lines.append(row(indent: 4, id: safe(guideline.id), title: safe(guideline.title), score: guideline.score,
                                 detail: guideline.score == nil ? "not applicable" : "weight \(Self.number(guideline.weight))",
                                 style: style, bold: false))
            }
        }

        // Findings: what lost points, largest loss first.
        // Sorted as positions into the rating, so that no rule result is copied.
        var findings: [(section: Int, guideline: Int, rule: Int, lost: Double)] = []
        var passed = 0, notApplicable = 0
        for s in rating.sections.indices {
            for g in rating.sections[s].guidelines.indices {
                let rules = rating.sections[s].guidelines[g].rules
                for r in rules.indices {
                    switch rules[r].outcome {
                    case .fail, .partial, .unknown: findings.append((s, g, r, rules[r].totalShare * (1 - (rules[r].score ?? 0))))
                    case .pass: passed += 1
                    case .notApplicable: notApplicable += 1
                    }
                }
            }
        }
        func id(_ finding: (section: Int, guideline: Int, rule: Int, lost: Double)) -> String {
            rating.sections[finding.section].guidelines[finding.guideline].rules[finding.rule].id
        }
        findings.sort { $0.lost != $1.lost ? $0.lost > $1.lost : id($0) < id($1) }
        lines.append("")
        lines.append(style.bold("Findings") + " (\(findings.count) to improve, \(passed) passed, \(notApplicable) not applicable)")
        if findings.isEmpty { lines.append("  none: every applicable rule passed") }
        for position in findings {
            lines.append(contentsOf: finding(rating.sections[position.section].guidelines[position.guideline].rules[position.rule],
                                             style: style))
        }

        if !rating.bonus.isEmpty {
            lines.append("")
            lines.append(style.bold("Bonus"))
            for rule in rating.bonus {
                let mark = rule.outcome == .pass ? style.paint("★", .yellow) : "☆"
                let outcome = outcomeText(rule.outcome, style)
                let room = width - Self.visibleWidth("  * \(safe(rule.id))    ") - Self.visibleWidth(outcome)
                lines.append("  \(mark) \(safe(rule.id))  \(Self.truncate(safe(rule.title), max(room, 12)))  \(outcome)")
            }
        }

        if !rating.assumptions.isEmpty {
            lines.append("")
            lines.append(style.bold("Assumptions"))
            for assumption in rating.assumptions {
                lines.append(safe("  \(assumption.key) = \(assumption.value.displayText)") + (assumption.origin == .override ? " (--assume)" : ""))
            }
        }
        lines.append("")
        lines.append(style.paint("Rated by Steward \(rating.engine); every score above can be recomputed from `--format json`.", .grey))
        let text = ByteBuffer(capacity: lines.count * 80)
        for line in lines { appendWrapped(line, to: text) }
        return text.text
    }

    /// Breaks a line at spaces so each part fits `width` and appends the parts to `text`, each followed by a line
    /// feed; continuation lines are indented two columns more than the line's own indent. A word longer than the
    /// room left stays whole on a line of its own. Works on the bytes when every scalar of the line is a
    /// character of its own (`TextColumns`), else by `wrapCharacters`.
    func appendWrapped(_ line: String, to text: ByteBuffer) {
        var line = line
        let done = line.withUTF8 { utf8 -> Bool in
            guard let total = TextColumns.width(utf8) else { return false }
            if total <= width {
                text.append(utf8)
            } else {
                wrapBytes(utf8, into: text)
            }
            text.append(UInt8(ascii: "\n"))
            return true
        }
        guard !done else { return }
        for part in wrapCharacters(line) {
            text.append(part)
            text.append(UInt8(ascii: "\n"))
        }
    }

    /// `wrapCharacters` for a line whose scalars are each a character: words are the runs between single spaces
    /// (so runs of spaces survive), each measured on its own as `visibleWidth` measures it.
    private func wrapBytes(_ line: UnsafeBufferPointer<UInt8>, into text: ByteBuffer) {
        let space = UInt8(ascii: " ")
        let end = line.count
        var indent = 0
        while indent < end, line[indent] == space { indent += 1 }
        let hanging = min(indent + 2, width / 2)
        var lineStart = text.count
        text.append(repeating: space, count: indent)
        var currentWidth = indent
        var hasWord = false
        var wordStart = indent
        var more = true
        while more {
            var wordEnd = wordStart
            while wordEnd < end, line[wordEnd] != space { wordEnd += 1 }
            let word = UnsafeBufferPointer(rebasing: line[wordStart..<wordEnd])
            more = wordEnd < end
            wordStart = wordEnd + 1
            let wordWidth = TextColumns.columns(word)
            if hasWord && currentWidth + 1 + wordWidth > width {
                while text.count > lineStart, text.last == space { text.removeLast() }
                text.append(UInt8(ascii: "\n"))
                lineStart = text.count
                text.append(repeating: space, count: hanging)
                currentWidth = hanging
                hasWord = false
                if word.isEmpty { continue }
            }
            if hasWord {
                text.append(space)
                currentWidth += 1
            }
            text.append(word)
            currentWidth += wordWidth
            hasWord = true
        }
        while text.count > lineStart, text.last == space { text.removeLast() }
    }

    /// The reference of `appendWrapped`, by `Character`: the only path for lines with combining marks, emoji sequences and
    /// other scalars that join into one character.
    func wrapCharacters(_ line: String) -> [String] {
        guard Self.visibleWidthByCharacter(line) > width else { return [line] }
        let indent = line.prefix { $0 == " " }.count
        let hanging = String(repeating: " ", count: min(indent + 2, width / 2))
        var lines: [String] = []
        var current = String(repeating: " ", count: indent)
        var currentWidth = indent
        var hasWord = false
        for word in line.dropFirst(indent).split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = Self.visibleWidthByCharacter(word)
            if hasWord && currentWidth + 1 + wordWidth > width {
                lines.append(Self.trimmingTrailingSpaces(current))
                current = hanging
                currentWidth = hanging.count
                hasWord = false
                if word.isEmpty { continue }
            }
            if hasWord {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            hasWord = true
        }
        lines.append(Self.trimmingTrailingSpaces(current))
        return lines
    }

    /// User text made terminal-safe (see `TextEscaping`).
    private func safe(_ text: String) -> String { TextEscaping.visible(text) }

    /// Points of the total a rule did not earn: its share of the total times (1 − score).
    private func lost(_ rule: RuleResult) -> Double { rule.totalShare * (1 - (rule.score ?? 0)) }

    private func finding(_ rule: RuleResult, style: TerminalStyle) -> [String] {
        var lines: [String] = []
        let scoreText = rule.score.map { Self.score($0) } ?? "—"
        let room = width - Self.visibleWidth("  * \(safe(rule.id))  ")
        lines.append("  \(symbol(rule.outcome, style)) \(style.bold(safe(rule.id)))  \(Self.truncate(safe(rule.title), max(room, 12)))")
        lines.append("      \(outcomeText(rule.outcome, style)), score \(scoreText) × \(Self.percent(rule.totalShare)) of total"
                     + " = \(Self.score(rule.contribution)); loses \(Self.score(lost(rule)))")
        if let measured = rule.measured {
            lines.append("      measured \(NumberFormatting.readable(measured)) on \(safe(Self.oneLine(rule.expression)))")
        }
        if let reason = rule.reason, rule.outcome == .unknown {
            lines.append("      " + style.paint("why unknown: \(safe(reason))", .magenta))
        }
        for fact in rule.facts {
            if let value = fact.value {
                let unit = fact.unit.map { " \($0)" } ?? ""
                let source = fact.source.map { Self.source($0) }.map { "  (\(safe($0)))" } ?? ""
                lines.append(safe("      \(fact.path) = \(value.readableText)\(unit)") + style.paint(source, .grey))
            } else {
                lines.append(safe("      \(fact.path) is missing: \(fact.missing ?? "unknown")"))
            }
        }
        if let required = rule.required, required.status != .met, rule.outcome != .notApplicable {
            lines.append(safe("      required (caps at \(required.capsTierAt)): \(Self.oneLine(required.condition)) — ")
                         + (required.status == .notMet ? "not met" : "unknown"))
        }
        if let advice = rule.advice {
            lines.append("      " + style.paint("advice: ", .cyan) + safe(advice))
        }
        if !rule.references.isEmpty {
            lines.append("      " + style.paint(safe("see: " + rule.references.joined(separator: "; ")), .grey))
        }
        return lines
    }

    private func row(indent: Int, id: String, title: String, score: Double?, detail: String, style: TerminalStyle, bold: Bool) -> String {
        let scoreText = score.map { Self.score($0) } ?? "  —  "
        let bars = score.map { bar($0) } ?? String(repeating: " ", count: barWidth)
        let head = String(repeating: " ", count: indent) + Self.pad(id, max(1, 10 - indent)) + " " + scoreText + " " + bars + "  "
        let room = width - Self.visibleWidth(head) - Self.visibleWidth("  (\(detail))")
        let name = Self.truncate(title, max(room, 16))
        return head + (bold ? style.bold(name) : name) + style.paint("  (\(detail))", .grey)
    }

    private func bar(_ score: Double) -> String {
        let filled = max(0, min(barWidth, Int((score * Double(barWidth)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }

    private func symbol(_ outcome: RuleOutcome, _ style: TerminalStyle) -> String {
        switch outcome {
        case .pass: return style.paint("✓", .green)
        case .partial: return style.paint("◐", .yellow)
        case .fail: return style.paint("✗", .red)
        case .unknown: return style.paint("?", .magenta)
        case .notApplicable: return style.paint("–", .grey)
        }
    }

    private func outcomeText(_ outcome: RuleOutcome, _ style: TerminalStyle) -> String {
        switch outcome {
        case .pass: return style.paint("pass", .green)
        case .partial: return style.paint("partial", .yellow)
        case .fail: return style.paint("fail", .red)
        case .unknown: return style.paint("unknown", .magenta)
        case .notApplicable: return style.paint("not applicable", .grey)
        }
    }

    private func tierColour(_ tier: String?, _ rating: Rating) -> TerminalStyle.Colour {
        guard let tier, let rank = rating.tiers.firstIndex(where: { $0.name == tier }) else { return .red }
        return rank == 0 ? .green : (rank == rating.tiers.count - 1 ? .yellow : .cyan)
    }

    static func score(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 3) }

    static func percent(_ share: Double) -> String { NumberFormatting.fixed(share * 100, decimals: 1) + "%" }

    static func number(_ value: Double) -> String { NumberFormatting.shortest(value) }

    static func source(_ provenance: Provenance) -> String {
        switch provenance.kind {
        case .declared: return provenance.location ?? "declared"
        case .derived: return "derived: " + (provenance.model ?? "model")
        case .assumption: return "assumption" + (provenance.location.map { " at \($0)" } ?? "")
        case .example: return "example" + (provenance.location.map { " at \($0)" } ?? "")
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let count = TextColumns.count(text)
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    static func truncate(_ text: String, _ width: Int) -> String { TextColumns.truncate(text, width) }

    /// An expression written over several lines in the ruleset, on one line: each line break, with the
    /// indentation around it, becomes one space. Spaces within a line are kept.
    static func oneLine(_ text: String) -> String {
        // Every newline character has a byte in 0x0A–0x0D or ends in 0x85, 0xA8 or 0xA9 (NEL, U+2028, U+2029); text
        // without such a byte has none, and only text with one is read by Character.
        guard text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }),
              text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Columns a string takes on a terminal: its characters, less ANSI escape sequences (`ESC [ … m`).
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        if case let width?? = text.utf8.withContiguousStorageIfAvailable(TextColumns.width) { return width }
        return visibleWidthByCharacter(text)
    }

    /// `visibleWidth` by `Character`, for text whose scalars may join (`TextColumns`).
    static func visibleWidthByCharacter<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}

extension TextReporter: Reporter {
    public static var format: ReportFormat { .text }
    public static var takesSeveralRatings: Bool { true }
    public init(options: ReportOptions) { self.init(colour: options.colour, width: options.textWidth) }

    /// The reports one after another and, when there are several, a summary table at the end: one line per
    /// rating, so a run over many missions ends with the overview instead of the last mission's details.
    public static func render(_ ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        let reports = ratings.map { Self(options: options($0)).render($0) }.joined(separator: ratingSeparator)
        guard ratings.count > 1 else { return reports }
        return reports + ratingSeparator + summaryTable(ratings, width: options(ratings[0]).textWidth)
    }

    /// `Summary (N ratings)` and one line per rating: mission id, ruleset id, tier, score and caps (how many,
    /// and the tier the lowest one allows), fitting `width` columns.
    static func summaryTable(_ ratings: [Rating], width: Int = 80) -> String {
        summaryTable(ratings.map(SummaryRow.init), width: width)
    }

    /// What the summary table shows of one rating: all a streamed batch keeps of it until the end.
    struct SummaryRow: Sendable {
        var mission: String
        var ruleset: String
        var tier: String
        var score: String
        var caps: String
        /// The text width of the rating's report; the first rating's sets the table's.
        var width = 80

        init(_ rating: Rating) {
            mission = rating.mission.id
            ruleset = rating.ruleset.id
            tier = rating.tier ?? "unrated"
            score = rating.score.map { TextReporter.score($0) } ?? "n/a"
            caps = "none"
            if !rating.caps.isEmpty {
                let ranks = rating.caps.compactMap { cap in rating.tiers.firstIndex { $0.name == cap.capsTierAt } }
                let binding = ranks.max().map { rating.tiers[$0].name } ?? rating.caps[0].capsTierAt
                caps = "\(rating.caps.count) → \(binding): " + rating.caps.map(\.rule).joined(separator: ", ")
            }
        }
    }

    static func summaryTable(_ rows: [SummaryRow], width: Int) -> String {
        let idWidth = min(24, max(8, rows.map(\.mission.count).max() ?? 8) + 2)
        let rulesetWidth = min(20, max(9, rows.map(\.ruleset.count).max() ?? 9) + 2)
        let tierWidth = min(12, max(6, rows.map(\.tier.count).max() ?? 6) + 2)
        func line(_ id: String, _ ruleset: String, _ tier: String, _ score: String, _ caps: String) -> String {
            let head = "  " + pad(truncate(id, idWidth - 1), idWidth) + pad(truncate(ruleset, rulesetWidth - 1), rulesetWidth)
                + pad(tier, tierWidth) + String(repeating: " ", count: max(0, 5 - score.count)) + score + "  "
            return trimmingTrailingSpaces(head + truncate(caps, max(8, width - head.count)))
        }
        var lines = ["Summary (\(rows.count) ratings)", line("mission", "ruleset", "tier", "score", "caps")]
        for row in rows {
            lines.append(line(row.mission, row.ruleset, row.tier, row.score, row.caps))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The text report of a batch as it is rated: each report as soon as its rating arrives, and the summary
/// table (from one `SummaryRow` per rating) at the end when there were several.
struct TextReportStream: ReportStream {
    let options: @Sendable (Rating) -> ReportOptions
    private var rows: [TextReporter.SummaryRow] = []
    private var width = 80

    init(options: @escaping @Sendable (Rating) -> ReportOptions) { self.options = options }

    func part(of rating: Rating) -> ReportPart {
        let ratingOptions = options(rating)
        var part = ReportPart(text: TextReporter(options: ratingOptions).render(rating), row: TextReporter.SummaryRow(rating))
        part.row?.width = ratingOptions.textWidth
        return part
    }

    mutating func add(_ part: ReportPart) -> String {
        guard let row = part.row else { return "" }
        if rows.isEmpty { width = row.width }
        rows.append(row)
        return rows.count == 1 ? part.text : TextReporter.ratingSeparator + part.text
    }

    mutating func finish() -> String {
        rows.count > 1 ? TextReporter.ratingSeparator + TextReporter.summaryTable(rows, width: width) : ""
    }
}
