import Foundation

/// A piecewise-linear map from a measured value to a score in [0, 1], optionally on a log₁₀ axis.
///
/// Below the first point the first point's score holds, above the last the last's: a scale never
/// extrapolates. On a log axis a measure ≤ 0 lies left of every point (log₁₀ → −∞), so it takes the
/// first point's score — a casualty risk of exactly 0 scores like the smallest risk on the scale.
public struct Scale: Sendable, Hashable {
    public let log: Bool
    /// Points sorted by strictly increasing measure; scores in [0, 1]. Checked by the loader.
    public let points: [Point]

    public struct Point: Sendable, Hashable {
        public var measure: Double
        public var score: Double
    }

    init(log: Bool, points: [Point]) {
        self.log = log
        self.points = points
    }

    public func score(for measure: Double) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if measure <= first.measure { return first.score }
        if measure >= last.measure { return last.score }
        var upper = 1
        while upper < points.count - 1, points[upper].measure < measure { upper += 1 }
        let a = points[upper - 1], b = points[upper]
        let t: Double
        if log {
            t = (log10(measure) - log10(a.measure)) / (log10(b.measure) - log10(a.measure))
        } else {
            t = (measure - a.measure) / (b.measure - a.measure)
        }
        return a.score + t * (b.score - a.score)
    }

    var description: ScaleDescription {
        ScaleDescription(log: log, points: points.map { [$0.measure, $0.score] })
    }
}
