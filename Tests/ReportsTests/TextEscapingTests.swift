import Foundation
import RuleEngine
import Testing
@testable import Reports

/// Issue 11, item 5: one escaping function (`TextEscaping`) behind every human-facing writer.
@Suite("Text escaping: control and bidi characters never reach a terminal raw")
struct TextEscapingTests {
    static let payload = "\u{1B}[2J\u{1B}[31mRED\u{1B}[0m\rCR\u{0}NUL\u{202E}evil\u{9B}2J\u{7F}\u{2068}\u{2028}\u{61C}"

    @Test("each unsafe class becomes \\u{HEX}; tab, line feed and ordinary text (accents, emoji, RTL letters) stay")
    func visibleForm() {
        #expect(TextEscaping.visible(Self.payload)
                == #"\u{1B}[2J\u{1B}[31mRED\u{1B}[0m\u{0D}CR\u{00}NUL\u{202E}evil\u{9B}2J\u{7F}\u{2068}\u{2028}\u{61C}"#)
        let ordinary = "Été 😀 שלום مرحبا\ttab\nline"
        #expect(TextEscaping.visible(ordinary) == ordinary)
        for value: UInt32 in [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2069, 0x2029, 0x85, 0x8, 0xB, 0xC] {
            let scalar = Unicode.Scalar(value)!
            let hex = String(value, radix: 16, uppercase: true)
            #expect(TextEscaping.visible(String(scalar)) == "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}")
        }
    }

    @Test("escaping is idempotent, so a writer may escape text that was escaped already")
    func idempotent() {
        let once = TextEscaping.visible(Self.payload)
        #expect(TextEscaping.visible(once) == once)
    }

    @Test("Markdown, workflow commands and markup all use the visible form")
    func sharedByEveryEscaper() {
        #expect(MarkdownEscaping.inline("a\u{1B}b\u{202E}c") == #"a\\u{1B}b\\u{202E}c"#)
        #expect(MarkdownEscaping.codeSpan("a\u{1B}b") == #"`a\u{1B}b`"#)
        #expect(WorkflowCommandEscaping.message("a\u{1B}b\u{0}c\rd") == #"a\u{1B}b\u{00}c%0Dd"#)
        #expect(WorkflowCommandEscaping.property("t\u{202E}:x") == #"t\u{202E}%3Ax"#)
        #expect(MarkupEscaping.text("a\u{1B}b\u{202E}c\u{9B}") == #"a\u{1B}b\u{202E}c\u{9B}"#)
        #expect(MarkupEscaping.attribute("a\u{2066}b") == #"a\u{2066}b"#)
    }

    /// The rating fixture with the payload in every user-controlled string a reporter shows.
    static func hostileRating() throws -> Rating {
        var rating = try RatingFixture.rating()
        rating.mission.name = "Mission " + payload
        rating.ruleset.title = "Ruleset " + payload
        for s in rating.sections.indices {
            rating.sections[s].title = "Section " + payload
            for g in rating.sections[s].guidelines.indices {
                rating.sections[s].guidelines[g].title = "Guideline " + payload
                for r in rating.sections[s].guidelines[g].rules.indices {
                    rating.sections[s].guidelines[g].rules[r].title = "Rule " + payload
                    rating.sections[s].guidelines[g].rules[r].advice = "Advice " + payload
                }
            }
        }
        for b in rating.bonus.indices { rating.bonus[b].title = "Bonus " + payload }
        return rating
    }

    @Test("the coloured text report: its own SGR colours only, every input escape shown", arguments: [false, true])
    func textReport(colour: Bool) throws {
        let output = TextReporter(colour: colour).render(try Self.hostileRating())
        // With colour, the only ESC sequences are the reporter's own `ESC [ digits ; m`.
        let withoutStyles = output.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
        let raw = withoutStyles.unicodeScalars.filter { TextEscaping.isUnsafe($0) }
        #expect(raw.isEmpty, "raw: \(raw.map { String($0.value, radix: 16) })")
        #expect(!output.contains("\u{1B}[2J"))
        #expect(output.contains(#"\u{1B}[2J"#))
        #expect(output.contains("\u{1B}[1m") == colour)
    }

    @Test("every report format but JSON and SARIF has no raw control or bidi character", arguments: ReportFormat.allCases)
    func everyFormat(format: ReportFormat) throws {
        let rating = try Self.hostileRating()
        let output = format.render(rating)
        let raw = output.unicodeScalars.filter { TextEscaping.isUnsafe($0) }
        if format == .json || format == .sarif {
            // Exact strings: JSONEncoder writes C0 controls as \u escapes; U+202E and friends stay, inside strings.
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(output.contains(#"\u001b[2J"#))
        } else {
            #expect(raw.isEmpty, "\(format): raw \(raw.map { String($0.value, radix: 16) })")
        }
    }
}
