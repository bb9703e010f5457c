import Foundation

/// How long the fragments of a breakup at altitude h stay in orbit: the "residual lifetime" term of the
/// Criticality of Spacecraft Index.
///
/// Fit of Rossi, Valsecchi & Alessi, "The Criticality of Spacecraft Index", Advances in Space Research 56 (2015),
/// as implemented in the Purdue ADR toolbox and its test script (docs/physics.md, "Environmental index"):
/// ln L = 14.18 · h^0.1831 − 42.94, L in years, h in km. Steward applies the exponential (the toolbox omits it,
/// a known defect). Values: 0.6 yr at 400 km, 8 yr at 550 km, 196 yr at 800 km, 1,470 yr at
/// 1,000 km. The fit was not re-checked against the paper's figures (not retrieved); it is capped at
/// `horizonYears` — 200 years, the horizon of the LCA space-debris index (Maury et al. 2019) — because the
/// environment's long-term response beyond that is not modelled.
public enum FragmentResidualLifetime {
    public static let horizonYears = 200.0

    /// Residual lifetime of fragments released at `altitudeKm`, years, capped at the horizon.
    public static func years(altitudeKm: Double, horizonYears: Double = FragmentResidualLifetime.horizonYears)
        -> Double {
        guard altitudeKm > 0 else { return 0 }
        return min(horizonYears, exp(14.18 * pow(altitudeKm, 0.1831) - 42.94))
    }
}
