import Foundation
import Testing
@testable import Astrodynamics

@Suite struct CollisionProbabilityTests {
    let model = CollisionProbabilityModel()
    let noHistory = OrbitHistory(samples: [])

    func circular(_ altitudeKm: Double, years: Double, area: Double, inclination: Double = 98,
                  avoidance: Bool = false) -> CollisionExposure {
        CollisionExposure(crossSectionM2: area, inclinationDeg: inclination, operationalPerigeeKm: altitudeKm,
                          operationalApogeeKm: altitudeKm, operationalYears: years, postMission: noHistory,
                          performsCollisionAvoidance: avoidance)
    }

    @Test func embeddedCatalogueTableMatchesItsSource() {
        let table = SpatialDensityTable.trackedObjects2019
        #expect(table.shells.count == 90)
        #expect(table.coveredAltitudesKm == 200...2000)
        // Data/README.md: peak ≈ 5.5e-8 km⁻³ at 840–860 km.
        let peak = table.shells.max { $0.objectsPerKm3 < $1.objectsPerKm3 }
        #expect(peak?.lowKm == 840)
        #expect(abs((peak?.objectsPerKm3 ?? 0) / 5.5e-8 - 1) < 0.02)
        // Counts over equatorial-radius shell volumes reproduce the densities.
        for shell in table.shells {
            #expect(abs(shell.totalObjects / shell.volumeKm3 / shell.objectsPerKm3 - 1) < 1e-3)
        }
    }

    @Test func handComputedCircularOrbit() throws {
        // 850 km, 98°: n from the 840–860 km row, v = 13 km/s (ECSS-E-ST-10-04C Annex J, high inclination),
        // F = n·v·1e-6·(365.25·86400) m⁻²·yr⁻¹, N = F·A·T.
        let shell = try #require(SpatialDensityTable.trackedObjects2019.shells.first { $0.lowKm == 840 })
        let expected = shell.objectsPerKm3 * 13 * 1e-6 * 365.25 * 86_400 * 2.0 * 10
        let result = model.evaluate(circular(850, years: 10, area: 2))
        #expect(abs(result.expectedCollisionsOperations / expected - 1) < 1e-12)
        #expect(abs(result.probabilityWithoutAvoidance - (1 - exp(-expected))) < 1e-15)
    }

    @Test func probabilityGrowsWithAreaAndTime() {
        var previous = 0.0
        for area in [0.1, 1, 10, 100] {
            let p = model.evaluate(circular(800, years: 5, area: area)).probabilityWithoutAvoidance
            #expect(p > previous)
            previous = p
        }
        previous = 0
        for years in [1.0, 5, 25, 100] {
            let p = model.evaluate(circular(800, years: years, area: 1)).probabilityWithoutAvoidance
            #expect(p > previous)
            previous = p
        }
        // Saturates below 1 (P = 1 − e^−N).
        #expect(model.evaluate(circular(850, years: 1e6, area: 100)).probabilityWithoutAvoidance <= 1)
    }

    @Test func avoidanceCreditAppliesToOperationsOnly() {
        let decay = OrbitHistory(samples: [
            .init(timeYears: 0, perigeeAltitudeKm: 700, apogeeAltitudeKm: 700),
            .init(timeYears: 20, perigeeAltitudeKm: 300, apogeeAltitudeKm: 300),
        ])
        let exposure = CollisionExposure(crossSectionM2: 4, inclinationDeg: 97, operationalPerigeeKm: 700,
                                         operationalApogeeKm: 700, operationalYears: 5, postMission: decay,
                                         performsCollisionAvoidance: true)
        let result = model.evaluate(exposure)
        let expectedWith = -expm1(-(result.expectedCollisionsOperations * 0.1 + result.expectedCollisionsPostMission))
        #expect(abs(result.probabilityWithAvoidance - expectedWith) < 1e-15)
        #expect(result.probabilityWithAvoidance < result.probabilityWithoutAvoidance)
        #expect(result.expectedCollisionsPostMission > 0)
        var passive = exposure
        passive.performsCollisionAvoidance = false
        let passiveResult = model.evaluate(passive)
        #expect(passiveResult.probabilityWithAvoidance == passiveResult.probabilityWithoutAvoidance)
    }

    @Test func eccentricOrbitTimeFractionsMatchDirectKeplerSampling() {
        // Oracle: sample the mean anomaly uniformly, solve Kepler's equation by Newton iteration, and histogram
        // the altitudes — independent of the closed form used by AltitudeShellOccupancy.
        let perigee = 400.0, apogee = 1500.0
        let table = SpatialDensityTable.trackedObjects2019
        let rp = Earth.equatorialRadiusKm + perigee, ra = Earth.equatorialRadiusKm + apogee
        let a = (rp + ra) / 2, e = (ra - rp) / (ra + rp)
        var histogram = [Double](repeating: 0, count: table.shells.count)
        let samples = 200_000
        for k in 0..<samples {
            let meanAnomaly = 2 * Double.pi * (Double(k) + 0.5) / Double(samples)
            var eccentricAnomaly = meanAnomaly
            for _ in 0..<30 {
                eccentricAnomaly -= (eccentricAnomaly - e * sin(eccentricAnomaly) - meanAnomaly)
                    / (1 - e * cos(eccentricAnomaly))
            }
            let altitude = a * (1 - e * cos(eccentricAnomaly)) - Earth.equatorialRadiusKm
            if let index = table.shellIndex(containingAltitudeKm: altitude) { histogram[index] += 1 }
        }
        let fractions = AltitudeShellOccupancy.fractions(perigeeKm: perigee, apogeeKm: apogee, in: table)
        #expect(abs(fractions.reduce(0) { $0 + $1.fraction } - 1) < 1e-12)
        for (index, fraction) in fractions {
            #expect(abs(fraction - histogram[index] / Double(samples)) < 2e-3)
        }
    }

    @Test func impactVelocityFollowsECSSAnnexJ() {
        #expect(ImpactVelocity.meanKmPerS(inclinationDeg: 28.5) == 10)
        #expect(ImpactVelocity.meanKmPerS(inclinationDeg: 98) == 13)
        #expect(ImpactVelocity.meanKmPerS(inclinationDeg: 50) == 11.5)
        #expect(ImpactVelocity.meanKmPerS(inclinationDeg: 130) == 11.5)
    }

    @Test func orbitsAboveTheTableAreFlagged() {
        let result = model.evaluate(circular(20_200, years: 10, area: 10, inclination: 55))
        #expect(result.expectedCollisionsOperations == 0)
        #expect(result.yearsOutsideTable == 10)
    }
}
