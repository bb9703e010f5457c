import Diagnostics
import Foundation
import MissionModel
import Reports
import RuleEngine

/// The facts of one mission as `steward facts` prints them (format `steward/facts@1`, docs/mission-format.md "Facts"): computed here, written
/// by `FactsDocument` in Reports.
public struct FactsReport: Sendable {
    public static let format = FactsDocument.format

    public var mission: Mission
    public var facts: [MissionModel.DeclaredFact]
    public var assumptions: [AssumptionOverride]
    /// Every catalogued derived fact, in path order: a value with model and assumptions, or why it is absent.
    public var derived: [DerivedEntry]
    /// The assumption values the physics used (defaults, then ruleset, then `--assume`), nil when invalid.
    public var effectiveAssumptions: DerivedAssumptions?

    /// One derived path and what the providers answered.
    public struct DerivedEntry: Sendable {
        public var path: String
        public var lookup: FactLookup
    }

    /// Computes every derived fact of `mission` with the ruleset's assumptions (none: the documented defaults,
    /// equal to the default ruleset's) and the command line's overrides.
    public init(mission: Mission, assumptions: [AssumptionOverride] = [],
                ruleset: [String: RuleEngine.FactValue] = [:]) {
        self.mission = mission
        self.facts = mission.declaredFacts
        self.assumptions = assumptions
        let physics = PhysicsAssumptions(ruleset: ruleset, overrides: assumptions)
        self.effectiveAssumptions = try? DerivedAssumptions(values: physics.values)
        let source = MissionFactSource(mission: mission, assumptions: physics)
        self.derived = source.derivedFacts.map { DerivedEntry(path: $0.path, lookup: $0.lookup) }
    }

    /// The document `steward facts` prints (text or JSON), rendered by Reports.
    public var document: FactsDocument {
        FactsDocument(
            missionID: mission.id, missionName: mission.name,
            overrides: latestAssumptions.map { ($0.key, $0.value) },
            declared: facts.map { fact in
                FactsDocument.Declared(path: fact.path, value: fact.value, unit: fact.unit,
                                       source: fact.location.description, origin: Self.origin(fact.origin))
            },
            derived: derived.map {
                FactsDocument.Derived(path: $0.path, catalogUnit: StewardFactCatalog.standard[$0.path]?.unit, lookup: $0.lookup)
            },
            physicsAssumptions: assumptionRows)
    }

    /// `steward/facts@1` JSON (see `FactsDocument.json()`).
    public func json() -> String { document.json() }

    /// Aligned columns for a terminal (see `FactsDocument.text()`).
    public func text() -> String { document.text() }

    /// Effective assumption values by key (sorted): defaults, ruleset, then overrides; the overrides as given
    /// when the set is invalid (the command refuses invalid values before it gets here).
    var assumptionRows: [(key: String, value: RuleEngine.FactValue)] {
        guard let effective = effectiveAssumptions else {
            return latestAssumptions.map { ($0.key, $0.value) }
        }
        return DerivedAssumptions.specs.compactMap { spec -> (key: String, value: RuleEngine.FactValue)? in
            if spec.key == "density_table", effective.densityTable == nil { return nil }
            let text = effective.text(of: spec.key)
            switch spec.kind {
            case .number, .integer: return (spec.key, Double(text).map(RuleEngine.FactValue.number) ?? .string(text))
            case .choice, .path, .distribution: return (spec.key, .string(text))
            }
        }.sorted { $0.key < $1.key }
    }

    /// When a key is given twice, the last one wins (as with most command-line tools); sorted by key.
    var latestAssumptions: [AssumptionOverride] {
        var byKey: [String: AssumptionOverride] = [:]
        for assumption in assumptions { byKey[assumption.key] = assumption }
        return byKey.values.sorted { $0.key < $1.key }
    }


    static func origin(_ origin: MissionModel.FactOrigin) -> FactsDocument.Origin {
        switch origin {
        case .declared: return .declared
        case .defaulted: return .defaulted
        case .computedFromDescriptor(let inputs): return .computedFromDescriptor(inputs: inputs)
        }
    }
}
