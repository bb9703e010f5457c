/// A medal for the rating's tier — platinum, gold, silver, bronze or none — with the score on its face
/// and the bonus stars under the score: the first thing a reader of the certificate page sees.
public struct TierMedal: Sendable, Hashable {
    public var id: String
    public var tier: TierStyle
    public var score: Double
    public var stars: Int

    public init(id: String, tierName: String, score: Double, stars: Int = 0) {
        self.id = id
        self.tier = TierStyle(tierName: tierName)
        self.score = score
        self.stars = max(stars, 0)
    }

    public func svg() -> String {
        let scoreText = SVGNumber.fixed(HorizontalBarChart.clamp(score), decimals: 2)
        let starText = String(repeating: "★", count: min(stars, 5))
        var face: [MarkupNode] = [
            // Ribbon: two tails behind the disc.
            .element("polygon", ["points": "38,0 58,0 52,58 30,50", "fill": tier.medalRim]),
            .element("polygon", ["points": "62,0 82,0 90,50 68,58", "fill": tier.medalRim]),
            .element("circle", ["cx": "60", "cy": "92", "r": "50", "fill": tier.medalFill, "stroke": tier.medalRim, "stroke-width": "6"]),
            .element("circle", ["cx": "60", "cy": "92", "r": "40", "fill": "none", "stroke": tier.medalRim, "stroke-width": "1", "stroke-opacity": "0.6"]),
            SVGDocument.text(tier.displayName.uppercased(), x: 60, y: 82, size: tier == .none ? 11 : 12, anchor: "middle", fill: tier.medalText, weight: "bold"),
            SVGDocument.text(scoreText, x: 60, y: 108, size: 22, anchor: "middle", fill: tier.medalText, weight: "bold"),
        ]
        if !starText.isEmpty {
            face.append(SVGDocument.text(starText, x: 60, y: 126, size: 12, anchor: "middle", fill: tier.medalText))
        }
        var title = (tier == .none ? tier.displayName : "\(tier.displayName) tier") + ", score \(scoreText)"
        if stars > 0 { title += ", \(stars) bonus star" + (stars == 1 ? "" : "s") }
        return SVGDocument.render(SVGDocument.root(
            id: id, width: 120, height: 148, title: title, description: title + ".",
            content: [.element("g", ["aria-hidden": "true"], face)]))
    }
}
