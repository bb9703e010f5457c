import Astrodynamics
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
    let derived: DerivedFacts

    public init(mission: Mission, assumptions: PhysicsAssumptions) {
        self.mission = mission
        self.assumptions = assumptions
        self.declared = DeclaredFactAdapter.facts(of: mission)
        self.derived = DerivedFacts(mission: mission, assumptions: assumptions)
    }

    /// A source for `mission` that reuses the physics already computed for `other`: for a variant of a mission
    /// that differs only in fields no derived-fact provider reads (``Mission/physicsInputs`` equal), so that
    /// `steward improve` re-rates practice changes without recomputing lifetimes. Single-threaded like the rest.
    init(mission: Mission, sharingPhysicsOf other: MissionFactSource) {
        precondition(mission.physicsInputs == other.mission.physicsInputs, "physics inputs differ")
        self.mission = mission
        self.assumptions = other.assumptions
        self.declared = DeclaredFactAdapter.facts(of: mission)
        self.derived = other.derived
    }

    /// The source of one Monte Carlo draw: the point rating's declared facts, the draw's derived facts.
    init(drawOf nominal: MissionFactSource, derived: DerivedFacts) {
        mission = nominal.mission
        assumptions = nominal.assumptions
        declared = nominal.declared
        self.derived = derived
    }

    public func lookup(_ path: String) -> FactLookup {
        if let fact = declared[path] { return .known(fact) }
        if path.hasPrefix("derived.") { return derived.lookup(path) }
        return .absent(reason: "not declared in the mission descriptor")
    }

    /// The declared facts as rule-engine facts, by path (for `steward facts`).
    public var declaredFacts: [String: Fact] { declared }

    /// Every catalogued derived fact, in path order, with its value or the reason it is absent (for
    /// `steward facts`). Reading them all computes every model once; later `lookup` calls reuse the results.
    public var derivedFacts: [(path: String, lookup: FactLookup)] {
        StewardFactCatalog.derived.map(\.path).sorted().map { ($0, derived.lookup($0)) }
    }

    /// Perigee and apogee from end of mission until re-entry or the horizon, for the decay chart of a report.
    ///
    /// Computed on demand (and shared with the `derived.lifetime.*`, collision and environment facts, so a
    /// rating that already asked for those pays nothing more). Nil when the post-mission lifetime cannot be
    /// computed (see `lookup("derived.lifetime.post_mission_years")` for why) or when nothing decays
    /// (controlled re-entry, escape, retrieval without a disposal orbit).
    public var postMissionHistory: OrbitHistory? {
        guard case .success(let decay) = derived.postMission, decay.estimate != nil else { return nil }
        return decay.history
    }

    /// How many times each memoised model ran (test hook: each must run at most once per mission).
    var derivedModelInvocations: [String: Int] { derived.counter.counts }
}

/// The assumption values physics providers use: the ruleset's `assumptions:` block with `--assume` overrides
/// applied on top. ``DerivedAssumptions`` reads and validates them; keys neither gives take its defaults.
public struct PhysicsAssumptions: Sendable, Hashable {
    public var values: [String: RuleEngine.FactValue]

    public init(ruleset: [String: RuleEngine.FactValue] = [:], overrides: [String: RuleEngine.FactValue] = [:]) {
        self.values = ruleset.merging(overrides) { _, override in override }
    }
}
