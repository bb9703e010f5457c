import Foundation

/// How an orbit's time divides among altitude shells.
///
/// On an ellipse the time spent below a radius r follows from Kepler's equation: with cos E = (1 − r/a)/e the
/// eccentric anomaly at r, the mean anomaly M = E − e·sin E grows uniformly in time, so the fraction of the period
/// spent below r is M/π. Differencing that at the shell edges spreads an eccentric orbit over the shells it
/// crosses — the same rule the shipped catalogue table was built with (Data/README.md), so a mission is
/// weighed consistently with the background population.
public enum AltitudeShellOccupancy {
    /// Fraction of the orbital period spent below `altitudeKm` for the orbit with the given perigee and apogee
    /// altitudes (km above the equatorial radius).
    public static func fractionOfTimeBelow(altitudeKm: Double, perigeeKm: Double, apogeeKm: Double) -> Double {
        let low = min(perigeeKm, apogeeKm), high = max(perigeeKm, apogeeKm)
        if altitudeKm <= low { return altitudeKm == low && high == low ? 0.5 : 0 }
        if altitudeKm >= high { return 1 }
        let radiusPerigee = Earth.equatorialRadiusKm + low
        let radiusApogee = Earth.equatorialRadiusKm + high
        let semiMajorAxis = (radiusPerigee + radiusApogee) / 2
        let eccentricity = (radiusApogee - radiusPerigee) / (radiusApogee + radiusPerigee)
        let cosineE = min(1, max(-1, (1 - (Earth.equatorialRadiusKm + altitudeKm) / semiMajorAxis) / eccentricity))
        let eccentricAnomaly = acos(cosineE)
        return (eccentricAnomaly - eccentricity * sin(eccentricAnomaly)) / Double.pi
    }

    /// Time fractions in each of `shells` (edges in km), as (shell index, fraction) for the shells the orbit
    /// touches. Fractions sum to the part of the orbit inside the shells' overall range (1 if wholly inside).
    public static func fractions(perigeeKm: Double, apogeeKm: Double,
                                 in table: SpatialDensityTable) -> [(index: Int, fraction: Double)] {
        let low = min(perigeeKm, apogeeKm), high = max(perigeeKm, apogeeKm)
        guard let first = table.shells.first, let last = table.shells.last,
              high >= first.lowKm, low < last.highKm else { return [] }
        if high - low < 1e-9 {
            // A circular orbit sits in one shell: the one whose half-open range [low, high) contains it.
            guard let index = table.shellIndex(containingAltitudeKm: low) else { return [] }
            return [(index, 1)]
        }
        var result: [(index: Int, fraction: Double)] = []
        let startIndex = table.shellIndex(containingAltitudeKm: max(low, first.lowKm)) ?? 0
        var below = fractionOfTimeBelow(altitudeKm: table.shells[startIndex].lowKm, perigeeKm: low, apogeeKm: high)
        for index in startIndex..<table.shells.count {
            let shell = table.shells[index]
            if shell.lowKm > high { break }
            let belowTop = fractionOfTimeBelow(altitudeKm: shell.highKm, perigeeKm: low, apogeeKm: high)
            let fraction = belowTop - below
            if fraction > 0 { result.append((index, fraction)) }
            below = belowTop
        }
        return result
    }
}
