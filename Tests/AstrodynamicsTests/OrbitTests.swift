import Foundation
import Testing
@testable import Astrodynamics

@Suite("Orbits and regimes")
struct OrbitTests {
    @Test("Perigee/apogee and a/e conversions are inverse")
    func conversions() throws {
        let orbit = try EarthOrbit(perigeeAltitudeKm: 250, apogeeAltitudeKm: 35_786, inclinationDeg: 6)
        #expect(abs(orbit.semiMajorAxisKm - (6378.137 + (250 + 35_786) / 2)) < 1e-9)
        #expect(abs(orbit.eccentricity - (35_786 - 250) / (35_786 + 250 + 2 * 6378.137)) < 1e-12)
        let back = try EarthOrbit(semiMajorAxisKm: orbit.semiMajorAxisKm, eccentricity: orbit.eccentricity, inclinationDeg: 6)
        #expect(abs(back.perigeeAltitudeKm - 250) < 1e-9)
        #expect(abs(back.apogeeAltitudeKm - 35_786) < 1e-9)
        #expect(throws: OrbitInputError.self) { try EarthOrbit(perigeeAltitudeKm: 500, apogeeAltitudeKm: 400, inclinationDeg: 0) }
        #expect(throws: OrbitInputError.self) { try EarthOrbit(semiMajorAxisKm: 7000, eccentricity: 1.2, inclinationDeg: 0) }
        #expect(throws: OrbitInputError.self) { try EarthOrbit.semiMajorAxisKm(meanMotionRevPerDay: 0) }
    }

    @Test("GEO period is one sidereal day and one revolution per sidereal day gives the GEO radius")
    func periodAndMeanMotion() throws {
        // Sidereal day 86164.0905 s (IERS Conventions); GEO altitude 35,786 km is rounded to the km, so ±1 s.
        let geo = try EarthOrbit(perigeeAltitudeKm: 35_786, apogeeAltitudeKm: 35_786, inclinationDeg: 0)
        #expect(abs(geo.periodMinutes * 60 - 86_164.0905) < 1)
        // 1.00273790935 rev/day (one per sidereal day) → a = 42,164.17 km (Vallado 2013 §2.2, GEO radius).
        let a = try EarthOrbit.semiMajorAxisKm(meanMotionRevPerDay: 1.002_737_909_35)
        #expect(abs(a - 42_164.17) < 0.05)
        #expect(abs(geo.meanMotionRevPerDay - 1.002_737_909_35) < 2e-5)
        // ISS-like TLE line 2 (mean motion 15.50 rev/day, e = 0.0005) → a ≈ 6794 km, i.e. ≈ 416 km altitude.
        let iss = try EarthOrbit(meanMotionRevPerDay: 15.50, eccentricity: 0.0005, inclinationDeg: 51.64)
        #expect(abs(iss.meanAltitudeKm - 416) < 2)
    }

    @Test("Regimes follow the ESA orbit classes", arguments: [
        (420.0, 420.0, 51.6, OrbitRegime.leo),          // ISS
        (20_180.0, 20_180.0, 55.0, OrbitRegime.meo),    // GPS
        (35_780.0, 35_792.0, 0.05, OrbitRegime.geo),    // geostationary
        (36_100.0, 36_120.0, 8.0, OrbitRegime.geo),     // above GEO band: ESA extended GEO (EGO)
        (35_700.0, 35_870.0, 55.0, OrbitRegime.geo),    // inclined geosynchronous (ESA IGO, e.g. BeiDou IGSO)
        (250.0, 35_786.0, 6.0, OrbitRegime.gto),        // Ariane GTO
        (1_000.0, 70_000.0, 63.4, OrbitRegime.heo),     // HEO (apogee > 40,000 km)
        (600.0, 12_000.0, 63.4, OrbitRegime.heo),       // ESA LMO (LEO–MEO crossing)
        (300.0, 380_000.0, 28.5, OrbitRegime.cislunar), // trans-lunar
    ])
    func regimes(perigee: Double, apogee: Double, inclination: Double, expected: OrbitRegime) {
        #expect(OrbitRegime.classify(perigeeAltitudeKm: perigee, apogeeAltitudeKm: apogee, inclinationDeg: inclination) == expected)
    }

    @Test("Central body decides lunar and heliocentric")
    func centralBodies() throws {
        #expect(OrbitRegime.classify(perigeeAltitudeKm: 100, apogeeAltitudeKm: 100, inclinationDeg: 90, centralBody: .moon) == .lunar)
        #expect(OrbitRegime.classify(perigeeAltitudeKm: 0, apogeeAltitudeKm: 0, inclinationDeg: 0, centralBody: .sun) == .heliocentric)
        #expect(OrbitRegime.classify(try EarthOrbit(perigeeAltitudeKm: 550, apogeeAltitudeKm: 550, inclinationDeg: 53)) == .leo)
    }

    @Test("IADC protected regions A and B, including crossing by eccentric orbits")
    func protectedRegions() throws {
        let leo = try EarthOrbit(perigeeAltitudeKm: 525, apogeeAltitudeKm: 535, inclinationDeg: 97.5)
        let gto = try EarthOrbit(perigeeAltitudeKm: 250, apogeeAltitudeKm: 35_786, inclinationDeg: 6)
        let geo = try EarthOrbit(perigeeAltitudeKm: 35_780, apogeeAltitudeKm: 35_792, inclinationDeg: 0.1)
        let inclinedGeo = try EarthOrbit(perigeeAltitudeKm: 35_780, apogeeAltitudeKm: 35_792, inclinationDeg: 20)
        let graveyard = try EarthOrbit(perigeeAltitudeKm: 36_086, apogeeAltitudeKm: 36_100, inclinationDeg: 0.1)
        #expect(IADCProtectedRegions.isWithinRegionA(leo) && IADCProtectedRegions.crossesRegionA(leo))
        #expect(!IADCProtectedRegions.isWithinRegionA(gto) && IADCProtectedRegions.crossesRegionA(gto))
        #expect(IADCProtectedRegions.crossesRegionB(gto) && !IADCProtectedRegions.isWithinRegionB(gto))
        #expect(IADCProtectedRegions.isWithinRegionB(geo))
        #expect(!IADCProtectedRegions.isWithinRegionB(inclinedGeo) && IADCProtectedRegions.crossesRegionB(inclinedGeo))
        #expect(!IADCProtectedRegions.crossesRegionB(graveyard) && !IADCProtectedRegions.crossesRegionA(graveyard))
        #expect(!IADCProtectedRegions.crossesRegionB(leo))
    }

    @Test("Orbit summary gathers the derived.orbit facts with units")
    func summary() throws {
        let gto = OrbitSummary(orbit: try EarthOrbit(perigeeAltitudeKm: 250, apogeeAltitudeKm: 35_786, inclinationDeg: 6))
        #expect(gto.regime == .gto)
        #expect(gto.inLEOProtectedRegion && !gto.withinLEOProtectedRegion)
        #expect(gto.inGEOProtectedRegion && !gto.withinGEOProtectedRegion)
        #expect(gto.periodMinutes.unit == "min" && gto.semiMajorAxisKm.unit == "km")
        // GTO period 632.04 min ≈ 10.5 h (a = 24,396.137 km): 2π√(a³/μ), computed independently with Python.
        #expect(abs(gto.periodMinutes.value - 632.035) < 0.001)
    }
}
