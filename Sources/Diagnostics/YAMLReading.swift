/// Strict reading of a YAML mapping: every key a loader does not ask for is reported as unknown,
/// with a did-you-mean drawn from the keys the loader does know.
public struct MappingReader {
    public let node: YAMLNode
    /// Dotted path of this mapping in the document (e.g. `spacecraft.propulsion`), for messages.
    public let path: String
    /// The entries in file order, and which of them a `take` consumed. A descriptor's mappings hold a few dozen
    /// keys at most, so a scan finds a key faster than hashing it would (and a hostile mapping of 100,000 keys
    /// costs a scan per known key, not per key present).
    private let entries: [YAMLEntry]
    private var consumed: [Bool]
    private var asked: [String] = []

    /// Nil (with a diagnostic) when `node` is not a mapping.
    public init?(_ node: YAMLNode, path: String, bag: inout DiagnosticBag) {
        guard let entries = node.entries else {
            bag.error("\(path.isEmpty ? "document" : "'\(path)'") must be a mapping, found \(node.kindDescription)", at: node.location)
            return nil
        }
        self.node = node
        self.path = path
        self.entries = entries
        consumed = Array(repeating: false, count: entries.count)
    }

    /// All keys present, in file order.
    public var keys: [String] { entries.map(\.key) }

    /// Whether `key` is present (without taking it).
    public func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// Dotted path of a child key.
    public func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Takes the entry for `key` if present and remembers that `key` is a known key.
    /// A key written twice (which the loader reports) is consumed in both places, and the later one is taken.
    public mutating func take(_ key: String) -> YAMLEntry? {
        asked.append(key)
        var found: YAMLEntry?
        for index in entries.indices where entries[index].key == key {
            consumed[index] = true
            found = entries[index]
        }
        return found
    }

    /// Like `take`, but a missing key is an error.
    public mutating func require(_ key: String, bag: inout DiagnosticBag) -> YAMLEntry? {
        let entry = take(key)
        if entry == nil {
            // A present key that is a near miss is almost always the required one, misspelt: say so here,
            // next to the "unknown key" error that `finish` will report for it.
            let misspelt = entries.lazy.map(\.key).first { present in Suggestion.closest(to: present, in: [key]) != nil
                && present != key }
            let notes = misspelt.map { ["'\($0)' is present: is it misspelt?"] } ?? []
            bag.error("missing required key '\(key)' in \(path.isEmpty ? "document" : "'\(path)'")", at: node.location, notes: notes)
        }
        return entry
    }

    /// Unknown keys per mapping for which a did-you-mean is looked up.
    public static let maximumSuggestions = 50

    /// Reports every key that no `take` asked for. Call once, after reading the known keys.
    public func finish(bag: inout DiagnosticBag, extraKnownKeys: [String] = []) {
        let known = asked + extraKnownKeys
        var suggestionsTried = 0
        for (index, entry) in entries.enumerated() where !consumed[index] && !extraKnownKeys.contains(entry.key) {
            let key = entry.key
            var notes: [String] = []
            // Dozens of unknown keys in one mapping are not typos (wrong file, wrong nesting): stop looking
            // for near misses then, which keeps a hostile file with 100,000 keys fast.
            if suggestionsTried < Self.maximumSuggestions, let hint = Suggestion.note(for: key, in: known) { notes.append(hint) }
            suggestionsTried += 1
            bag.error("unknown key '\(key)' in \(path.isEmpty ? "document" : "'\(path)'")", at: entry.keyLocation, notes: notes)
        }
    }
}

// MARK: - Typed values

extension YAMLNode {
    /// A scalar read as text (numbers and booleans keep their written form); null and collections are errors.
    public func string(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> String? {
        guard let scalar, !scalar.isNull else {
            bag.error("'\(what())' must be a string, found \(kindDescription)", at: location)
            return nil
        }
        return scalar.text
    }

    /// A finite number.
    public func number(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> Double? {
        guard let scalar, let value = scalar.number else {
            bag.error("'\(what())' must be a number, found \(kindDescription)", at: location)
            return nil
        }
        guard value.isFinite else {
            bag.error("'\(what())' must be a finite number, found \(scalar.text)", at: location)
            return nil
        }
        return value
    }

    /// A finite number within `range`; the message states the range.
    public func number(_ what: @autoclosure () -> String, in range: ClosedRange<Double>, unit: String = "", bag: inout DiagnosticBag) -> Double? {
        guard let value = number(what(), bag: &bag) else { return nil }
        guard range.contains(value) else {
            let u = unit.isEmpty ? "" : " \(unit)"
            bag.error("'\(what())' must be between \(NumberFormatting.shortest(range.lowerBound)) and \(NumberFormatting.shortest(range.upperBound))\(u), found \(scalar?.text ?? "\(value)")",
                      at: location)
            return nil
        }
        return value
    }

    /// A finite number strictly greater than `bound` (e.g. masses, which may not be zero).
    public func number(_ what: @autoclosure () -> String, greaterThan bound: Double, unit: String = "", bag: inout DiagnosticBag) -> Double? {
        guard let value = number(what(), bag: &bag) else { return nil }
        guard value > bound else {
            let u = unit.isEmpty ? "" : " \(unit)"
            bag.error("'\(what())' must be greater than \(NumberFormatting.shortest(bound))\(u), found \(scalar?.text ?? "\(value)")", at: location)
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    public func integer(_ what: @autoclosure () -> String, in range: ClosedRange<Int>, bag: inout DiagnosticBag) -> Int? {
        guard let value = number(what(), bag: &bag) else { return nil }
        guard value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            bag.error("'\(what())' must be a whole number between \(range.lowerBound) and \(range.upperBound), found \(scalar?.text ?? "\(value)")",
                      at: location)
            return nil
        }
        return Int(value)
    }

    /// `true` or `false` (YAML 1.2: not yes/no).
    public func bool(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> Bool? {
        guard let value = scalar?.bool else {
            bag.error("'\(what())' must be true or false, found \(kindDescription)", at: location)
            return nil
        }
        return value
    }

    /// One of a closed vocabulary, with a did-you-mean on a near miss.
    public func oneOf<Value: RawRepresentable & CaseIterable>(_ what: @autoclosure () -> String, _ type: Value.Type, bag: inout DiagnosticBag) -> Value?
    where Value.RawValue == String {
        guard let text = string(what(), bag: &bag) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        var notes = ["allowed values: \(allowed.joined(separator: ", "))"]
        if let hint = Suggestion.note(for: text, in: allowed) { notes.insert(hint, at: 0) }
        bag.error("'\(what())' has an unknown value '\(text)'", at: location, notes: notes)
        return nil
    }

    /// The elements of a list; a single non-list value is an error.
    public func list(_ what: @autoclosure () -> String, bag: inout DiagnosticBag) -> [YAMLNode]? {
        guard let elements else {
            bag.error("'\(what())' must be a list, found \(kindDescription)", at: location)
            return nil
        }
        return elements
    }

}
