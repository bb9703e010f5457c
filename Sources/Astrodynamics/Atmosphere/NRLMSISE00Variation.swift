import Foundation

// The NRLMSISE-00 "G(L)" expansions: every model parameter (exospheric temperature, boundary densities,
// node temperatures, …) is its global mean times (1 + G), where G is a sum of spherical harmonics in
// latitude modulated by season, local time, universal time/longitude, solar flux and geomagnetic
// activity (Hedin 1987, JGR 92(A5) 4649, appendix; Picone et al. 2002). The weight of each term is a
// fixed entry of the quantity's coefficient row; the index of every entry below is the one of the
// official coefficient tables (0-based), so the rows in `NRLMSISE00Coefficients.swift` can be used as is.

extension NRLMSISE00 {
    /// The model's own numerical constants (kept as published, including their truncation, so that the
    /// official test outputs are reproduced): degrees→radians, day→annual phase (2π/365), hours→radians
    /// of local time, seconds→radians of UT.
    enum ModelConstant {
        static let degreesToRadians = 1.74533e-2
        static let dayToAnnualPhase = 1.72142e-2
        static let hourToLocalTimePhase = 0.2618
        static let secondToUniversalTimePhase = 7.2722e-5
    }

    /// Everything the expansions need that depends on the evaluation point but not on which quantity
    /// is expanded: Legendre functions of latitude, local-time harmonics, flux deviations.
    struct ExpansionBasis: Sendable {
        /// Associated Legendre functions Pₗᵐ(sin φ) in the model's normalisation, stored at `m * 8 + l`.
        private var legendre = InlineArray<32, Double>(repeating: 0)
        let cosLocalTime: Double, sinLocalTime: Double
        let cos2LocalTime: Double, sin2LocalTime: Double
        let cos3LocalTime: Double, sin3LocalTime: Double
        /// Daily flux minus its 81-day mean, and 81-day mean minus 150 sfu.
        let dailyFluxDeviation: Double
        let meanFluxDeviation: Double
        let latitudeDeg: Double
        let activity: GeomagneticActivity
        /// cos and sin of the annual and semiannual phase of the day, of longitude, of UT, and of
        /// UT + 2·longitude: each wave of a row is then a product with the row's fixed phase (`Phase`).
        let cosAnnual: Double, sinAnnual: Double, cosSemiannual: Double, sinSemiannual: Double
        let cosLongitude: Double, sinLongitude: Double
        let cosUniversalTime: Double, sinUniversalTime: Double
        let cosUniversalTimeLongitude: Double, sinUniversalTimeLongitude: Double

