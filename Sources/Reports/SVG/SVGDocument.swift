/// Builds the outer `<svg>` element every chart shares: size, accessible name and description, font.
///
/// Charts are embedded inline in HTML reports, several per page, so every id a chart defines is prefixed
/// with the chart's `id`; screen readers announce the `<title>` and `<desc>` through `aria-labelledby`
/// and `aria-describedby` with `role="img"`, the pattern recommended for informative SVG.
enum SVGDocument {
    static let fontFamily = "Verdana, DejaVu Sans, Geneva, sans-serif"

    static func root(
        id: String, width: Double, height: Double, title: String, description: String, content: [MarkupNode]
    ) -> MarkupNode {
        let titleID = id + "-title"
        let descriptionID = id + "-desc"
        let attributes: [MarkupAttribute] = [
            MarkupAttribute("xmlns", "http://www.w3.org/2000/svg"),
            MarkupAttribute("id", id),
            MarkupAttribute("width", SVGNumber.format(width)),
            MarkupAttribute("height", SVGNumber.format(height)),
            MarkupAttribute("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
            MarkupAttribute("role", "img"),
            MarkupAttribute("aria-labelledby", titleID),
            MarkupAttribute("aria-describedby", descriptionID),
            MarkupAttribute("font-family", fontFamily),
        ]
        let header: [MarkupNode] = [
            .element("title", ["id": titleID], [.text(title)]),
            .element("desc", ["id": descriptionID], [.text(description)]),
        ]
        return .element(MarkupElement("svg", attributes, children: header + content))
    }

    /// Serialises a chart: the SVG element and a final line feed.
    static func render(_ root: MarkupNode) -> String {
        MarkupRenderer(syntax: .xml).render(root) + "\n"
    }

    /// A `<text>` element with the given position and attributes.
    static func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
        fill: String = "#1f2328", weight: String? = nil, extra: [MarkupAttribute] = []
    ) -> MarkupNode {
        var attributes = [
            MarkupAttribute("x", SVGNumber.format(x)),
            MarkupAttribute("y", SVGNumber.format(y)),
            MarkupAttribute("font-size", SVGNumber.format(size)),
        ]
        if anchor != "start" { attributes.append(MarkupAttribute("text-anchor", anchor)) }
        attributes.append(MarkupAttribute("fill", fill))
        if let weight { attributes.append(MarkupAttribute("font-weight", weight)) }
        return .element(MarkupElement("text", attributes + extra, children: [.text(content)]))
    }

    /// A `<line>` element.
    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil
    ) -> MarkupNode {
        var attributes = [
            MarkupAttribute("x1", SVGNumber.format(x1)), MarkupAttribute("y1", SVGNumber.format(y1)),
            MarkupAttribute("x2", SVGNumber.format(x2)), MarkupAttribute("y2", SVGNumber.format(y2)),
            MarkupAttribute("stroke", stroke), MarkupAttribute("stroke-width", SVGNumber.format(width)),
        ]
        if let dash { attributes.append(MarkupAttribute("stroke-dasharray", dash)) }
        return .element(MarkupElement("line", attributes))
    }

    /// A `<rect>` element.
    static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, radius: Double? = nil,
        extra: [MarkupAttribute] = []
    ) -> MarkupNode {
        var attributes = [
            MarkupAttribute("x", SVGNumber.format(x)), MarkupAttribute("y", SVGNumber.format(y)),
            MarkupAttribute("width", SVGNumber.format(max(width, 0))),
            MarkupAttribute("height", SVGNumber.format(max(height, 0))),
        ]
        if let radius { attributes.append(MarkupAttribute("rx", SVGNumber.format(radius))) }
        attributes.append(MarkupAttribute("fill", fill))
        return .element(MarkupElement("rect", attributes + extra))
    }
}
