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