        init(_ input: Input) {
            let latitude = input.latitudeDeg * ModelConstant.degreesToRadians
            let x = sin(latitude), y = cos(latitude)
            let x2 = x * x, x4 = x2 * x2, y2 = y * y
            // Zonal (m = 0)
            legendre[1] = x
            legendre[2] = 0.5 * (3 * x2 - 1)
            legendre[3] = 0.5 * (5 * x * x2 - 3 * x)
            legendre[4] = (35 * x4 - 30 * x2 + 3) / 8
            legendre[5] = (63 * x2 * x2 * x - 70 * x2 * x + 15 * x) / 8
            legendre[6] = (11 * x * legendre[5] - 5 * legendre[4]) / 6
            // Tesseral, m = 1 (diurnal and longitude terms)
            legendre[9] = y
            legendre[10] = 3 * x * y
            legendre[11] = 1.5 * (5 * x2 - 1) * y
            legendre[12] = 2.5 * (7 * x2 * x - 3 * x) * y
            legendre[13] = 1.875 * (21 * x4 - 14 * x2 + 1) * y
            legendre[14] = (11 * x * legendre[13] - 6 * legendre[12]) / 5
            // m = 2 (semidiurnal)
            legendre[18] = 3 * y2
            legendre[19] = 15 * y2 * x
            legendre[20] = 7.5 * (7 * x2 - 1) * y2
            legendre[21] = 3 * x * legendre[20] - 2 * legendre[19]
            legendre[22] = (11 * x * legendre[21] - 7 * legendre[20]) / 4
            legendre[23] = (13 * x * legendre[22] - 8 * legendre[21]) / 5
            // m = 3 (terdiurnal)
            legendre[27] = 15 * y2 * y
            legendre[28] = 105 * y2 * y * x
            legendre[29] = (9 * x * legendre[28] - 7 * legendre[27]) / 2
            legendre[30] = (11 * x * legendre[29] - 8 * legendre[28]) / 3

            let phase = ModelConstant.hourToLocalTimePhase * input.localSolarTimeHours
            cosLocalTime = cos(phase); sinLocalTime = sin(phase)
            cos2LocalTime = cos(2 * phase); sin2LocalTime = sin(2 * phase)
            cos3LocalTime = cos(3 * phase); sin3LocalTime = sin(3 * phase)
            dailyFluxDeviation = input.f107 - input.f107Average
            meanFluxDeviation = input.f107Average - 150
            latitudeDeg = input.latitudeDeg
            activity = input.activity
            let dayPhase = ModelConstant.dayToAnnualPhase * Double(input.dayOfYear)
            cosAnnual = cos(dayPhase); sinAnnual = sin(dayPhase)
            cosSemiannual = cos(2 * dayPhase); sinSemiannual = sin(2 * dayPhase)
            let longitude = input.longitudeDeg * ModelConstant.degreesToRadians
            cosLongitude = cos(longitude); sinLongitude = sin(longitude)
            let utPhase = ModelConstant.secondToUniversalTimePhase * input.secondsOfDay
            cosUniversalTime = cos(utPhase); sinUniversalTime = sin(utPhase)
            cosUniversalTimeLongitude = cos(utPhase + 2 * longitude); sinUniversalTimeLongitude = sin(utPhase + 2 * longitude)
        }

        /// Pₗᵐ(sin φ).
        @inline(__always) func plm(_ degree: Int, _ order: Int) -> Double { legendre[order * 8 + degree] }

        /// cos(θ − φ) from cos θ, sin θ and the row's fixed phase φ.
        @inline(__always) func wave(_ cosTheta: Double, _ sinTheta: Double, _ phase: NRLMSISE00.Phase) -> Double {
            cosTheta * phase.cos + sinTheta * phase.sin
        }
        @inline(__always) func annualWave(_ phase: NRLMSISE00.Phase) -> Double { wave(cosAnnual, sinAnnual, phase) }
        @inline(__always) func semiannualWave(_ phase: NRLMSISE00.Phase) -> Double { wave(cosSemiannual, sinSemiannual, phase) }
    }

    /// Result of an upper-atmosphere expansion: G itself, and the geomagnetic activity function it used
    /// (if any). The lower-atmosphere expansions reuse the activity function of the most recent upper
    /// expansion that computed one — the official code shares it through a common block, and the test
    /// outputs depend on which row computed it.
    struct UpperVariation {
        let value: Double
        let activityFunction: Double?
    }
}

extension NRLMSISE00.ExpansionBasis {
    /// Daily-Ap activity function: linear in (Ap − 4) at small activity, saturating at large activity
    /// (Hedin 1987 eq. A24; the saturation rate and asymptotic slope are entries 43 and 44 of the row).
    func dailyActivityFunction(ap: Double, row p: [Double]) -> Double {
        let excess = ap - 4
        let rate = p[43] < 0 ? 1e-5 : p[43]
        return excess + (p[44] - 1) * (excess + (exp(-rate * excess) - 1) / rate)
    }

