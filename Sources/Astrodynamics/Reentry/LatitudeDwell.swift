import Foundation

/// Fraction of time an orbit of inclination i spends between two latitudes: where an uncontrolled re-entry can
/// come down, since its latitude at re-entry is (to first order) the orbit's latitude at a random time.
///
/// For a circular orbit the sub-satellite latitude φ obeys sin φ = sin i · sin u with the argument of latitude u
/// uniform in time, so the time spent below φ is F(φ) = ½ + arcsin(sin φ / sin i)/π for |φ| ≤ i. Its derivative
/// is the density cos φ / (π·√(sin²i − sin²φ)) quoted in Byers, Wright, Boley & Byers (Nature Astronomy 2022,
/// `Scripts/casualty.py`); integrating F exactly across each band avoids that density's singularity at |φ| = i,
/// and the band weights sum to exactly 1.
public enum LatitudeDwell {
    /// Fraction of time spent south of latitude `latitudeDeg` on an orbit of `inclinationDeg` (0–180°).
    public static func fractionOfTimeSouthOf(latitudeDeg: Double, inclinationDeg: Double) -> Double {
        let folded = inclinationDeg > 90 ? 180 - inclinationDeg : inclinationDeg
        let inclination = min(90, max(0, folded)) * Double.pi / 180
        let latitude = latitudeDeg * Double.pi / 180
        let sineInclination = sin(inclination)
        if sineInclination < 1e-12 {
            // An equatorial orbit never leaves the equator.
            return latitudeDeg > 0 ? 1 : (latitudeDeg < 0 ? 0 : 0.5)
        }
        let ratio = sin(latitude) / sineInclination
        if ratio >= 1 { return 1 }
        if ratio <= -1 { return 0 }
        return 0.5 + asin(ratio) / Double.pi
    }

    /// Fraction of time between `southDeg` and `northDeg`.
    public static func fractionOfTime(southDeg: Double, northDeg: Double, inclinationDeg: Double) -> Double {
        fractionOfTimeSouthOf(latitudeDeg: northDeg, inclinationDeg: inclinationDeg)
            - fractionOfTimeSouthOf(latitudeDeg: southDeg, inclinationDeg: inclinationDeg)
    }
}
