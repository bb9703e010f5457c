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
        // The byte, not Foundation's substring search: the text is digits, a sign and at most one point.
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// Fixed decimals for human-facing scores (`0.733`); never used where a value must round-trip.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var text = ""
        withFixed(value, decimals: decimals) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// The UTF-8 bytes of `fixed(value, decimals:)`, handed to `body`: for writers that build their text as bytes
    /// (the text report writes some sixty scores per rating) and need no `String` of each. Not generic, so that
    /// callers in other modules pay no generic dispatch.
    public static func withFixed(_ value: Double, decimals: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let scale = pow10(decimals)
        let rounded = (value * scale).rounded() / scale
        let whole = Int64(rounded.rounded(.towardZero))
        // -0.0004 to three decimals is "-0.000": the sign of a value that rounds to zero is kept.
        let negative = rounded < 0
        let fraction = decimals > 0 ? Int64((abs(rounded) * scale).rounded()) % Int64(scale) : 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24 + max(decimals, 0)) { room in
            var count = 0
            if negative {
                room[count] = UInt8(ascii: "-")
                count += 1
            }
            count += writeDigits(whole.magnitude, width: 1, to: UnsafeMutableBufferPointer(rebasing: room[count...]))
            if decimals > 0 {
                room[count] = UInt8(ascii: ".")
                count += 1
                count += writeDigits(UInt64(fraction), width: decimals, to: UnsafeMutableBufferPointer(rebasing: room[count...]))
            }
            body(UnsafeBufferPointer(rebasing: room[..<count]))
        }
    }

    /// Writes `value` in decimal at the start of `room`, with leading zeros to at least `width` digits; returns the
    /// number of digits.
    private static func writeDigits(_ value: UInt64, width: Int, to room: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let count = max(digits, width)
        var value = value
        for index in stride(from: count - 1, through: 0, by: -1) {
            room[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        return count
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }
}
