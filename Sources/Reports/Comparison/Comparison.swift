import RuleEngine

/// What `steward compare` shows, as one Codable value (`steward/comparison@1`, docs/comparison-json.md): a column
/// per rating, the facts that differ between them, and for ratings under the same ruleset the attribution of
/// each score difference to rules. StewardKit builds it (`ComparisonBuilder`); the renderers in this folder
/// only write it, so every number on every format is read from here.
public struct Comparison: Sendable, Hashable, Codable {
    public static let formatTag = "steward/comparison@1"

    /// What varies between the columns.
    public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
        /// Several missions under one ruleset.
        case missions
        /// One mission under several rulesets: a compliance matrix (no attribution: the rules differ).
        case rulesets
        /// One mission under two assumption sets (`--assume … --versus …`).
        case assumptions
        /// A baseline descriptor and its changed version (`--baseline`), for CI.
        case baseline
    }

    public var format: String
    public var engine: String
    public var mode: Mode
    public var columns: [ComparisonColumn]
    /// Declared, derived and assumption facts whose values differ between at least two columns.
    public var facts: [FactDifference]
    /// Column 0 against each later column, when both are rated under the same ruleset; empty otherwise.
    public var attributions: [ScoreAttribution]
    /// Only in baseline mode: whether the changed descriptor regressed, and why.
    public var regression: Regression?

    public init(format: String = Comparison.formatTag, engine: String, mode: Mode, columns: [ComparisonColumn],
                facts: [FactDifference], attributions: [ScoreAttribution], regression: Regression? = nil) {
        self.format = format
        self.engine = engine
        self.mode = mode
        self.columns = columns
        self.facts = facts
        self.attributions = attributions
        self.regression = regression
    }
}

/// One rating, reduced to what a side-by-side view shows.
public struct ComparisonColumn: Sendable, Hashable, Codable {
    /// The column heading: the mission id, the ruleset id, or the assumption set, whichever varies.
    public var label: String
    public var mission: MissionIdentity
    public var ruleset: RulesetIdentity
    /// Assumptions given with `--assume` / `--versus` for this column (the ruleset's own are not repeated).
    public var overrides: [AssumptionUsed]
    public var tiers: [TierThreshold]
    public var tier: String?
    public var tierBeforeCaps: String?
    public var score: Double?
    public var caps: [TierCap]
    public var stars: Int
    /// Number of bonus rules, so "2 of 3 stars" can be written.
    public var bonusRules: Int
    /// True when every required rule was shown to hold (no caps): "passes the regime" in the compliance matrix.
    public var compliant: Bool
    public var sections: [SectionScore]
    /// The decay curves the rating carries (perigee and apogee against years), when it read the lifetime.
    public var charts: [ChartSeries]?

    public init(label: String, mission: MissionIdentity, ruleset: RulesetIdentity, overrides: [AssumptionUsed],
                tiers: [TierThreshold], tier: String?, tierBeforeCaps: String?, score: Double?, caps: [TierCap],
                stars: Int, bonusRules: Int, compliant: Bool, sections: [SectionScore], charts: [ChartSeries]?) {
        self.label = label
        self.mission = mission
        self.ruleset = ruleset
        self.overrides = overrides
        self.tiers = tiers
        self.tier = tier
        self.tierBeforeCaps = tierBeforeCaps
        self.score = score
        self.caps = caps
        self.stars = stars
        self.bonusRules = bonusRules
        self.compliant = compliant
        self.sections = sections
        self.charts = charts
    }

    /// A column from a rating: the scores, tiers and caps it records, nothing recomputed.
    public init(label: String, rating: Rating, overrides: [AssumptionUsed]) {
        self.init(label: label, mission: rating.mission, ruleset: rating.ruleset, overrides: overrides, tiers: rating.tiers,
                  tier: rating.tier, tierBeforeCaps: rating.tierBeforeCaps, score: rating.score, caps: rating.caps,
                  stars: rating.stars, bonusRules: rating.bonus.count, compliant: rating.caps.isEmpty,
                  sections: rating.sections.filter { $0.guidelines.contains { !$0.rules.isEmpty } }.map { section in
                      SectionScore(id: section.id, title: section.title, score: section.score,
                                   guidelines: section.guidelines.filter { !$0.rules.isEmpty }.map {
                                       GuidelineScore(id: $0.id, title: $0.title, score: $0.score)
                                   })
                  },
                  charts: rating.charts)
    }
}

public struct SectionScore: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// Nil when nothing in the section applied.
    public var score: Double?
    public var guidelines: [GuidelineScore]

    public init(id: String, title: String, score: Double?, guidelines: [GuidelineScore]) {
        self.id = id
        self.title = title
        self.score = score
        self.guidelines = guidelines
    }
}

