import Astrodynamics
import Benchmark
import Foundation
import RuleEngine
import StewardKit

// These benchmarks repeat the same ratings and model runs to time them: the physics memos (which would answer the
// repeats from memory) are off, so every figure is the models' own work.
PhysicsMemos.setEnabled(false)

// Speed goals of the physics (docs/physics.md, "Speed"), on the project's 2-core machine:
//   - one lifetime estimate from 550 km under 1 ms; from 800 km to the 200-year horizon under 5 ms;
//   - the semi-analytic mode at least 100× faster than the numerical reference mode;
//   - all re-entry, collision and environment facts of one mission under 2 ms.
// Run from Benchmarks/: `swift run -c release PhysicsBenchmarks`.

let epoch = Date(timeIntervalSince1970: 1_798_761_600)  // 2027-01-01
let lifetime = OrbitalLifetime(atmosphere: NRLMSISE00MeanTable.standard)
let cubeSat = DragProfile(massKg: 4.2, dragCoefficient: 2.2, areaM2: 0.035)
let orbit550 = try EarthOrbit(perigeeAltitudeKm: 550, apogeeAltitudeKm: 550, inclinationDeg: 97.6)
let orbit800 = try EarthOrbit(perigeeAltitudeKm: 800, apogeeAltitudeKm: 800, inclinationDeg: 98.6)
let heavy = DragProfile(massKg: 1_000, dragCoefficient: 2.2, areaM2: 5)

benchmark("lifetime from 550 km (NRLMSISE-00 mean table, mean cycle)") {
    let estimate = lifetime.operationalOrbitLifetime(orbit: orbit550, drag: cubeSat, epoch: epoch, scenario: .meanCycle())
    precondition(estimate.years != nil)
}

benchmark("lifetime from 800 km to the 200-year horizon") {
    let estimate = lifetime.operationalOrbitLifetime(orbit: orbit800, drag: heavy, epoch: epoch, scenario: .meanCycle())
    precondition(estimate.yearsOrHorizon > 0)
}

// The same 300 km case in both modes (exponential atmosphere, as in the lifetime tests' comparison).
let orbit300 = try EarthOrbit(perigeeAltitudeKm: 300, apogeeAltitudeKm: 300, inclinationDeg: 51.6)
let shortRun = LifetimeSettings(horizonYears: 1)
let comparisonDrag = DragProfile(massKg: 10, dragCoefficient: 2.2, areaM2: 0.1)
benchmark("semi-analytic mode, 300 km to re-entry") {
    let estimate = OrbitAveragedDecayModel(atmosphere: ExponentialAtmosphere(), settings: shortRun)
        .estimate(orbit: orbit300, drag: comparisonDrag, start: epoch, scenario: .constant(f107: 150, ap: 15))
    precondition(estimate.years != nil)
}
benchmark("reference mode (RK4, J2, rotating atmosphere), 300 km to re-entry") {
    let estimate = NumericalDecayPropagator(atmosphere: ExponentialAtmosphere(), settings: shortRun, stepSeconds: 20)
        .estimate(orbit: orbit300, drag: comparisonDrag, start: epoch, scenario: .constant(f107: 150, ap: 15))
    precondition(estimate.years != nil)
}

// Derived facts of real example descriptors, through the same fact source `steward rate` uses.
let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
func mission(_ name: String) -> Mission {
    guard let loaded = try? MissionLoader.load(contentsOf: examples.appendingPathComponent(name).path).get() else {
        fatalError("cannot load example \(name)")  // benchmark set-up on bundled files, not an input path
    }
    return loaded
}
let aurora = mission("aurora-3u.yaml"), kestrel = mission("kestrel-eo.yaml")
let others = ["meridian-broadband", "oneweb-gen1", "helios-geo", "envisat", "esc-a-gto", "selene-lunar-orbiter"]
    .map { ($0, mission("\($0).yaml")) }
let impactPaths = StewardFactCatalog.derived.map(\.path).filter {
    $0.hasPrefix("derived.reentry.") || $0.hasPrefix("derived.collision.") || $0.hasPrefix("derived.environment.")
}

