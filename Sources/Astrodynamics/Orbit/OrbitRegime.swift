/// The body an orbit is centred on, as a mission descriptor states it (`orbit.central_body`).
public enum CentralBody: String, Sendable, Hashable, Codable, CaseIterable {
    case earth, moon, sun
}

/// The orbital regimes Steward's rules speak about (`derived.orbit.regime`).
///
/// Earth-orbit classes follow the ESA Space Debris Office's orbit definitions (ESA's Annual Space Environment
/// Report, GEN-DB-LOG-00288-OPS-SD, §1.1 "Definitions"), which classify by perigee and apogee altitude and
/// inclination. Their crossing classes are folded into the eight regimes Steward uses, as documented on
/// ``classify(perigeeAltitudeKm:apogeeAltitudeKm:inclinationDeg:centralBody:)``.
public enum OrbitRegime: String, Sendable, Hashable, Codable, CaseIterable {
    case leo = "LEO"
    case meo = "MEO"
    case geo = "GEO"
    case gto = "GTO"
    case heo = "HEO"
    case cislunar
    case lunar
    case heliocentric

    /// Upper altitude of LEO, km: ESA class LEO (h_p, h_a ≤ 2000 km), which is also IADC protected region A.
    public static let leoCeilingKm = 2000.0
    /// Boundary between MEO and the GEO/GTO apogee band, km (ESA classes MEO, MGO, GTO: 31,570 km).
    public static let meoCeilingKm = 31_570.0
    /// Upper apogee of GTO and MGO, above which an orbit is highly eccentric (ESA classes GTO, HEO: 40,000 km).
    public static let gtoApogeeCeilingKm = 40_000.0
    /// GEO band, km: 35,586…35,986 (ESA class GEO, the same ±200 km as IADC protected region B).
    public static let geoBandKm = 35_586.0...35_986.0
    /// Geosynchronous semi-major axes (ESA classes EGO and IGO: 37,948 ≤ a ≤ 46,380 km) as mean altitude a − R⊕.
    public static let geosynchronousMeanAltitudeKm = (37_948.0 - Earth.equatorialRadiusKm)...(46_380.0 - Earth.equatorialRadiusKm)
    /// Largest eccentricity of the ESA EGO and IGO classes.
    public static let geosynchronousMaximumEccentricity = 0.25
    /// An Earth orbit whose apogee reaches the Moon's sphere of influence is cislunar: mean Earth–Moon distance
    /// 384,400 km (NASA Moon fact sheet) minus the Laplace sphere of influence r = a (m_Moon/m_Earth)^(2/5)
    /// ≈ 66,100 km (derived with m_Moon/m_Earth = 0.0123). Steward's own criterion: ESA has no cislunar class.
    public static let cislunarApogeeRadiusKm = 384_400.0 - 66_100.0

    /// Classifies an orbit.
    ///
    /// Criteria, in order (altitudes above the equatorial radius):
    /// - central body Moon → `lunar`; Sun → `heliocentric`;
    /// - apogee radius ≥ 318,300 km (reaches the Moon's sphere of influence) → `cislunar`;
    /// - geosynchronous: 37,948 ≤ a ≤ 46,380 km and e ≤ 0.25, at any inclination → `GEO`. This is the union of the
    ///   ESA classes GEO (h_p, h_a in 35,586…35,986 km, i ≤ 25°), EGO (extended GEO, i ≤ 25°) and IGO (inclined
    ///   geosynchronous, i > 25°): all share the GEO disposal problem (re-orbit above region B);
    /// - ESA LEO (h_p, h_a ≤ 2000 km) → `LEO`;
    /// - ESA GTO (h_p ≤ 2000 km, 31,570 ≤ h_a ≤ 40,000 km, i ≤ 90°) → `GTO`;
    /// - ESA MEO (2000 ≤ h_p, h_a ≤ 31,570 km) and MGO (MEO–GEO crossing: h_p in 2000…31,570, h_a in 31,570…40,000)
    ///   → `MEO`;
    /// - everything else still bound to the Earth — ESA HEO (h_a > 40,000 km), LMO (LEO–MEO crossing) and
    ///   retrograde GTO-like orbits — → `HEO`. These are the eccentric orbits whose disposal rules turn on
    ///   whether they cross the protected regions, which ``IADCProtectedRegions`` answers separately.
    public static func classify(perigeeAltitudeKm hp: Double, apogeeAltitudeKm ha: Double, inclinationDeg i: Double,
                                centralBody: CentralBody = .earth) -> OrbitRegime {
        switch centralBody {
        case .moon: return .lunar
        case .sun: return .heliocentric
        case .earth: break
        }
        if ha + Earth.equatorialRadiusKm >= cislunarApogeeRadiusKm { return .cislunar }
        let meanAltitude = (hp + ha) / 2
        let eccentricity = (ha - hp) / (ha + hp + 2 * Earth.equatorialRadiusKm)
        if geosynchronousMeanAltitudeKm.contains(meanAltitude), eccentricity <= geosynchronousMaximumEccentricity { return .geo }
        if ha <= leoCeilingKm { return .leo }
        if hp <= leoCeilingKm, ha >= meoCeilingKm, ha <= gtoApogeeCeilingKm, i <= 90 { return .gto }
        if hp >= leoCeilingKm, hp <= meoCeilingKm, ha <= gtoApogeeCeilingKm { return .meo }
        return .heo
    }

    /// Classifies an Earth orbit.
    public static func classify(_ orbit: EarthOrbit) -> OrbitRegime {
        classify(perigeeAltitudeKm: orbit.perigeeAltitudeKm, apogeeAltitudeKm: orbit.apogeeAltitudeKm,
                 inclinationDeg: orbit.inclinationDeg)
    }
}
