import Foundation

/// The fixed function library of the expression language. There is no way to define functions:
/// every call costs at most a pass over its (bounded) arguments.
public enum BuiltinFunction: String, Sendable, Hashable, CaseIterable {
    case min, max, abs, clamp, sqrt, ln, log10, exp, interp, len, contains, known
    case `default`

    /// One-line signatures, for messages and the documentation.
    public var signature: String {
        switch self {
        case .min: return "min(number, number, …) or min(list of number) → number"
        case .max: return "max(number, number, …) or max(list of number) → number"
        case .abs: return "abs(number) → number"
        case .clamp: return "clamp(x, low, high) → number"
        case .sqrt: return "sqrt(number ≥ 0) → number"
        case .ln: return "ln(number > 0) → number"
        case .log10: return "log10(number > 0) → number"
        case .exp: return "exp(number) → number"
        case .interp: return "interp(x, xs, ys) → number (piecewise-linear, xs increasing, clamped at the ends)"
        case .len: return "len(list or string) → number"
        case .contains: return "contains(list, element) or contains(string, substring) → boolean"
        case .known: return "known(any) → boolean (never unknown)"
        case .default: return "default(value, fallback) → value when known, else fallback"
        }
    }

    static func unary(_ f: BuiltinFunction, _ x: Double) -> Value {
        switch f {
        case .abs: return .known(.number(Swift.abs(x)))
        case .sqrt:
            guard x >= 0 else { return .unknown(reason: "sqrt of a negative number (\(NumberFormatting.shortest(x)))") }
            return .known(.number(Foundation.sqrt(x)))
        case .ln, .log10:
            guard x > 0 else {
                return .unknown(reason: "\(f.rawValue) of a number that is not positive (\(NumberFormatting.shortest(x)))")
            }
            return .known(.number(f == .ln ? Foundation.log(x) : Foundation.log10(x)))
        case .exp: return Value.finite(Foundation.exp(x), "exp(\(NumberFormatting.shortest(x)))")
        default: return .unknown(reason: "internal: \(f.rawValue) is not a unary numeric function")
        }
    }

    /// Piecewise-linear interpolation through (xs, ys), constant beyond the end points.
    static func interpolate(_ x: Double, xs: [Double], ys: [Double]) -> Value {
        guard !xs.isEmpty, xs.count == ys.count else {
            return .unknown(reason: "interp needs two lists of the same, non-zero length (found \(xs.count) and \(ys.count))")
        }
        for i in 1..<Swift.max(1, xs.count) where !(xs[i - 1] < xs[i]) {
            return .unknown(reason: "interp needs strictly increasing xs")
        }
        if x <= xs[0] { return .known(.number(ys[0])) }
        if x >= xs[xs.count - 1] { return .known(.number(ys[ys.count - 1])) }
        var upper = 1
        while xs[upper] < x { upper += 1 }
        let t = (x - xs[upper - 1]) / (xs[upper] - xs[upper - 1])
        return .known(.number(ys[upper - 1] + t * (ys[upper] - ys[upper - 1])))
    }
}
