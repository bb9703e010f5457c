import Foundation

/// The frame of a self-contained HTML page: doctype, language, character set, viewport, title, one inline
/// style sheet, and the body.
///
/// Report pages must open from a file, an e-mail attachment or a CI artifact with no network, so nothing
/// is linked: styles are inline, charts are inline SVG (`MarkupNode.raw`), and there are no scripts. The
/// viewport line makes phones lay the page out at device width instead of a zoomed-out desktop width.
public struct HTMLDocument: Sendable, Hashable {
    public var title: String
    /// BCP 47 language tag of the content, e.g. `en`.
    public var language: String
    /// CSS, written verbatim inside `<style>` (it must not contain `</style`).
    public var styleSheet: String
    public var body: [MarkupNode]
    /// Inline JavaScript run at the end of the body, for a page whose content works without it too (the
    /// index page's column sorting); nil for every other page, which stays script-free.
    public var script: String?

    public init(title: String, language: String = "en", styleSheet: String = "", body: [MarkupNode], script: String? = nil) {
        self.title = title
        self.language = language
        self.styleSheet = styleSheet
        self.body = body
        self.script = script
    }

    /// The page as HTML text, ending in a line feed.
    public func render() -> String {
        // A style sheet that closed its own element would let the rest of it be read as markup.
        let safeStyle = styleSheet.replacingOccurrences(of: "</style", with: "<\\/style", options: .caseInsensitive)
        var head: [MarkupNode] = [
            .element("meta", ["charset": "utf-8"]),
            .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .element("title", [:], [.text(title)]),
        ]
        if !safeStyle.isEmpty {
            head.append(.element("style", [:], [.raw(safeStyle)]))
        }
        var bodyNodes = body
        if let script {
            // As with the style sheet: a script that closed its own element would end it early.
            bodyNodes.append(.element("script", [:], [.raw(script.replacingOccurrences(of: "</script", with: "<\\/script", options: .caseInsensitive))]))
        }
        let page = MarkupNode.element("html", ["lang": language], [
            .element("head", [:], head),
            .element("body", [:], bodyNodes),
        ])
        return "<!DOCTYPE html>\n" + MarkupRenderer(syntax: .html).render(page) + "\n"
    }
}
