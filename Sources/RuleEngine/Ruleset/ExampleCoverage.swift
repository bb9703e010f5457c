/// How much of a ruleset its inline examples exercise, for `steward rules test`.
///
/// Coverage is the share of rules (bonus rules included) with at least one example, in percent: the number a
/// CI gate (`--min-coverage`) compares. The outcomes no example produces are listed beside it, because a
/// ruleset whose examples all pass never shows what its rules do with a missing fact.
public struct ExampleCoverage: Sendable, Hashable {
    public var ruleCount: Int
    /// Ids of rules without any example, in file order.
    public var rulesWithoutExamples: [String]
    /// Outcomes that no example's evaluation produced, in the order pass, partial, fail, not_applicable, unknown.
    public var outcomesNotExercised: [RuleOutcome]

    public var rulesWithExamples: Int { ruleCount - rulesWithoutExamples.count }

    /// Percentage of rules with at least one example; 100 for a ruleset without rules.
    public var percentage: Double {
        ruleCount == 0 ? 100 : Double(rulesWithExamples) / Double(ruleCount) * 100
    }
}

extension CompiledRuleset {
    /// Coverage of this ruleset's examples, given the results of ``runExamples()``.
    public func exampleCoverage(_ results: [ExampleResult]) -> ExampleCoverage {
        let all = rules
        let produced = Set(results.map(\.actualOutcome))
        let order: [RuleOutcome] = [.pass, .partial, .fail, .notApplicable, .unknown]
        return ExampleCoverage(ruleCount: all.count, rulesWithoutExamples: all.filter(\.examples.isEmpty).map(\.id),
                               outcomesNotExercised: order.filter { !produced.contains($0) })
    }
}
