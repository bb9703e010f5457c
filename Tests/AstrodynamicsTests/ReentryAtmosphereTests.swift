import Testing
@testable import Astrodynamics

@Suite struct ReentryAtmosphereTests {
    // Densities tabulated in U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562), Table I, geometric altitude.
    @Test(arguments: [(0.0, 1.2250), (10.0, 0.41351), (20.0, 0.088910), (30.0, 0.018410), (50.0, 1.0269e-3),
                      (70.0, 8.2829e-5), (80.0, 1.8458e-5)])
    func densityMatchesUS76Table(altitudeKm: Double, density: Double) {
        let modelled = LowerAtmosphere.state(altitudeKm: altitudeKm).densityKgPerM3
        #expect(abs(modelled / density - 1) < 2e-3)
    }
}

@Suite struct ReentryAtmosphereTableTests {
    @Test func interpolatedTableAgreesWithTheFormula() {
        for altitude in stride(from: 0.013, through: 89.9, by: 0.377) {
            let exact = LowerAtmosphere.state(altitudeKm: altitude)
            let fast = LowerAtmosphere.interpolatedState(altitudeKm: altitude)
            #expect(abs(fast.densityKgPerM3 / exact.densityKgPerM3 - 1) < 1e-4)
            #expect(abs(fast.temperatureK - exact.temperatureK) < 1e-3)
        }
    }
}
