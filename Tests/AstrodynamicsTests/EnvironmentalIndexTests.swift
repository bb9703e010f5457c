import Foundation
import Testing
@testable import Astrodynamics

@Suite struct EnvironmentalIndexTests {
    let model = EnvironmentalIndexModel.standard

    @Test func breakupModelFragmentCount() {
        // Johnson et al. 2001: N(L_c) = 0.1·M^0.75·L_c^−1.71; for M = 1000 kg, L_c = 0.1 m: 0.1 × 177.83 × 51.286 = 912.0.
        #expect(abs(NASABreakupModel.catastrophicFragmentCount(massKg: 1000) - 912.01) < 0.01)
    }

    @Test func fragmentLifetimeFit() {
        // Rossi et al. 2015 fit, hand-evaluated: exp(14.18·800^0.1831 − 42.94) = 196.5 yr.
        #expect(abs(FragmentResidualLifetime.years(altitudeKm: 800) - 196.47) < 0.05)
        #expect(FragmentResidualLifetime.years(altitudeKm: 400) < 1)
        #expect(FragmentResidualLifetime.years(altitudeKm: 1200) == FragmentResidualLifetime.horizonYears)
    }

    @Test func referenceSpacecraftScoresOne() {
        let result = model.evaluate(EnvironmentalIndexModel.referenceExposure, spacecraftCount: 3)
        #expect(abs(result.index - 1) < 1e-12)
        #expect(abs(result.fleetIndex - 3) < 1e-12)
    }

    /// A decay history from `perigee`/`apogee` to re-entry, linear in time (a stand-in for the lifetime model).
    func linearDecay(from altitudeKm: Double, years: Double) -> OrbitHistory {
        OrbitHistory(samples: (0...50).map { step in
            let fraction = Double(step) / 50
            let altitude = altitudeKm + (150 - altitudeKm) * fraction
            return .init(timeYears: years * fraction, perigeeAltitudeKm: altitude, apogeeAltitudeKm: altitude)
        })
    }

    @Test func largeDerelictAt850KmRanksFarAboveDemisableSatelliteDisposedWithinFiveYears() {
        // An Envisat-class derelict: 8,000 kg, 25 m², left at 850 km for the 200-year horizon.
        let derelict = EnvironmentalExposure(
            massKg: 8000, crossSectionM2: 25, inclinationDeg: 98.5, operationalPerigeeKm: 850,
            operationalApogeeKm: 850, operationalYears: 0, performsCollisionAvoidance: false,
            successfulDisposal: OrbitHistory(samples: [
                .init(timeYears: 0, perigeeAltitudeKm: 850, apogeeAltitudeKm: 850),
                .init(timeYears: 200, perigeeAltitudeKm: 845, apogeeAltitudeKm: 845),
            ]))
        // A 150 kg, 1 m² satellite at 550 km, five years of operations with avoidance, down within five years.
        let demisable = EnvironmentalExposure(
            massKg: 150, crossSectionM2: 1, inclinationDeg: 97.6, operationalPerigeeKm: 550,
            operationalApogeeKm: 550, operationalYears: 5, performsCollisionAvoidance: true,
            successfulDisposal: linearDecay(from: 550, years: 4.5),
            failedDisposal: linearDecay(from: 550, years: 20), disposalSuccessProbability: 0.9)
        let derelictIndex = model.evaluate(derelict).index
        let demisableIndex = model.evaluate(demisable).index
        #expect(derelictIndex > 1000 * demisableIndex)
        #expect(derelictIndex > 1)
        #expect(demisableIndex < 0.1)
    }

    @Test func failedDisposalBranchRaisesTheIndex() {
        func exposure(success: Double) -> EnvironmentalExposure {
            EnvironmentalExposure(massKg: 500, crossSectionM2: 3, inclinationDeg: 98, operationalPerigeeKm: 750,
                                  operationalApogeeKm: 750, operationalYears: 5, performsCollisionAvoidance: true,
                                  successfulDisposal: linearDecay(from: 750, years: 5),
                                  failedDisposal: linearDecay(from: 750, years: 80),
                                  disposalSuccessProbability: success)
        }
        #expect(model.evaluate(exposure(success: 0.5)).index > model.evaluate(exposure(success: 0.99)).index)
    }

    @Test func orbitsAboveTheTablesAreFlagged() {
        let navigation = EnvironmentalExposure(massKg: 700, crossSectionM2: 10, inclinationDeg: 56,
                                               operationalPerigeeKm: 23_222, operationalApogeeKm: 23_222,
                                               operationalYears: 12, performsCollisionAvoidance: false,
                                               successfulDisposal: OrbitHistory(samples: []))
        let result = model.evaluate(navigation)
        #expect(result.index == 0)
        #expect(result.yearsOutsideTable == 12)
    }

    @Test func fleetBurden() {
        let exposure = EnvironmentalExposure(massKg: 300, crossSectionM2: 2, inclinationDeg: 53,
                                             operationalPerigeeKm: 550, operationalApogeeKm: 550, operationalYears: 5,
                                             performsCollisionAvoidance: true,
                                             successfulDisposal: linearDecay(from: 550, years: 1),
                                             failedDisposal: linearDecay(from: 550, years: 5),
                                             disposalSuccessProbability: 0.95)
        let burden = FleetEnvironmentalBurden(exposure: exposure, spacecraftCount: 100, disposalSuccessProbability: 0.95)
        #expect(abs(burden.expectedDerelicts - 5) < 1e-12)
        // 100 × (5 + 0.95·1 + 0.05·5) = 620 spacecraft-years.
        #expect(abs(burden.objectYearsInLEO - 620) < 1e-9)
    }
}
