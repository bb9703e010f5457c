/// The colours that stand for each rating tier in charts, medals and badges.
///
/// Two colours per tier: a light metallic `medalFill` that reads as the metal on a medal, and a darker
/// `badgeFill` chosen so that white badge text has a WCAG 2.1 contrast ratio of at least 4.5:1 (checked by
/// a test), which the pale metallic shades cannot give.
public enum TierStyle: String, Sendable, CaseIterable {
    case platinum
    case gold
    case silver
    case bronze
    case none

    /// The style for a tier name as rulesets spell it; unknown names and "none" get `.none`.
    public init(tierName: String) {
        self = TierStyle(rawValue: tierName.lowercased()) ?? .none
    }

    /// Background of the badge's message half; white text goes on it.
    public var badgeFill: String {
        switch self {
        case .platinum: return "#3f6677"
        case .gold: return "#8a6a00"
        case .silver: return "#5d6872"
        case .bronze: return "#8a5524"
        case .none: return "#6b6b6b"
        }
    }

    /// Face of the medal; dark text (`medalText`) goes on it.
    public var medalFill: String {
        switch self {
        case .platinum: return "#e5e4e2"
        case .gold: return "#e6c35c"
        case .silver: return "#c9cdd2"
        case .bronze: return "#d39a62"
        case .none: return "#eeeeee"
        }
    }

    /// Rim of the medal and the ribbon.
    public var medalRim: String {
        switch self {
        case .platinum: return "#8fa3ad"
        case .gold: return "#a67c00"
        case .silver: return "#7d8790"
        case .bronze: return "#8a5524"
        case .none: return "#9e9e9e"
        }
    }

    /// Text on the medal face.
    public var medalText: String { "#1f2328" }

    /// The tier name for display, capitalised; "Unrated" for no tier, the one word every report uses for it.
    public var displayName: String {
        self == .none ? "Unrated" : rawValue.prefix(1).uppercased() + rawValue.dropFirst()
    }
}
