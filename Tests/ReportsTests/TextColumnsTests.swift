import RuleEngine
import StewardTestSupport
import Testing
@testable import Reports

/// The text report measures and wraps lines on their UTF-8 bytes when every scalar is a character of its own
/// (`TextColumns`), and by `Character` otherwise. Both paths must give the same columns, cuts and lines.
@Suite("Text columns: byte path against Character path")
struct TextColumnsTests {
    static let escape = "\u{1B}"

    /// Words the report is made of: the byte path.
    static let words: [String] = [
        "a", "score", "0.733", "—", "≥", "×", "█████░░░░░", "★★☆", "✓", "◐", "…", "(derived:", "Ruleset",
        "\(escape)[1m", "\(escape)[36madvice:\(escape)[0m", "\(escape)[1;31mfail\(escape)[0m", "\(escape)[90m(grey",
        "end_of_life.disposal_orbit.perigee_km", "https://www.unoosa.org/res/oosadoc/data/documents/2019/a/a7420_0.html",
        "Zürich", "Ελληνικά", "Кириллица", "exp(−Σ", "F·A·Δt", "ѱ", "\\u{1B}[2J", "\t", "\n", "",
    ]

    /// Words the byte path leaves to the `Character` path: scalars that join their neighbours into one character,
    /// CR, and scalars outside its list (emoji, CJK).
    static let joining: [String] = [
        "e\u{301}", "👩‍🚀", "🇫🇷", "☆\u{FE0F}", "\u{1100}\u{1161}", "क्षि", "a\r\nb", "\r", "😀", "中文", "\u{200D}", "к\u{483}"
    ]

    static func randomLine(_ random: inout SplitMix64) -> String {
        var line = String(repeating: " ", count: Int(random.next() % 7))
        let count = Int(random.next() % 40)
        for index in 0..<count {
            if index > 0 { line += random.next() % 9 == 0 ? "  " : " " }
            line += random.next() % 60 == 0 ? joining[Int(random.next() % UInt64(joining.count))]
                : words[Int(random.next() % UInt64(words.count))]
        }
        if random.next() % 11 == 0 { line += " " }
        return line
    }

    @Test("visible width: the byte path, where it answers, equals the Character path")
    func width() {
        var random = SplitMix64(seed: 17)
        var bytePath = 0
        for _ in 0..<3000 {
            let line = Self.randomLine(&random)
            let fast = line.utf8.withContiguousStorageIfAvailable(TextColumns.width) ?? nil
            if let fast {
                bytePath += 1
                #expect(fast == TextReporter.visibleWidthByCharacter(line), "\(line.debugDescription)")
            }
            #expect(TextReporter.visibleWidth(line) == TextReporter.visibleWidthByCharacter(line))
            #expect(TextColumns.count(line) == line.count, "\(line.debugDescription)")
            for width in [1, 2, 12, 16, 40, 79] {
                #expect(TextColumns.truncate(line, width) == (line.count <= width ? line : String(line.prefix(width - 1)) + "…"))
            }
        }
        #expect(bytePath > 500, "most lines should take the byte path")
        for word in Self.joining {
            #expect(word.utf8.withContiguousStorageIfAvailable(TextColumns.width) == .some(nil), "\(word.debugDescription)")
        }
    }

    @Test("wrapping: the byte path gives the Character path's lines", arguments: [40, 57, 80, 100])
    func wrap(width: Int) {
        var random = SplitMix64(seed: UInt64(width))
        for colour in [false, true] {
            let reporter = TextReporter(colour: colour, width: width)
            for _ in 0..<2000 {
                let line = Self.randomLine(&random)
                let bytes = ByteBuffer(capacity: 16)
                reporter.appendWrapped(line, to: bytes)
                let expected = reporter.wrapCharacters(line).joined(separator: "\n") + "\n"
                #expect(bytes.text == expected, "\(line.debugDescription) at \(width)")
            }
        }
    }

    /// `oneLine` reads by `Character` only text with a byte that may belong to a newline character.
    @Test("one line: every newline character is found; bytes shared with other characters are not mistaken")
    func oneLine() {
        for newline in ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(TextReporter.oneLine("a >= 1" + newline + "  and b") == "a >= 1 and b", "\(newline.debugDescription)")
        }
        for text in ["Å >= 1", "x ⁨y", "a … b", "a\u{2027}b", "plain"] {
            #expect(TextReporter.oneLine(text) == text)
        }
    }

    /// The claim behind the byte path: each scalar it accepts is a character of its own next to any other.
    @Test("every scalar the byte path accepts stays one character beside letters, itself, ESC, LF and space")
    func standaloneScalars() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "\u{1B}", "\n", "\u{2014}", "m"]
        for value in UInt32(0)...0x2BFF where TextColumns.isStandalone(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var pair = String.UnicodeScalarView([scalar, scalar])
            #expect(String(pair).count == 2, "U+\(String(value, radix: 16))")
            for neighbour in neighbours {
                pair = String.UnicodeScalarView([neighbour, scalar])
                #expect(String(pair).count == 2, "U+\(String(value, radix: 16)) after \(neighbour.debugDescription)")
                pair = String.UnicodeScalarView([scalar, neighbour])
                #expect(String(pair).count == 2, "U+\(String(value, radix: 16)) before \(neighbour.debugDescription)")
            }
        }
    }
}
