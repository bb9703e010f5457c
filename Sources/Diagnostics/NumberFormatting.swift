import Foundation

/// The one number formatter of Steward's human-facing text, so the same value always prints the same way:
/// `shortest` echoes a value exactly (diagnostics quoting the user's input, JSON), `readable` rounds to four
/// significant digits (reports, `steward facts` text, the certificate page), `fixed` gives scores and
/// percentages their decimals. It lives in Diagnostics, the lowest module that prints numbers; RuleEngine
/// re-exports it. SVG coordinates use `SVGNumber` (fixed decimals without trailing zeros, for geometry).
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
