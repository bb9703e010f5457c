import Foundation
import Diagnostics

/// State shared by one load of one descriptor: every diagnostic found, and where each value was written.
///
/// A reference type so that nested section readers can all add to the same collection without threading
/// two `inout` parameters through every call. It never leaves the loader, so it needs no `Sendable`.
final class LoadContext {
    var bag = DiagnosticBag()
    var locations: [String: SourceLocation] = [:]
    let source: SourceText
    /// The descriptor's directory, for files it names (`orbit.omm`); nil for a descriptor not read from disk.
    let baseDirectory: String?
    /// Physical properties the orbit message carried, with where each was written (filled in by `readOrbit`).
    var orbitMessagePhysical: OrbitMessagePhysical?
    /// Files the descriptor named and the loader read (`orbit.omm: FILE`).
    var referencedFiles: [ReferencedFile] = []

    init(source: SourceText, baseDirectory: String? = nil) {
        self.source = source
        self.baseDirectory = baseDirectory
    }
}

/// Reads one mapping of the descriptor strictly: typed fields, recorded locations, unknown keys reported.
///
/// Which keys exist, which are required, and every vocabulary and range come from the mapping's
/// `DescriptorSection` in `DescriptorFormat`; the loader only says where each value goes in the `Mission`.
struct SectionReader {
    private var reader: MappingReader
    let context: LoadContext
    /// The declared keys of this mapping.
    let section: DescriptorSection

    init?(_ node: YAMLNode, section: DescriptorSection, path: String, context: LoadContext) {
        guard let reader = MappingReader(node, path: path, bag: &context.bag) else { return nil }
        self.reader = reader
        self.context = context
        self.section = section
    }

    var path: String { reader.path }
    var node: YAMLNode { reader.node }
    func childPath(_ key: String) -> String { reader.childPath(key) }

    /// Whether the mapping contains `key`, without consuming it.
    func has(_ key: String) -> Bool { reader.contains(key) }

    /// The declaration of `key`; reading a key the table does not declare is a programming error.
    func field(_ key: String) -> DescriptorField {
        guard let field = section[key] else { preconditionFailure("'\(childPath(key))' is not declared in DescriptorFormat") }
        return field
    }

    /// Takes `key`, records where its value was written, and reports it missing when the table requires it.
    mutating func entry(_ key: String) -> YAMLEntry? {
        guard let required = section.requires(key) else { preconditionFailure("'\(childPath(key))' is not declared in DescriptorFormat") }
        let entry = required ? reader.require(key, bag: &context.bag) : reader.take(key)
        if let entry { context.locations[childPath(key)] = entry.value.location }
        return entry
    }

    /// Text: a quoted scalar, or a plain one that YAML does not read as a number or boolean. `vehicle: 5` is
    /// an error (quote it: `vehicle: "5"`), as it is to the JSON Schema, where 5 is not a string.
    mutating func string(_ key: String) -> String? {
        guard let entry = entry(key) else { return nil }
        guard isText(entry.value, childPath(key)) else { return nil }
        guard let text = entry.value.string(childPath(key), bag: &context.bag) else { return nil }
        if Self.isBlank(text) {
            context.bag.error("'\(childPath(key))' must not be empty", at: entry.value.location)
            return nil
        }
        return text
    }

    /// Whether `text` is empty once `CharacterSet.whitespaces` is trimmed. ASCII text (nearly all) is checked here,
    /// without bridging through Foundation for every text field of every descriptor.
    static func isBlank(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte != 0x20 && byte != 0x09 { return false }
        }
        return ascii || text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// False, with an error, when `node` is a plain scalar YAML reads as a number or boolean.
    mutating func isText(_ node: YAMLNode, _ path: String) -> Bool {
        guard let scalar = node.scalar, scalar.isPlain, !scalar.isNull, scalar.bool != nil || scalar.number != nil else { return true }
        context.bag.error("'\(path)' must be text, found \(node.kindDescription)", at: node.location,
                          notes: ["quote it to use it as text: \"\(scalar.text)\""])
        return false
    }

    mutating func bool(_ key: String) -> Bool? {
        entry(key).flatMap { $0.value.bool(childPath(key), bag: &context.bag) }
    }

