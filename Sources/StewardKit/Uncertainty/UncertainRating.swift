import Foundation
import MissionModel
import RuleEngine

/// `steward rate --samples N`: re-rates a mission under N draws of its uncertain inputs and reports how often
/// each tier was reached (``RatingUncertainty``).
///
/// The draws are those of the point rating's ``UncertaintyEnsemble``; each is rated by the same compiled ruleset
/// against a fact source holding the point rating's declared facts and the draw's derived facts, on every core.
/// Statistics over draws that rules read (`derived.*_p90`, …) are taken from the point rating in every draw.
enum UncertainRating {
    /// Bins of the score histogram over [0, 1].
    static let histogramBins = 20
    /// Times of the altitude fan chart.
    static let bandPoints = 81

    private struct Outcome: Sendable {
        var tier: String?
        var score: Double?
        var values: [Double?]
        /// (years after end of mission, mean altitude km) of the post-mission decay, when rules read it.
        var decay: [(Double, Double)]
    }

    static func run(nominal: MissionFactSource, ruleset: CompiledRuleset, rating: Rating,
                    overrides: [String: RuleEngine.FactValue]) -> RatingUncertainty? {
        guard case .success(let ensemble) = nominal.derived.ensemble else { return nil }
        let paths = ruleset.factPaths
        // Statistics over draws are answered once, by the point rating, before any draw runs.
        var shared: [String: FactLookup] = [:]
        for path in paths where DerivedFacts.ensemblePaths.contains(path) { shared[path] = nominal.lookup(path) }
        for draw in ensemble.draws { draw.ensembleAnswers = shared }
        let numeric = paths.filter {
            $0.hasPrefix("derived.") && !DerivedFacts.ensemblePaths.contains($0)
                && DerivedFacts.definitions[$0]?.descriptor.type == .number
        }
        let readsDecay = paths.contains("derived.lifetime.post_mission_years")
        let identity = rating.mission
        let draws = UncheckedSendable(ensemble.draws), source = UncheckedSendable(nominal)
        let outcomes = ParallelMap.map(count: ensemble.draws.count) { index -> Outcome in
            let derived = draws.value[index]
            let facts = MissionFactSource(drawOf: source.value, derived: derived)
            let drawn = ruleset.rate(facts, mission: identity, engineVersion: StewardVersion.current,
                                     assumptionOverrides: overrides)
            let values = numeric.map { path -> Double? in
                if case .known(let fact) = derived.lookup(path), case .number(let value) = fact.value { return value }
                return nil
            }
            var decay: [(Double, Double)] = []
            if readsDecay, case .success(let post) = derived.postMission, post.estimate != nil {
                decay = post.history.samples.map { ($0.timeYears, ($0.perigeeAltitudeKm + $0.apogeeAltitudeKm) / 2) }
            }
            return Outcome(tier: drawn.tier, score: drawn.score, values: values, decay: decay)
        }
        return summarise(outcomes, ensemble: ensemble, ruleset: ruleset, numeric: numeric, nominal: nominal, rating: rating)
    }

    private static func summarise(_ outcomes: [Outcome], ensemble: UncertaintyEnsemble, ruleset: CompiledRuleset,
                                  numeric: [String], nominal: MissionFactSource, rating: Rating) -> RatingUncertainty {
        let n = outcomes.count
        var tiers = ruleset.tiers.map { tier in
            TierProbability(tier: tier.name, draws: outcomes.filter { $0.tier == tier.name }.count, samples: n)
        }
        let unrated = outcomes.filter { $0.tier == nil }.count
        if unrated > 0 { tiers.append(TierProbability(tier: nil, draws: unrated, samples: n)) }
        let scores = outcomes.compactMap(\.score)
        var histogram = Array(repeating: 0, count: histogramBins)
        for score in scores { histogram[min(histogramBins - 1, max(0, Int(score * Double(histogramBins))))] += 1 }
        var facts: [FactStatistics] = []
        for (column, path) in numeric.enumerated() {
            let values = outcomes.compactMap { $0.values[column] }
            guard let statistics = DrawStatistics(values), statistics.max > statistics.min else { continue }
            var point: Double?
            if case .known(let fact) = nominal.lookup(path), case .number(let value) = fact.value { point = value }
            facts.append(FactStatistics(path: path, unit: DerivedFacts.definitions[path]?.descriptor.unit, nominal: point,
                                        statistics: statistics, absentDraws: n - values.count))
        }
        // An input set by an assumption came from the ruleset or from --assume: the rating knows which.
        let inputs = ensemble.plan.summaries.map { summary -> UncertainInputSummary in
            guard summary.origin == "assumption" else { return summary }
            var named = summary
            let used = rating.assumptions.first { $0.key == "uncertainty_\(summary.input)" }
            named.origin = used?.origin == .ruleset ? "ruleset" : "override"
            return named
        }
        return RatingUncertainty(samples: n, seed: ensemble.plan.seed, method: "latin-hypercube",
                                 inputs: inputs, tiers: tiers, score: DrawStatistics(scores),
                                 unscoredDraws: n - scores.count, scoreHistogram: histogram, facts: facts,
                                 altitudeBand: altitudeBand(outcomes.map(\.decay)))
    }

    /// Percentiles of the mean altitude over the draws from end of mission to the last draw's re-entry (or the
    /// horizon); a draw that has re-entered holds its final altitude. The times are spaced quadratically, dense
    /// at the start where most draws decay and sparse in the long tail of the slowest ones.
    static func altitudeBand(_ decays: [[(Double, Double)]]) -> [AltitudeBandPoint] {
        let curves = decays.filter { !$0.isEmpty }
        guard let end = curves.compactMap({ $0.last?.0 }).max(), end > 0 else { return [] }
        return (0..<bandPoints).map { step in
            let fraction = Double(step) / Double(bandPoints - 1)
            let t = end * fraction * fraction
            let altitudes = curves.map { altitude(in: $0, at: t) }.sorted()
            return AltitudeBandPoint(timeYears: t, p5: DrawStatistics.percentile(altitudes, 5),
                                     p50: DrawStatistics.percentile(altitudes, 50),
                                     p95: DrawStatistics.percentile(altitudes, 95))
        }
    }

    private static func altitude(in curve: [(Double, Double)], at t: Double) -> Double {
        if t <= curve[0].0 { return curve[0].1 }
        guard let upper = curve.firstIndex(where: { $0.0 >= t }) else { return curve[curve.count - 1].1 }
        let (t0, a0) = curve[upper - 1], (t1, a1) = curve[upper]
        return t1 > t0 ? a0 + (a1 - a0) * (t - t0) / (t1 - t0) : a1
    }
}
