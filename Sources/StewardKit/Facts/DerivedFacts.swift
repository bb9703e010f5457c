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
///
/// Locked because a Monte Carlo run shares the memos no drawn input touches (the orbit, the re-entry
/// assessment when materials are not drawn, …) between the draws, which run on every core. Memos depend on
/// each other in one direction only, so nested reads never wait on each other in a cycle.
final class Memo<Value>: @unchecked Sendable {
    private var stored: Result<Value, Unavailable>?
    private let lock = NSLock()

    func value(_ name: String, counter: InvocationCounter,
               _ compute: () -> Result<Value, Unavailable>) -> Result<Value, Unavailable> {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        counter.record(name)
        let result = compute()
        stored = result
        return result
    }

    /// The value when it has been computed already, without computing it.
    var computed: Value? {
        lock.lock()
        defer { lock.unlock() }
        return try? stored?.get()
    }
}

/// A value one rating writes and the draws of its Monte Carlo run read, under a lock.
final class SharedValue<Value>: @unchecked Sendable {
    private var stored: Value?
    private let lock = NSLock()

    var value: Value? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
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
/// `Derived/` as extensions, one file per topic, each declaring its facts (``DerivedFactDefinition``). Single-threaded like ``MissionFactSource``.
final class DerivedFacts {
    let mission: Mission
    let assumptions: PhysicsAssumptions
    /// The drawn inputs of one Monte Carlo draw; nil for the point rating.
    let draw: DrawInputs?
    let counter = InvocationCounter()
    private var answers: [String: FactLookup] = [:]

    // Shared intermediate results (see the provider files for what each holds).
    let resolvedMemo: Memo<DerivedAssumptions>
    let earthOrbitMemo: Memo<EarthOrbit>
    let epochMemo: Memo<Date>
    let dragMemo: Memo<DragProfile>
    let lifetimeModelMemo: Memo<OrbitalLifetime>
    let operationalLifetimeMemo: Memo<LifetimeEstimate>
    let postMissionMemo: Memo<PostMissionDecay>
    let uncontrolledDecayMemo: Memo<LifetimeEstimate>
    let requiredDeltaVMemo: Memo<ModelledQuantity>
    let availableDeltaVMemo: Memo<ModelledQuantity>
    let reentryMemo: Memo<ReentrySurvivability>
    let casualtyMemo: Memo<CasualtyExpectation>
    let densityTableMemo: Memo<SpatialDensityTable>
    let collisionMemo: Memo<CollisionProbabilityResult>
    let exposureMemo: Memo<EnvironmentalExposure>
    let environmentMemo: Memo<EnvironmentalIndexModel.Result>
    /// The Monte Carlo draws behind the percentile and probability facts (`derived.*_p50`, …).
    let ensembleMemo = Memo<UncertaintyEnsemble>()
    /// Where the point rating's disposal perigee search ended, and with which drag: shared with its draws so
    /// theirs start nearby (written once by the point rating, before any draw runs).
    let searchHint: SharedValue<(PerigeeSearchHint, DragProfile)>

    init(mission: Mission, assumptions: PhysicsAssumptions) {
        self.mission = mission
        self.assumptions = assumptions
        self.draw = nil
        resolvedMemo = Memo(); earthOrbitMemo = Memo(); epochMemo = Memo(); dragMemo = Memo()
        lifetimeModelMemo = Memo(); operationalLifetimeMemo = Memo(); postMissionMemo = Memo()
        uncontrolledDecayMemo = Memo(); requiredDeltaVMemo = Memo(); availableDeltaVMemo = Memo()
        reentryMemo = Memo(); casualtyMemo = Memo(); densityTableMemo = Memo(); collisionMemo = Memo()
        exposureMemo = Memo(); environmentMemo = Memo()
        searchHint = SharedValue()
    }

