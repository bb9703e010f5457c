import Foundation
import Testing
@testable import Reports

@Suite("Markup escaping and rendering")
struct MarkupEscapingTests {
    @Test("text escapes &, < and >; attributes also escape quotes and whitespace controls")
    func escaping() {
        #expect(MarkupEscaping.text(#"a < b && c > "d" 'e'"#) == #"a &lt; b &amp;&amp; c &gt; "d" 'e'"#)
        #expect(MarkupEscaping.attribute("say \"hi\"\tthen\nbye\r") == "say &quot;hi&quot;&#9;then&#10;bye&#13;")
        #expect(MarkupEscaping.text("line\nbreak\ttab") == "line\nbreak\ttab")
    }

    @Test("characters XML 1.0 forbids become visible \\u{HEX} escapes, so output is always well-formed")
    func forbiddenCharacters() throws {
        let hostile = "nul\u{0}bell\u{7}esc\u{1B}nonchar\u{FFFE}ok é 😀"
        #expect(MarkupEscaping.text(hostile) == #"nul\u{00}bell\u{07}esc\u{1B}nonchar\u{FFFE}ok é 😀"#)
        let document = MarkupRenderer().render(.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "aria-label": hostile], [
            .element("title", [:], [.text(hostile)]),
        ]))
        let recorder = try #require(XMLRecorder.parse(document))
        #expect(recorder.text.trimmingCharacters(in: .whitespacesAndNewlines) == #"nul\u{00}bell\u{07}esc\u{1B}nonchar\u{FFFE}ok é 😀"#)
        #expect(recorder.elements.first?.attributes["aria-label"] == #"nul\u{00}bell\u{07}esc\u{1B}nonchar\u{FFFE}ok é 😀"#)
    }

    @Test("a script-like mission name stays text")
    func injection() throws {
        let name = "</title><script>alert(1)</script>"
        let document = MarkupRenderer().render(.element("svg", ["xmlns": "http://www.w3.org/2000/svg"], [
            .element("title", [:], [.text(name)]),
        ]))
        let recorder = try #require(XMLRecorder.parse(document))
        #expect(recorder.elements.map(\.name) == ["svg", "title"])
        #expect(recorder.text.trimmingCharacters(in: .whitespacesAndNewlines) == name)
    }

    @Test("attributes keep construction order; element-only children go on indented lines; text stays inline")
    func layout() {
        let node = MarkupNode.element("g", ["b": "2", "a": "1"], [
            .element("rect", ["width": "3"]),
            .element("text", ["x": "0"], [.text("hello "), .element("tspan", [:], [.text("world")])]),
        ])
        #expect(MarkupRenderer().render(node) == """
            <g b="2" a="1">
              <rect width="3"/>
              <text x="0">hello <tspan>world</tspan></text>
            </g>
            """)
    }

    @Test("whitespace-preserving elements are written on one line, with everything inside them")
    func preformatted() {
        let node = MarkupNode.element("div", [:], [
            .element("pre", [:], [.element("code", [:], [.element("b", [:], [.text("x")])])]),
            .element("p", [:], [.element("b", [:], [.text("y")])]),
        ])
        #expect(MarkupRenderer(syntax: .html).render(node) == """
            <div>
              <pre><code><b>x</b></code></pre>
              <p>
                <b>y</b>
              </p>
            </div>
            """)
    }

    @Test("an XML document starts with the declaration and parses")
    func xmlDocument() throws {
        let text = MarkupRenderer().renderXMLDocument(.element("testsuites", ["name": "a&b"], [.element("testsuite", ["name": "x"])]))
        #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"a&amp;b\">\n  <testsuite name=\"x\"/>\n</testsuites>\n")
        let recorder = try #require(XMLRecorder.parse(text))
        #expect(recorder.elements.map(\.name) == ["testsuites", "testsuite"])
    }

    @Test("HTML syntax writes void elements without end tags and other empty elements with them")
    func htmlSyntax() {
        let node = MarkupNode.element("p", [:], [
            .text("a"), .element("br"), .element("span", ["class": "x"]), .raw("<svg/>"),
        ])
        #expect(MarkupRenderer(syntax: .html).render(node) == #"<p>a<br><span class="x"></span><svg/></p>"#)
        #expect(MarkupRenderer(syntax: .xml).render(.element("br")) == "<br/>")
    }

    @Test("an HTML page frame: doctype, charset, viewport, escaped title, verbatim CSS, body")
    func htmlDocument() {
        let page = HTMLDocument(
            title: "Demo <Sat>", styleSheet: "main > p { margin: 0 } </STYLE><b>",
            body: [.element("main", [:], [.element("p", [:], [.text("Score & tier")])])])
        #expect(page.render() == """
            <!DOCTYPE html>
            <html lang="en">
              <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Demo &lt;Sat&gt;</title>
                <style>main > p { margin: 0 } <\\/style><b></style>
              </head>
              <body>
                <main>
                  <p>Score &amp; tier</p>
                </main>
              </body>
            </html>

            """)
    }
}
