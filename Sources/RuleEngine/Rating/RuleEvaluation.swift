/// Evaluates one rule in a mission's context: applicability, score, outcome, requirement, facts read.
struct RuleEvaluation {
    var outcome: RuleOutcome
    var score: Double?
    var measured: Double?
    var reason: String?
    var requirementMet: Bool??
    var requirementReason: String?
    var reads: [Int]

    static func evaluate(_ rule: CompiledRule, in context: inout EvaluationContext) -> RuleEvaluation {
        context.beginReading()
        var result = RuleEvaluation(outcome: .unknown, score: nil, measured: nil, reason: nil, requirementMet: nil,
                                    requirementReason: nil, reads: [])
        if let appliesIf = rule.appliesIf {
            switch appliesIf.evaluate(in: &context) {
            case .known(.bool(false)):
                result.outcome = .notApplicable
                result.reason = "applies_if is false: \(appliesIf.text)"
                result.reads = context.reads
                return result
            case .known:
                break
            case .unknown(let reason):
                // Whether the rule applies cannot be decided: it is unknown, not silently skipped.
                result.outcome = .unknown
                result.score = 0
                result.reason = "cannot tell whether the rule applies: \(reason)"
                result.reads = context.reads
                return result
            }
        }
        switch rule.scoring {
        case .passIf(let expression):
            switch expression.evaluate(in: &context) {
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
        case .score(let expression):
            switch expression.evaluate(in: &context) {
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
        case .measure(let expression, let scale):
            switch expression.evaluate(in: &context) {
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
        if let requirement = rule.required {
            switch requirement.condition.evaluate(in: &context) {
            case .known(.bool(let met)): result.requirementMet = .some(met)
            case .known: result.requirementMet = .some(nil)
            case .unknown(let reason):
                result.requirementMet = .some(nil)
                result.requirementReason = reason
            }
        }
        result.reads = context.reads
        return result
    }
}
