/// What a Monte Carlo run (`steward rate --samples N --seed S`) adds to a rating: how sure it is of its tier.
///
/// Each draw takes one value of every uncertain input, recomputes the physics that depends on them and re-rates
/// the mission with the same compiled ruleset. The block holds everything needed to read and to reproduce the
/// result: the draw count, the seed and the sampling method, the distribution of every input, the share of
/// draws in each tier with its standard error, the distribution of the score, and percentiles of the derived
/// facts the draws changed. Additive to `steward/rating@1` (`uncertainty`, absent without `--samples`);
/// documented in docs/rating-json.md.
public struct RatingUncertainty: Sendable, Hashable, Codable {
    /// Number of draws rated.
    public var samples: Int
    /// The seed every draw is derived from; the same seed and sample count give the same block on any core count.
    public var seed: UInt64
    /// How the uniform numbers behind the draws were chosen, e.g. `latin-hypercube`.
    public var method: String
    /// The uncertain inputs, in a fixed order, each with its distribution and where that came from.
    public var inputs: [UncertainInputSummary]
    /// One entry per tier of the ruleset, best first, then `nil` (unrated) when any draw fell below every tier.
    public var tiers: [TierProbability]
    /// The total score over the draws (draws with no score are left out and counted in `unscoredDraws`).
    public var score: DrawStatistics?
    public var unscoredDraws: Int
    /// Equal-width histogram of the score over [0, 1] for the report's chart: `scoreHistogram[i]` draws in
    /// [i/n, (i+1)/n), the last bin closed.
    public var scoreHistogram: [Int]
    /// Percentiles of the derived facts that vary between draws, in catalogue order.
    public var facts: [FactStatistics]
    /// Mean altitude (perigee + apogee)/2 after end of mission, percentiles over the draws at common times:
    /// the fan chart. Empty when nothing decays.
    public var altitudeBand: [AltitudeBandPoint]

    public init(samples: Int, seed: UInt64, method: String, inputs: [UncertainInputSummary], tiers: [TierProbability],
                score: DrawStatistics?, unscoredDraws: Int, scoreHistogram: [Int], facts: [FactStatistics],
                altitudeBand: [AltitudeBandPoint]) {
        self.samples = samples
        self.seed = seed
        self.method = method
        self.inputs = inputs
        self.tiers = tiers
        self.score = score
        self.unscoredDraws = unscoredDraws
        self.scoreHistogram = scoreHistogram
        self.facts = facts
        self.altitudeBand = altitudeBand
    }

    /// The probability of the rating's own tier (nil tier = unrated), or nil when the block has no such entry.
    public func probability(ofTier tier: String?) -> TierProbability? {
        tiers.first { $0.tier == tier }
    }
}

/// One uncertain input as drawn: `drag_coefficient`, `uniform(1.87, 2.53)`, from the ruleset's default.
public struct UncertainInputSummary: Sendable, Hashable, Codable {
    /// The key in the descriptor's `uncertainty:` section (`drag_coefficient`, `solar_activity`, …).
    public var input: String
    /// The distribution actually drawn from, resolved against the nominal value (`uniform(1.87, 2.53)`).
    public var distribution: String
    /// The nominal value the point rating uses, in the input's unit.
    public var nominal: Double?
    public var unit: String?
    /// Where the distribution came from: `descriptor` (its `uncertainty:` section), `ruleset`
    /// (an `uncertainty_*` assumption), `override` (`--assume`) or `default` (Steward's, with `source`).
    public var origin: String
    /// The reference behind the distribution, or the statement that it is Steward's assumption.
    public var source: String
    /// Why the input was not drawn (e.g. `end_of_life.success_probability is not declared`), nil when it was.
    public var notDrawn: String?

    public init(input: String, distribution: String, nominal: Double?, unit: String?, origin: String, source: String,
                notDrawn: String? = nil) {
        self.input = input
        self.distribution = distribution
        self.nominal = nominal
        self.unit = unit
        self.origin = origin
        self.source = source
        self.notDrawn = notDrawn
    }
}

