import Foundation

/// A JSON value whose objects keep their members in the order written, so a generated schema reads top-down
/// (`$schema`, `$id`, `title`, `description`, then properties in the order of the format's table) and is
/// byte-identical on every run.
public indirect enum SchemaJSON: Sendable, Equatable {
    case object([(String, SchemaJSON)])
    case array([SchemaJSON])
    case string(String)
    case number(Double)
    case bool(Bool)

    public static func == (lhs: SchemaJSON, rhs: SchemaJSON) -> Bool { lhs.text == rhs.text }

    /// The member `key` of an object.
    public subscript(key: String) -> SchemaJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// Pretty-printed with two-space indentation and a final line feed.
    public var text: String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += pad + Self.quoted(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += closing + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            // Short lists of scalars (enums, type lists, required keys) on one line would be shorter, but one
            // item per line keeps diffs of regenerated schemas to the lines that changed.
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += closing + "]"
        case .string(let text):
            out += Self.quoted(text)
        case .number(let value):
            out += Self.number(value)
        case .bool(let flag):
            out += flag ? "true" : "false"
        }
    }

    /// Whole numbers without a fraction (`1000000`), others in Swift's shortest round-trip form (`0.999999`,
    /// `1e-06`), both valid JSON.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

extension SchemaJSON: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(arrayLiteral elements: SchemaJSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, SchemaJSON)...) { self = .object(elements) }
}

/// Small builders for the schema nodes the generators repeat.
enum Schema {
    static func strings(_ values: [String]) -> SchemaJSON { .array(values.map { .string($0) }) }

    /// An object node: `additionalProperties` false for the input formats Steward reads strictly, true for
    /// outputs whose consumers must ignore fields added later within the same format tag.
    static func object(_ description: String, _ properties: [(String, SchemaJSON)], required: [String] = [],
                       closed: Bool, extra: [(String, SchemaJSON)] = []) -> SchemaJSON {
        var members: [(String, SchemaJSON)] = [("type", "object"), ("description", .string(description))]
        members.append(("additionalProperties", .bool(!closed)))
        if !required.isEmpty { members.append(("required", strings(required))) }
        members.append(("properties", .object(properties)))
        return .object(members + extra)
    }

    static func array(_ description: String, of items: SchemaJSON, extra: [(String, SchemaJSON)] = []) -> SchemaJSON {
        .object([("type", "array"), ("description", .string(description))] + extra + [("items", items)])
    }

    static func typed(_ type: String, _ description: String, _ extra: [(String, SchemaJSON)] = []) -> SchemaJSON {
        .object([("type", .string(type)), ("description", .string(description))] + extra)
    }

    static func string(_ description: String, _ extra: [(String, SchemaJSON)] = []) -> SchemaJSON { typed("string", description, extra) }
    static func number(_ description: String, _ extra: [(String, SchemaJSON)] = []) -> SchemaJSON { typed("number", description, extra) }
    static func integer(_ description: String, _ extra: [(String, SchemaJSON)] = []) -> SchemaJSON { typed("integer", description, extra) }
    static func boolean(_ description: String) -> SchemaJSON { typed("boolean", description) }
    static func oneOf(_ values: [String], _ description: String) -> SchemaJSON {
        typed("string", description, [("enum", strings(values))])
    }
    /// A number in [0, 1] (scores, shares, probabilities).
    static func fraction(_ description: String) -> SchemaJSON { number(description, [("minimum", 0), ("maximum", 1)]) }

    /// The document head every Steward schema starts with.
    static func document(id: String, title: String, description: String, body: SchemaJSON) -> SchemaJSON {
        guard case .object(let members) = body else { return body }
        return .object([("$schema", "http://json-schema.org/draft-07/schema#"), ("$id", .string(id)),
                        ("title", .string(title)), ("description", .string(description))]
            + members.filter { $0.0 != "description" })
    }
}
