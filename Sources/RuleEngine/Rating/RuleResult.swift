/// How one rule came out for one mission, with everything a report says about the rule.
///
/// What the rule says of itself (id, title, weight, method, expression, scale, advice, references) is the same for
/// every mission, so the result holds it by one shared reference, prepared once per compiled rule, instead of a
/// copy of each string and array. Rating on several threads used to retain and release each of those shared
/// strings per rule and mission, and the threads fought over their reference counts (the counts' cache lines moved
/// between cores at every rule); now a rule result costs one such retain. The properties read and write as before.
public struct RuleResult: Sendable, Hashable, Codable {
    private var rule: RuleDescription
    public var outcome: RuleOutcome
    /// In [0, 1]; 0 for unknown; nil when not applicable.
    public var score: Double?
    /// Share within its guideline among the applicable rules (0 when not applicable or bonus).
    public var share: Double
    /// Effective share of the total: rule share × guideline share × section share.
    public var totalShare: Double
    /// totalShare × score: what this rule adds to the total.
    public var contribution: Double
    /// For `measure` rules: the measured value (the scale that turned it into a score is `scale`).
    public var measured: Double?
    public var facts: [FactRead]
    public var required: RequiredResult?
    /// Why the outcome is unknown or not applicable.
    public var reason: String?

    public var id: String {
        get { rule.id }
        set { change { $0.id = newValue } }
    }
    public var title: String {
        get { rule.title }
        set { change { $0.title = newValue } }
    }
    public var weight: Double {
        get { rule.weight }
        set { change { $0.weight = newValue } }
    }
    public var bonus: Bool {
        get { rule.bonus }
        set { change { $0.bonus = newValue } }
    }
    /// How the score was reached.
    public var method: ScoringMethod {
        get { rule.method }
        set { change { $0.method = newValue } }
    }
    /// The scoring expression's text.
    public var expression: String {
        get { rule.expression }
        set { change { $0.expression = newValue } }
    }
    /// For `measure` rules: the scale that turned the measured value into a score.
    public var scale: ScaleDescription? {
        get { rule.scale }
        set { change { $0.scale = newValue } }
    }
    public var advice: String? {
        get { rule.advice }
        set { change { $0.advice = newValue } }
    }
    public var references: [String] {
        get { rule.references }
        set { change { $0.references = newValue } }
    }

    public init(id: String, title: String, outcome: RuleOutcome, score: Double? = nil, weight: Double, share: Double,
        totalShare: Double, contribution: Double, bonus: Bool, method: ScoringMethod, expression: String,
        measured: Double? = nil, scale: ScaleDescription? = nil, facts: [FactRead], required: RequiredResult? = nil,
        reason: String? = nil, advice: String? = nil, references: [String]) {
        self.init(rule: RuleDescription(id: id, title: title, weight: weight, bonus: bonus, method: method, expression: expression,
                                        scale: scale, advice: advice, references: references),
                  outcome: outcome, score: score, share: share, totalShare: totalShare, contribution: contribution,
                  measured: measured, facts: facts, required: required, reason: reason)
    }

    /// A result sharing `rule`, the compiled rule's description (the rating engine's path).
    init(rule: RuleDescription, outcome: RuleOutcome, score: Double?, share: Double, totalShare: Double, contribution: Double,
         measured: Double?, facts: [FactRead], required: RequiredResult?, reason: String?) {
        self.rule = rule
        self.outcome = outcome
        self.score = score
        self.share = share
        self.totalShare = totalShare
        self.contribution = contribution
        self.measured = measured
        self.facts = facts
        self.required = required
        self.reason = reason
    }

    /// Changes this result's own copy of the description, never the shared one.
    private mutating func change(_ body: (RuleDescription) -> Void) {
        if !isKnownUniquelyReferenced(&rule) { rule = rule.copy() }
        body(rule)
    }

    // Equality, hashing and coding as the former stored properties had them (synthesised, in declaration order).

