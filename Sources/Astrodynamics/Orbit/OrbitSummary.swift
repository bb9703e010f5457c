/// Everything `derived.orbit.*` states about an orbit's geometry, computed once (docs/physics.md, "Orbits and regimes"):
/// `regime`, `semi_major_axis_km`, `eccentricity`, `period_min`, `in_leo_protected_region`,
/// `in_geo_protected_region`. (`decay_rate_km_per_day` needs an atmosphere: ``OrbitalLifetime``.)
public struct OrbitSummary: Sendable, Hashable, Codable {
    public static let model = "steward-two-body-geometry@1"

    public let regime: OrbitRegime
    public let semiMajorAxisKm: ModelledQuantity
    public let eccentricity: ModelledQuantity
    public let periodMinutes: ModelledQuantity
    /// The orbit is in, or passes through, IADC region A (perigee ≤ 2000 km). The IADC guidelines apply the LEO
    /// rules to objects "in, or passing through" the region, so crossing is what counts.
    public let inLEOProtectedRegion: Bool
    /// The orbit may pass through IADC region B (its altitude range overlaps GEO ± 200 km); see
    /// ``IADCProtectedRegions/crossesRegionB(_:)`` for why this is the conservative reading.
    public let inGEOProtectedRegion: Bool
    /// The stricter readings: the whole orbit inside region A, or inside region B.
    public let withinLEOProtectedRegion: Bool
    public let withinGEOProtectedRegion: Bool

    public init(orbit: EarthOrbit) {
        let assumptions = ["Keplerian two-body geometry; altitudes above the WGS 84 equatorial radius 6378.137 km; "
                           + "μ = 3.986004418e14 m³/s²."]
        regime = OrbitRegime.classify(orbit)
        semiMajorAxisKm = ModelledQuantity(value: orbit.semiMajorAxisKm, unit: "km", model: Self.model, assumptions: assumptions)
        eccentricity = ModelledQuantity(value: orbit.eccentricity, unit: "1", model: Self.model, assumptions: assumptions)
        periodMinutes = ModelledQuantity(value: orbit.periodMinutes, unit: "min", model: Self.model, assumptions: assumptions)
        inLEOProtectedRegion = IADCProtectedRegions.crossesRegionA(orbit)
        inGEOProtectedRegion = IADCProtectedRegions.crossesRegionB(orbit)
        withinLEOProtectedRegion = IADCProtectedRegions.isWithinRegionA(orbit)
        withinGEOProtectedRegion = IADCProtectedRegions.isWithinRegionB(orbit)
    }
}
