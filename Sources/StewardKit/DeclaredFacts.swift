import Diagnostics
import Foundation
import MissionModel
import RuleEngine

/// The facts of one mission as `steward facts` prints them (DESIGN §7, format `steward/facts@1`).
public struct FactsReport: Sendable {
    public static let format = "steward/facts@1"

    public var mission: Mission
    public var facts: [MissionModel.DeclaredFact]
    public var assumptions: [AssumptionOverride]
    /// Every catalogued derived fact, in path order: a value with model and assumptions, or why it is absent.
    public var derived: [DerivedEntry]
    /// The assumption values the physics used (defaults, then ruleset, then `--assume`), nil when invalid.
    public var effectiveAssumptions: DerivedAssumptions?

    /// One derived path and what the providers answered.
    public struct DerivedEntry: Sendable {
        public var path: String
        public var lookup: FactLookup
    }

    /// Computes every derived fact of `mission` with the ruleset's assumptions (none: the documented defaults,
    /// equal to the default ruleset's) and the command line's overrides.
    public init(mission: Mission, assumptions: [AssumptionOverride] = [],
                ruleset: [String: RuleEngine.FactValue] = [:]) {
        self.mission = mission
        self.facts = mission.declaredFacts
        self.assumptions = assumptions
        let physics = PhysicsAssumptions(ruleset: ruleset, overrides: assumptions)
        self.effectiveAssumptions = try? DerivedAssumptions(values: physics.values)
        let source = MissionFactSource(mission: mission, assumptions: physics)
        self.derived = source.derivedFacts.map { DerivedEntry(path: $0.path, lookup: $0.lookup) }
    }

    /// JSON with every object's keys in sorted order and numbers in their shortest round-trip form, so the
    /// output is byte-identical across runs and machines (diffable in CI).
    ///
    ///     {"assumptions": {…}, "facts": {"orbit.perigee_km": {"origin": "declared", "source": "m.yaml:20:15",
    ///      "unit": "km", "value": 525}, …}, "format": "steward/facts@1", "mission": "aurora-3u"}
    public func json() -> String {
        var factEntries: [(String, JSONText)] = []
        for fact in facts {
            // Every object's keys are written in sorted order, like the top level, so the output is
            // canonical: equal facts give byte-equal JSON whatever produced them.
            var fields: [(String, JSONText)] = []
            switch fact.origin {
            case .declared: fields.append(("origin", .string("declared")))
            case .defaulted: fields.append(("origin", .string("default")))
            case .computedFromDescriptor(let inputs):
                fields.append(("inputs", .array(inputs.map(JSONText.string))))
                fields.append(("origin", .string("computed_from_descriptor")))
            }
            fields.append(("source", .string(fact.location.description)))
            fields.append(("unit", fact.unit.map(JSONText.string) ?? .null))
            fields.append(("value", Self.json(fact.value)))
            factEntries.append((fact.path, .object(fields)))
        }
        for entry in derived {
            factEntries.append((entry.path, Self.json(entry)))
        }
        factEntries.sort { $0.0 < $1.0 }
        // The overrides as given (the effective value of every assumption a fact used is in its own entry).
        let assumptionEntries = latestAssumptions.map { ($0.key, Self.json($0.value)) }
        let root = JSONText.object([
            ("assumptions", .object(assumptionEntries)),
            ("facts", .object(factEntries)),
            ("format", .string(Self.format)),
            ("mission", .string(mission.id)),
        ])
        return root.render(indent: 0) + "\n"
    }

