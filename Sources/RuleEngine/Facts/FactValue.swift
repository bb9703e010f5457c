import Diagnostics
import Foundation

/// The rule engine's name for the one fact value type, defined in Diagnostics so that the mission model's
/// declared facts and the rule engine's facts are the same values (neither module knows the other).
public typealias FactValue = Diagnostics.FactValue

extension FactValue {
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