for (name, subject) in [("aurora-3u", aurora), ("kestrel-eo", kestrel)] + others {
    benchmark("re-entry, collision and environment facts, \(name)") {
        let source = MissionFactSource(mission: subject, assumptions: PhysicsAssumptions())
        for path in impactPaths { _ = source.lookup(path) }
    }
    // Every point fact; the statistics over Monte Carlo draws (256 draws each) are timed apart, below.
    let pointPaths = StewardFactCatalog.derived.map(\.path).filter { !StewardFactCatalog.statisticsOverDraws.contains($0) }
    benchmark("all derived facts, \(name)") {
        let source = MissionFactSource(mission: subject, assumptions: PhysicsAssumptions())
        for path in pointPaths { _ = source.lookup(path) }
    }
    benchmark("statistics over 256 draws (derived.*_p50 … and p_post_mission_within_target), \(name)") {
        let source = MissionFactSource(mission: subject, assumptions: PhysicsAssumptions())
        for path in StewardFactCatalog.statisticsOverDraws.sorted() { _ = source.lookup(path) }
    }
}

// The re-entry, collision and environment models alone, on decay histories computed once beforehand (the
// lifetime model has its own goals above): re-entry survivability of a kestrel-eo-like set of seven components, casualty
// expectation, collision probability with and without avoidance credit, environmental index and fleet burden.
func component(_ name: String, _ material: String, _ mass: Double, _ shape: String, _ dimensions: [Double], count: Int = 1)
    -> ReentryComponent {
    guard let material = ReentryMaterial.named(material), let shape = ComponentShape(name: shape, dimensionsM: dimensions) else {
        fatalError("benchmark component \(name) is malformed")  // fixed set-up data, not an input path
    }
    return ReentryComponent(name: name, material: material, massKg: mass, shape: shape, count: count)
}
let components = [
    component("hydrazine tank", "titanium", 6.5, "sphere", [0.46]),
    component("reaction wheel", "stainless_steel", 3.5, "cylinder", [0.25, 0.1], count: 4),
    component("telescope primary mirror", "glass", 9, "cylinder", [0.45, 0.07]),
    component("telescope structure", "cfrp", 14, "cylinder", [0.5, 1.1]),
    component("magnetorquer", "steel", 1.2, "cylinder", [0.03, 0.5], count: 3),
    component("battery", "stainless_steel", 14, "box", [0.3, 0.25, 0.2]),
    component("star tracker", "aluminium", 1.5, "box", [0.1, 0.1, 0.15]),
]
let kestrelDrag = DragProfile(massKg: 450, dragCoefficient: 2.2, areaM2: 4)
let kestrelOrbit = try EarthOrbit(perigeeAltitudeKm: 710, apogeeAltitudeKm: 729, inclinationDeg: 98.3)
let disposed = lifetime.postMissionLifetime(
    operationalOrbit: kestrelOrbit, disposalOrbit: try EarthOrbit(perigeeAltitudeKm: 350, apogeeAltitudeKm: 729, inclinationDeg: 98.3),
    drag: kestrelDrag, epoch: epoch, missionDurationYears: 5, scenario: .meanCycle()).history
let failed = lifetime.postMissionLifetime(
    operationalOrbit: kestrelOrbit, disposalOrbit: nil, drag: kestrelDrag, epoch: epoch,
    missionDurationYears: 5, scenario: .meanCycle()).history

benchmark("re-entry, collision and environment models on given decay histories (kestrel-eo-like)") {
    let survivability = ReentrySurvivability.assess(components)
    let casualty = CasualtyExpectation(casualtyAreaM2: survivability.casualtyAreaM2, inclinationDeg: 98.3,
                                       populationYear: PopulationYear(2020))
    let collision = CollisionProbabilityModel(avoidanceCredit: 0.9).evaluate(CollisionExposure(
        crossSectionM2: 4, inclinationDeg: 98.3, operationalPerigeeKm: 710, operationalApogeeKm: 729,
        operationalYears: 5, postMission: disposed, performsCollisionAvoidance: true))
    let exposure = EnvironmentalExposure(massKg: 450, crossSectionM2: 4, inclinationDeg: 98.3, operationalPerigeeKm: 710,
                                         operationalApogeeKm: 729, operationalYears: 5, performsCollisionAvoidance: true,
                                         successfulDisposal: disposed, failedDisposal: failed, disposalSuccessProbability: 0.9)
    let index = EnvironmentalIndexModel.standard.evaluate(exposure)
    let burden = FleetEnvironmentalBurden(exposure: exposure, spacecraftCount: 1, disposalSuccessProbability: 0.9)
    precondition(casualty.riskPerSpacecraft >= 0 && collision.probabilityWithoutAvoidance >= 0 && index.index >= 0
                 && burden.expectedDerelicts >= 0)
}

Benchmark.main()
