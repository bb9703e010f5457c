import MissionModel
import RuleEngine

/// Derived (physics) facts of one mission, computed lazily and memoised.
///
/// Interim seam: the providers that wire Astrodynamics into these paths are being written on the `derived`
/// branch; until they land every derived path reports why it is unavailable.
final class DerivedFacts {
    let mission: Mission
    let assumptions: PhysicsAssumptions

    init(mission: Mission, assumptions: PhysicsAssumptions) {
        self.mission = mission
        self.assumptions = assumptions
    }

    func lookup(_ path: String) -> FactLookup {
        .absent(reason: "derived facts are not wired into StewardKit yet")
    }
}