public struct GuidelineScore: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var score: Double?

    public init(id: String, title: String, score: Double?) {
        self.id = id
        self.title = title
        self.score = score
    }
}

/// A fact whose value is not the same in every column; `values` and `sources` hold one entry per column,
/// null where the column does not have the fact.
public struct FactDifference: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Written in (or defaulted by) the descriptor; `sources` are `file:line:col`.
        case declared
        /// Computed by a physics model and read by a rule; `sources` name the model.
        case derived
        /// A ruleset assumption, possibly from `--assume` / `--versus`.
        case assumption
    }

    public var path: String
    public var kind: Kind
    public var unit: String?
    public var values: [FactValue?]
    public var sources: [String?]

    public init(path: String, kind: Kind, unit: String?, values: [FactValue?], sources: [String?]) {
        self.path = path
        self.kind = kind
        self.unit = unit
        self.values = values
        self.sources = sources
    }
}

/// The score difference between two ratings under the same ruleset, decomposed into rule contributions.
///
/// Each rating's total is the sum of its rules' contributions (`totalShare × score`, as `Aggregation.total`
/// records them), so `to.score − from.score = Σ (contributionTo − contributionFrom)`: `sum` is that sum and
/// `residual` is `difference − sum`, which is floating-point rounding only (≤ 1e-12; docs/comparison-json.md).
public struct ScoreAttribution: Sendable, Hashable, Codable {
    /// Column indices: the attribution explains `columns[to].score − columns[from].score`.
    public var from: Int
    public var to: Int
    /// The two totals (0 for an unrated side with no score: nothing applied).
    public var scoreFrom: Double
    public var scoreTo: Double
    public var difference: Double
    /// Σ of the rules' differences, added with compensated summation.
    public var sum: Double
    public var residual: Double
    /// Every rule whose contribution differs, largest absolute difference first.
    public var rules: [RuleContribution]

    public init(from: Int, to: Int, scoreFrom: Double, scoreTo: Double, difference: Double, sum: Double,
                residual: Double, rules: [RuleContribution]) {
        self.from = from
        self.to = to
        self.scoreFrom = scoreFrom
        self.scoreTo = scoreTo
        self.difference = difference
        self.sum = sum
        self.residual = residual
        self.rules = rules
    }
}

/// One rule's part in a score difference. `difference = contributionTo − contributionFrom`, split exactly into
/// `scoreEffect = totalShareFrom × (scoreTo − scoreFrom)` (the rule scored differently) and
/// `weightEffect = (totalShareTo − totalShareFrom) × scoreTo` (its share of the total changed, because it or a
/// neighbour became applicable or not applicable). A not-applicable side counts as share 0 and score 0.
public struct RuleContribution: Sendable, Hashable, Codable {
    public var rule: String
    public var title: String
    public var guideline: String
    public var section: String
    public var outcomeFrom: RuleOutcome?
    public var outcomeTo: RuleOutcome?
    public var scoreFrom: Double?
    public var scoreTo: Double?
    public var totalShareFrom: Double
    public var totalShareTo: Double
    public var contributionFrom: Double
    public var contributionTo: Double
    public var difference: Double
    public var scoreEffect: Double
    public var weightEffect: Double

    public init(rule: String, title: String, guideline: String, section: String, outcomeFrom: RuleOutcome?,
                outcomeTo: RuleOutcome?, scoreFrom: Double?, scoreTo: Double?, totalShareFrom: Double,
                totalShareTo: Double, contributionFrom: Double, contributionTo: Double, difference: Double,
                scoreEffect: Double, weightEffect: Double) {
        self.rule = rule
        self.title = title
        self.guideline = guideline
        self.section = section
        self.outcomeFrom = outcomeFrom
        self.outcomeTo = outcomeTo
        self.scoreFrom = scoreFrom
        self.scoreTo = scoreTo
        self.totalShareFrom = totalShareFrom
        self.totalShareTo = totalShareTo
        self.contributionFrom = contributionFrom
        self.contributionTo = contributionTo
        self.difference = difference
        self.scoreEffect = scoreEffect
        self.weightEffect = weightEffect
    }
}

/// The CI verdict of `--baseline … --fail-on-regression`.
public struct Regression: Sendable, Hashable, Codable {
    public var tolerance: Double
    /// True when the tier dropped or the score fell by more than `tolerance`.
    public var regressed: Bool
    public var tierDropped: Bool
    public var scoreDrop: Double
    /// One line per reason, for the log.
    public var reasons: [String]

    public init(tolerance: Double, regressed: Bool, tierDropped: Bool, scoreDrop: Double, reasons: [String]) {
        self.tolerance = tolerance
        self.regressed = regressed
        self.tierDropped = tierDropped
        self.scoreDrop = scoreDrop
        self.reasons = reasons
    }
}
