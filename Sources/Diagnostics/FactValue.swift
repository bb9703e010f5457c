import Foundation

/// A fact's value: what a mission descriptor declares and what a rule reads, in the four shapes facts take.
///
/// Units are not part of the value: they live in the rule engine's catalogue (the static type of a path) and in
/// each fact (what a source actually supplied), so arithmetic stays plain `Double` work. Defined here, in the
/// lowest module that both the mission model and the rule engine depend on, so there is one value type.
public enum FactValue: Sendable, Hashable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case list([FactValue])
}

extension FactValue {
    /// A list of strings, as a descriptor's list of names becomes.
    public static func strings(_ items: [String]) -> FactValue { .list(items.map { .string($0) }) }
    /// A list of numbers, as a descriptor's dimensions become.
    public static func numbers(_ items: [Double]) -> FactValue { .list(items.map { .number($0) }) }
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

