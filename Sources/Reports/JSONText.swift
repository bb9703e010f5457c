import Foundation
import RuleEngine

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
