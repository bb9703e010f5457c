import Foundation
import Testing
@testable import Astrodynamics

/// The memos that let a fleet's identical satellites share their physics (``PhysicsMemo``): an answer from a memo
/// must be the one the model computes, to the bit, and two different questions must never share an answer.
@Suite("Physics memos")
struct PhysicsMemoTests {
    private let start = Date(timeIntervalSince1970: 1_798_761_600)      // 2027-01-01

    @Test("A memo computes a value once, keeps two generations and forgets everything when switched off")
    func memoKeepsAndForgets() {
        let memo = PhysicsMemo<Int, Int>(generationSize: 2, enabled: true)
        var computed: [Int] = []
        func ask(_ key: Int) -> Int { memo.value(for: key) { computed.append(key); return key * 10 } }

        #expect(ask(1) == 10 && ask(1) == 10 && ask(2) == 20)
        #expect(computed == [1, 2])
        // 3 starts a second generation: 1 and 2 are still known (1 is brought into the newer one).
        #expect(ask(3) == 30 && ask(1) == 10 && ask(2) == 20)
        #expect(computed == [1, 2, 3])
        #expect(memo.statistics.hits == 3 && memo.statistics.misses == 3)
        // Two generations further on, the oldest values are computed again.
        _ = (ask(4), ask(5), ask(6), ask(7))
        #expect(ask(3) == 30)
        #expect(computed.last == 3)

        memo.isEnabled = false
        computed = []
        #expect(ask(7) == 70 && ask(7) == 70)
        #expect(computed == [7, 7])
    }

    @Test("Decay runs from the memo are the model's own runs, bit for bit",
          arguments: [(550.0, 550.0, 53.0), (412, 550, 53), (250, 35786, 7), (300, 300, 97.6), (1200, 1200, 87.9)])
    func decayRunsMatchTheModel(perigee: Double, apogee: Double, inclination: Double) throws {
        let model = OrbitAveragedDecayModel(atmosphere: NRLMSISE00MeanTable.standard)
        let orbit = try EarthOrbit(perigeeAltitudeKm: perigee, apogeeAltitudeKm: apogee, inclinationDeg: inclination)
        let drag = DragProfile(massKg: 260, dragCoefficient: 2.2, areaM2: 6.3, areaBasis: "test")
        for run in [OrbitAveragedDecayModel.Run.full, .init(stepScale: 4, stopAfterYears: 30, relaxesLateSteps: true)] {
            let direct = model.propagate(orbit: orbit, drag: drag, start: start, scenario: .meanCycle(), run: run)
            let first = model.estimate(orbit: orbit, drag: drag, start: start, scenario: .meanCycle(), run: run)
            let second = model.estimate(orbit: orbit, drag: drag, start: start, scenario: .meanCycle(), run: run)
            #expect(first == direct && second == direct)
            #expect(first.yearsOrHorizon.bitPattern == direct.yearsOrHorizon.bitPattern)
        }
    }

    @Test("A decay run's key tells apart every input its result depends on")
    func runKeysTellInputsApart() throws {
        let orbit = try EarthOrbit(perigeeAltitudeKm: 550, apogeeAltitudeKm: 560, inclinationDeg: 53)
        let drag = DragProfile(massKg: 260, dragCoefficient: 2.2, areaM2: 6.3, areaBasis: "tumbling box")
        func key(orbit: EarthOrbit = orbit, drag: DragProfile = drag, start: Date? = nil,
                 scenario: SolarActivityScenario = .meanCycle(), settings: LifetimeSettings = .standard,
                 run: OrbitAveragedDecayModel.Run = .full) -> OrbitAveragedDecayModel.RunKey {
            .init(orbit: orbit, drag: drag, start: start ?? self.start, scenario: scenario, settings: settings, run: run)
        }
        let base = key()
        #expect(key() == base)
        let others = [
            key(orbit: try EarthOrbit(perigeeAltitudeKm: 550, apogeeAltitudeKm: 560, inclinationDeg: 53.0000001)),
            key(orbit: try EarthOrbit(perigeeAltitudeKm: 550, apogeeAltitudeKm: 560.001, inclinationDeg: 53)),
            key(drag: DragProfile(massKg: 260, dragCoefficient: 2.2, areaM2: 6.3, areaBasis: "declared drag area")),
            key(drag: DragProfile(massKg: 260.0001, dragCoefficient: 2.2, areaM2: 6.3, areaBasis: "tumbling box")),
            key(drag: DragProfile(massKg: 260, dragCoefficient: 2.3, areaM2: 6.3, areaBasis: "tumbling box")),
            key(drag: DragProfile(massKg: 260, dragCoefficient: 2.2, areaM2: 6.4, areaBasis: "tumbling box")),
            key(start: start.addingTimeInterval(1)),
            key(scenario: .meanCycle().scalingActivity(by: 1.1)),
            key(scenario: .constant(f107: 150, ap: 15)),
            key(scenario: .constant(f107: 150, ap: 16)),
            key(settings: LifetimeSettings(horizonYears: 100)),
            key(settings: LifetimeSettings(includesAtmosphereRotation: false)),
            key(run: .init(stepScale: 4)),
            key(run: .init(stopAfterYears: 75)),
            key(run: .init(relaxesLateSteps: true)),
        ]
        for (index, other) in others.enumerated() {
            #expect(other != base, "variant \(index) shares the base run's key")
        }
        #expect(Set(others).count == others.count)
    }

