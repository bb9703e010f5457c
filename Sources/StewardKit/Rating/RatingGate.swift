import Diagnostics
import RuleEngine

/// The exit-code decision of `steward rate` (README, "Exit codes"), kept out of the CLI so it can be unit-tested.
///
/// 0 when every rating passes the gate; 1 when a rating is below `--fail-below` or, with `--strict`, a required
/// rule failed or could not be shown to hold; 2 when any descriptor is invalid (this wins: a missing rating must
/// never look like a passing one).
public struct RatingGate: Sendable, Hashable {
    public var failBelow: String?
    public var strict: Bool

    public init(failBelow: String? = nil, strict: Bool = false) {
        self.failBelow = failBelow
        self.strict = strict
    }

    public enum Verdict: Int32, Sendable, Hashable {
        case success = 0
        case belowGate = 1
        case invalidInput = 2
    }

    /// Checks that `--fail-below` names a tier of every ruleset; returns the usage message (with a
    /// did-you-mean) otherwise.
    public func tierProblem(rulesets: [CompiledRuleset]) -> String? {
        guard let failBelow else { return nil }
        for ruleset in rulesets where !ruleset.tiers.contains(where: { $0.name == failBelow }) {
            let names = ruleset.tiers.map(\.name)
            let hint = Suggestion.note(for: failBelow, in: names).map { "; \($0)" } ?? ""
            return "unknown tier '\(failBelow)' for ruleset \(ruleset.identity.id)\(hint) (tiers: \(names.joined(separator: ", ")))"
        }
        return nil
    }

    /// Why a rating does not pass the gate, one line each; empty when it passes.
    public func shortfalls(of rating: Rating) -> [String] {
        var reasons: [String] = []
        let subject = "\(rating.mission.file ?? rating.mission.id) [\(rating.ruleset.id)]"
        if let failBelow, rating.reaches(tier: failBelow) != true {
            reasons.append("\(subject): tier \(rating.tier ?? "unrated") is below --fail-below \(failBelow)")
        }
        if strict {
            for cap in rating.unmetRequirements {
                reasons.append("\(subject): required rule \(cap.rule) \(cap.reason) (\(cap.condition)); caps the tier at \(cap.capsTierAt)")
            }
        }
        return reasons
    }

    public func verdict(for results: [MissionRatingResult]) -> Verdict {
        if results.contains(where: { !$0.isValid }) { return .invalidInput }
        let failing = results.contains { result in result.ratings.contains { !shortfalls(of: $0).isEmpty } }
        return failing ? .belowGate : .success
    }
}
