import Diagnostics

/// The result of one inline `examples:` entry of a rule.
public struct ExampleResult: Sendable, Hashable {
    public var rule: String
    public var location: SourceLocation
    public var passed: Bool
    public var expectedScore: Double?
    public var expectedOutcome: RuleOutcome?
    public var actualScore: Double?
    public var actualOutcome: RuleOutcome
    /// "ok", or what differed.
    public var message: String
}

extension CompiledRuleset {
    /// Expected scores in examples are compared to this absolute tolerance, so authors can write
    /// scores to three decimals (0.809 for 1 − 0.4·log₁₀3).
    public static let exampleTolerance = 0.0005

    /// Runs every inline example: each rule is evaluated with exactly the `given` facts (everything
    /// else absent) and the ruleset's assumptions.
    public func runExamples() -> [ExampleResult] {
        var results: [ExampleResult] = []
        let assumptionFacts = Dictionary(uniqueKeysWithValues: assumptions.map {
            ("assumptions.\($0.key)", Fact(value: $0.value, provenance: Provenance(kind: .assumption, location: $0.location.description)))
        })
        for rule in rules {
            for example in rule.examples {
                var facts = assumptionFacts
                for (path, value) in example.given {
                    facts[path] = Fact(value: value, unit: catalog[path]?.unit,
                                       provenance: Provenance(kind: .example, location: example.givenLocations[path]?.description))
                }
                var context = EvaluationContext(table: slots, source: FactTable(facts, absentReason: "not given in the example"))
                let evaluation = RuleEvaluation.evaluate(rule, in: &context)
                let score = evaluation.outcome == .notApplicable ? nil : evaluation.score
                var problems: [String] = []
                if let expected = example.expectedOutcome, expected != evaluation.outcome {
                    problems.append("expected outcome \(expected.rawValue), found \(evaluation.outcome.rawValue)"
                                    + (evaluation.reason.map { " (\($0))" } ?? ""))
                }
                if let expected = example.expectedScore {
                    if let score, abs(score - expected) <= Self.exampleTolerance {
                        // matches
                    } else {
                        problems.append("expected score \(NumberFormatting.shortest(expected)), found "
                                        + (score.map { NumberFormatting.shortest($0) } ?? "none (\(evaluation.outcome.rawValue))"))
                    }
                }
                results.append(ExampleResult(rule: rule.id, location: example.location, passed: problems.isEmpty,
                                             expectedScore: example.expectedScore, expectedOutcome: example.expectedOutcome,
                                             actualScore: score, actualOutcome: evaluation.outcome,
                                             message: problems.isEmpty ? "ok" : problems.joined(separator: "; ")))
            }
        }
        return results
    }
}
