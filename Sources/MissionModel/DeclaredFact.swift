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

/// Where a fact's value comes from.
public enum FactOrigin: Sendable, Hashable {
    /// Written in the descriptor.
    case declared
    /// Computed from other descriptor values by exact arithmetic (e.g. apsides from a TLE), not by a physics model.
    case computedFromDescriptor(inputs: [String])
    /// Not written; the documented default of the format applies (e.g. `spacecraft.count: 1`).
    case defaulted
}