/// The share of draws that reached one tier.
public struct TierProbability: Sendable, Hashable, Codable {
    /// The tier's name; nil for draws below every tier (unrated).
    public var tier: String?
    public var draws: Int
    /// draws / samples.
    public var probability: Double
    /// √(p(1−p)/N): the binomial standard error, an upper bound for Latin-hypercube sampling.
    public var standardError: Double
    /// Wilson score 95 % interval (Wilson 1927), which stays inside [0, 1] when p is near 0 or 1.
    public var wilsonLow: Double
    public var wilsonHigh: Double

    public init(tier: String?, draws: Int, probability: Double, standardError: Double, wilsonLow: Double,
                wilsonHigh: Double) {
        self.tier = tier
        self.draws = draws
        self.probability = probability
        self.standardError = standardError
        self.wilsonLow = wilsonLow
        self.wilsonHigh = wilsonHigh
    }

    /// The entry for `draws` of `samples`, with its standard error and Wilson interval (z = 1.959964).
    public init(tier: String?, draws: Int, samples: Int) {
        let n = Double(max(samples, 1)), p = Double(draws) / n, z = 1.959963984540054
        let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        self.init(tier: tier, draws: draws, probability: p, standardError: (p * (1 - p) / n).squareRoot(),
                  wilsonLow: max(0, centre - half), wilsonHigh: min(1, centre + half))
    }
}

/// Summary statistics of one number over the draws. Percentiles use the empirical quantile with linear
/// interpolation between order statistics (Hyndman & Fan 1996, definition 7, the default of R and NumPy).
public struct DrawStatistics: Sendable, Hashable, Codable {
    public var mean: Double
    public var standardDeviation: Double
    public var min: Double
    public var p5: Double
    public var p50: Double
    public var p90: Double
    public var p95: Double
    public var max: Double
    /// Standard error of the mean, σ/√N.
    public var standardErrorOfMean: Double

    public init(mean: Double, standardDeviation: Double, min: Double, p5: Double, p50: Double, p90: Double,
                p95: Double, max: Double, standardErrorOfMean: Double) {
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.min = min
        self.p5 = p5
        self.p50 = p50
        self.p90 = p90
        self.p95 = p95
        self.max = max
        self.standardErrorOfMean = standardErrorOfMean
    }

    /// Statistics of `values` (nil when empty).
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
        let sd = variance.squareRoot()
        self.init(mean: mean, standardDeviation: sd, min: sorted[0], p5: Self.percentile(sorted, 5),
                  p50: Self.percentile(sorted, 50), p90: Self.percentile(sorted, 90), p95: Self.percentile(sorted, 95),
                  max: sorted[sorted.count - 1], standardErrorOfMean: sd / n.squareRoot())
    }

    /// The `q`-th percentile of sorted values (Hyndman–Fan type 7).
    public static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        guard sorted.count > 1 else { return sorted.first ?? .nan }
        let h = Double(sorted.count - 1) * q / 100
        let lower = Int(h.rounded(.down)), upper = Swift.min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}

/// A derived fact over the draws: its point value and its distribution.
public struct FactStatistics: Sendable, Hashable, Codable {
    public var path: String
    public var unit: String?
    /// The value of the point rating (nil when absent there).
    public var nominal: Double?
    public var statistics: DrawStatistics
    /// Draws in which the fact was absent (left out of the statistics).
    public var absentDraws: Int

    public init(path: String, unit: String?, nominal: Double?, statistics: DrawStatistics, absentDraws: Int) {
        self.path = path
        self.unit = unit
        self.nominal = nominal
        self.statistics = statistics
        self.absentDraws = absentDraws
    }
}

/// One time of the fan chart: percentiles of the mean altitude over the draws (a draw that has re-entered
/// counts at the re-entry altitude).
public struct AltitudeBandPoint: Sendable, Hashable, Codable {
    public var timeYears: Double
    public var p5: Double
    public var p50: Double
    public var p95: Double

    public init(timeYears: Double, p5: Double, p50: Double, p95: Double) {
        self.timeYears = timeYears
        self.p5 = p5
        self.p50 = p50
        self.p95 = p95
    }
}
