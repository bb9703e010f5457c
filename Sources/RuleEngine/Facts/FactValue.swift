import Foundation

/// A value a rule can read: the four shapes mission facts take.
///
/// Units are not part of the value: they live in the `FactCatalog` (the static type of a path) and in
/// `Fact` (what a source actually supplied), so arithmetic in the evaluator stays plain `Double` work.
public enum FactValue: Sendable, Hashable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case list([FactValue])

    /// The value's type; an empty list's element type is `.any` because nothing constrains it.
    public var type: FactType {
        switch self {
        case .number: return .number
        case .string: return .string
        case .bool: return .bool
        case .list(let items): return .list(items.first?.type ?? .any)
        }
    }

    /// A short human form used in reports: numbers in shortest round-trip form, strings quoted.
    public var displayText: String {
        switch self {
        case .number(let value): return NumberFormatting.shortest(value)
        case .string(let text): return "\"\(text)\""
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let items): return "[" + items.map(\.displayText).joined(separator: ", ") + "]"
        }
    }

    /// The form human-facing reports print: numbers to four significant digits (`4.735`, `1.011e-4`), so a
    /// model output like 0.00010114659755408558 stays readable. The JSON report keeps full precision.
    public var readableText: String {
        switch self {
        case .number(let value): return NumberFormatting.readable(value)
        case .list(let items): return "[" + items.map(\.readableText).joined(separator: ", ") + "]"
        default: return displayText
        }
    }
}

extension FactValue: Codable {
    /// Encoded as the bare JSON value (`4.2`, `"LEO"`, `true`, `[…]`) so reports read naturally.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = .list(try container.decode([FactValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value.isFinite ? value : 0)
        case .string(let text): try container.encode(text)
        case .bool(let flag): try container.encode(flag)
        case .list(let items): try container.encode(items)
        }
    }
}
