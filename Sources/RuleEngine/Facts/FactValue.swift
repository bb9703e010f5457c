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

/// Number formatting shared by messages and reports, so the same value always prints the same way.
public enum NumberFormatting {
    /// Integers without a fractional part, everything else in Swift's shortest round-trip form.
    public static func shortest(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Four significant digits for human-facing values: integers as they are, plain decimals between 0.001
    /// and one million, scientific notation outside (`1.011e-4`). Deterministic: the same value always
    /// prints the same text.
    public static func readable(_ value: Double, significantDigits: Int = 4) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e6 {
            let exponent = Int(log10(magnitude).rounded(.down))
            let text = fixed(value, decimals: max(0, significantDigits - 1 - exponent))
            return trimmingZeros(text)
        }
        var exponent = Int(log10(magnitude).rounded(.down))
        var mantissa = value / pow10(exponent)
        if abs((mantissa * pow10(significantDigits - 1)).rounded()) >= pow10(significantDigits) {
            exponent += 1
            mantissa = value / pow10(exponent)
        }
        return trimmingZeros(fixed(mantissa, decimals: significantDigits - 1)) + "e" + String(exponent)
    }

    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// Fixed decimals for human-facing scores (`0.733`); never used where a value must round-trip.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let rounded = (value * scale).rounded() / scale
        var text = "\(Int64(rounded.rounded(.towardZero)))"
        if rounded < 0, Int64(rounded.rounded(.towardZero)) == 0 { text = "-0" }
        guard decimals > 0 else { return text }
        let fraction = Int64((abs(rounded) * scale).rounded()) % Int64(scale)
        let digits = String(fraction)
        return text + "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }
}
