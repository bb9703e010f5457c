import Diagnostics
import Reports
import RuleEngine

/// `steward compare` as a library call: rate the inputs and build the comparison. Invalid descriptors yield
/// their located diagnostics and are left out; the others are still compared (if at least two columns remain,
/// or one descriptor remains in the rulesets and assumptions modes).
public enum ComparisonPipeline {
    public struct Outcome: Sendable {
        /// Nil when fewer than the two columns a comparison needs could be rated.
        public var comparison: Comparison?
        /// Every input's rating result, in input order (diagnostics of invalid files included).
        public var results: [MissionRatingResult]

        public var hasInvalidInput: Bool { results.contains { !$0.isValid } }
        public var renderedDiagnostics: String {
            results.map(\.renderedDiagnostics).filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    /// Several missions under one ruleset.
    public static func compare(files: [String], ruleset: CompiledRuleset,
                               overrides: [String: RuleEngine.FactValue] = [:]) -> Outcome {
        let results = RatingPipeline.rate(files: files, rulesets: [ruleset], overrides: overrides)
        return missions(results, mode: .missions, overrides: overrides)
    }

    /// A baseline descriptor and its changed version under one ruleset, judged for regression.
    public static func compare(baseline: String, changed: String, ruleset: CompiledRuleset,
                               overrides: [String: RuleEngine.FactValue] = [:], tolerance: Double = 0) -> Outcome {
        let results = RatingPipeline.rate(files: [baseline, changed], rulesets: [ruleset], overrides: overrides)
        var outcome = missions(results, mode: .baseline, overrides: overrides, labels: ["baseline", "changed"])
        outcome.comparison?.judgeRegression(tolerance: tolerance)
        return outcome
    }

    /// One mission under several rulesets: the compliance matrix.
    public static func compare(file: String, rulesets: [CompiledRuleset],
                               overrides: [String: RuleEngine.FactValue] = [:]) -> Outcome {
        let result = RatingPipeline.rate(file: file, rulesets: rulesets, overrides: overrides)
        guard result.isValid, let mission = result.mission, result.ratings.count >= 2 else {
            return Outcome(comparison: nil, results: [result])
        }
        let labels = ComparisonBuilder.distinctLabels(result.ratings.map(\.ruleset.id), files: result.ratings.map { _ in nil })
        let entries = zip(labels, result.ratings).map {
            ComparisonBuilder.Entry(label: $0, rating: $1, mission: mission, overrides: overrides)
        }
        return Outcome(comparison: ComparisonBuilder.build(mode: .rulesets, entries: entries), results: [result])
    }

    /// One mission under two assumption sets: `base` (from `--assume`) and `base` with `versus` on top.
    public static func compare(file: String, ruleset: CompiledRuleset, base: [String: RuleEngine.FactValue],
                               versus: [String: RuleEngine.FactValue]) -> Outcome {
        let second = base.merging(versus) { _, new in new }
        let results = [RatingPipeline.rate(file: file, rulesets: [ruleset], overrides: base),
                       RatingPipeline.rate(file: file, rulesets: [ruleset], overrides: second)]
        guard let mission = results[0].mission, results.allSatisfy(\.isValid),
              let a = results[0].ratings.first, let b = results[1].ratings.first else {
            return Outcome(comparison: nil, results: [results[0]])
        }
        let entries = [ComparisonBuilder.Entry(label: "base", rating: a, mission: mission, overrides: base),
                       ComparisonBuilder.Entry(label: "versus", rating: b, mission: mission, overrides: second)]
        return Outcome(comparison: ComparisonBuilder.build(mode: .assumptions, entries: entries), results: [results[0]])
    }

    private static func missions(_ results: [MissionRatingResult], mode: Comparison.Mode,
                                 overrides: [String: RuleEngine.FactValue], labels: [String]? = nil) -> Outcome {
        let valid = results.enumerated().filter { $0.element.isValid && !$0.element.ratings.isEmpty }
        guard valid.count >= 2 else { return Outcome(comparison: nil, results: results) }
        let names = labels.map { given in valid.map { given[$0.offset] } }
            ?? ComparisonBuilder.distinctLabels(valid.map { $0.element.ratings[0].mission.id }, files: valid.map { $0.element.file })
        let entries = zip(names, valid).map { label, item in
            ComparisonBuilder.Entry(label: label, rating: item.element.ratings[0], mission: item.element.mission, overrides: overrides)
        }
        return Outcome(comparison: ComparisonBuilder.build(mode: mode, entries: entries), results: results)
    }
}
