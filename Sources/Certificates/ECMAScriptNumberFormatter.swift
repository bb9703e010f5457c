/// Formats a double the way ECMAScript's `Number.prototype.toString()` does (ECMA-262, Number::toString),
/// which is the number form RFC 8785 §3.2.2.3 requires.
///
/// The digits are the shortest decimal string that reads back to the same double. Swift's own
/// `description` already produces exactly those digits (it is a shortest-round-trip printer that picks the
/// closest candidate when several are equally short, the same tie rule ECMA-262 uses); only the layout
/// differs, so this type takes the digits and exponent from Swift and lays them out by ECMA-262's rules:
///
/// with the value written as 0.d₁d₂…d_k × 10ⁿ,
/// - k ≤ n ≤ 21: the digits followed by n − k zeros (`1e21` is the first value in exponent form);
/// - 0 < n ≤ 21: the first n digits, a point, the rest;
/// - −6 < n ≤ 0: `0.`, −n zeros, the digits (`0.000001` is the last value in plain form);
/// - otherwise: d₁, then `.` and the other digits if k > 1, then `e`, the sign, and |n − 1|.
public enum ECMAScriptNumberFormatter {
    /// The ECMAScript string for `value`, or nil for NaN and infinities (which JSON cannot carry).
    public static func string(for value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == 0 { return "0" }  // covers -0, which ECMAScript prints as "0"
        let (digits, pointPosition) = shortestDigits(of: value.magnitude)
        let sign = value < 0 ? "-" : ""
        let k = digits.count
        let n = pointPosition
        let body: String
        if k <= n && n <= 21 {
            body = digits + String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            body = digits[..<split] + "." + digits[split...]
        } else if -6 < n && n <= 0 {
            body = "0." + String(repeating: "0", count: -n) + digits
        } else {
            let exponent = n - 1
            let exponentText = (exponent < 0 ? "-" : "+") + String(exponent.magnitude)
            let first = String(digits.prefix(1))
            let rest = digits.dropFirst()
            body = first + (rest.isEmpty ? "" : "." + rest) + "e" + exponentText
        }
        return sign + body
    }

    /// The significant digits (no leading or trailing zeros) and the position n of the decimal point
    /// such that `value == 0.digits × 10ⁿ`. `value` must be finite and positive.
    static func shortestDigits(of value: Double) -> (digits: String, pointPosition: Int) {
        // Swift prints e.g. "100.0", "0.0001", "1e-06", "1.7976931348623157e+308", "5e-324".
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<marker]
            exponent = Int(text[text.index(after: marker)...]) ?? 0
        }
        var integerPart = mantissa
        var fractionPart: Substring = ""
        if let point = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<point]
            fractionPart = mantissa[mantissa.index(after: point)...]
        }
        var digits = Array(integerPart + fractionPart)
        var pointPosition = integerPart.count + exponent
        while let first = digits.first, first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while let last = digits.last, last == "0" {
            digits.removeLast()
        }
        return (String(digits), pointPosition)
    }
}
