/// Evaluates one rule in a mission's context: applicability, score, outcome, requirement, facts read.
struct RuleEvaluation {
    var outcome: RuleOutcome
    var score: Double?
    var measured: Double?
    var reason: String?
    var requirement: RequirementStatus
    var requirementReason: String?
    /// Where this rule's reads are in the context's read log.
    var reads: Range<Int>

    static func evaluate(_ rule: CompiledRule, in context: inout EvaluationContext) -> RuleEvaluation {
        context.beginReading()
        var result = RuleEvaluation(outcome: .unknown, score: nil, measured: nil, reason: nil, requirement: .notRequired,
                                    requirementReason: nil, reads: 0..<0)
        if let appliesIf = rule.appliesIfRoot {
            switch Evaluator.evaluate(appliesIf, in: &context) {
            case .known(.bool(false)):
                result.outcome = .notApplicable
                result.reason = rule.notApplicableReason
                result.reads = context.readRange
                return result
            case .known:
                break
            case .unknown(let reason):
                // Whether the rule applies cannot be decided: it is unknown, not silently skipped.
                result.outcome = .unknown
                result.score = 0
                result.reason = "cannot tell whether the rule applies: \(reason)"
                result.reads = context.readRange
                return result
            }
        }
        let scored = Evaluator.evaluate(rule.scoringRoot, in: &context)
        switch rule.scoringKind {
        case .passIf:
            switch scored {
            case .known(.bool(let passed)):
                result.outcome = passed ? .pass : .fail
                result.score = passed ? 1 : 0
            case .known:
                result.reason = "internal: pass_if did not give a boolean"
                result.score = 0
            case .unknown(let reason):
                result.reason = reason
                result.score = 0
            }
        case .score:
            switch scored {
            case .known(.number(let value)):
                let score = min(max(value, 0), 1)
                result.score = score
                result.outcome = .forScore(score)
            case .known:
                result.reason = "internal: score did not give a number"
                result.score = 0
            case .unknown(let reason):
                result.reason = reason
                result.score = 0
            }
        case .measure(let scale):
            switch scored {
            case .known(.number(let value)):
                let score = min(max(scale.score(for: value), 0), 1)
                result.measured = value
                result.score = score
                result.outcome = .forScore(score)
            case .known:
                result.reason = "internal: measure did not give a number"
                result.score = 0
            case .unknown(let reason):
                result.reason = reason
                result.score = 0
            }
        }
        if let requirement = rule.requiredRoot {
            switch Evaluator.evaluate(requirement, in: &context) {
            case .known(.bool(let met)): result.requirement = met ? .met : .notMet
            case .known: result.requirement = .notDemonstrated
            case .unknown(let reason):
                result.requirement = .notDemonstrated
                result.requirementReason = reason
            }
        }
        result.reads = context.readRange
        return result
    }
}