    private enum CodingKeys: String, CodingKey {
        case id, title, outcome, score, weight, share, totalShare, contribution, bonus, method, expression, measured, scale,
             facts, required, reason, advice, references
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id),
                  title: try container.decode(String.self, forKey: .title),
                  outcome: try container.decode(RuleOutcome.self, forKey: .outcome),
                  score: try container.decodeIfPresent(Double.self, forKey: .score),
                  weight: try container.decode(Double.self, forKey: .weight),
                  share: try container.decode(Double.self, forKey: .share),
                  totalShare: try container.decode(Double.self, forKey: .totalShare),
                  contribution: try container.decode(Double.self, forKey: .contribution),
                  bonus: try container.decode(Bool.self, forKey: .bonus),
                  method: try container.decode(ScoringMethod.self, forKey: .method),
                  expression: try container.decode(String.self, forKey: .expression),
                  measured: try container.decodeIfPresent(Double.self, forKey: .measured),
                  scale: try container.decodeIfPresent(ScaleDescription.self, forKey: .scale),
                  facts: try container.decode([FactRead].self, forKey: .facts),
                  required: try container.decodeIfPresent(RequiredResult.self, forKey: .required),
                  reason: try container.decodeIfPresent(String.self, forKey: .reason),
                  advice: try container.decodeIfPresent(String.self, forKey: .advice),
                  references: try container.decode([String].self, forKey: .references))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(outcome, forKey: .outcome)
        try container.encodeIfPresent(score, forKey: .score)
        try container.encode(weight, forKey: .weight)
        try container.encode(share, forKey: .share)
        try container.encode(totalShare, forKey: .totalShare)
        try container.encode(contribution, forKey: .contribution)
        try container.encode(bonus, forKey: .bonus)
        try container.encode(method, forKey: .method)
        try container.encode(expression, forKey: .expression)
        try container.encodeIfPresent(measured, forKey: .measured)
        try container.encodeIfPresent(scale, forKey: .scale)
        try container.encode(facts, forKey: .facts)
        try container.encodeIfPresent(required, forKey: .required)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(advice, forKey: .advice)
        try container.encode(references, forKey: .references)
    }

    public static func == (lhs: RuleResult, rhs: RuleResult) -> Bool {
        lhs.rule == rhs.rule && lhs.outcome == rhs.outcome && lhs.score == rhs.score
            && lhs.share == rhs.share && lhs.totalShare == rhs.totalShare && lhs.contribution == rhs.contribution
            && lhs.measured == rhs.measured && lhs.facts == rhs.facts && lhs.required == rhs.required && lhs.reason == rhs.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(outcome)
        hasher.combine(score)
        hasher.combine(weight)
        hasher.combine(share)
        hasher.combine(totalShare)
        hasher.combine(contribution)
        hasher.combine(bonus)
        hasher.combine(method)
        hasher.combine(expression)
        hasher.combine(measured)
        hasher.combine(scale)
        hasher.combine(facts)
        hasher.combine(required)
        hasher.combine(reason)
        hasher.combine(advice)
        hasher.combine(references)
    }
}

/// The part of a rule result that is the rule's own: one instance per compiled rule, shared by every result.
///
/// Never changed once shared: `RuleResult` copies it before changing it (copy on write), which is what makes the
/// unchecked `Sendable` sound.
final class RuleDescription: @unchecked Sendable, Equatable {
    var id: String
    var title: String
    var weight: Double
    var bonus: Bool
    var method: ScoringMethod
    var expression: String
    var scale: ScaleDescription?
    var advice: String?
    var references: [String]

    init(id: String, title: String, weight: Double, bonus: Bool, method: ScoringMethod, expression: String,
         scale: ScaleDescription?, advice: String?, references: [String]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.bonus = bonus
        self.method = method
        self.expression = expression
        self.scale = scale
        self.advice = advice
        self.references = references
    }

    func copy() -> RuleDescription {
        RuleDescription(id: id, title: title, weight: weight, bonus: bonus, method: method, expression: expression,
                        scale: scale, advice: advice, references: references)
    }

    static func == (lhs: RuleDescription, rhs: RuleDescription) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.weight == rhs.weight && lhs.bonus == rhs.bonus
            && lhs.method == rhs.method && lhs.expression == rhs.expression && lhs.scale == rhs.scale
            && lhs.advice == rhs.advice && lhs.references == rhs.references
    }
}
