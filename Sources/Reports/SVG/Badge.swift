/// A shields.io-style "flat" badge — `steward | gold 0.78` — for READMEs and CI dashboards.
///
/// Badges are shown as images, where the browser cannot reflow text, so each half is sized from the
/// text's estimated Verdana 11 px width (`VerdanaTextWidth`, an approximation) plus 5 px padding on each
/// side, and `textLength` asks the renderer to fit the text to exactly that width whatever font it finds.
public struct Badge: Sendable, Hashable {
    public var label: String
    public var message: String
    public var messageColor: String
    public var labelColor: String
    /// Prefix of the badge's internal ids, so two badges inlined in one page do not share them.
    public var id: String

    public init(label: String, message: String, messageColor: String, labelColor: String = "#555555", id: String = "badge") {
        self.id = id
        self.label = label
        self.message = message
        self.messageColor = messageColor
        self.labelColor = labelColor
    }

    /// The badge for a rating: `steward | <tier> <score>` in the tier's colour.
    public static func rating(tierName: String, score: Double, label: String = "steward") -> Badge {
        let style = TierStyle(tierName: tierName)
        let scoreText = SVGNumber.fixed(HorizontalBarChart.clamp(score), decimals: 2)
        return Badge(label: label, message: "\(tierName.lowercased()) \(scoreText)", messageColor: style.badgeFill)
    }

    static let fontSize: Double = 11
    static let horizontalPadding: Double = 5
    static let height: Double = 20

    /// Width of one half: the text's width rounded up to a whole pixel, plus padding.
    static func segmentWidth(for text: String) -> (segment: Double, text: Double) {
        let textWidth = VerdanaTextWidth.width(of: text, fontSize: fontSize).rounded(.up)
        return (textWidth + 2 * horizontalPadding, textWidth)
    }

    public func svg() -> String {
        let (labelWidth, labelTextWidth) = Self.segmentWidth(for: label)
        let (messageWidth, messageTextWidth) = Self.segmentWidth(for: message)
        let totalWidth = labelWidth + messageWidth
        let accessibleName = "\(label): \(message)"
        let clipID = id + "-clip"
        let shadeID = id + "-shade"
        func texts(_ content: String, centre: Double, length: Double) -> [MarkupNode] {
            let common = [
                MarkupAttribute("textLength", SVGNumber.format(length)),
                MarkupAttribute("lengthAdjust", "spacing"),
            ]
            return [
                SVGDocument.text(content, x: centre, y: 15, size: Self.fontSize, anchor: "middle", fill: "#010101",
                                 extra: common + [MarkupAttribute("fill-opacity", "0.3"), MarkupAttribute("aria-hidden", "true")]),
                SVGDocument.text(content, x: centre, y: 14, size: Self.fontSize, anchor: "middle", fill: "#ffffff", extra: common),
            ]
        }
        let width = SVGNumber.format(totalWidth)
        let root = MarkupElement(
            "svg",
            [
                MarkupAttribute("xmlns", "http://www.w3.org/2000/svg"),
                MarkupAttribute("width", width),
                MarkupAttribute("height", SVGNumber.format(Self.height)),
                MarkupAttribute("viewBox", "0 0 \(width) \(SVGNumber.format(Self.height))"),
                MarkupAttribute("role", "img"),
                MarkupAttribute("aria-label", accessibleName),
            ],
            children: [
                .element("title", [:], [.text(accessibleName)]),
                .element("linearGradient", ["id": shadeID, "x2": "0", "y2": "100%"], [
                    .element("stop", ["offset": "0", "stop-color": "#bbbbbb", "stop-opacity": "0.1"]),
                    .element("stop", ["offset": "1", "stop-opacity": "0.1"]),
                ]),
                .element("clipPath", ["id": clipID], [
                    SVGDocument.rect(x: 0, y: 0, width: totalWidth, height: Self.height, fill: "#ffffff", radius: 3),
                ]),
                .element("g", ["clip-path": "url(#\(clipID))"], [
                    SVGDocument.rect(x: 0, y: 0, width: labelWidth, height: Self.height, fill: labelColor),
                    SVGDocument.rect(x: labelWidth, y: 0, width: messageWidth, height: Self.height, fill: messageColor),
                    SVGDocument.rect(x: 0, y: 0, width: totalWidth, height: Self.height, fill: "url(#\(shadeID))"),
                ]),
                .element("g", ["font-family": SVGDocument.fontFamily, "text-rendering": "geometricPrecision"],
                         texts(label, centre: labelWidth / 2, length: labelTextWidth)
                         + texts(message, centre: labelWidth + messageWidth / 2, length: messageTextWidth)),
            ])
        return SVGDocument.render(.element(root))
    }
}
