import Diagnostics
import Foundation
import MissionModel
import Reports
import RuleEngine

/// The rating of one descriptor file under every requested ruleset, or the diagnostics that stopped it.
public struct MissionRatingResult: Sendable {
    public var file: String
    /// Nil when the descriptor has errors.
    public var mission: Mission?
    /// Located diagnostics of the descriptor (errors and warnings).
    public var diagnostics: [Diagnostic]
    /// The diagnostics rendered compiler-style, ready for stderr; empty when there are none.
    public var renderedDiagnostics: String
    /// One rating per ruleset, in the order the rulesets were given; empty when the descriptor is invalid.
    public var ratings: [Rating]

    public var isValid: Bool { mission != nil && !diagnostics.contains { $0.severity == .error } }
}

/// `steward rate` as a library call: load each descriptor, build its fact source with the ruleset's assumptions
/// and the `--assume` overrides, rate it under each compiled ruleset.
///
///     let resolved = RulesetResolver().resolve("lts-2019")
///     guard let ruleset = resolved.ruleset else { … resolved.diagnostics … }
///     let results = RatingPipeline.rate(files: ["Examples/aurora-3u.yaml"], rulesets: [ruleset])
///
/// Rulesets are compiled once by the caller and shared by every mission and thread. A bad descriptor yields its
/// diagnostics and never stops the others; results come back in input order whatever the thread scheduling.
public enum RatingPipeline {
    /// Rates every file under every ruleset, in parallel over files.
    public static func rate(files: [String], rulesets: [CompiledRuleset], overrides: [String: RuleEngine.FactValue] = [:],
                            limits: YAMLLimits = .default) -> [MissionRatingResult] {
        ParallelMap.map(count: files.count) { index in
            rate(file: files[index], rulesets: rulesets, overrides: overrides, limits: limits)
        }
    }

    /// Loads and rates one file.
    public static func rate(file: String, rulesets: [CompiledRuleset], overrides: [String: RuleEngine.FactValue] = [:],
                            limits: YAMLLimits = .default) -> MissionRatingResult {
        let outcome = MissionChecking.check(path: file, limits: limits)
        guard let mission = outcome.mission, outcome.isValid else {
            return MissionRatingResult(file: file, mission: nil, diagnostics: outcome.diagnostics,
                                       renderedDiagnostics: outcome.renderedDiagnostics, ratings: [])
        }
        var problems: [Diagnostic] = []
        let ratings = rulesets.map { ruleset in
            let (rating, refused) = rateReportingUncertainty(mission, file: file, ruleset: ruleset, overrides: overrides)
            for problem in refused where !problems.contains(problem) { problems.append(problem) }
            return rating
        }
        // A Monte Carlo run whose distributions leave their valid range is bad input: exit 2, with the location.
        guard problems.isEmpty else {
            let diagnostics = outcome.diagnostics + problems
            return MissionRatingResult(file: file, mission: nil, diagnostics: diagnostics,
                                       renderedDiagnostics: DiagnosticRenderer().render(diagnostics), ratings: [])
        }
        return MissionRatingResult(file: file, mission: mission, diagnostics: outcome.diagnostics,
                                   renderedDiagnostics: outcome.renderedDiagnostics, ratings: ratings)
    }

    /// Rates missions already in memory, in parallel over every core; ratings in input order.
    public static func rate(missions: [Mission], ruleset: CompiledRuleset,
                            overrides: [String: RuleEngine.FactValue] = [:]) -> [Rating] {
        ParallelMap.map(count: missions.count) { index in
            rate(missions[index], file: nil, ruleset: ruleset, overrides: overrides)
        }
    }

    /// Rates a mission already in memory (tests, benchmarks, `certify`/`verify` re-evaluation).
    ///
    /// The physics sees the ruleset's `assumptions:` with `overrides` on top, and the rating records the same
    /// values, so what the report says was assumed is what the models used.
    public static func rate(_ mission: Mission, file: String?, ruleset: CompiledRuleset,
                            overrides: [String: RuleEngine.FactValue] = [:]) -> Rating {
        rateReportingUncertainty(mission, file: file, ruleset: ruleset, overrides: overrides).rating
    }

    /// The rating, and the problems of its Monte Carlo plan when `--samples` was asked for and cannot run.
    static func rateReportingUncertainty(_ mission: Mission, file: String?, ruleset: CompiledRuleset,
                                         overrides: [String: RuleEngine.FactValue]) -> (rating: Rating, problems: [Diagnostic]) {
        let assumptions = physicsAssumptions(of: ruleset, overrides: overrides)
        let facts = MissionFactSource(mission: mission, assumptions: assumptions)
        var rating = ruleset.rate(facts, mission: MissionIdentity(id: mission.id, name: mission.name, file: file),
                                  engineVersion: StewardVersion.current, assumptionOverrides: overrides)
        // Only a rating whose rules read the post-mission lifetime carries its curve: the history is then
        // already computed, and a ruleset that never asks for it costs no physics here.
        // Searched in place: `allRules` would copy every rule result to look at their facts.
        if rating.sections.contains(where: { $0.guidelines.contains { $0.rules.contains {
               $0.facts.contains { $0.path == "derived.lifetime.post_mission_years" } } } }),
           let history = facts.postMissionHistory {
            let series = DecayChart.series(from: history.samples.map {
                DecayChart.Sample(timeYears: $0.timeYears, perigeeAltitudeKm: $0.perigeeAltitudeKm, apogeeAltitudeKm: $0.apogeeAltitudeKm)
            })
            rating.charts = series.isEmpty ? nil : series
        }
        // `--samples N`: the tier probabilities over draws of the uncertain inputs.
        if case .success(let settings) = facts.derived.resolved, settings.uncertaintySamples > 0 {
            if case .failure = facts.derived.ensemble {
                // Rebuilt on this error path only, to hand back its located problems.
                let plan = UncertaintyPlan(facts: facts.derived, settings: settings, samples: settings.uncertaintySamples)
                return (rating, plan.problems)
            }
            rating.uncertainty = UncertainRating.run(nominal: facts, ruleset: ruleset, rating: rating, overrides: overrides)
        }
        return (rating, [])
    }

    /// The assumptions the physics providers receive for `ruleset` under `overrides`.
    public static func physicsAssumptions(of ruleset: CompiledRuleset, overrides: [String: RuleEngine.FactValue]) -> PhysicsAssumptions {
        let own = Dictionary(ruleset.assumptions.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        return PhysicsAssumptions(ruleset: own, overrides: overrides)
    }

    /// `--assume` problems against every ruleset in use: a value whose type differs from the ruleset's own
    /// assumption would silently turn every rule reading it unknown, so it is refused before rating.
    public static func overrideProblems(_ overrides: [String: RuleEngine.FactValue], rulesets: [CompiledRuleset]) -> [String] {
        var problems: [String] = []
        for ruleset in rulesets {
            for problem in ruleset.checkAssumptionOverrides(overrides) where !problems.contains(problem) {
                problems.append(problem)
            }
        }
        return problems
    }
}

extension AssumptionOverride {
    /// The overrides as rule-engine values by key; when a key is given twice the last one wins.
    public static func factValues(_ overrides: [AssumptionOverride]) -> [String: RuleEngine.FactValue] {
        var values: [String: RuleEngine.FactValue] = [:]
        for override in overrides { values[override.key] = override.value }
        return values
    }
}
