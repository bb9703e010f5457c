import MissionModel
import RuleEngine

/// Everything the rule engine may ask about one mission: its declared facts, and derived (physics) facts
/// computed on first request and memoised.
///
/// One instance serves one rating on one thread (the rule engine's contract for `FactSource`), so the memo
/// needs no lock; batch rating creates one source per mission.
public final class MissionFactSource: FactSource {
    public let mission: Mission
    public let assumptions: PhysicsAssumptions
    private let declared: [String: Fact]
    private let derived: DerivedFacts

    public init(mission: Mission, assumptions: PhysicsAssumptions) {
        self.mission = mission
        self.assumptions = assumptions
        self.declared = DeclaredFactAdapter.facts(of: mission)
        self.derived = DerivedFacts(mission: mission, assumptions: assumptions)
    }

    public func lookup(_ path: String) -> FactLookup {
        if let fact = declared[path] { return .known(fact) }
        if path.hasPrefix("derived.") { return derived.lookup(path) }
        return .absent(reason: "not declared in the mission descriptor")
    }

    /// The declared facts as rule-engine facts, by path (for `steward facts`).
    public var declaredFacts: [String: Fact] { declared }
}

/// The assumption values physics providers use: the ruleset's `assumptions:` block with `--assume` overrides
/// applied on top.
public struct PhysicsAssumptions: Sendable, Hashable {
    public var values: [String: RuleEngine.FactValue]

    public init(ruleset: [String: RuleEngine.FactValue] = [:], overrides: [String: RuleEngine.FactValue] = [:]) {
        self.values = ruleset.merging(overrides) { _, override in override }
    }
}
