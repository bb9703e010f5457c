import Foundation
import Testing
@testable import Astrodynamics

@Suite("Solar activity scenarios")
struct SolarActivityTests {
    @Test("LOS equivalent activity: worked value Cd·A/m = 0.022 m²/kg at 500 km → 139.7 sfu, Ap 15")
    func losWorkedValue() {
        // 194.4 + 3.17 ln 0.022 − 6.86 ln 500 = 139.67 (docs/physics.md "Solar activity scenarios", CNES/patrius
        // StelaLOSConstantSolarActivity v4.16).
        let f107 = SolarActivityScenario.losEquivalentF107(dragCoefficientTimesAreaOverMass: 0.022, apogeeAltitudeKm: 500)
        #expect(abs(f107 - 139.67) < 0.01)
        let scenario = SolarActivityScenario.losEquivalent(dragCoefficientTimesAreaOverMass: 0.022, apogeeAltitudeKm: 500)
        #expect(scenario.weather(at: Date()).ap == 15)
        #expect(scenario.identifier == "los_equivalent(f107=139.7,ap=15)")
        // Through a drag profile and orbit: same numbers.
        let drag = DragProfile(massKg: 10, dragCoefficient: 2.2, areaM2: 0.1)
        let orbit = try? EarthOrbit(perigeeAltitudeKm: 480, apogeeAltitudeKm: 500, inclinationDeg: 97)
        if let orbit {
            #expect(abs(SolarActivityScenario.losEquivalent(drag: drag, orbit: orbit).weather(at: Date()).f107 - f107) < 1e-9)
        }
    }

    @Test("Constant scenario returns its values at any time")
    func constant() {
        let scenario = SolarActivityScenario.constant(f107: 100, ap: 3)
        let later = Date(timeIntervalSince1970: 3_000_000_000)
        #expect(scenario.weather(at: later) == SpaceWeather(f107: 100, f107Average: 100, ap: 3))
        #expect(scenario.identifier == "constant(f107=100,ap=3)")
        #expect(!scenario.isTimeVarying)
        #expect(scenario.description.contains("F10.7 = 100"))
    }

    @Test("Mean cycle: minimum in Dec 2019, maximum in Oct 2024, 11-year period, 70–155 sfu")
    func meanCycle() {
        let scenario = SolarActivityScenario.meanCycle()
        let minimum = MeanSolarCycle.cycle25Minimum, maximum = MeanSolarCycle.cycle25Maximum
        #expect(abs(scenario.weather(at: minimum).f107 - 70) < 1e-9)
        #expect(abs(scenario.weather(at: maximum).f107 - 155) < 1e-9)
        // Next minimum 11 years after December 2019, and the cycle repeats before it too.
        let nextMinimum = minimum.addingTimeInterval(11 * secondsPerYear)
        #expect(abs(scenario.weather(at: nextMinimum).f107 - 70) < 1e-6)
        let previousMaximum = maximum.addingTimeInterval(-11 * secondsPerYear)
        #expect(abs(scenario.weather(at: previousMaximum).f107 - 155) < 1e-6)
        // Cycle average: half-way between the extremes, since both half-cosines average ½.
        var sum = 0.0
        let samples = 11 * 365
        for day in 0..<samples {
            sum += scenario.weather(at: minimum.addingTimeInterval(Double(day) * 11 * secondsPerYear / Double(samples))).f107
        }
        #expect(abs(sum / Double(samples) - 112.5) < 0.01)
        // Early 2027 is in the declining phase: between the extremes, and falling.
        let early2027 = Date(timeIntervalSince1970: 1_798_761_600)
        let later = early2027.addingTimeInterval(0.5 * secondsPerYear)
        #expect(scenario.weather(at: early2027).f107 > scenario.weather(at: later).f107)
        #expect(scenario.weather(at: early2027).ap == 15)
        #expect(scenario.isTimeVarying)
        #expect(scenario.identifier == "mean_cycle(cycle25-anchored-mean@1)")
    }
}
