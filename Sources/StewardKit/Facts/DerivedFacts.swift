import Astrodynamics
import Foundation
import MissionModel
import RuleEngine

/// Why a derived value could not be computed; becomes `FactLookup.absent(reason:)`.
struct Unavailable: Error, Hashable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// A value computed at most once: the first read runs `compute`, later reads return the stored result.
final class Memo<Value> {
    private var stored: Result<Value, Unavailable>?

    func value(_ name: String, counter: InvocationCounter,
               _ compute: () -> Result<Value, Unavailable>) -> Result<Value, Unavailable> {
        if let stored { return stored }
        counter.record(name)
        let result = compute()
        stored = result
        return result
    }
}

/// Counts how often each memoised model ran (tests check that each runs at most once per mission).
final class InvocationCounter {
    private(set) var counts: [String: Int] = [:]
    func record(_ name: String) { counts[name, default: 0] += 1 }
}

/// Derived (physics) facts of one mission, computed lazily and memoised.
///
/// Nothing runs until a `derived.*` path is asked for; each intermediate model result (the Earth orbit, the
/// drag profile, the operational and post-mission decay, the re-entry assessment, the collision and
/// environment evaluations) is computed once and shared by every fact that needs it. The providers live in
/// `Derived/` as extensions, one file per topic. Single-threaded like ``MissionFactSource``.
final class DerivedFacts {
    let mission: Mission
    let assumptions: PhysicsAssumptions
    let counter = InvocationCounter()
    private var answers: [String: FactLookup] = [:]

    // Shared intermediate results (see the provider files for what each holds).
    let resolvedMemo = Memo<DerivedAssumptions>()
    let earthOrbitMemo = Memo<EarthOrbit>()
    let epochMemo = Memo<Date>()
    let dragMemo = Memo<DragProfile>()
    let lifetimeModelMemo = Memo<OrbitalLifetime>()
    let operationalLifetimeMemo = Memo<LifetimeEstimate>()
    let postMissionMemo = Memo<PostMissionDecay>()
    let uncontrolledDecayMemo = Memo<LifetimeEstimate>()
    let requiredDeltaVMemo = Memo<ModelledQuantity>()
    let availableDeltaVMemo = Memo<ModelledQuantity>()
    let reentryMemo = Memo<ReentrySurvivability>()
    let casualtyMemo = Memo<CasualtyExpectation>()
    let densityTableMemo = Memo<SpatialDensityTable>()
    let collisionMemo = Memo<CollisionProbabilityResult>()
    let exposureMemo = Memo<EnvironmentalExposure>()
    let environmentMemo = Memo<EnvironmentalIndexModel.Result>()

    init(mission: Mission, assumptions: PhysicsAssumptions) {
        self.mission = mission
        self.assumptions = assumptions
    }

    func lookup(_ path: String) -> FactLookup {
        if let answer = answers[path] { return answer }
        let answer: FactLookup
        let result: Result<Fact, Unavailable>
        switch path.split(separator: ".").dropFirst().first {
        case "orbit": result = orbitFact(path)
        case "lifetime": result = lifetimeFact(path)
        case "disposal": result = disposalFact(path)
        case "reentry": result = reentryFact(path)
        case "collision": result = collisionFact(path)
        case "environment": result = environmentFact(path)
        case "trackability": result = trackabilityFact(path)
        default: result = .failure(Unavailable("no derived fact '\(path)'"))
        }
        switch result {
        case .success(let fact): answer = .known(fact)
        case .failure(let unavailable): answer = .absent(reason: unavailable.reason)
        }
        answers[path] = answer
        return answer
    }

    /// The typed assumptions, or why they are invalid (a ruleset with a bad value: every fact says so).
    var resolved: Result<DerivedAssumptions, Unavailable> {
        resolvedMemo.value("assumptions", counter: counter) {
            do throws(AssumptionParseError) {
                return .success(try DerivedAssumptions(values: assumptions.values))
            } catch {
                return .failure(Unavailable(error.message))
            }
        }
    }

    /// A derived fact with its model and the assumption values it used.
    func fact(_ value: RuleEngine.FactValue, unit: String?, model: String, keys: [String] = [],
              extra: [String: String] = [:]) -> Result<Fact, Unavailable> {
        var used = (try? resolved.get())?.provenance(keys) ?? [:]
        used.merge(extra) { _, new in new }
        return .success(Fact(value: value, unit: unit, provenance: .derived(model: model, assumptions: used)))
    }
}

/// Unit of a derived path as catalogued (one source of truth for units).
func catalogUnit(_ path: String) -> String? {
    StewardFactCatalog.standard[path]?.unit
}