    /// Ap-history activity function: the same saturating function applied to each 3-hour ap, weighted
    /// by an exponential memory whose decay per 3 hours depends on latitude (Picone et al. 2002,
    /// Hedin 1987 eqs. A24a–d). Nil when the row has no history term (entry 51 zero).
    func historyActivityFunction(_ history: NRLMSISE00.ApHistory, row p: [Double]) -> Double? {
        guard p[51] != 0 else { return nil }
        var decay = exp(-10800 * abs(p[51]) / (1 + p[138] * (45 - abs(latitudeDeg))))
        decay = min(decay, 0.99999)
        let rate = p[24] < 1e-4 ? 1e-4 : p[24]
        func saturated(_ a: Double) -> Double {
            (a - 4) + (p[25] - 1) * ((a - 4) + (exp(-rate * (a - 4)) - 1) / rate)
        }
        let d = decay
        let older = (saturated(history.mean12To33HoursBefore) * pow(d, 4)
                     + saturated(history.mean36To57HoursBefore) * pow(d, 12)) * (1 - pow(d, 8)) / (1 - d)
        let weighted = saturated(history.current)
            + saturated(history.threeHoursBefore) * d
            + saturated(history.sixHoursBefore) * d * d
            + saturated(history.nineHoursBefore) * pow(d, 3)
            + older
        let normalisation = 1 + (1 - pow(d, 19)) / (1 - d) * d.squareRoot()
        return weighted / normalisation
    }

