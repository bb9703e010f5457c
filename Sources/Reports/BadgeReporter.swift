import RuleEngine

/// Renders a `Rating` as the SVG badge `steward | <tier> <score>` (see `Badge`) for a README or dashboard.
///
/// An unrated mission shows `unrated` in the "none" colour; a rating without a score (no rule applied)
/// shows `n/a`, because a badge claiming `0.00` would read as a measured result.
public struct BadgeReporter: Sendable {
    public var label: String

    public init(label: String = "steward") {
        self.label = label
    }

    public func render(_ rating: Rating) -> String {
        let tierName = rating.tier ?? "unrated"
        let badge: Badge
        if let score = rating.score {
            badge = Badge.rating(tierName: tierName, score: score, label: label)
        } else {
            badge = Badge(label: label, message: "\(tierName.lowercased()) n/a", messageColor: TierStyle(tierName: tierName).badgeFill)
        }
        let svg = badge.svg()
        return svg.hasSuffix("\n") ? svg : svg + "\n"
    }
}

extension BadgeReporter: Reporter {
    public static var format: ReportFormat { .badge }
    public init(options: ReportOptions) { self.init() }
}
