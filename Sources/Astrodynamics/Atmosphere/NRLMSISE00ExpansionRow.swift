import Foundation

extension NRLMSISE00 {
    /// cos and sin of a fixed phase angle.
    struct Phase: Sendable {
        let cos: Double, sin: Double
        init(_ angle: Double) {
            cos = Foundation.cos(angle)
            sin = Foundation.sin(angle)
        }
    }

    /// A coefficient row of the G(L) expansions together with the cosines and sines of its phase constants
    /// (days of maximum of the seasonal waves, longitudes and UTs of maximum). Each wave
    /// cos(ω·(t − t₀)) is then evaluated as cos ωt·cos ωt₀ + sin ωt·sin ωt₀ from trigonometric values
    /// computed once per evaluation point, instead of one cosine per term and row: this halves the cost of
    /// a model call, at the price of differences of order 1e-16.
    struct ExpansionRow: Sendable {
        let values: [Double]
        // Seasonal waves (both expansions).
        let annual: Phase, semiannual: Phase, asymmetricAnnual: Phase, asymmetricSemiannual: Phase
        // Upper expansion: local-time phase of the geomagnetic response (daily Ap / ap history).
        let activityLocalTime: Phase, historyLocalTime: Phase
        // Upper expansion: longitude and UT phases of the magnetic-pole terms.
        let activityLongitude: Phase, activitySeasonalLongitude: Phase, activityUniversalTime: Phase
        let historyLongitude: Phase, historySeasonalLongitude: Phase, historyUniversalTime: Phase
        // Upper expansion: UT and mixed UT/longitude phases.
        let universalTime: Phase, universalTimeLongitude: Phase
        // Lower expansion: seasonal modulation of the longitude structure.
        let longitudeAnnual: Phase, longitudeSemiannual: Phase
        let longitudeAsymmetricAnnual: Phase, longitudeAsymmetricSemiannual: Phase

        init(_ p: [Double]) {
            values = p
            let day = ModelConstant.dayToAnnualPhase, deg = ModelConstant.degreesToRadians
            let hour = ModelConstant.hourToLocalTimePhase, second = ModelConstant.secondToUniversalTimePhase
            // Rows of the lower expansion have 100 entries; the phases beyond that are not used for them.
            func at(_ i: Int) -> Double { i < p.count ? p[i] : 0 }
            annual = Phase(day * at(31))
            semiannual = Phase(2 * day * at(17))
            asymmetricAnnual = Phase(day * at(13))
            asymmetricSemiannual = Phase(2 * day * at(38))
            activityLocalTime = Phase(hour * at(124))
            historyLocalTime = Phase(hour * at(131))
            activityLongitude = Phase(deg * at(63))
            activitySeasonalLongitude = Phase(deg * at(118))
            activityUniversalTime = Phase(second * at(75))
            historyLongitude = Phase(deg * at(97))
            historySeasonalLongitude = Phase(deg * at(136))
            historyUniversalTime = Phase(second * at(58))
            universalTime = Phase(second * at(71))
            universalTimeLongitude = Phase(second * at(79))
            longitudeAnnual = Phase(day * at(81))
            longitudeSemiannual = Phase(2 * day * at(86))
            longitudeAsymmetricAnnual = Phase(day * at(84))
            longitudeAsymmetricSemiannual = Phase(2 * day * at(88))
        }

        @inline(__always) subscript(_ i: Int) -> Double { values[i] }
    }

    /// Every expansion row of the model, prepared once (a class, so that evaluations share it without copying).
    final class ExpansionRows: Sendable {
        let exosphericTemperature: ExpansionRow
        let helium: ExpansionRow
        let atomicOxygen: ExpansionRow
        let molecularNitrogen: ExpansionRow
        let lowerBoundaryTemperature: ExpansionRow
        let molecularOxygen: ExpansionRow
        let argon: ExpansionRow
        let hydrogen: ExpansionRow
        let atomicNitrogen: ExpansionRow
        let anomalousOxygen: ExpansionRow
        let temperatureGradient: ExpansionRow
        let tn1Node2: ExpansionRow
        let tn1Node3: ExpansionRow
        let tn1Node4: ExpansionRow
        let tn1Node5: ExpansionRow
        let tn2Node2: ExpansionRow
        let tn2Node3: ExpansionRow
        let tn2Node4: ExpansionRow
        let tn3Node2: ExpansionRow
        let tn3Node3: ExpansionRow
        let tn3Node4: ExpansionRow
        let tn3Node5: ExpansionRow
        let tn3SurfaceGradient: ExpansionRow
        let tn1Gradient: ExpansionRow
        let tn2Gradient: ExpansionRow

        init(_ c: Coefficients) {
            exosphericTemperature = ExpansionRow(c.exosphericTemperature)
            helium = ExpansionRow(c.helium)
            atomicOxygen = ExpansionRow(c.atomicOxygen)
            molecularNitrogen = ExpansionRow(c.molecularNitrogen)
            lowerBoundaryTemperature = ExpansionRow(c.lowerBoundaryTemperature)
            molecularOxygen = ExpansionRow(c.molecularOxygen)
            argon = ExpansionRow(c.argon)
            hydrogen = ExpansionRow(c.hydrogen)
            atomicNitrogen = ExpansionRow(c.atomicNitrogen)
            anomalousOxygen = ExpansionRow(c.anomalousOxygen)
            temperatureGradient = ExpansionRow(c.temperatureGradient)
            tn1Node2 = ExpansionRow(c.tn1Node2)
            tn1Node3 = ExpansionRow(c.tn1Node3)
            tn1Node4 = ExpansionRow(c.tn1Node4)
            tn1Node5 = ExpansionRow(c.tn1Node5)
            tn2Node2 = ExpansionRow(c.tn2Node2)
            tn2Node3 = ExpansionRow(c.tn2Node3)
            tn2Node4 = ExpansionRow(c.tn2Node4)
            tn3Node2 = ExpansionRow(c.tn3Node2)
            tn3Node3 = ExpansionRow(c.tn3Node3)
            tn3Node4 = ExpansionRow(c.tn3Node4)
            tn3Node5 = ExpansionRow(c.tn3Node5)
            tn3SurfaceGradient = ExpansionRow(c.tn3SurfaceGradient)
            tn1Gradient = ExpansionRow(c.tn1Gradient)
            tn2Gradient = ExpansionRow(c.tn2Gradient)
        }

        static let standard = ExpansionRows(.standard)
    }
}
