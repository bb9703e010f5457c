/// Mean relative (impact) velocity between a spacecraft and the catalogued population, which turns a spatial
/// density into a flux (F = n·v).
///
/// Source: ECSS-E-ST-10-04C Annex J (MASTER-2005 reference results): the average impact velocity of space
/// debris on LEO spacecraft is about 10 km/s for low-inclination orbits and about 13 km/s for high-inclination
/// orbits (range 0–15.5 km/s). The annex gives only these two values; Steward joins them with a linear ramp
/// between 30° and 70° inclination (its own choice: 28.5°-class orbits take the low value, sun-synchronous and
/// polar orbits the high value) so the flux is continuous in inclination. Retrograde inclinations use 180° − i.
public enum ImpactVelocity {
    /// Mean impact velocity on low-inclination orbits, km/s (ECSS-E-ST-10-04C Annex J, MASTER-2005).
    public static let lowInclinationKmPerS = 10.0
    /// Mean impact velocity on high-inclination orbits, km/s (ECSS-E-ST-10-04C Annex J, MASTER-2005).
    public static let highInclinationKmPerS = 13.0
    /// Inclinations at which Steward's ramp starts and ends, degrees (Steward's choice, see above).
    public static let rampStartDeg = 30.0
    public static let rampEndDeg = 70.0

    /// Mean relative velocity against the catalogued population for an orbit of `inclinationDeg`, km/s.
    public static func meanKmPerS(inclinationDeg: Double) -> Double {
        let folded = inclinationDeg > 90 ? 180 - inclinationDeg : inclinationDeg
        let fraction = min(1, max(0, (folded - rampStartDeg) / (rampEndDeg - rampStartDeg)))
        return lowInclinationKmPerS + (highInclinationKmPerS - lowInclinationKmPerS) * fraction
    }
}
