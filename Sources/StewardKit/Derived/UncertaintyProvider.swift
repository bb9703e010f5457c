import Diagnostics
import Foundation
import MissionModel
import RuleEngine

/// `derived.*_p50/_p90/_p95` and `derived.lifetime.p_post_mission_within_target`: statistics of derived facts
/// over Monte Carlo draws of the uncertain inputs (docs/physics.md, "Uncertainty"), so rules can ask for a
/// percentile or a probability instead of the point estimate.
///
/// The draws are the `--samples N` of the rating (``DerivedAssumptions/uncertaintySamples``), or
/// ``DerivedAssumptions/defaultEnsembleSamples`` when none is given; the seed is `--seed`.
extension DerivedFacts {
    var ensemble: Result<UncertaintyEnsemble, Unavailable> {
        ensembleMemo.value("uncertainty_ensemble", counter: counter) {
            guard draw == nil else { return .failure(Unavailable("internal: a draw has no draws of its own")) }
            return resolved.flatMap { settings in
                let samples = settings.uncertaintySamples > 0 ? settings.uncertaintySamples
                    : DerivedAssumptions.defaultEnsembleSamples
                let plan = UncertaintyPlan(facts: self, settings: settings, samples: samples)
                guard plan.problems.isEmpty else {
                    return .failure(Unavailable(plan.problems.map { "\($0.location.map { "\($0): " } ?? "")\($0.message)" }
                        .joined(separator: "; ")))
                }
                return .success(UncertaintyEnsemble(nominal: self, plan: plan))
            }
        }
    }

    /// Keys every statistic over draws depends on (besides those of the fact it summarises).
    static let uncertaintyKeys = ["uncertainty_samples", "uncertainty_seed"]
        + UncertainInput.allCases.map { "uncertainty_\($0.rawValue)" }

    /// The fact paths answered from the draws; a draw's own rating reads them from the point rating's answers.
    static let ensemblePaths: Set<String> = Set(uncertaintyFacts.map(\.descriptor.path))

    private static let percentileSources: [(base: String, unit: String, doc: String)] = [
        ("derived.lifetime.post_mission_years", "years", "post-mission lifetime"),
        ("derived.reentry.casualty_risk", "probability", "casualty expectation per spacecraft"),
        ("derived.collision.probability_large_debris", "probability", "catastrophic-collision probability"),
    ]

    static let uncertaintyFacts: [DerivedFactDefinition] = percentileSources.flatMap { source in
        [50.0, 90, 95].map { q in
            DerivedFactDefinition("\(source.base)_p\(Int(q))", .number, unit: source.unit,
                                  doc: "\(Int(q))th percentile of the \(source.doc) over Monte Carlo draws of the "
                                      + "uncertain inputs.") { $0.percentile(of: source.base, q) }
        }
    } + [
        DerivedFactDefinition("derived.lifetime.p_post_mission_within_target", .number, unit: "probability",
                              doc: "Share of Monte Carlo draws whose post-mission lifetime is at most "
                                  + "target_residual_lifetime_years (25 by default).") { $0.probabilityWithinTarget() },
    ]

    /// The `q`-th percentile of `path` over the draws.
    private func percentile(of path: String, _ q: Double) -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let (values, absent) = try drawnValues(of: path)
            let value = DrawStatistics.percentile(values.sorted(), q)
            var extra = ["draws": String(values.count)]
            if absent > 0 { extra["draws_without_value"] = String(absent) }
            let ensemble = try ensemble.get()
            return fact(.number(value),
                        model: "\(Int(q))th percentile (Hyndman–Fan type 7) of \(path) over \(ensemble.description)",
                        keys: Self.uncertaintyKeys + DerivedAssumptions.lifetimeKeys, extra: extra)
        } catch {
            return .failure(error)
        }
    }

    /// P(post-mission lifetime ≤ target) with its binomial standard error and Wilson 95 % interval.
    private func probabilityWithinTarget() -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let target = try resolved.get().targetResidualLifetimeYears
            let (values, _) = try drawnValues(of: "derived.lifetime.post_mission_years")
            let within = values.filter { $0 <= target }.count
            let estimate = TierProbability(tier: nil, draws: within, samples: values.count)
            let ensemble = try ensemble.get()
            return fact(.number(estimate.probability),
                        model: "share of \(ensemble.description) with derived.lifetime.post_mission_years ≤ "
                            + "\(NumberFormatting.shortest(target)) years",
                        keys: Self.uncertaintyKeys + DerivedAssumptions.lifetimeKeys + ["target_residual_lifetime_years"],
                        extra: ["draws": String(values.count), "draws_within": String(within),
                                "standard_error": NumberFormatting.shortest(estimate.standardError),
                                "wilson_95": "\(NumberFormatting.shortest(estimate.wilsonLow))–"
                                    + "\(NumberFormatting.shortest(estimate.wilsonHigh))"])
        } catch {
            return .failure(error)
        }
    }

    /// The values of `path` in the draws; absent (with the point rating's reason) when the point rating has none.
    private func drawnValues(of path: String) throws(Unavailable) -> (values: [Double], absent: Int) {
        if case .absent(let reason) = lookup(path) { throw Unavailable(reason) }
        let ensemble = try ensemble.get()
        let numbers = ensemble.numbers(path)
        guard !numbers.values.isEmpty else { throw Unavailable("no Monte Carlo draw gave a value for \(path)") }
        return numbers
    }
}
