/// The result of rating one mission against one ruleset: the only input of every reporter.
///
/// Everything a reader needs to recompute each number by hand is here: per rule its weight, its share
/// of the total and its contribution; the facts it read with their source; the thresholds and caps
/// that set the tier. Reporters never recompute; they only render. The JSON form (`steward/rating@1`)
/// is documented in `docs/rating-json.md`.
public struct Rating: Sendable, Hashable, Codable {
    public static let formatTag = "steward/rating@1"

    public var format: String
    /// The engine's version string, supplied by the caller (the CLI knows its own version).
    public var engine: String
    public var mission: MissionIdentity
    public var ruleset: RulesetIdentity
    /// Assumptions in force, by key, after `--assume` overrides.
    public var assumptions: [AssumptionUsed]
    /// Tier thresholds from best to worst, so the tier can be checked against the total.
    public var tiers: [TierThreshold]
    /// Weighted total in [0, 1]; nil when no scored rule applied.
    public var score: Double?
    /// The tier the total reaches before caps; nil when below every threshold.
    public var tierBeforeCaps: String?
    /// The final tier after caps; nil ("unrated") when below every threshold.
    public var tier: String?
    /// Required conditions that were not met, each naming the rule and the tier it capped at.
    public var caps: [TierCap]
    /// Stars earned by bonus rules (one per bonus rule that passed).
    public var stars: Int
    public var sections: [SectionResult]
    /// Bonus rules, apart from the score.
    public var bonus: [RuleResult]
    /// Rules whose outcome is unknown, with the facts that would resolve them.
    public var unknowns: [UnknownFinding]
    /// Curves a report may draw (e.g. the perigee and apogee decay history of the lifetime model); nil when
    /// the caller supplied none. Additive to `steward/rating@1`: the JSON leaves the key out when nil.
    public var charts: [ChartSeries]?
    /// Tier probabilities and percentile bands from a Monte Carlo run (`--samples`); nil without one.
    /// Additive to `steward/rating@1`: the JSON leaves the key out when nil.
    public var uncertainty: RatingUncertainty?

    public init(format: String = Rating.formatTag, engine: String, mission: MissionIdentity, ruleset: RulesetIdentity,
                assumptions: [AssumptionUsed], tiers: [TierThreshold], score: Double?, tierBeforeCaps: String?,
                tier: String?, caps: [TierCap], stars: Int, sections: [SectionResult], bonus: [RuleResult],
                unknowns: [UnknownFinding], charts: [ChartSeries]? = nil) {
        self.format = format
        self.engine = engine
        self.mission = mission
        self.ruleset = ruleset
        self.assumptions = assumptions
        self.tiers = tiers
        self.score = score
        self.tierBeforeCaps = tierBeforeCaps
        self.tier = tier
        self.caps = caps
        self.stars = stars
        self.sections = sections
        self.bonus = bonus
        self.unknowns = unknowns
        self.charts = charts
    }

    /// Every scored rule, in ruleset order.
    public var allRules: [RuleResult] { sections.flatMap { $0.guidelines.flatMap(\.rules) } }
}

public struct MissionIdentity: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// The descriptor's file name as given, when the mission came from a file.
    public var file: String?

    public init(id: String, name: String, file: String? = nil) {
        self.id = id
        self.name = name
        self.file = file
    }
}

public struct RulesetIdentity: Sendable, Hashable, Codable {
    public var id: String
    public var version: String
    public var title: String
    /// Base rulesets this one extends, nearest first.
    public var extends: [String]

    public init(id: String, version: String, title: String, extends: [String]) {
        self.id = id
        self.version = version
        self.title = title
        self.extends = extends
    }
}

public struct AssumptionUsed: Sendable, Hashable, Codable {
    /// Where an assumption's value came from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// The ruleset's `assumptions:` block.
        case ruleset
        /// `--assume` on the command line.
        case override
    }

    public var key: String
    public var value: FactValue
    public var origin: Origin

    public init(key: String, value: FactValue, origin: Origin) {
        self.key = key
        self.value = value
        self.origin = origin
    }
}

public struct TierThreshold: Sendable, Hashable, Codable {
    public var name: String
    public var minScore: Double

    public init(name: String, minScore: Double) {
        self.name = name
        self.minScore = minScore
    }
}

public struct TierCap: Sendable, Hashable, Codable {
    /// The rule whose required condition was not met.
    public var rule: String
    /// The best tier the mission may have while the condition is unmet.
    public var capsTierAt: String
    public var condition: String
    /// "failed" or "unknown: <reason>".
    public var reason: String

    public init(rule: String, capsTierAt: String, condition: String, reason: String) {
        self.rule = rule
        self.capsTierAt = capsTierAt
        self.condition = condition
        self.reason = reason
    }
}

