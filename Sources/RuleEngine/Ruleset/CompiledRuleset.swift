import Diagnostics

/// A ruleset that has been loaded, merged with its bases, checked and compiled.
///
/// Compile once, then rate any number of missions, from any number of threads: it is an immutable
/// value and holds no per-mission state.
public struct CompiledRuleset: Sendable {
    public let identity: RulesetIdentity
    public let tiers: [TierThreshold]
    public let assumptions: [Assumption]
    public let sections: [CompiledSection]
    /// Warnings found while compiling (unit mismatches, empty guidelines); errors prevent compilation.
    public let warnings: [Diagnostic]
    /// The catalogue the ruleset was checked against, including its `assumptions.*` paths.
    public let catalog: FactCatalog
    let slots: FactSlotTable
    /// The catalogue unit of each slot, so a rating does not hash paths to find them.
    let slotUnits: [String?]
    /// The ruleset's own assumptions as used by a rating without `--assume` overrides, prepared once.
    var defaultAssumptions: (used: [AssumptionUsed], bySlot: [Int: FactLookup]) = ([], [:])

    public struct Assumption: Sendable, Hashable {
        public var key: String
        public var value: FactValue
        public var location: SourceLocation
    }

    /// Every rule, in file order, bonus rules included.
    public var rules: [CompiledRule] { sections.flatMap { $0.guidelines.flatMap(\.rules) } }

    /// Fact paths read by any expression, sorted: what a caller must be able to provide.
    public var factPaths: [String] { slots.paths.sorted() }
}

public struct CompiledSection: Sendable {
    public let id: String
    public let title: String
    public let weight: Double
    public let guidelines: [CompiledGuideline]
}

public struct CompiledGuideline: Sendable {
    public let id: String
    public let title: String
    public let weight: Double
    public let rules: [CompiledRule]
}

/// A class rather than a struct so rating walks rules by reference: a rule holds a dozen strings,
/// arrays and expressions, and copying it per evaluation showed up as retain/release traffic.
public final class CompiledRule: Sendable {
    public enum Scoring: Sendable {
        case passIf(CompiledExpression)
        case score(CompiledExpression)
        case measure(CompiledExpression, Scale)

        var method: ScoringMethod {
            switch self {
            case .passIf: return .passIf
            case .score: return .score
            case .measure: return .measure
            }
        }

        public var expression: CompiledExpression {
            switch self {
            case .passIf(let e), .score(let e), .measure(let e, _): return e
            }
        }
    }

    public struct Requirement: Sendable {
        public let condition: CompiledExpression
        public let capsTierAt: String
    }

    public struct Example: Sendable {
        public let given: [String: FactValue]
        public let givenLocations: [String: SourceLocation]
        public let expectedScore: Double?
        public let expectedOutcome: RuleOutcome?
        public let location: SourceLocation
    }

    public let id: String
    public let title: String
    public let location: SourceLocation
    public let appliesIf: CompiledExpression?
    public let scoring: Scoring
    public let weight: Double
    public let required: Requirement?
    public let bonus: Bool
    public let references: [String]
    public let rationale: String?
    public let advice: String?
    public let examples: [Example]
    /// The ruleset whose file defines this rule, and the overlays that override it (in order of application).
    public let definedIn: String
    public let overriddenBy: [String]
    /// Report fields derived from `scoring`, computed once here rather than at every rating.
    let scoringMethod: ScoringMethod
    let scoringText: String
    let scaleDescription: ScaleDescription?
    /// The executable trees, held directly so evaluation copies one reference per expression.
    let appliesIfRoot: CompiledNode?
    let scoringRoot: CompiledNode
    let requiredRoot: CompiledNode?
    let scoringKind: ScoringKind
    let requiredText: String?
    let requiredCapsTierAt: String?
    let notApplicableReason: String
    /// What every result of this rule reports about the rule itself, shared by all of them (see `RuleResult`).
    let resultDescription: RuleDescription

    enum ScoringKind: Sendable {
        case passIf, score
        case measure(Scale)
    }

    init(id: String, title: String, location: SourceLocation, appliesIf: CompiledExpression?, scoring: Scoring,
         weight: Double, required: Requirement?, bonus: Bool, references: [String], rationale: String?,
         advice: String?, examples: [Example], definedIn: String = "", overriddenBy: [String] = []) {
        self.id = id
        self.definedIn = definedIn
        self.overriddenBy = overriddenBy
        self.title = title
        self.location = location
        self.appliesIf = appliesIf
        self.scoring = scoring
        self.weight = weight
        self.required = required
        self.bonus = bonus
        self.references = references
        self.rationale = rationale
        self.advice = advice
        self.examples = examples
        scoringMethod = scoring.method
        scoringText = scoring.expression.text
        if case .measure(_, let scale) = scoring { scaleDescription = scale.description } else { scaleDescription = nil }
        appliesIfRoot = appliesIf?.root
        scoringRoot = scoring.expression.root
        requiredRoot = required?.condition.root
        requiredText = required?.condition.text
        requiredCapsTierAt = required?.capsTierAt
        notApplicableReason = "applies_if is false: \(appliesIf?.text ?? "")"
        resultDescription = RuleDescription(id: id, title: title, weight: weight, bonus: bonus, method: scoringMethod,
                                            expression: scoringText, scale: scaleDescription, advice: advice, references: references)
        switch scoring {
        case .passIf: scoringKind = .passIf
        case .score: scoringKind = .score
        case .measure(_, let scale): scoringKind = .measure(scale)
        }
    }
}