    /// The facts of one Monte Carlo draw of `nominal`'s mission: every memo whose inputs (directly or through
    /// the memos it reads) include none of the `drawn` inputs is shared with `nominal`, so the draw recomputes
    /// only what its values change; the rest starts empty.
    init(drawing draw: DrawInputs, drawn: Set<UncertainInput>, from nominal: DerivedFacts) {
        mission = nominal.mission
        assumptions = nominal.assumptions
        self.draw = draw
        searchHint = nominal.searchHint
        func pick<Value>(_ memo: Memo<Value>, _ dependsOn: Set<UncertainInput>) -> Memo<Value> {
            dependsOn.isDisjoint(with: drawn) ? memo : Memo()
        }
        let dragInputs: Set<UncertainInput> = [.dragCoefficient, .dragAreaM2, .massKg]
        let decayInputs = dragInputs.union([.solarActivity])
        let afterDisposal = decayInputs.union([.disposalSuccess])
        resolvedMemo = nominal.resolvedMemo
        earthOrbitMemo = nominal.earthOrbitMemo
        epochMemo = nominal.epochMemo
        lifetimeModelMemo = nominal.lifetimeModelMemo
        densityTableMemo = nominal.densityTableMemo
        dragMemo = pick(nominal.dragMemo, dragInputs)
        operationalLifetimeMemo = pick(nominal.operationalLifetimeMemo, decayInputs)
        uncontrolledDecayMemo = pick(nominal.uncontrolledDecayMemo, decayInputs)
        requiredDeltaVMemo = pick(nominal.requiredDeltaVMemo, decayInputs)
        postMissionMemo = pick(nominal.postMissionMemo, afterDisposal)
        availableDeltaVMemo = pick(nominal.availableDeltaVMemo, [.massKg])
        reentryMemo = pick(nominal.reentryMemo, [.materialProperties])
        casualtyMemo = pick(nominal.casualtyMemo, [.materialProperties, .disposalSuccess])
        collisionMemo = pick(nominal.collisionMemo, afterDisposal)
        exposureMemo = pick(nominal.exposureMemo, afterDisposal)
        environmentMemo = pick(nominal.environmentMemo, afterDisposal)
    }

    /// A draw's answers for the statistics over draws (percentiles, probabilities): the point rating's, set
    /// before the draws are rated, since a draw has no draws of its own.
    var ensembleAnswers: [String: FactLookup] = [:]

    func lookup(_ path: String) -> FactLookup {
        if let answer = answers[path] { return answer }
        if draw != nil, Self.ensemblePaths.contains(path) {
            return ensembleAnswers[path] ?? .absent(reason: "statistics over draws are not computed inside a draw")
        }
        let answer: FactLookup
        if let definition = Self.definitions[path] {
            switch definition.compute(self) {
            case .success(let derivation):
                answer = .known(Fact(value: derivation.value, unit: definition.descriptor.unit,
                                     provenance: derivation.provenance))
            case .failure(let unavailable):
                answer = .absent(reason: unavailable.reason)
            }
        } else {
            answer = .absent(reason: "no derived fact '\(path)'")
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

    /// A derived value with its model and the assumption values it used (the unit comes from its declaration).
    func fact(_ value: RuleEngine.FactValue, model: String, keys: [String] = [],
              extra: [String: String] = [:]) -> Result<Derivation, Unavailable> {
        var used = (try? resolved.get())?.provenance(keys) ?? [:]
        used.merge(extra) { _, new in new }
        return .success(Derivation(value: value, provenance: .derived(model: model, assumptions: used)))
    }
}

/// What a provider computes for one derived fact: its value and how it was obtained.
struct Derivation {
    var value: RuleEngine.FactValue
    var provenance: Provenance
}

/// One derived fact declared once: the path, type, unit and doc the catalogue publishes, beside the
/// computation that answers it. Each provider file lists its own; ``DerivedFacts/all`` is their union.
struct DerivedFactDefinition: Sendable {
    let descriptor: FactDescriptor
    let compute: @Sendable (DerivedFacts) -> Result<Derivation, Unavailable>

    init(_ path: String, _ type: FactType, unit: String? = nil, doc: String, allowedValues: [String]? = nil,
         compute: @escaping @Sendable (DerivedFacts) -> Result<Derivation, Unavailable>) {
        descriptor = FactDescriptor(path: path, type: type, unit: unit, doc: doc, origin: .derived,
                                    allowedValues: allowedValues)
        self.compute = compute
    }
}

extension DerivedFacts {
    /// Every derived fact, provider by provider, in catalogue order.
    static let all: [DerivedFactDefinition] = orbitFacts + lifetimeFacts + disposalFacts + reentryFacts
        + collisionFacts + environmentFacts + trackabilityFacts + uncertaintyFacts

    /// The definitions by path: what ``lookup(_:)`` dispatches on.
    static let definitions: [String: DerivedFactDefinition] =
        Dictionary(uniqueKeysWithValues: all.map { ($0.descriptor.path, $0) })
}
