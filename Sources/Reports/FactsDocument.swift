import RuleEngine

/// What `steward facts` prints, as a renderer's input: the mission's declared facts, every catalogued derived
/// fact (a value with model and assumptions, or why it is absent) and the assumptions in force. StewardKit
/// fills it (`FactsReport`); this type only writes it, as aligned text or `steward/facts@1` JSON.
public struct FactsDocument: Sendable {
    public static let format = "steward/facts@1"

    /// How a declared fact came to be: written, defaulted, or computed from other descriptor fields.
    public enum Origin: Sendable, Hashable {
        case declared
        case defaulted
        case computedFromDescriptor(inputs: [String])
    }

    /// A fact of the descriptor, with where it was written (`file:line:col`).
    public struct Declared: Sendable {
        public var path: String
        public var value: FactValue
        public var unit: String?
        public var source: String
        public var origin: Origin

        public init(path: String, value: FactValue, unit: String?, source: String, origin: Origin) {
            self.path = path
            self.value = value
            self.unit = unit
            self.source = source
            self.origin = origin
        }
    }

    /// A catalogued derived path, its catalogue unit, and what the providers answered.
    public struct Derived: Sendable {
        public var path: String
        public var catalogUnit: String?
        public var lookup: FactLookup

        public init(path: String, catalogUnit: String?, lookup: FactLookup) {
            self.path = path
            self.catalogUnit = catalogUnit
            self.lookup = lookup
        }
    }

    public var missionID: String
    public var missionName: String
    /// The `--assume` overrides as given, last one per key, sorted by key.
    public var overrides: [(key: String, value: FactValue)]
    public var declared: [Declared]
    public var derived: [Derived]
    /// Effective physics assumption values by key (sorted): defaults, ruleset, then overrides.
    public var physicsAssumptions: [(key: String, value: FactValue)]

    public init(missionID: String, missionName: String, overrides: [(key: String, value: FactValue)],
                declared: [Declared], derived: [Derived], physicsAssumptions: [(key: String, value: FactValue)]) {
        self.missionID = missionID
        self.missionName = missionName
        self.overrides = overrides
        self.declared = declared
        self.derived = derived
        self.physicsAssumptions = physicsAssumptions
    }

    /// JSON with every object's keys in sorted order and numbers in their shortest round-trip form, so the
    /// output is byte-identical across runs and machines (diffable in CI).
    ///
    ///     {"assumptions": {…}, "facts": {"orbit.perigee_km": {"origin": "declared", "source": "m.yaml:20:15",
    ///      "unit": "km", "value": 525}, …}, "format": "steward/facts@1", "mission": "aurora-3u"}
    public func json() -> String {
        var factEntries: [(String, JSONText)] = []
        for fact in declared {
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
            fields.append(("source", .string(fact.source)))
            fields.append(("unit", fact.unit.map(JSONText.string) ?? .null))
            fields.append(("value", Self.json(fact.value)))
            factEntries.append((fact.path, .object(fields)))
        }
        for entry in derived {
            factEntries.append((entry.path, Self.json(entry)))
        }
        factEntries.sort { $0.0 < $1.0 }
        // The overrides as given (the effective value of every assumption a fact used is in its own entry).
        let root = JSONText.object([
            ("assumptions", .object(overrides.map { ($0.key, Self.json($0.value)) })),
            ("facts", .object(factEntries)),
            ("format", .string(Self.format)),
            ("mission", .string(missionID)),
        ])
        return root.render(indent: 0) + "\n"
    }

    /// Aligned columns for reading in a terminal: path, value and unit, source, and a marker for
    /// computed (`=`) or defaulted (`~`) values. Declared values are echoed as written; computed, derived and
    /// assumed numbers print to four significant digits like every report (the JSON keeps full precision).
    /// Text from the descriptor goes through `TextEscaping.visible` before the columns are measured.
    public func text() -> String {
        let safe = TextEscaping.visible
        var out = safe("mission \(missionID): \(missionName)") + "\n"
        if !overrides.isEmpty {
            out += safe("assumptions: " + overrides.map { "\($0.key)=\(Self.plain($0.value))" }.joined(separator: ", ")) + "\n"
        }
        let rows = declared.map { fact -> (String, String, String) in
            let marker: String
            switch fact.origin {
            case .declared: marker = "  "
            case .defaulted: marker = "~ "
            case .computedFromDescriptor: marker = "= "
            }
            let value = Self.plain(fact.value, exact: fact.origin == .declared) + (fact.unit.map { " \($0)" } ?? "")
            return (safe(marker + fact.path), safe(value), safe(fact.source))
        }
        let pathWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = min(rows.map(\.1.count).max() ?? 0, 24)
        for (path, value, source) in rows {
            out += path.padding(toLength: pathWidth, withPad: " ", startingAt: 0) + "  "
            out += (value.count < valueWidth ? value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) : value) + "  "
            out += source + "\n"
        }
        out += "\(declared.count) facts (= computed from the descriptor, ~ default)\n"
        out += "\nderived facts (model and assumptions: --format json)\n"
        out += safe("physics assumptions: " + physicsAssumptions.map { "\($0.key)=\(Self.plain($0.value))" }.joined(separator: ", ")) + "\n"
        let derivedRows = derived.map { entry -> (String, String, String) in
            switch entry.lookup {
            case .known(let fact):
                let value = Self.plain(fact.value) + (fact.unit.map { " \($0)" } ?? "")
                return (safe("  " + entry.path), safe(value), safe(fact.provenance.model ?? ""))
            case .absent(let reason):
                return (safe("- " + entry.path), "absent", safe(reason))
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

    /// A derived entry: `{"assumptions": {…}, "model": …, "origin": "derived", "source": "derived", "unit": …,
    /// "value": …}`, or for an absent fact `{"origin": "derived", "reason": …, "source": "derived", "unit": …,
    /// "value": null}`.
    static func json(_ entry: Derived) -> JSONText {
        switch entry.lookup {
        case .known(let fact):
            let used = (fact.provenance.assumptions ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, JSONText.string($0.value)) }
            return .object([
                ("assumptions", .object(used)),
                ("model", .string(fact.provenance.model ?? "")),
                ("origin", .string("derived")),
                ("source", .string("derived")),
                ("unit", (fact.unit ?? entry.catalogUnit).map(JSONText.string) ?? .null),
                ("value", json(fact.value)),
            ])
        case .absent(let reason):
            return .object([
                ("origin", .string("derived")),
                ("reason", .string(reason)),
                ("source", .string("derived")),
                ("unit", entry.catalogUnit.map(JSONText.string) ?? .null),
                ("value", .null),
            ])
        }
    }

    static func json(_ value: FactValue) -> JSONText {
        switch value {
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .list(let items): return .array(items.map { json($0) })
        }
    }

    /// A value for the text columns. `exact`: numbers in the shortest round-trip form, for values the user
    /// wrote; otherwise four significant digits (`NumberFormatting.readable`).
    static func plain(_ value: FactValue, exact: Bool = false) -> String {
        switch value {
        case .number(let n): return exact ? JSONText.format(n) : NumberFormatting.readable(n)
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .list(let items): return "[" + items.map { plain($0, exact: exact) }.joined(separator: ", ") + "]"
        }
    }
}
