import Diagnostics

// The ruleset as written in one file, read strictly but not yet merged with its base or compiled.
// Fields that an overlay may leave out are optional; `RulesetMerger` fills them from the base and
// `RulesetCompiler` insists on the ones a finished rule needs.

/// An expression as it appears in a YAML file: its text and the node it came from, for locating errors.
struct ExpressionText: Sendable {
    var text: String
    var node: YAMLNode
    var source: SourceText

    var locator: ScalarLocator { ScalarLocator(source: source, start: node.location) }

    func location(ofOffset offset: Int) -> SourceLocation {
        locator.location(ofValueOffset: offset, in: text)
    }
}

struct ScaleSpec: Sendable {
    var log: Bool
    var points: [(x: Double, y: Double)]
    var location: SourceLocation
}

enum ScoringSpec: Sendable {
    case passIf(ExpressionText)
    case score(ExpressionText)
    case measure(ExpressionText, ScaleSpec?)
}

struct RequiredSpec: Sendable {
    var condition: ExpressionText
    var capsTierAt: String
    var capsTierAtLocation: SourceLocation
}

struct ExampleSpec: Sendable {
    var given: [(path: String, value: FactValue, location: SourceLocation)]
    var expectedScore: Double?
    var expectedOutcome: RuleOutcome?
    var location: SourceLocation
}

struct RuleSpec: Sendable {
    var id: String
    var location: SourceLocation
    var title: String?
    var appliesIf: ExpressionText??
    var scoring: ScoringSpec?
    /// A bare `scale:` in an override, replacing the scale of an inherited `measure`.
    var scaleOnly: ScaleSpec?
    var weight: Double?
    /// `.some(nil)` when an override removes the requirement with `required: null`.
    var required: RequiredSpec??
    var bonus: Bool?
    var references: [String]?
    var rationale: String?
    var advice: String?
    var examples: [ExampleSpec]?
    /// The id of the ruleset whose file defines the rule, and of each overlay that overrides it, in order:
    /// what `rules explain` names, since a merged rule no longer shows where its parts came from.
    var definedIn = ""
    var overriddenBy: [String] = []
    /// A scoring key (`pass_if`, `score`, `measure`) or `scale` was there but failed to read (the reader said
    /// why), so the compiler, which checks on after reading errors, does not also report it missing.
    var scoringFailedToRead = false
    var scaleFailedToRead = false
}

struct GuidelineSpec: Sendable {
    var id: String
    var location: SourceLocation
    var title: String?
    var weight: Double?
    var rules: [RuleSpec]
}

struct SectionSpec: Sendable {
    var id: String
    var location: SourceLocation
    var title: String?
    var weight: Double?
    var guidelines: [GuidelineSpec]
}

struct TierSpec: Sendable {
    var name: String
    var minScore: Double
    var location: SourceLocation
}

struct AssumptionSpec: Sendable {
    var key: String
    var value: FactValue
    var location: SourceLocation
}

/// An `overrides:` entry: changes to an inherited rule, guideline or section, addressed by id.
struct OverrideSpec: Sendable {
    enum Target: String, Sendable { case rule, guideline, section }
    var target: Target
    var id: String
    var idLocation: SourceLocation
    /// For a rule: the fields to replace. For a guideline or section: `title` and `weight` only.
    var rule: RuleSpec
}

struct RulesetSpec: Sendable {
    var file: String
    var source: SourceText
    var id: String
    var version: String
    var title: String
    var extends: (reference: String, location: SourceLocation)?
    var assumptions: [AssumptionSpec]
    var tiers: [TierSpec]?
    var sections: [SectionSpec]
    var overrides: [OverrideSpec]
}

extension RulesetSpec {
    /// Marks every rule this file itself defines as defined in this ruleset (before any merge).
    mutating func stampRulesDefinedHere() {
        for s in sections.indices {
            for g in sections[s].guidelines.indices {
                for r in sections[s].guidelines[g].rules.indices where sections[s].guidelines[g].rules[r].definedIn.isEmpty {
                    sections[s].guidelines[g].rules[r].definedIn = id
                }
            }
        }
    }
}