    /// Aligned columns for reading in a terminal: path, value and unit, source, and a marker for
    /// computed (`=`) or defaulted (`~`) values.
    public func text() -> String {
        var out = "mission \(mission.id): \(mission.name)\n"
        if !assumptions.isEmpty {
            out += "assumptions: " + latestAssumptions.map { "\($0.key)=\(Self.plain($0.value))" }.joined(separator: ", ") + "\n"
        }
        let rows = facts.map { fact -> (String, String, String) in
            let marker: String
            switch fact.origin {
            case .declared: marker = "  "
            case .defaulted: marker = "~ "
            case .computedFromDescriptor: marker = "= "
            }
            let value = Self.plain(fact.value) + (fact.unit.map { " \($0)" } ?? "")
            return (marker + fact.path, value, fact.location.description)
        }
        let pathWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = min(rows.map(\.1.count).max() ?? 0, 24)
        for (path, value, source) in rows {
            out += path.padding(toLength: pathWidth, withPad: " ", startingAt: 0) + "  "
            out += (value.count < valueWidth ? value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) : value) + "  "
            out += source + "\n"
        }
        out += "\(facts.count) facts (= computed from the descriptor, ~ default)\n"
        out += "\nderived facts (model and assumptions: --format json)\n"
        out += "physics assumptions: " + assumptionRows.map { "\($0.key)=\(Self.plain($0.value))" }.joined(separator: ", ") + "\n"
        let derivedRows = derived.map { entry -> (String, String, String) in
            switch entry.lookup {
            case .known(let fact):
                let value = Self.plain(fact.value) + (fact.unit.map { " \($0)" } ?? "")
                return ("  " + entry.path, value, fact.provenance.model ?? "")
            case .absent(let reason):
                return ("- " + entry.path, "absent", reason)
            }
        }
        let derivedWidth = derivedRows.map(\.0.count).max() ?? 0
        let derivedValueWidth = min(derivedRows.map(\.1.count).max() ?? 0, 24)
        for (path, value, note) in derivedRows {
            out += path.padding(toLength: derivedWidth, withPad: " ", startingAt: 0) + "  "
            out += (value.count < derivedValueWidth
                    ? value.padding(toLength: derivedValueWidth, withPad: " ", startingAt: 0) : value) + "  "
            out += note + "\n"
        }
        let absent = derived.filter { if case .absent = $0.lookup { return true } else { return false } }.count
        out += "\(derived.count - absent) derived facts, \(absent) absent (- marks an absent fact, with the reason)\n"
        return out
    }

    /// Effective assumption values by key (sorted): defaults, ruleset, then overrides; the overrides as given
    /// when the set is invalid (the command refuses invalid values before it gets here).
    var assumptionRows: [(key: String, value: JSONText)] {
        guard let effective = effectiveAssumptions else {
            return latestAssumptions.map { ($0.key, Self.json($0.value)) }
        }
        return DerivedAssumptions.specs.compactMap { spec -> (key: String, value: JSONText)? in
            if spec.key == "density_table", effective.densityTable == nil { return nil }
            let text = effective.text(of: spec.key)
            switch spec.kind {
            case .number, .integer: return (spec.key, Double(text).map(JSONText.number) ?? .string(text))
            case .choice, .path: return (spec.key, .string(text))
            }
        }.sorted { $0.key < $1.key }
    }

    /// A derived entry: `{"assumptions": {…}, "model": …, "origin": "derived", "source": "derived", "unit": …,
    /// "value": …}`, or for an absent fact `{"origin": "derived", "reason": …, "source": "derived", "unit": …,
    /// "value": null}`.
    static func json(_ entry: DerivedEntry) -> JSONText {
        let unit = StewardFactCatalog.standard[entry.path]?.unit
        switch entry.lookup {
        case .known(let fact):
            let used = (fact.provenance.assumptions ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, JSONText.string($0.value)) }
            return .object([
                ("assumptions", .object(used)),
                ("model", .string(fact.provenance.model ?? "")),
                ("origin", .string("derived")),
                ("source", .string("derived")),
                ("unit", (fact.unit ?? unit).map(JSONText.string) ?? .null),
                ("value", json(fact.value)),
            ])
        case .absent(let reason):
            return .object([
                ("origin", .string("derived")),
                ("reason", .string(reason)),
                ("source", .string("derived")),
                ("unit", unit.map(JSONText.string) ?? .null),
                ("value", .null),
            ])
        }
    }

    static func json(_ value: RuleEngine.FactValue) -> JSONText {
        switch value {
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .list(let items): return .array(items.map { json($0) })
        }
    }

    static func plain(_ value: RuleEngine.FactValue) -> String {
        switch value {
        case .number(let n): return JSONText.format(n)
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .list(let items): return "[" + items.map { plain($0) }.joined(separator: ", ") + "]"
        }
    }

    static func plain(_ value: JSONText) -> String {
        switch value {
        case .number(let n): return JSONText.format(n)
        case .string(let s): return s
        default: return value.render(indent: 0)
        }
    }

    /// When a key is given twice, the last one wins (as with most command-line tools); sorted by key.
    var latestAssumptions: [AssumptionOverride] {
        var byKey: [String: AssumptionOverride] = [:]
        for assumption in assumptions { byKey[assumption.key] = assumption }
        return byKey.values.sorted { $0.key < $1.key }
    }
}

/// A minimal JSON value with a deterministic writer (object keys keep the order given).
enum JSONText {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    func render(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let closingPad = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return Self.format(n)
        case .string(let s): return Self.quote(s)
        case .array(let items):
            // Lists of scalars stay on one line: they are short in facts output.
            return "[" + items.map { $0.render(indent: indent + 1) }.joined(separator: ", ") + "]"
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            let body = fields.map { pad + Self.quote($0.0) + ": " + $0.1.render(indent: indent + 1) }
            return "{\n" + body.joined(separator: ",\n") + "\n" + closingPad + "}"
        }
    }

    /// The shared shortest round-trip form (valid JSON for finite values); non-finite values are null.
    static func format(_ n: Double) -> String {
        n.isFinite ? NumberFormatting.shortest(n) : "null"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