    @Test("Only the embedded mean table's runs are memoised: a table built from other values never is")
    func onlyTheEmbeddedTableIsMemoised() throws {
        #expect(NRLMSISE00MeanTable.standard.isEmbeddedStandard)
        let standard = NRLMSISE00MeanTable.standard
        let copy = try #require(NRLMSISE00MeanTable(grid: standard.grid, logDensities: standard.logDensities))
        #expect(!copy.isEmbeddedStandard)
        let thinner = try #require(NRLMSISE00MeanTable(grid: standard.grid, logDensities: standard.logDensities.map { $0 - 1 }))
        // Were it memoised under the same key as the embedded table, this run would come back as the standard one.
        let orbit = try EarthOrbit(perigeeAltitudeKm: 450, apogeeAltitudeKm: 450, inclinationDeg: 51.6)
        let drag = DragProfile(massKg: 100, dragCoefficient: 2.2, areaM2: 1)
        let onStandard = OrbitAveragedDecayModel(atmosphere: standard).estimate(orbit: orbit, drag: drag, start: start,
                                                                               scenario: .meanCycle())
        let onThinner = OrbitAveragedDecayModel(atmosphere: thinner).estimate(orbit: orbit, drag: drag, start: start,
                                                                             scenario: .meanCycle())
        let standardYears = try #require(onStandard.years), thinnerYears = try #require(onThinner.years)
        // ρ/e lasts about e times longer.
        #expect(thinnerYears > 2 * standardYears)
    }

    @Test("Re-entry outcomes from the memo are the simulation's own, and its settings are part of the key")
    func reentryOutcomesMatchTheSimulation() throws {
        let parts: [(ReentryMaterial, Double, ComponentShape)] = [
            (.titanium, 32, .sphere(diameterM: 0.847)), (.stainlessSteel, 8, .cylinder(diameterM: 0.25, lengthM: 0.1)),
            (.aluminium, 5, .box(xM: 0.3, yM: 0.3, zM: 0.3)), (.cfrp, 2, .plate(xM: 1, yM: 0.5, thicknessM: 0.01)),
        ]
        var coarse = ObjectReentrySimulation()
        coarse.stepSeconds = 2
        for (material, mass, shape) in parts {
            for simulation in [ObjectReentrySimulation(), coarse] {
                let direct = simulation.simulate(material: material, massKg: mass, shape: shape)
                #expect(simulation.run(material: material, massKg: mass, shape: shape) == direct)
                #expect(simulation.run(material: material, massKg: mass, shape: shape) == direct)
            }
        }
        #expect(ObjectReentrySimulation.PartKey(simulation: .init(), material: .titanium, massKg: 32.0.bitPattern,
                                                shape: .sphere(diameterM: 0.847))
                != ObjectReentrySimulation.PartKey(simulation: coarse, material: .titanium, massKg: 32.0.bitPattern,
                                                   shape: .sphere(diameterM: 0.847)))
    }

    @Test("Population densities from the memo are the computed ones; a table with other values is never taken for the embedded one")
    func populationDensitiesMatch() {
        for inclination in [0.0, 28.5, 51.6, 53, 97.6, 98.7, 180 - 97.6] {
            for year in [2005, 2020, 2027, 2040].map(PopulationYear.init) {
                let direct = CasualtyExpectation.populationDensityPerM2(inclinationDeg: inclination, year: year)
                let memoised = CasualtyExpectation.memoisedPopulationDensityPerM2(inclinationDeg: inclination, year: year,
                                                                                  table: .gpw4)
                #expect(memoised.bitPattern == direct.bitPattern)
                #expect(CasualtyExpectation(casualtyAreaM2: 1, inclinationDeg: inclination, populationYear: year)
                    .populationDensityPerM2.bitPattern == direct.bitPattern)
            }
        }
        let gpw4 = PopulationByLatitude.gpw4
        let crowded = PopulationByLatitude(bands: gpw4.bands.map { band in
            var band = band
            band.population2005 *= 2
            band.population2020 *= 2
            return band
        })
        #expect(gpw4.sharesStorage(with: .gpw4) && !crowded.sharesStorage(with: .gpw4))
        let year = PopulationYear(2027)
        _ = CasualtyExpectation(casualtyAreaM2: 1, inclinationDeg: 53, populationYear: year)
        let doubled = CasualtyExpectation(casualtyAreaM2: 1, inclinationDeg: 53, populationYear: year, table: crowded)
        let single = CasualtyExpectation(casualtyAreaM2: 1, inclinationDeg: 53, populationYear: year)
        #expect(abs(doubled.populationDensityPerM2 / single.populationDensityPerM2 - 2) < 1e-12)
    }
}
