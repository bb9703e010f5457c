import Diagnostics
import Foundation
import RuleEngine

/// Renders a `Rating` for a terminal: the verdict (tier, score, stars) first, then the section and
/// guideline scores, then the findings that cost points — largest loss first, each with the facts it
/// read and its advice — then bonus rules, assumptions and provenance of the rating itself.
///
/// Plain text unless `colour` is true; the CLI passes `colour: isatty(stdout)`. Every string from the
/// mission or ruleset goes through `TextEscaping.visible` (`TextReportWriter.appendSafe`) before it is styled, so
/// the only escape sequences in the output are this reporter's own colours. The report is written as bytes by
/// `TextReportWriter`; `TextReporterBytesTests` holds it to the former `String` report, kept in the tests.
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

    public func render(_ rating: Rating) -> String { TextReportWriter(self).report(rating) }

    /// Breaks a line at spaces so each part fits `width` and appends the parts to `text`, each followed by a line
    /// feed; continuation lines are indented two columns more than the line's own indent. A word longer than the
    /// room left stays whole on a line of its own. Works on the bytes when every scalar of the line is a
    /// character of its own (`TextColumns`), else by `wrapCharacters`.
    func appendWrapped(_ line: String, to text: ByteBuffer) {
        var line = line
        line.withUTF8 { appendWrapped($0, to: text) }
    }

    /// `appendWrapped` of a line given as its UTF-8 bytes.
    func appendWrapped(_ line: UnsafeBufferPointer<UInt8>, to text: ByteBuffer) {
        if let total = TextColumns.width(line) {
            if total <= width {
                text.append(line)
            } else {
                wrapBytes(line, into: text)
            }
            text.append(UInt8(ascii: "\n"))
            return
        }
        for part in wrapCharacters(String(decoding: line, as: UTF8.self)) {
            text.append(part)
            text.append(UInt8(ascii: "\n"))
        }
    }

    /// `wrapCharacters` for a line whose scalars are each a character: words are the runs between single spaces
    /// (so runs of spaces survive), each measured on its own as `visibleWidth` measures it. One pass over the bytes,
    /// each word measured as it is found and copied whole.
    private func wrapBytes(_ line: UnsafeBufferPointer<UInt8>, into text: ByteBuffer) {
        guard let bytes = line.baseAddress else { return }
        let space = UInt8(ascii: " "), escape: UInt8 = 0x1B, escapeEnd = UInt8(ascii: "m")
        let end = line.count
        var indent = 0
        while indent < end, bytes[indent] == space { indent += 1 }
        let hanging = min(indent + 2, width / 2)
        var lineStart = text.count
        text.append(repeating: space, count: indent)
        var currentWidth = indent
        var hasWord = false
        var wordStart = indent
        while true {
            // The word runs to the next space; its columns are counted as `TextColumns.columns` counts them.
            var wordEnd = wordStart
            var wordWidth = 0
            var inEscape = false
            while wordEnd < end {
                if !inEscape, wordEnd + 8 <= end {
                    // Eight ASCII bytes without ESC are eight columns, up to the first space among them, if any.
                    let chunk = UInt64(littleEndian: ASCIIWord.load(line, at: wordEnd))
                    if ASCIIWord.isASCII(chunk), !ASCIIWord.contains(chunk, escape) {
                        let run = Self.bytesBeforeSpace(chunk)
                        wordEnd += run
                        wordWidth += run
                        if run < 8 { break }
                        continue
                    }
                }
                let byte = bytes[wordEnd]
                if byte == space { break }
                if byte & 0xC0 != 0x80 {
                    if inEscape {
                        if byte == escapeEnd { inEscape = false }
                    } else if byte == escape {
                        inEscape = true
                    } else {
                        wordWidth += 1
                    }
                }
                wordEnd += 1
            }
            let more = wordEnd < end
            if hasWord && currentWidth + 1 + wordWidth > width {
                text.trimTrailing(space, downTo: lineStart)
                text.append(UInt8(ascii: "\n"))
                lineStart = text.count
                text.append(repeating: space, count: hanging)
                currentWidth = hanging
                hasWord = false
                if wordEnd == wordStart {
                    guard more else { break }
                    wordStart = wordEnd + 1
                    continue
                }
            }
            if hasWord {
                text.append(space)
                currentWidth += 1
            }
            text.append(UnsafeBufferPointer(start: bytes + wordStart, count: wordEnd - wordStart))
            currentWidth += wordWidth
            hasWord = true
            guard more else { break }
            wordStart = wordEnd + 1
        }
        text.trimTrailing(space, downTo: lineStart)
    }

    /// How many of the eight bytes of `chunk` (first byte lowest) come before its first space: 8 when there is none.
    /// A byte is a space when it XORs with 0x20 to zero; in `(x − 0x01…) & ~x & 0x80…` the lowest flagged byte is
    /// the first zero byte (only bytes above a zero byte can be flagged wrongly, by the borrow).
    @inline(__always)
    static func bytesBeforeSpace(_ chunk: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x = chunk ^ (ones &* 0x20)
        let zeros = (x &- ones) & ~x & 0x8080_8080_8080_8080
        return zeros == 0 ? 8 : zeros.trailingZeroBitCount / 8
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
        guard text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }) else { return text }
        if case let joined?? = text.utf8.withContiguousStorageIfAvailable(oneLineASCII) { return joined }
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// `oneLine` of ASCII text, on its bytes (nil for other text): in ASCII no scalars join, the newline characters
    /// are LF, VT, FF, CR and CR LF, and the whitespace trimmed (`.whitespaces`) is space and tab. Multi-line
    /// expressions of the bundled rulesets are ASCII, and the `Character` path was a noticeable cost of the report.
    static func oneLineASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var joined: [UInt8] = []
        joined.reserveCapacity(utf8.count)
        var start = 0
        func addLine(upTo end: Int) {
            var first = start, last = end
            while first < last, utf8[first] == 0x20 || utf8[first] == 0x09 { first += 1 }
            while last > first, utf8[last - 1] == 0x20 || utf8[last - 1] == 0x09 { last -= 1 }
            guard first < last else { return }
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[first..<last]))
        }
        for index in utf8.indices where (0x0A...0x0D).contains(utf8[index]) {
            addLine(upTo: index)
            start = index + 1
        }
        addLine(upTo: utf8.count)
        return String(decoding: joined, as: UTF8.self)
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
        var part = ReportPart(utf8: TextReportWriter(TextReporter(options: ratingOptions)).reportBytes(rating),
                              row: TextReporter.SummaryRow(rating))
        part.row?.width = ratingOptions.textWidth
        return part
    }

    mutating func add(_ part: ReportPart) -> String {
        var text = ""
        add(part) { text += String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The separator before every rating but the first, then the rating's bytes as the writer made them.
    mutating func add(_ part: ReportPart, into write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard let row = part.row else { return }
        if rows.isEmpty { width = row.width }
        rows.append(row)
        if rows.count > 1 {
            try writeUTF8(TextReporter.ratingSeparator, into: write)
        }
        try (part.utf8 ?? []).withUnsafeBytes { try write($0) }
    }

    mutating func finish() -> String {
        rows.count > 1 ? TextReporter.ratingSeparator + TextReporter.summaryTable(rows, width: width) : ""
    }
}
