import Foundation

/// Why an orbit could not be built from the numbers given. Descriptor validation should catch these first;
/// the physics still refuses them rather than computing nonsense.
public enum OrbitInputError: Error, Sendable, Hashable, CustomStringConvertible {
    case apogeeBelowPerigee(perigeeKm: Double, apogeeKm: Double)
    case perigeeInsideEarth(perigeeKm: Double)
    case eccentricityOutOfRange(Double)
    case nonPositiveSemiMajorAxis(Double)
    case nonPositiveMeanMotion(Double)
    case notFinite

    public var description: String {
        switch self {
        case let .apogeeBelowPerigee(perigee, apogee):
            return "apogee altitude \(apogee) km is below perigee altitude \(perigee) km"
        case let .perigeeInsideEarth(perigee):
            return "perigee altitude \(perigee) km is below the Earth's surface"
        case let .eccentricityOutOfRange(e):
            return "eccentricity \(e) is not in [0, 1): only closed Earth orbits are supported"
        case let .nonPositiveSemiMajorAxis(a):
            return "semi-major axis \(a) km must be positive"
        case let .nonPositiveMeanMotion(n):
            return "mean motion \(n) rev/day must be positive"
        case .notFinite:
            return "orbit parameters must be finite numbers"
        }
    }
}

/// A closed orbit about the Earth reduced to what decay, disposal and regime classification need:
/// size, shape and tilt. Altitudes are above the WGS 84 equatorial radius (docs/mission-format.md, `orbit`), so a circular orbit
/// at `h` km has `a = 6378.137 + h` km.
///
/// The orientation angles (RAAN, argument of perigee) are deliberately absent: the orbit-averaged drag
/// model does not depend on them, and leaving them out keeps every caller honest about that.
public struct EarthOrbit: Sendable, Hashable, Codable {
    /// Semi-major axis, km.
    public let semiMajorAxisKm: Double
    /// Eccentricity, 0 ≤ e < 1.
    public let eccentricity: Double
    /// Inclination to the equator, degrees (0…180).
    public let inclinationDeg: Double

    /// From classical elements.
    public init(semiMajorAxisKm: Double, eccentricity: Double, inclinationDeg: Double) throws(OrbitInputError) {
        guard semiMajorAxisKm.isFinite, eccentricity.isFinite, inclinationDeg.isFinite else { throw .notFinite }
        guard semiMajorAxisKm > 0 else { throw .nonPositiveSemiMajorAxis(semiMajorAxisKm) }
        guard eccentricity >= 0, eccentricity < 1 else { throw .eccentricityOutOfRange(eccentricity) }
        // A perigee below the surface is allowed (controlled re-entries aim there); one at the centre is not.
        guard semiMajorAxisKm * (1 - eccentricity) > 0 else {
            throw .perigeeInsideEarth(perigeeKm: semiMajorAxisKm * (1 - eccentricity) - Earth.equatorialRadiusKm)
        }
        self.semiMajorAxisKm = semiMajorAxisKm
        self.eccentricity = eccentricity
        self.inclinationDeg = inclinationDeg
    }

    /// From perigee and apogee altitudes (km above the equatorial radius), the form mission descriptors use.
    /// a = R + (h_p + h_a)/2 and e = (r_a − r_p)/(r_a + r_p).
    public init(perigeeAltitudeKm: Double, apogeeAltitudeKm: Double, inclinationDeg: Double) throws(OrbitInputError) {
        guard perigeeAltitudeKm.isFinite, apogeeAltitudeKm.isFinite, inclinationDeg.isFinite else { throw .notFinite }
        guard apogeeAltitudeKm >= perigeeAltitudeKm else {
            throw .apogeeBelowPerigee(perigeeKm: perigeeAltitudeKm, apogeeKm: apogeeAltitudeKm)
        }
        let perigeeRadius = Earth.equatorialRadiusKm + perigeeAltitudeKm
        let apogeeRadius = Earth.equatorialRadiusKm + apogeeAltitudeKm
        guard perigeeRadius > 0 else { throw .perigeeInsideEarth(perigeeKm: perigeeAltitudeKm) }
        try self.init(semiMajorAxisKm: (perigeeRadius + apogeeRadius) / 2,
                      eccentricity: (apogeeRadius - perigeeRadius) / (apogeeRadius + perigeeRadius),
                      inclinationDeg: inclinationDeg)
    }

    /// From a TLE's mean motion (rev/day), eccentricity and inclination.
    ///
    /// The semi-major axis follows from Kepler's third law, a = (μ/n²)^(1/3). A TLE's mean motion is an SGP4
    /// (Kozai) mean element, so this two-body value differs from the osculating semi-major axis by the J2
    /// short-period terms, of order 10 km in LEO; that is well inside the uncertainty of any lifetime estimate.
    public init(meanMotionRevPerDay: Double, eccentricity: Double, inclinationDeg: Double) throws(OrbitInputError) {
        let a = try Self.semiMajorAxisKm(meanMotionRevPerDay: meanMotionRevPerDay)
        try self.init(semiMajorAxisKm: a, eccentricity: eccentricity, inclinationDeg: inclinationDeg)
    }

    /// Kepler's third law: a = (μ / n²)^(1/3) with n in rad/s. Returns km.
    public static func semiMajorAxisKm(meanMotionRevPerDay: Double) throws(OrbitInputError) -> Double {
        guard meanMotionRevPerDay.isFinite else { throw .notFinite }
        guard meanMotionRevPerDay > 0 else { throw .nonPositiveMeanMotion(meanMotionRevPerDay) }
        let radiansPerSecond = meanMotionRevPerDay * 2 * Double.pi / 86_400
        return cbrt(Earth.mu / (radiansPerSecond * radiansPerSecond)) / 1000
    }

    public var perigeeRadiusKm: Double { semiMajorAxisKm * (1 - eccentricity) }
    public var apogeeRadiusKm: Double { semiMajorAxisKm * (1 + eccentricity) }
    public var perigeeAltitudeKm: Double { perigeeRadiusKm - Earth.equatorialRadiusKm }
    public var apogeeAltitudeKm: Double { apogeeRadiusKm - Earth.equatorialRadiusKm }
    /// a − R⊕: the altitude of a circular orbit of the same energy.
    public var meanAltitudeKm: Double { semiMajorAxisKm - Earth.equatorialRadiusKm }

    /// Keplerian period T = 2π √(a³/μ), minutes.
    public var periodMinutes: Double {
        let a = semiMajorAxisKm * 1000
        return 2 * Double.pi * (a * a * a / Earth.mu).squareRoot() / 60
    }

    /// Keplerian mean motion, rev/day (the unit of TLE line 2).
    public var meanMotionRevPerDay: Double { 1440 / periodMinutes }

    /// Speed at a radius on this orbit from vis-viva, v² = μ(2/r − 1/a); m/s.
    public func speedMetresPerSecond(atRadiusKm radiusKm: Double) -> Double {
        let r = radiusKm * 1000, a = semiMajorAxisKm * 1000
        return (Earth.mu * max(0, 2 / r - 1 / a)).squareRoot()
    }
}
