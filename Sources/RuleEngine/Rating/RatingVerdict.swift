/// Questions the CLI asks of a rating to choose its exit code (README, "Exit codes"), answered in one place.
extension Rating {
    /// Whether the final tier is `tier` or better. Nil when `tier` names no tier of the ruleset, so the
    /// caller can report a usage error rather than silently pass or fail. Unrated never reaches a tier.
    public func reaches(tier: String) -> Bool? {
        guard let wanted = tiers.firstIndex(where: { $0.name == tier }) else { return nil }
        guard let actual = self.tier, let rank = tiers.firstIndex(where: { $0.name == actual }) else { return false }
        return rank <= wanted
    }

    /// Required conditions that failed or could not be shown to hold (what `--strict` turns into exit 1).
    public var unmetRequirements: [TierCap] { caps }
}