    /// A finite number in the declared range, with the declared unit named in the range message.
    mutating func number(_ key: String) -> Double? {
        let field = field(key)
        guard case .number(let range) = field.value else { preconditionFailure("'\(childPath(key))' is not declared as a number") }
        let unit = field.unit ?? ""
        guard let entry = entry(key) else { return nil }
        if !range.minimumIsExclusive {
            return entry.value.number(childPath(key), in: range.minimum...range.maximum, unit: unit, bag: &context.bag)
        }
        guard let value = entry.value.number(childPath(key), greaterThan: range.minimum, unit: unit, bag: &context.bag) else { return nil }
        guard value <= range.maximum else {
            let u = unit.isEmpty ? "" : " \(unit)"
            context.bag.error("'\(childPath(key))' must be at most \(NumberFormatting.shortest(range.maximum))\(u), found \(entry.value.scalar?.text ?? "\(value)")",
                              at: entry.value.location)
            return nil
        }
        return value
    }

    mutating func integer(_ key: String) -> Int? {
        guard case .integer(let range) = field(key).value else { preconditionFailure("'\(childPath(key))' is not declared as an integer") }
        return entry(key).flatMap { $0.value.integer(childPath(key), in: range, bag: &context.bag) }
    }

    /// One value of a closed vocabulary; the table's vocabulary is the enum's, so the two cannot drift.
    mutating func oneOf<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type) -> Value?
    where Value.RawValue == String {
        assert(field(key).value.allowedValues == type.allCases.map(\.rawValue), "'\(childPath(key))': table and enum differ")
        return entry(key).flatMap { $0.value.oneOf(childPath(key), type, bag: &context.bag) }
    }

    mutating func date(_ key: String) -> CalendarDate? {
        guard let entry = entry(key), let text = entry.value.string(childPath(key), bag: &context.bag) else { return nil }
        guard let date = CalendarDate(text) else {
            if let refusal = CalendarDate.refusal(of: text) {
                context.bag.error("'\(childPath(key))' \(refusal), found '\(text)'", at: entry.value.location)
                return nil
            }
            context.bag.error("'\(childPath(key))' must be an ISO 8601 date (YYYY-MM-DD) or date-time with a UTC offset, found '\(text)'",
                              at: entry.value.location,
                              notes: ["examples: 2027-03-15, 2027-03-15T06:30:00Z"])
            return nil
        }
        return date
    }

    /// A list of non-empty strings.
    mutating func strings(_ key: String) -> [String]? {
        guard let entry = entry(key), let items = entry.value.list(childPath(key), bag: &context.bag) else { return nil }
        var values: [String] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let itemPath = "\(childPath(key))[\(index)]"
            if isText(item, itemPath), let text = item.string(itemPath, bag: &context.bag), !text.isEmpty { values.append(text) } else { failed = true }
        }
        return failed ? nil : values
    }

    /// A list drawn from a closed vocabulary; duplicates are errors (they usually hide a typo).
    mutating func values<Value: RawRepresentable & CaseIterable & Hashable>(_ key: String, _ type: Value.Type) -> [Value]?
    where Value.RawValue == String {
        assert(field(key).value.allowedValues == type.allCases.map(\.rawValue), "'\(childPath(key))': table and enum differ")
        guard let entry = entry(key), let items = entry.value.list(childPath(key), bag: &context.bag) else { return nil }
        var values: [Value] = []
        var failed = false
        for (index, item) in items.enumerated() {
            guard let value = item.oneOf("\(childPath(key))[\(index)]", type, bag: &context.bag) else { failed = true; continue }
            if values.contains(value) {
                context.bag.error("'\(childPath(key))' lists '\(value.rawValue)' twice", at: item.location)
                failed = true
            }
            values.append(value)
        }
        return failed ? nil : values
    }

    /// A list of positive lengths, as many as declared (or as `count` narrows it, e.g. by a component's shape),
    /// each at most the declared maximum.
    mutating func lengths(_ key: String, count narrowed: ClosedRange<Int>? = nil, describing names: [String]? = nil) -> [Double]? {
        guard case .lengths(let declared, let maximum) = field(key).value else {
            preconditionFailure("'\(childPath(key))' is not declared as lengths")
        }
        let count = narrowed ?? declared
        guard let entry = entry(key),
              let items = entry.value.list(childPath(key), bag: &context.bag) else { return nil }
        guard count.contains(items.count) else {
            let expected = count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
            let meaning = names.map { " (\($0.joined(separator: ", ")))" } ?? ""
            context.bag.error("'\(childPath(key))' must list \(expected) length\(expected == "1" ? "" : "s")\(meaning), found \(items.count)", at: entry.value.location)
            return nil
        }
        var values: [Double] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(childPath(key))[\(index)]"
            guard let value = item.number(itemPath, greaterThan: 0, unit: "m", bag: &context.bag) else { continue }
            guard value <= maximum else {
                context.bag.error("'\(itemPath)' must be at most \(NumberFormatting.shortest(maximum)) m, found \(item.scalar?.text ?? "\(value)")", at: item.location)
                continue
            }
            values.append(value)
        }
        return values.count == items.count ? values : nil
    }

    /// A nested mapping, read by a child reader whose path extends this one and whose keys are the table's.
    mutating func section(_ key: String) -> SectionReader? {
        guard case .section(let child) = field(key).value else { preconditionFailure("'\(childPath(key))' is not declared as a section") }
        guard let entry = entry(key) else { return nil }
        return SectionReader(entry.value, section: child, path: childPath(key), context: context)
    }

    /// A list of mappings (components, deployables), each with its own reader at `path[index]`.
    mutating func sections(_ key: String) -> [SectionReader]? {
        guard case .sections(let child) = field(key).value else { preconditionFailure("'\(childPath(key))' is not declared as a list of sections") }
        guard let entry = entry(key), let items = entry.value.list(childPath(key), bag: &context.bag) else { return nil }
        var readers: [SectionReader] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(childPath(key))[\(index)]"
            context.locations[itemPath] = item.location
            if let reader = SectionReader(item, section: child, path: itemPath, context: context) { readers.append(reader) }
        }
        return readers.count == items.count ? readers : nil
    }

    /// An uncertain input's distribution: its text (`uniform(2.0, 2.6)`, `± 15%`) or a plain number (fixed).
    /// A syntax error points at the offending character inside the string; a distribution that does not suit
    /// the input (out of its range, bernoulli for anything but disposal success) at the string's start.
    mutating func distribution(_ key: String) -> UncertaintyDistribution? {
        guard case .distribution(let input) = field(key).value else { preconditionFailure("'\(childPath(key))' is not declared as a distribution") }
        guard let entry = entry(key) else { return nil }
        let node = entry.value
        let path = childPath(key)
        guard let scalar = node.scalar, !scalar.isNull, !(scalar.isPlain && scalar.bool != nil) else {
            error("'\(path)' must be a distribution such as \"uniform(2.0, 2.6)\" or \"± 15%\", or a number, found \(node.kindDescription)",
                  at: node.location, notes: [UncertaintyDistribution.syntaxSummary])
            return nil
        }
        let locator = ScalarLocator(source: context.source, start: node.location)
        let distribution: UncertaintyDistribution
        if scalar.isPlain, let value = scalar.number {
            guard value.isFinite else {
                error("'\(path)' must be a finite number, found \(scalar.text)", at: node.location)
                return nil
            }
            distribution = .fixed(value)
        } else {
            do {
                distribution = try UncertaintyDistribution.parse(scalar.text)
            } catch {
                var notes = error.notes
                if scalar.isPlain, error.found == "end of text", scalar.text.contains("(") {
                    // `{mass_kg: uniform(3.9, 4.1)}`: in a flow collection YAML ends the plain value at the comma.
                    notes.insert("a ',' inside { } or [ ] ends an unquoted value: quote the distribution, e.g. {\(key): \"uniform(1, 2)\"}", at: 0)
                }
                self.error("'\(path)': \(error.message)", at: locator.location(ofValueOffset: error.offset, in: scalar.text), notes: notes)
                return nil
            }
        }
        if let problem = distribution.validate(for: input) {
            error("'\(path)': \(problem)", at: locator.location(ofValueOffset: 0, in: scalar.text))
            return nil
        }
        return distribution
    }

    /// A passivation item: `true`, `false`, or `not_applicable`.
    mutating func passivation(_ key: String) -> PassivationPlan? {
        guard let entry = entry(key) else { return nil }
        if let flag = entry.value.scalar?.bool { return flag ? .planned : .notPlanned }
        if let scalar = entry.value.scalar, scalar.text == PassivationPlan.notApplicable.rawValue { return .notApplicable }
        var notes = ["allowed values: true, false, not_applicable"]
        if let text = entry.value.scalar?.text, let hint = Suggestion.note(for: text, in: ["true", "false", "not_applicable"]) {
            notes.insert(hint, at: 0)
        }
        context.bag.error("'\(childPath(key))' must be true, false or not_applicable, found \(entry.value.kindDescription)",
                          at: entry.value.location, notes: notes)
        return nil
    }

    mutating func error(_ message: String, at location: SourceLocation, notes: [String] = []) {
        context.bag.error(message, at: location, notes: notes)
    }

    /// Where the value of `key` was written, if it was.
    func location(of key: String) -> SourceLocation? { context.locations[childPath(key)] }

    /// Reports every key the table does not declare for this mapping as unknown, with a did-you-mean.
    func finish() {
        reader.finish(bag: &context.bag, extraKnownKeys: section.keys)
    }

}
