/// Physical constants shared by every model. Each value cites its source.
public enum Earth {
    /// Gravitational parameter μ, m³/s² (WGS 84; same value as CNES/patrius `utils/Constants.java`).
    public static let mu = 3.986004418e14
    /// Equatorial radius, km (WGS 84). Steward's altitudes are measured above it (docs/mission-format.md, `orbit`).
    public static let equatorialRadiusKm = 6378.137
    /// Second zonal harmonic J2 (EGM96), for nodal precession and sun-synchronous checks.
    public static let j2 = 1.08262668e-3
    /// Sidereal rotation rate, rad/s (IERS).
    public static let rotationRate = 7.292115e-5
    /// GEO altitude above the equatorial radius, km (IADC protected region B centre).
    public static let geostationaryAltitudeKm = 35_786.0
}

/// Standard gravity g₀, m/s² (CGPM 1901, exact), used in the rocket equation.
public let standardGravity = 9.80665

/// Seconds in a Julian year (365.25 days), the year used for all durations in Steward.
public let secondsPerYear = 365.25 * 86_400.0
