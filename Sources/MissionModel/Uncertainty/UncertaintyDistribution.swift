import Diagnostics
import Foundation

/// How one uncertain input of a rating varies between Monte Carlo draws (docs/mission-format.md, "uncertainty").
///
/// Written as text in a descriptor's `uncertainty:` section and in a ruleset's `uncertainty_*` assumptions:
/// `uniform(2.0, 2.6)`, `triangular(0.7, 1, 1.3)`, `normal(2.2, 0.15)`, `bernoulli(0.9)`, `fixed(2.2)`,
/// `2.2 ± 0.3` (uniform on 1.9–2.5), `± 15%` (uniform within 15 % of the nominal value the descriptor or the
/// ruleset gives). A draw maps one uniform number u ∈ [0, 1) through the inverse distribution function
/// (``quantile(_:within:)``), so stratified sampling of u stratifies every input.
public enum UncertaintyDistribution: Sendable, Hashable {
    /// No spread: every draw takes this value.
    case fixed(Double)
    case uniform(low: Double, high: Double)
    case triangular(low: Double, mode: Double, high: Double)
    /// Truncated to the input's physical range by ``quantile(_:within:)``.
    case normal(mean: Double, sd: Double)
    /// Success (1) with this probability, failure (0) otherwise: disposal success.
    case bernoulli(Double)
    /// `± h` or `± p%` without a centre: uniform around the nominal value, resolved by ``resolved(nominal:)``.
    case aroundNominal(halfWidth: Double, relative: Bool)

    /// The distribution with `aroundNominal` turned into a uniform around `nominal`; others unchanged.
    public func resolved(nominal: Double) -> UncertaintyDistribution {
        guard case .aroundNominal(let half, let relative) = self else { return self }
        let width = relative ? abs(nominal) * half / 100 : half
        return width == 0 ? .fixed(nominal) : .uniform(low: nominal - width, high: nominal + width)
    }

    /// True when every draw gives the same value (a zero-width distribution).
    public var isDegenerate: Bool {
        switch self {
        case .fixed: return true
        case .uniform(let low, let high): return low == high
        case .triangular(let low, _, let high): return low == high
        case .normal(_, let sd): return sd == 0
        case .bernoulli(let p): return p == 0 || p == 1
        case .aroundNominal(let half, _): return half == 0
        }
    }

    /// The value at cumulative probability `u` ∈ [0, 1). A normal is truncated to `range` (its tails beyond
    /// the range are cut and the rest renormalised, so no draw leaves the physical range); the other
    /// distributions are validated to lie inside it when read. `aroundNominal` must be resolved first.
    public func quantile(_ u: Double, within range: ClosedRange<Double> = -Double.infinity...Double.infinity) -> Double {
        switch self {
        case .fixed(let value):
            return value
        case .uniform(let low, let high):
            return low == high ? low : low + (high - low) * u
        case .triangular(let low, let mode, let high):
            guard high > low else { return low }
            let split = (mode - low) / (high - low)
            if u < split { return low + ((high - low) * (mode - low) * u).squareRoot() }
            return high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
        case .normal(let mean, let sd):
            guard sd > 0 else { return mean }
            let lower = Self.normalCDF((range.lowerBound - mean) / sd)
            let upper = Self.normalCDF((range.upperBound - mean) / sd)
            let p = lower + (upper - lower) * u
            let value = mean + sd * Self.inverseNormalCDF(min(max(p, 1e-300), 1 - 1e-16))
            return min(max(value, range.lowerBound), range.upperBound)
        case .bernoulli(let p):
            return u < p ? 1 : 0
        case .aroundNominal:
            preconditionFailure("resolve ± distributions against their nominal value before drawing")
        }
    }

    /// Canonical text, the syntax the descriptor and rulesets use (`uniform(2, 2.6)`, `± 15%`).
    public var text: String { text(NumberFormatting.shortest) }

    /// The same syntax with four significant digits, for people (`uniform(1.87, 2.53)`, not `2.5300000000000002`).
    public var readableText: String { text { NumberFormatting.readable($0) } }

    private func text(_ n: (Double) -> String) -> String {
        switch self {
        case .fixed(let value): return "fixed(\(n(value)))"
        case .uniform(let low, let high): return "uniform(\(n(low)), \(n(high)))"
        case .triangular(let low, let mode, let high): return "triangular(\(n(low)), \(n(mode)), \(n(high)))"
        case .normal(let mean, let sd): return "normal(\(n(mean)), \(n(sd)))"
        case .bernoulli(let p): return "bernoulli(\(n(p)))"
        case .aroundNominal(let half, let relative): return "± \(n(half))\(relative ? "%" : "")"
        }
    }

    /// Φ(x), the standard normal distribution function.
    static func normalCDF(_ x: Double) -> Double {
        if x == .infinity { return 1 }
        if x == -.infinity { return 0 }
        return 0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// Φ⁻¹(p): P. J. Acklam's rational approximation (relative error < 1.15e-9), refined by one Halley step
    /// on Φ computed with `erfc`, which brings it to about machine precision.
    static func inverseNormalCDF(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let e = normalCDF(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