    /// The full expansion G(L) used above the mesosphere (Fortran `GLOBE7`).
    func upperVariation(_ row: NRLMSISE00.ExpansionRow) -> NRLMSISE00.UpperVariation {
        let p = row.values
        let annual = annualWave(row.annual)
        let semiannual = semiannualWave(row.semiannual)
        let asymmetricAnnual = annualWave(row.asymmetricAnnual)
        let asymmetricSemiannual = semiannualWave(row.asymmetricSemiannual)
        let df = dailyFluxDeviation, dfa = meanFluxDeviation

        // Solar flux: the 81-day level and the daily departure from it.
        var g = p[19] * df * (1 + p[59] * dfa) + p[20] * df * df + p[21] * dfa + p[29] * dfa * dfa
        let fluxFactorAnnual = 1 + p[47] * dfa + p[19] * df + p[20] * df * df
        let fluxFactorTidal = 1 + p[49] * dfa + p[19] * df + p[20] * df * df

        // Time-independent latitude structure.
        g += p[1] * plm(2, 0) + p[2] * plm(4, 0) + p[22] * plm(6, 0) + p[14] * plm(2, 0) * dfa + p[26] * plm(1, 0)
        // Symmetric annual and semiannual waves; hemispheric (asymmetric) annual and semiannual waves.
        g += p[18] * annual
        g += (p[15] + p[16] * plm(2, 0)) * semiannual
        g += fluxFactorAnnual * (p[9] * plm(1, 0) + p[10] * plm(3, 0)) * asymmetricAnnual
        g += p[37] * plm(1, 0) * asymmetricSemiannual

        // Solar tides: diurnal, semidiurnal, terdiurnal, each with a seasonal hemispheric modulation.
        let diurnalCos = p[3] * plm(1, 1) + p[4] * plm(3, 1) + p[27] * plm(5, 1) + p[11] * plm(2, 1) * asymmetricAnnual
        let diurnalSin = p[6] * plm(1, 1) + p[7] * plm(3, 1) + p[28] * plm(5, 1) + p[12] * plm(2, 1) * asymmetricAnnual
        g += fluxFactorTidal * (diurnalCos * cosLocalTime + diurnalSin * sinLocalTime)
        let semidiurnalCos = p[5] * plm(2, 2) + p[41] * plm(4, 2)
            + (p[23] * plm(3, 2) + p[35] * plm(5, 2)) * asymmetricAnnual
        let semidiurnalSin = p[8] * plm(2, 2) + p[42] * plm(4, 2)
            + (p[33] * plm(3, 2) + p[36] * plm(5, 2)) * asymmetricAnnual
        g += fluxFactorTidal * (semidiurnalCos * cos2LocalTime + semidiurnalSin * sin2LocalTime)
        let terdiurnalSin = p[39] * plm(3, 3) + (p[93] * plm(4, 3) + p[46] * plm(6, 3)) * asymmetricAnnual
        let terdiurnalCos = p[40] * plm(3, 3) + (p[94] * plm(4, 3) + p[48] * plm(6, 3)) * asymmetricAnnual
        g += fluxFactorTidal * (terdiurnalSin * sin3LocalTime + terdiurnalCos * cos3LocalTime)

        // Geomagnetic activity: a zonal response plus a local-time dependent part, and (below) a
        // longitude/UT dependent part tied to the magnetic pole.
        var activityFunction: Double?
        var magneticUTLongitude = 0.0
        switch activity {
        case .daily(let ap):
            let a = dailyActivityFunction(ap: ap, row: p)
            activityFunction = a
            g += a * (p[32] + p[45] * plm(2, 0) + p[34] * plm(4, 0)
                      + (p[100] * plm(1, 0) + p[101] * plm(3, 0) + p[102] * plm(5, 0)) * asymmetricAnnual
                      + (p[121] * plm(1, 1) + p[122] * plm(3, 1) + p[123] * plm(5, 1))
                      * wave(cosLocalTime, sinLocalTime, row.activityLocalTime))
            magneticUTLongitude = a * (1 + p[120] * plm(1, 0))
                * (p[60] * plm(2, 1) + p[61] * plm(4, 1) + p[62] * plm(6, 1)) * wave(cosLongitude, sinLongitude, row.activityLongitude)
                + a * (p[115] * plm(1, 1) + p[116] * plm(3, 1) + p[117] * plm(5, 1)) * asymmetricAnnual
                * wave(cosLongitude, sinLongitude, row.activitySeasonalLongitude)
                + a * (p[83] * plm(1, 0) + p[84] * plm(3, 0) + p[85] * plm(5, 0)) * wave(cosUniversalTime, sinUniversalTime, row.activityUniversalTime)
        case .history(let history):
            if let a = historyActivityFunction(history, row: p) {
                activityFunction = a
                g += a * (p[50] + p[96] * plm(2, 0) + p[54] * plm(4, 0)
                          + (p[125] * plm(1, 0) + p[126] * plm(3, 0) + p[127] * plm(5, 0)) * asymmetricAnnual
                          + (p[128] * plm(1, 1) + p[129] * plm(3, 1) + p[130] * plm(5, 1))
                          * wave(cosLocalTime, sinLocalTime, row.historyLocalTime))
                magneticUTLongitude = a * (1 + p[132] * plm(1, 0))
                    * (p[52] * plm(2, 1) + p[98] * plm(4, 1) + p[67] * plm(6, 1)) * wave(cosLongitude, sinLongitude, row.historyLongitude)
                    + a * (p[133] * plm(1, 1) + p[134] * plm(3, 1) + p[135] * plm(5, 1)) * asymmetricAnnual
                    * wave(cosLongitude, sinLongitude, row.historySeasonalLongitude)
                    + a * (p[55] * plm(1, 0) + p[56] * plm(3, 0) + p[57] * plm(5, 0)) * wave(cosUniversalTime, sinUniversalTime, row.historyUniversalTime)
            }
        }

        // Stationary longitude structure, modulated by flux and season.
        let longitudeCos = p[64] * plm(2, 1) + p[65] * plm(4, 1) + p[66] * plm(6, 1)
            + p[103] * plm(1, 1) + p[104] * plm(3, 1) + p[105] * plm(5, 1)
            + (p[109] * plm(1, 1) + p[110] * plm(3, 1) + p[111] * plm(5, 1)) * asymmetricAnnual
        let longitudeSin = p[90] * plm(2, 1) + p[91] * plm(4, 1) + p[92] * plm(6, 1)
            + p[106] * plm(1, 1) + p[107] * plm(3, 1) + p[108] * plm(5, 1)
            + (p[112] * plm(1, 1) + p[113] * plm(3, 1) + p[114] * plm(5, 1)) * asymmetricAnnual
        g += (1 + p[80] * dfa) * (longitudeCos * cosLongitude + longitudeSin * sinLongitude)

        // Universal time, and the mixed UT/longitude (semidiurnal in longitude) term.
        g += (1 + p[95] * plm(1, 0)) * (1 + p[81] * dfa) * (1 + p[119] * plm(1, 0) * asymmetricAnnual)
            * (p[68] * plm(1, 0) + p[69] * plm(3, 0) + p[70] * plm(5, 0)) * wave(cosUniversalTime, sinUniversalTime, row.universalTime)
        g += (p[76] * plm(3, 2) + p[77] * plm(5, 2) + p[78] * plm(7, 2))
            * wave(cosUniversalTimeLongitude, sinUniversalTimeLongitude, row.universalTimeLongitude) * (1 + p[137] * dfa)

        g += magneticUTLongitude
        return NRLMSISE00.UpperVariation(value: p[30] + g, activityFunction: activityFunction)
    }

