import Foundation
import Testing
@testable import Reports

@Suite("Markdown and workflow-command escaping")
struct MarkupTextFormatsTests {
    /// (raw, inline, code span, code span in a table). Each escaped form was rendered with markdown-it-py
    /// 4.3.0 (CommonMark preset plus GFM tables and strikethrough) — as a paragraph, as a table cell, and
    /// as a code span — and gave back exactly the raw text (line breaks as spaces), HTML-escaped.
    static let cases: [(String, String, String, String)] = [
        ("plain text", "plain text", "`plain text`", "`plain text`"),
        ("a*b*c", "a\\*b\\*c", "`a*b*c`", "`a*b*c`"),
        ("_under_", "\\_under\\_", "`_under_`", "`_under_`"),
        ("`code`", "\\`code\\`", "`` `code` ``", "`` `code` ``"),
        ("[link](http://x)", "\\[link\\](http://x)", "`[link](http://x)`", "`[link](http://x)`"),
        ("<b>bold</b>", "\\<b\\>bold\\</b\\>", "`<b>bold</b>`", "`<b>bold</b>`"),
        ("a | b", "a \\| b", "`a | b`", "`a \\| b`"),
        ("~~gone~~", "\\~\\~gone\\~\\~", "`~~gone~~`", "`~~gone~~`"),
        ("&copy; &#65;", "\\&copy; \\&\\#65;", "`&copy; &#65;`", "`&copy; &#65;`"),
        ("![img](x.png)", "\\!\\[img\\](x.png)", "`![img](x.png)`", "`![img](x.png)`"),
        ("# not a heading", "\\# not a heading", "`# not a heading`", "`# not a heading`"),
        ("back\\slash", "back\\\\slash", "`back\\slash`", "`back\\slash`"),
        ("line\nbreak", "line break", "`line break`", "`line break`"),
        ("1e-4 <= x", "1e-4 \\<= x", "`1e-4 <= x`", "`1e-4 <= x`"),
        ("**strong**", "\\*\\*strong\\*\\*", "`**strong**`", "`**strong**`"),
        ("B.9-casualty-risk", "B.9-casualty-risk", "`B.9-casualty-risk`", "`B.9-casualty-risk`"),
    ]

    @Test("Markdown inline text and code spans render as the literal text", arguments: cases)
    func markdown(raw: String, inline: String, code: String, tableCode: String) {
        #expect(MarkdownEscaping.inline(raw) == inline)
        #expect(MarkdownEscaping.codeSpan(raw) == code)
        #expect(MarkdownEscaping.codeSpan(raw, inTable: true) == tableCode)
    }

    /// Checked with markdown-it-py 4.3.0 both at the start of a document and after a paragraph line.
    @Test("text that would open a block at the start of a line is escaped")
    func blockStarts() {
        #expect(MarkdownEscaping.inline("- not a list") == "\\- not a list")
        #expect(MarkdownEscaping.inline("+ plus") == "\\+ plus")
        #expect(MarkdownEscaping.inline("= not setext") == "\\= not setext")
        #expect(MarkdownEscaping.inline("1. not ordered") == "1\\. not ordered")
        #expect(MarkdownEscaping.inline("12) nor this") == "12\\) nor this")
        #expect(MarkdownEscaping.inline("3.5 km") == "3.5 km")
        #expect(MarkdownEscaping.inline("2024.") == "2024\\.")
    }

    @Test("code spans fence around backtick runs of any length")
    func longFences() {
        #expect(MarkdownEscaping.codeSpan("a ``` b") == "````a ``` b````")
        #expect(MarkdownEscaping.codeSpan("``") == "``` `` ```")
    }

    /// Expected strings follow the Actions toolkit's escapeData / escapeProperty (`@actions/core`).
    @Test("workflow command messages and properties are percent-encoded as the runner expects")
    func workflowCommands() {
        #expect(WorkflowCommandEscaping.message("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b")
        #expect(WorkflowCommandEscaping.property("C:\\dir,x%\n") == "C%3A\\dir%2Cx%25%0A")
        #expect(WorkflowCommandEscaping.command(
            "error", properties: ["file": "missions/demo sat.yaml", "line": "12", "title": "B.9: casualty risk"],
            message: "risk 3e-4 > 1e-4\nadvice: use aluminium tanks")
            == "::error file=missions/demo sat.yaml,line=12,title=B.9%3A casualty risk::risk 3e-4 > 1e-4%0Aadvice: use aluminium tanks")
        #expect(WorkflowCommandEscaping.command("notice", message: "ok") == "::notice::ok")
    }
}
