import Diagnostics

/// A typed value at a dotted path, taken from a mission descriptor.
///
/// This is the mission model's side of the fact base: the rule engine sees missions only as facts, so the
/// value types are deliberately few and general.
public struct DeclaredFact: Sendable, Hashable {
    /// Dotted path, e.g. `orbit.perigee_km`; list items are addressed as `spacecraft.components[0].mass_kg`.
    public var path: String
    public var value: FactValue
    /// Unit from the key's suffix (`_km` → `km`), nil for unitless values.
    public var unit: String?
    /// Where the value was written; for computed and defaulted facts, where their inputs were written.
    public var location: SourceLocation
    public var origin: FactOrigin

    public init(path: String, value: FactValue, unit: String? = nil, location: SourceLocation, origin: FactOrigin = .declared) {
        self.path = path
        self.value = value
        self.unit = unit
        self.location = location
        self.origin = origin
    }
}

/// The value of a fact.
public enum FactValue: Sendable, Hashable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case strings([String])
    case numbers([Double])
}

/// Where a fact's value comes from.
public enum FactOrigin: Sendable, Hashable {
    /// Written in the descriptor.
    case declared
    /// Computed from other descriptor values by exact arithmetic (e.g. apsides from a TLE), not by a physics model.
    case computedFromDescriptor(inputs: [String])
    /// Not written; the documented default of the format applies (e.g. `spacecraft.count: 1`).
    case defaulted
}

/// Units named by key suffixes, the descriptor's convention for carrying units in names.
public enum UnitSuffix {
    /// Suffix → unit symbol, longest suffixes first so `_m2` wins over `_m`. The symbols are the rule
    /// engine's (`FactCatalog.unitSuffixes`), so a declared fact and its catalogue entry agree on the unit.
    public static let table: [(suffix: String, unit: String)] = [
        ("_km_per_day", "km/day"), ("_km_s", "km/s"), ("_m_s", "m/s"), ("_m2", "m²"), ("_km", "km"), ("_deg", "deg"),
        ("_kg", "kg"), ("_years", "years"), ("_hours", "h"), ("_min", "min"), ("_m", "m"), ("_s", "s"),
        ("_pc", "probability"), ("_sfu", "sfu"),
    ]

    /// The unit of the value at `path`, from the suffix of its last key.
    public static func unit(forPath path: String) -> String? {
        let lastKey = path.split(separator: ".").last.map(String.init) ?? path
        let key = lastKey.split(separator: "[").first.map(String.init) ?? lastKey
        return table.first { key.hasSuffix($0.suffix) && key.count > $0.suffix.count }?.unit
    }
}
