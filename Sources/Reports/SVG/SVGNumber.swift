/// Deterministic, locale-free number text for SVG coordinates and chart labels.
///
/// Golden files must not change with the C locale, the platform's `printf`, or floating-point noise in the
/// last digit, so numbers are rounded half away from zero to a fixed number of decimals and written
/// without trailing zeros (`12.5`, not `12.50`; `-0` becomes `0`).
public enum SVGNumber {
    /// `value` rounded to `decimals` places (0…6), trailing zeros dropped. Non-finite values give "0".
    public static func format(_ value: Double, decimals: Int = 2) -> String {
        let text = fixed(value, decimals: decimals)
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// `value` rounded to exactly `decimals` places (0…6), keeping trailing zeros: `0.70` for a score
    /// label that should read as two decimals. Non-finite values give "0".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let places = min(max(decimals, 0), 6)
        guard value.isFinite else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        // Clamp to a range an Int64 holds; charts never need more.
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        let units = Int64(max(min(scaled, 9.0e15), -9.0e15))
        let negative = units < 0
        let magnitude = units.magnitude
        let scaleInt = UInt64(scale)
        let whole = magnitude / scaleInt
        let fraction = magnitude % scaleInt
        var text = String(whole)
        if places > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: places - fractionText.count) + fractionText
        }
        return (negative ? "-" : "") + text
    }
}
