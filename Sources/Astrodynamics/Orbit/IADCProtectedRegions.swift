/// The two regions the IADC Space Debris Mitigation Guidelines protect (IADC-02-01, §3.3.2; the same figures in
/// NASA-STD-8719.14C §4.6.5.10 and N. L. Johnson, IAC-10-A6.4.1):
/// - **Region A, LEO:** the spherical shell from the surface up to 2000 km altitude;
/// - **Region B, GEO:** 35,786 ± 200 km altitude and −15°…+15° latitude.
///
/// Membership for a whole orbit is answered two ways: *within* (every point of the orbit is in the region)
/// and *crosses* (some point is). Disposal rules need the second: a GTO upper stage is not "in LEO" but it
/// crosses region A at every perigee pass.
public enum IADCProtectedRegions {
    /// Region A ceiling, km.
    public static let regionACeilingKm = 2000.0
    /// Region B altitude band, km (GEO altitude ± 200 km).
    public static let regionBAltitudeKm = (Earth.geostationaryAltitudeKm - 200)...(Earth.geostationaryAltitudeKm + 200)
    /// Region B latitude half-width, degrees.
    public static let regionBLatitudeDeg = 15.0

    /// The whole orbit lies inside region A (apogee ≤ 2000 km).
    public static func isWithinRegionA(_ orbit: EarthOrbit) -> Bool {
        orbit.apogeeAltitudeKm <= regionACeilingKm
    }

    /// Some part of the orbit lies inside region A (perigee ≤ 2000 km), e.g. GTO and other eccentric orbits.
    public static func crossesRegionA(_ orbit: EarthOrbit) -> Bool {
        orbit.perigeeAltitudeKm <= regionACeilingKm
    }

    /// The whole orbit lies inside region B: its altitude stays in the band and, since the highest latitude an
    /// orbit reaches equals its inclination (retrograde: 180° − i), that inclination is ≤ 15°.
    public static func isWithinRegionB(_ orbit: EarthOrbit) -> Bool {
        regionBAltitudeKm.contains(orbit.perigeeAltitudeKm) && regionBAltitudeKm.contains(orbit.apogeeAltitudeKm)
            && maximumLatitudeDeg(orbit) <= regionBLatitudeDeg
    }

    /// Some part of the orbit may lie inside region B: the altitude range [h_p, h_a] overlaps the band. Every orbit
    /// crosses the equator, but whether it is inside the band *there* depends on the argument of perigee, which
    /// Steward does not carry; the answer is therefore the conservative one (may cross).
    public static func crossesRegionB(_ orbit: EarthOrbit) -> Bool {
        orbit.perigeeAltitudeKm <= regionBAltitudeKm.upperBound && orbit.apogeeAltitudeKm >= regionBAltitudeKm.lowerBound
    }

    /// The highest geocentric latitude the ground track reaches, degrees.
    static func maximumLatitudeDeg(_ orbit: EarthOrbit) -> Double {
        orbit.inclinationDeg <= 90 ? orbit.inclinationDeg : 180 - orbit.inclinationDeg
    }
}
