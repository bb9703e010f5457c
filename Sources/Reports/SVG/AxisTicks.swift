import Foundation

/// Tick positions for a chart axis.
///
/// Linear axes use the "nice numbers" method of Heckbert (P. S. Heckbert, "Nice Numbers for Graph
/// Labels", Graphics Gems I, 1990, pp. 61–63): the step is 1, 2 or 5 times a power of ten, chosen so that
/// about `targetCount` ticks cover the data, and the axis is widened to whole steps. Logarithmic axes put
/// one tick on each power of ten, plus ticks at 2× and 5× when the axis spans at most two decades.
public struct AxisTicks: Sendable, Hashable {
    /// Lower end of the axis (the first tick).
    public var lower: Double
    /// Upper end of the axis (the last tick).
    public var upper: Double
    /// The tick values, ascending, from `lower` to `upper`.
    public var values: [Double]
    /// Decimals needed to print the ticks without losing the step.
    public var decimals: Int

    /// Ticks for a linear axis covering `minimum…maximum`.
    public static func linear(minimum: Double, maximum: Double, targetCount: Int = 6) -> AxisTicks {
        var low = minimum.isFinite ? minimum : 0
        var high = maximum.isFinite ? maximum : 1
        if low > high { swap(&low, &high) }
        if low == high {
            // A flat series still needs an axis: open it by one unit, or 10 % of the value.
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= pad
            high += pad
        }
        let range = niceNumber(high - low, rounding: false)
        let step = niceNumber(range / Double(max(targetCount - 1, 1)), rounding: true)
        let lower = (low / step).rounded(.down) * step
        let upper = (high / step).rounded(.up) * step
        var values: [Double] = []
        let count = Int(((upper - lower) / step).rounded()) + 1
        for index in 0..<max(count, 2) {
            values.append(lower + Double(index) * step)
        }
        let decimals = max(0, -Int(log10(step).rounded(.down)))
        return AxisTicks(lower: lower, upper: values.last ?? upper, values: values, decimals: decimals)
    }

    /// Ticks for a base-10 logarithmic axis covering `minimum…maximum` (both must be > 0; others are
    /// replaced by 1 and 10).
    public static func logarithmic(minimum: Double, maximum: Double) -> AxisTicks {
        let low = minimum > 0 && minimum.isFinite ? minimum : 1
        let high = maximum > 0 && maximum.isFinite ? max(maximum, low) : max(10, low)
        var firstExponent = Int(log10(low).rounded(.down))
        var lastExponent = Int(log10(high).rounded(.up))
        if firstExponent == lastExponent { lastExponent += 1 }
        firstExponent = max(firstExponent, -300)
        lastExponent = min(lastExponent, 300)
        // Over one or two decades, powers of ten alone leave the axis almost bare: add 2× and 5×.
        let multiples: [Double] = lastExponent - firstExponent <= 2 ? [1, 2, 5] : [1]
        var values: [Double] = []
        for exponent in firstExponent...lastExponent {
            for multiple in multiples {
                let value = multiple * pow(10, Double(exponent))
                if exponent == lastExponent && multiple > 1 { break }
                values.append(value)
            }
        }
        return AxisTicks(
            lower: values.first ?? 1, upper: values.last ?? 10, values: values, decimals: max(0, -firstExponent))
    }

    /// Heckbert's nice number: a number of the form {1, 2, 5, 10} × 10ⁿ close to `value`, either rounded
    /// to the nearest (`rounding`) or the smallest not below it.
    static func niceNumber(_ value: Double, rounding: Bool) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let exponent = log10(value).rounded(.down)
        let fraction = value / pow(10, exponent)
        let niceFraction: Double
        if rounding {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * pow(10, exponent)
    }

    /// A tick label: fixed decimals for linear axes; for powers of ten, plain digits from 0.001 to
    /// 1 000 000 and `1e7`-style beyond.
    public func label(for value: Double, logarithmic: Bool) -> String {
        if logarithmic {
            let exponent = Int(log10(value).rounded(.down))
            if exponent >= -3 && exponent <= 6 {
                return SVGNumber.format(value, decimals: max(0, -exponent))
            }
            let mantissa = Int((value / pow(10, Double(exponent))).rounded())
            return "\(mantissa)e\(exponent)"
        }
        return SVGNumber.fixed(value, decimals: min(decimals, 6))
    }
}
