/// One key of the mission descriptor, declared once: the loader takes its allowed keys, required keys, closed
/// vocabularies and numeric ranges from these declarations, and `steward schema mission` generates the JSON
/// Schema from the same ones, so the two cannot disagree. A new descriptor field is one entry in
/// `DescriptorFormat` (plus the line of the loader that stores it in the typed `Mission`).
public struct DescriptorField: Sendable {
    /// The key as written in YAML.
    public var key: String
    /// What the value must be.
    public var value: DescriptorValue
    /// Unit of a number (also written in the key's suffix: `_km`, `_kg`, …); nil for dimensionless values.
    public var unit: String?
    /// Whether the key must be present in its section.
    public var required: Bool
    /// What the field means, for people (schema descriptions, editors' hovers).
    public var doc: String
    /// The guidelines or clauses the field serves, e.g. `LTS B.8`.
    public var guidelines: [String]

    public init(_ key: String, _ value: DescriptorValue, unit: String? = nil, required: Bool = false,
                guidelines: [String] = [], doc: String) {
        self.key = key
        self.value = value
        self.unit = unit
        self.required = required
        self.doc = doc
        self.guidelines = guidelines
    }

    /// The description a schema shows: the doc, the unit and the guidelines served.
    public var description: String {
        var text = doc
        if let unit { text += " Unit: \(unit)." }
        if !guidelines.isEmpty { text += " Serves: \(guidelines.joined(separator: ", "))." }
        return text
    }
}

/// The value a descriptor key takes.
public indirect enum DescriptorValue: Sendable {
    /// Exactly this string (the `format` tag).
    case constant(String)
    /// A non-empty string; `pattern` is the regular expression a schema states (the loader checks the same
    /// rule in code, e.g. identifiers and e-mail addresses).
    case text(pattern: String? = nil)
    /// An ISO 8601 date or date-time with a UTC offset.
    case date
    case boolean
    case number(DescriptorRange)
    case integer(ClosedRange<Int>)
    /// One of a closed vocabulary, written as a string.
    case oneOf([String])
    /// A list of non-empty strings.
    case texts
    /// A list drawn from a closed vocabulary, without duplicates.
    case values([String])
    /// A list of lengths in metres, each positive and at most `maximum`.
    case lengths(count: ClosedRange<Int>, maximum: Double)
    /// A passivation item: `true`, `false` or `not_applicable`.
    case passivation
    /// A two-line element set: a block scalar or a list of two or three lines.
    case twoLineElements
    /// A CCSDS Orbit Mean-Elements Message: inline KVN (a block scalar) or the name of a message file beside
    /// the descriptor.
    case orbitMeanElements
    /// How one uncertain input varies between Monte Carlo draws: distribution text (`uniform(2.0, 2.6)`,
    /// `± 15%`, …, read by `UncertaintyDistribution.parse`) or a plain number (a fixed value), valid for `input`.
    case distribution(UncertainInput)
    /// A nested mapping.
    case section(DescriptorSection)
    /// A list of mappings of the same shape.
    case sections(DescriptorSection)

    /// The allowed values of `oneOf`, `values` and `passivation`, for tests and generators.
    public var allowedValues: [String]? {
        switch self {
        case .oneOf(let values), .values(let values): return values
        case .passivation: return PassivationPlan.allCases.map(\.rawValue)
        default: return nil
        }
    }
}

/// A number's allowed interval: `minimum` inclusive or exclusive, `maximum` inclusive.
public struct DescriptorRange: Sendable, Hashable {
    public var minimum: Double
    public var minimumIsExclusive: Bool
    public var maximum: Double

    /// `minimum ... maximum`, both ends allowed.
    public static func closed(_ minimum: Double, _ maximum: Double) -> DescriptorRange {
        DescriptorRange(minimum: minimum, minimumIsExclusive: false, maximum: maximum)
    }

    /// Greater than `minimum`, at most `maximum` (masses and areas may not be zero).
    public static func above(_ minimum: Double, atMost maximum: Double) -> DescriptorRange {
        DescriptorRange(minimum: minimum, minimumIsExclusive: true, maximum: maximum)
    }

    public func contains(_ value: Double) -> Bool {
        (minimumIsExclusive ? value > minimum : value >= minimum) && value <= maximum
    }
}

/// The keys of one mapping of the descriptor.
public struct DescriptorSection: Sendable {
    public var fields: [DescriptorField]
    /// Groups of keys of which exactly one must be given, each group complete (the orbit's three forms).
    public var alternatives: [(name: String, keys: [String])]

    public init(_ fields: [DescriptorField], alternatives: [(name: String, keys: [String])] = []) {
        self.fields = fields
        self.alternatives = alternatives
    }

    public var keys: [String] { fields.map(\.key) }

    public subscript(key: String) -> DescriptorField? {
        // By index: `first(where:)` copied every field it passed (a dozen retains each), for every key read.
        for index in fields.indices where fields[index].key == key { return fields[index] }
        return nil
    }

    /// Whether `key` is required, or nil when it is not declared; read in place, without copying the field.
    func requires(_ key: String) -> Bool? {
        for index in fields.indices where fields[index].key == key { return fields[index].required }
        return nil
    }

    /// The section declared at `key`, for nested mappings and lists of mappings.
    public func child(_ key: String) -> DescriptorSection? {
        switch self[key]?.value {
        case .section(let section), .sections(let section): return section
        default: return nil
        }
    }

    /// Every field with its dotted path (`spacecraft.components[].mass_kg`), depth first, in declaration order.
    public func flattened(prefix: String = "") -> [(path: String, field: DescriptorField)] {
        var result: [(String, DescriptorField)] = []
        for field in fields {
            let path = prefix.isEmpty ? field.key : "\(prefix).\(field.key)"
            result.append((path, field))
            switch field.value {
            case .section(let section): result += section.flattened(prefix: path)
            case .sections(let section): result += section.flattened(prefix: path + "[]")
            default: break
            }
        }
        return result
    }
}