    /// The reduced expansion used for the temperature nodes of the lower thermosphere and middle
    /// atmosphere (Fortran `GLOB7S`); `activityFunction` is the one from the latest upper expansion.
    func lowerVariation(_ row: NRLMSISE00.ExpansionRow, activityFunction: Double) -> Double {
        let p = row.values
        let annual = annualWave(row.annual)
        let semiannual = semiannualWave(row.semiannual)
        let asymmetricAnnual = annualWave(row.asymmetricAnnual)
        let asymmetricSemiannual = semiannualWave(row.asymmetricSemiannual)

        var g = p[21] * meanFluxDeviation
        g += p[1] * plm(2, 0) + p[2] * plm(4, 0) + p[22] * plm(6, 0) + p[26] * plm(1, 0) + p[14] * plm(3, 0) + p[59] * plm(5, 0)
        g += (p[18] + p[47] * plm(2, 0) + p[29] * plm(4, 0)) * annual
        g += (p[15] + p[16] * plm(2, 0) + p[30] * plm(4, 0)) * semiannual
        g += (p[9] * plm(1, 0) + p[10] * plm(3, 0) + p[20] * plm(5, 0)) * asymmetricAnnual
        g += p[37] * plm(1, 0) * asymmetricSemiannual

        g += (p[3] * plm(1, 1) + p[4] * plm(3, 1) + p[11] * plm(2, 1) * asymmetricAnnual) * cosLocalTime
            + (p[6] * plm(1, 1) + p[7] * plm(3, 1) + p[12] * plm(2, 1) * asymmetricAnnual) * sinLocalTime
        g += (p[5] * plm(2, 2) + p[41] * plm(4, 2) + (p[23] * plm(3, 2) + p[35] * plm(5, 2)) * asymmetricAnnual) * cos2LocalTime
            + (p[8] * plm(2, 2) + p[42] * plm(4, 2) + (p[33] * plm(3, 2) + p[36] * plm(5, 2)) * asymmetricAnnual) * sin2LocalTime
        g += (p[39] * sin3LocalTime + p[40] * cos3LocalTime) * plm(3, 3)

        switch activity {
        case .daily: g += activityFunction * (p[32] + p[45] * plm(2, 0))
        case .history: g += activityFunction * (p[50] + p[96] * plm(2, 0))
        }

        // Longitude structure with its own annual and semiannual modulation.
        let modulation = 1
            + plm(1, 0) * (p[80] * annualWave(row.longitudeAnnual) + p[85] * semiannualWave(row.longitudeSemiannual))
            + p[83] * annualWave(row.longitudeAsymmetricAnnual) + p[87] * semiannualWave(row.longitudeAsymmetricSemiannual)
        let longitudeCos = p[64] * plm(2, 1) + p[65] * plm(4, 1) + p[66] * plm(6, 1)
            + p[74] * plm(1, 1) + p[75] * plm(3, 1) + p[76] * plm(5, 1)
        let longitudeSin = p[90] * plm(2, 1) + p[91] * plm(4, 1) + p[92] * plm(6, 1)
            + p[77] * plm(1, 1) + p[78] * plm(3, 1) + p[79] * plm(5, 1)
        g += modulation * (longitudeCos * cosLongitude + longitudeSin * sinLongitude)
        return g
    }
}
