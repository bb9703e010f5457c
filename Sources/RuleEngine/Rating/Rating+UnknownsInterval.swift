/// The range a rating's score could take once every unknown fact is declared, computed from the rating alone.
///
/// Method (docs/improve.md, "The unknowns interval"): an unknown rule scores 0 with its weight kept. Declaring
/// its facts can only move it to a score in [0, 1] (weight kept) or, when its applicability was what was
/// unknown, to not applicable (weight dropped and the rest renormalised). Shares stay fixed while applicability
/// stays fixed, so the total is linear in each rule's score: the best case sets every unknown rule to 1, which
/// adds its `totalShare`; a weight dropped instead could never do better than a score of 1, nor worse than 0.
/// The worst case keeps every unknown rule at 0, which is today's score. Known rules are held at their results;
/// requirements that could not be shown (caps marked unknown) are lifted in the best case and kept in the worst.
public struct UnknownsInterval: Sendable, Hashable, Codable {
    /// Today's score.
    public var now: Double
    /// The lowest score reachable by declaring the unknown facts (every unknown rule scores 0: today's score).
    public var lowest: Double
    /// The highest (every unknown rule scores 1).
    public var highest: Double
    /// Scored (non-bonus) rules that are unknown today.
    public var unknownRules: Int
    /// The tier at the highest score once requirements that could not be shown are shown; nil when unrated.
    public var highestTier: String?

    public init(now: Double, lowest: Double, highest: Double, unknownRules: Int, highestTier: String?) {
        self.now = now
        self.lowest = lowest
        self.highest = highest
        self.unknownRules = unknownRules
        self.highestTier = highestTier
    }
}

extension Rating {
    /// The score interval over every way of declaring the unknown facts; nil when the mission is unrated.
    public var unknownsInterval: UnknownsInterval? {
        guard let score else { return nil }
        // Read in place, in `allRules` order (so the sum is the same to the last bit): every text report asks for
        // this, and copying every rule result into `allRules` was a noticeable part of rendering one.
        // An unknown rule contributes totalShare × 0 today; at best totalShare × 1.
        var gain = 0.0
        var unknownRules = 0
        for section in sections.indices {
            for guideline in sections[section].guidelines.indices {
                let rules = sections[section].guidelines[guideline].rules
                for rule in rules.indices where rules[rule].outcome == .unknown {
                    gain += rules[rule].totalShare
                    unknownRules += 1
                }
            }
        }
        let highest = min(score + gain, 1)
        let firmCaps = caps.filter { cap in firstRule(withID: cap.rule)?.required?.status == .notMet }
        var tier = tiers.first { highest + CompiledRuleset.tierTolerance >= $0.minScore }?.name
        if let reached = tier, var rank = tiers.firstIndex(where: { $0.name == reached }) {
            for cap in firmCaps {
                if let capRank = tiers.firstIndex(where: { $0.name == cap.capsTierAt }), capRank > rank { rank = capRank }
            }
            tier = tiers[rank].name
        }
        return UnknownsInterval(now: score, lowest: score, highest: highest, unknownRules: unknownRules, highestTier: tier)
    }

    /// `(allRules + bonus).first { $0.id == id }`, without building that array.
    private func firstRule(withID id: String) -> RuleResult? {
        for section in sections {
            for guideline in section.guidelines {
                if let rule = guideline.rules.first(where: { $0.id == id }) { return rule }
            }
        }
        return bonus.first { $0.id == id }
    }
}
