/// A small tree of markup (SVG, XML or HTML) that renders to text deterministically.
///
/// Reporters build documents as values instead of concatenating strings, so escaping is applied once, by
/// the renderer, and attribute order is exactly the order written in code — which keeps golden files stable.
public indirect enum MarkupNode: Sendable, Hashable {
    /// An element with attributes and children.
    case element(MarkupElement)
    /// Character data; escaped when rendered.
    case text(String)
    /// Markup inserted verbatim (e.g. an SVG produced by another renderer). The caller vouches for it.
    /// Use it also for the contents of HTML `<style>` and `<script>`, which HTML does not unescape: CSS
    /// such as `a > b` written as `.text` would arrive as `a &gt; b`.
    case raw(String)
}

/// One attribute, kept as an ordered pair so output order is the order of construction.
public struct MarkupAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An element: name, ordered attributes, children.
public struct MarkupElement: Sendable, Hashable {
    public var name: String
    public var attributes: [MarkupAttribute]
    public var children: [MarkupNode]

    public init(_ name: String, _ attributes: [MarkupAttribute] = [], children: [MarkupNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// Convenience for the common case of attributes written as a literal list of pairs.
    public init(_ name: String, attributes: KeyValuePairs<String, String>, children: [MarkupNode] = []) {
        self.name = name
        self.attributes = attributes.map { MarkupAttribute($0.key, $0.value) }
        self.children = children
    }
}

extension MarkupNode {
    /// Shorthand for an element node.
    public static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [MarkupNode] = []
    ) -> MarkupNode {
        .element(MarkupElement(name, attributes: attributes, children: children))
    }
}

/// Which serialisation rules apply to empty elements.
public enum MarkupSyntax: Sendable {
    /// XML and SVG: an element without children is written `<name/>`.
    case xml
    /// HTML: void elements (`br`, `img`, `meta`, …) are written `<name>`; every other element gets an end tag.
    case html
}

/// Renders `MarkupNode` trees to text.
///
/// Layout rule, chosen so that diffs of golden files are readable without changing meaning: an element
/// whose children are all elements puts each child on its own line, indented by two spaces per level; an
/// element with any text or raw child is written on one line, because whitespace inside text is
/// significant. Elements that preserve whitespace (`pre`, `textarea`, SVG `text`, …) and everything inside
/// them are always written on one line.
public struct MarkupRenderer: Sendable {
    public var syntax: MarkupSyntax

    public init(syntax: MarkupSyntax = .xml) {
        self.syntax = syntax
    }

    /// HTML void elements (HTML Living Standard §13.1.2).
    private static let htmlVoidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Elements whose content keeps its whitespace when displayed or read by assistive technology.
    private static let whitespacePreservingElements: Set<String> = [
        "pre", "textarea", "listing", "plaintext", "text", "tspan", "textPath", "title", "desc",
    ]

    /// A complete XML document (JUnit, SVG files): the XML declaration, the root element, a final line feed.
    public func renderXMLDocument(_ root: MarkupNode) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render(root) + "\n"
    }

    public func render(_ node: MarkupNode) -> String {
        render(node, depth: 0)
    }

    /// `node` laid out as a child `depth` levels down in block layout (without the line feed and indent that
    /// precede it there), so a document's children can be written one at a time.
    public func render(_ node: MarkupNode, depth: Int) -> String {
        var output = ""
        write(node, depth: depth, inline: false, into: &output)
        return output
    }

    private func write(_ node: MarkupNode, depth: Int, inline: Bool, into output: inout String) {
        switch node {
        case .text(let text):
            output += MarkupEscaping.text(text)
        case .raw(let raw):
            output += raw
        case .element(let element):
            output += "<" + element.name
            for attribute in element.attributes {
                output += " " + attribute.name + "=\"" + MarkupEscaping.attribute(attribute.value) + "\""
            }
            if element.children.isEmpty {
                switch syntax {
                case .xml:
                    output += "/>"
                case .html:
                    output += Self.htmlVoidElements.contains(element.name) ? ">" : "></" + element.name + ">"
                }
                return
            }
            output += ">"
            let keepsWhitespace = inline || Self.whitespacePreservingElements.contains(element.name)
            let blockLayout = !keepsWhitespace && element.children.allSatisfy {
                if case .element = $0 { return true } else { return false }
            }
            if blockLayout {
                let childIndent = String(repeating: "  ", count: depth + 1)
                for child in element.children {
                    output += "\n" + childIndent
                    write(child, depth: depth + 1, inline: false, into: &output)
                }
                output += "\n" + String(repeating: "  ", count: depth)
            } else {
                for child in element.children {
                    write(child, depth: depth + 1, inline: keepsWhitespace, into: &output)
                }
            }
            output += "</" + element.name + ">"
        }
    }
}
