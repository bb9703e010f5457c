import Diagnostics

/// Where a fact came from, so a reader of the report can check it.
///
/// A plain struct rather than an enum with payloads keeps the JSON flat and stable:
/// `{"kind": "declared", "location": "aurora.yaml:14:16"}` or
/// `{"kind": "derived", "model": "…", "assumptions": {…}}`.
public struct Provenance: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Written in the mission descriptor.
        case declared
        /// Computed by a physics provider.
        case derived
        /// A ruleset assumption (possibly overridden with `--assume`).
        case assumption
        /// Given by a ruleset's inline example.
        case example
    }

    public var kind: Kind
    /// `file:line:col` of a declared fact or example value.
    public var location: String?
    /// The model that computed a derived fact, e.g. "King-Hele decay with NRLMSISE-00".
    public var model: String?
    /// The assumptions the model used, by key, as printed text.
    public var assumptions: [String: String]?

    public init(kind: Kind, location: String? = nil, model: String? = nil, assumptions: [String: String]? = nil) {
        self.kind = kind
        self.location = location
        self.model = model
        self.assumptions = assumptions
    }

    public static func declared(at location: SourceLocation) -> Provenance {
        Provenance(kind: .declared, location: location.description)
    }

    public static func derived(model: String, assumptions: [String: String] = [:]) -> Provenance {
        Provenance(kind: .derived, model: model, assumptions: assumptions)
    }
}

/// A value found at a path, with its unit and provenance.
public struct Fact: Sendable, Hashable {
    public var value: FactValue
    public var unit: String?
    public var provenance: Provenance

    public init(value: FactValue, unit: String? = nil, provenance: Provenance) {
        self.value = value
        self.unit = unit
        self.provenance = provenance
    }
}

/// The answer of a `FactSource` for one path: a fact, or why there is none.
public enum FactLookup: Sendable, Hashable {
    case known(Fact)
    /// The fact is not available; `reason` is shown to the user ("not declared in the descriptor",
    /// "lifetime model outside its validity range above 2000 km", …).
    case absent(reason: String)
}
