/// How one rule came out for one mission.
public enum RuleOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Score 1.
    case pass
    /// Score strictly between 0 and 1.
    case partial
    /// Score 0.
    case fail
    /// `applies_if` was false: the rule's weight is dropped and the others renormalised.
    case notApplicable = "not_applicable"
    /// An input was missing or an evaluation failed: scored 0, weight kept, inputs listed.
    case unknown

    /// The outcome a computed score in [0, 1] earns.
    static func forScore(_ score: Double) -> RuleOutcome {
        score >= 1 ? .pass : (score <= 0 ? .fail : .partial)
    }
}
