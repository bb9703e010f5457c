import Certificates
import Foundation
import RuleEngine

/// Turning a `Rating` into what a certificate seals, in one place so `certify` and `verify` agree exactly.
enum CertificationInputs {
    /// The rating summary of `docs/reports.md`: tier (`none` when unrated), total score, stars, section scores
    /// (sections that had a score), the ids of required rules whose condition failed and of those that could
    /// not be shown to hold — every requirement that caps the tier, as `--strict` reports them.
    static func summary(of rating: Rating) -> CertifiedRatingSummary {
        let rules = rating.allRules + rating.bonus
        let failed = rules.filter { $0.required?.status == .notMet }.map(\.id)
        // The caps say which requirements were not demonstrated, exactly as `--strict` reads them.
        let unproven = rating.caps.filter { $0.reason.hasPrefix("unknown") }.map(\.rule)
        var sections: [String: Double] = [:]
        for section in rating.sections {
            if let score = section.score { sections[section.id] = score }
        }
        let uncertainty = rating.uncertainty.map { block in
            let shares = Dictionary(block.tiers.filter { $0.draws > 0 }.map { ($0.tier ?? "none", $0.probability) },
                                    uniquingKeysWith: { first, _ in first })
            return CertifiedUncertainty(samples: block.samples, seed: Int(block.seed), method: block.method,
                                        tierProbability: block.probability(ofTier: rating.tier)?.probability ?? 0,
                                        tierProbabilities: shares)
        }
        return CertifiedRatingSummary(tier: rating.tier ?? "none", score: rating.score ?? 0, stars: rating.stars,
                                      sectionScores: sections, failedRequiredRules: failed, unprovenRequiredRules: unproven,
                                      uncertainty: uncertainty)
    }

    /// The assumptions in force as text (`"25"`, `"mean_cycle"`), as certificates record them.
    static func assumptionTexts(of rating: Rating) -> [String: String] {
        var texts: [String: String] = [:]
        for assumption in rating.assumptions { texts[assumption.key] = text(of: assumption.value) }
        return texts
    }

    static func text(of value: RuleEngine.FactValue) -> String {
        switch value {
        case .string(let text): return text
        default: return value.displayText
        }
    }

    /// Overrides that reproduce certified assumption texts on top of a ruleset's own assumptions, so a
    /// re-evaluation in `verify` runs under the same assumptions as `certify` did.
    static func overrides(reproducing texts: [String: String], ruleset: CompiledRuleset) -> [String: RuleEngine.FactValue] {
        let own = Dictionary(ruleset.assumptions.map { ($0.key, text(of: $0.value)) }, uniquingKeysWith: { _, last in last })
        var overrides: [String: RuleEngine.FactValue] = [:]
        for (key, value) in texts where own[key] != value {
            if let number = Double(value), number.isFinite {
                overrides[key] = .number(number)
            } else if value == "true" || value == "false" {
                overrides[key] = .bool(value == "true")
            } else {
                overrides[key] = .string(value)
            }
        }
        return overrides
    }
}
