import Testing
@testable import Diagnostics

@Suite("Unit suffixes")
struct UnitSuffixTests {
    /// The former implementation, which split the path into arrays of strings: the oracle for the slicing one.
    static func splittingUnit(forPath path: String) -> String? {
        let lastKey = path.split(separator: ".").last.map(String.init) ?? path
        let key = lastKey.split(separator: "[").first.map(String.init) ?? lastKey
        return UnitSuffix.table.first { key.hasSuffix($0.suffix) && key.count > $0.suffix.count }?.unit
    }

    static let paths = [
        "orbit.perigee_km", "spacecraft.components[3].mass_kg", "spacecraft.dimensions_m", "spacecraft.drag_area_m2",
        "derived.disposal.delta_v_m_s", "derived.lifetime.post_mission_years", "assumptions.f107_sfu", "id", "",
        "_km", "x._km", "a.b_km.", "a..b_s", "...", "[0]_kg", "a.[[", "a.[1]_m", "spacecraft.components[0]",
        "é.höhe_km", "a.b_min", "a.b_km_per_day", "a.b_km_s", "a.b_pc", "orbit.eccentricity",
        // A prepended concatenation mark joins the `_` after it into one character: no `_km` suffix then.
        "a.x\u{0600}_km", "a.\u{0600}_km", "a.é_km", "a.e\u{301}_km", "a.k\u{301}m_s",
    ]

    @Test("the unit of a path is read from its last key's suffix", arguments: paths)
    func sameAsSplitting(_ path: String) {
        #expect(UnitSuffix.unit(forPath: path) == Self.splittingUnit(forPath: path))
    }

    @Test("examples")
    func examples() {
        #expect(UnitSuffix.unit(forPath: "spacecraft.components[3].mass_kg") == "kg")
        #expect(UnitSuffix.unit(forPath: "spacecraft.drag_area_m2") == "m²")
        #expect(UnitSuffix.unit(forPath: "a.b_km_s") == "km/s")
        #expect(UnitSuffix.unit(forPath: "_km") == nil)
        #expect(UnitSuffix.unit(forPath: "orbit.eccentricity") == nil)
    }
}