public struct SectionResult: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var weight: Double
    /// Share of the total among the applicable sections: weight / Σ applicable section weights (0 if not applicable).
    public var share: Double
    /// Weighted mean of the applicable guidelines; nil when none applied.
    public var score: Double?
    public var contribution: Double
    public var guidelines: [GuidelineResult]

    public init(id: String, title: String, weight: Double, share: Double, score: Double? = nil, contribution: Double,
        guidelines: [GuidelineResult]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.share = share
        self.score = score
        self.contribution = contribution
        self.guidelines = guidelines
    }
}

public struct GuidelineResult: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var weight: Double
    /// Share within its section among the applicable guidelines.
    public var share: Double
    public var score: Double?
    public var contribution: Double
    public var rules: [RuleResult]

    public init(id: String, title: String, weight: Double, share: Double, score: Double? = nil, contribution: Double,
        rules: [RuleResult]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.share = share
        self.score = score
        self.contribution = contribution
        self.rules = rules
    }
}

public struct ScaleDescription: Sendable, Hashable, Codable {
    public var log: Bool
    /// [[measure, score], …]
    public var points: [[Double]]

    public init(log: Bool, points: [[Double]]) {
        self.log = log
        self.points = points
    }
}

/// How a rule's score was reached: the key of its scoring expression in the ruleset.
public enum ScoringMethod: String, Sendable, Hashable, Codable {
    case passIf = "pass_if"
    case score
    case measure
}

/// Whether a rule's `required:` condition holds.
public enum RequirementStatus: Sendable, Hashable {
    case met
    case notMet
    /// Evaluated but unknown: it caps the tier too, since a requirement must be shown to be met.
    case notDemonstrated
    /// Not evaluated, because the rule did not apply or whether it applies is unknown.
    case notRequired
}

public struct RequiredResult: Sendable, Hashable, Codable {
    public var condition: String
    public var capsTierAt: String
    public var status: RequirementStatus

    public init(condition: String, capsTierAt: String, status: RequirementStatus) {
        self.condition = condition
        self.capsTierAt = capsTierAt
        self.status = status
    }

    // JSON: `"met": true` / `false`, and no `met` key when neither was shown (as the former `met: Bool?`).
    // Both of those decode as `notDemonstrated`: the wire format never told them apart.
    private enum CodingKeys: String, CodingKey { case condition, capsTierAt, met }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        condition = try container.decode(String.self, forKey: .condition)
        capsTierAt = try container.decode(String.self, forKey: .capsTierAt)
        status = switch try container.decodeIfPresent(Bool.self, forKey: .met) {
        case true?: .met
        case false?: .notMet
        case nil: .notDemonstrated
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(condition, forKey: .condition)
        try container.encode(capsTierAt, forKey: .capsTierAt)
        switch status {
        case .met: try container.encode(true, forKey: .met)
        case .notMet: try container.encode(false, forKey: .met)
        case .notDemonstrated, .notRequired: break
        }
    }
}

/// One fact a rule read: what it was, in which unit, and where it came from — or why it was missing.
public struct FactRead: Sendable, Hashable, Codable {
    public var path: String
    public var value: FactValue?
    public var unit: String?
    public var source: Provenance?
    public var missing: String?

    public init(path: String, value: FactValue? = nil, unit: String? = nil, source: Provenance? = nil, missing: String? = nil) {
        self.path = path
        self.value = value
        self.unit = unit
        self.source = source
        self.missing = missing
    }
}

public struct UnknownFinding: Sendable, Hashable, Codable {
    public var rule: String
    /// The fact paths that were absent and would resolve the rule if provided.
    public var paths: [String]
    public var reason: String

    public init(rule: String, paths: [String], reason: String) {
        self.rule = rule
        self.paths = paths
        self.reason = reason
    }
}

/// One named curve for a report chart, such as "perigee" altitude against years after end of mission.
///
/// Reporters draw series that share their axes (the same x and y labels and units) on one chart, so the
/// perigee and apogee histories of one decay run appear together. The rating engine never fills this; the
/// caller adds what its physics computed, and reporters only draw it.
public struct ChartSeries: Sendable, Hashable, Codable {
    /// The curve's name, shown in the legend, e.g. "perigee".
    public var name: String
    public var xLabel: String
    public var xUnit: String
    public var yLabel: String
    public var yUnit: String
    /// `[[x, y], …]` in drawing order.
    public var points: [[Double]]

    public init(name: String, xLabel: String, xUnit: String, yLabel: String, yUnit: String, points: [[Double]]) {
        self.name = name
        self.xLabel = xLabel
        self.xUnit = xUnit
        self.yLabel = yLabel
        self.yUnit = yUnit
        self.points = points
    }
}
