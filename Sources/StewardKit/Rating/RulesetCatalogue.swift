import RuleEngine

/// What `steward rules list` shows about each embedded ruleset.
public struct EmbeddedRulesetSummary: Sendable, Hashable {
    public var id: String
    public var version: String
    public var title: String
    /// Errors found when compiling it (0 for a ruleset that is ready to rate with).
    public var errorCount: Int
}

extension EmbeddedRulesets {
    /// Every embedded ruleset with its version and title, in id order. A ruleset that does not compile is still
    /// listed (its header read from the text) so authors see it is there and broken.
    public static func summaries(resolver: RulesetResolver = RulesetResolver()) -> [EmbeddedRulesetSummary] {
        ids.map { id in
            let resolved = resolver.resolve(id)
            if let ruleset = resolved.ruleset {
                return EmbeddedRulesetSummary(id: id, version: ruleset.identity.version, title: ruleset.identity.title, errorCount: 0)
            }
            let text = registry[id]?.text ?? ""
            return EmbeddedRulesetSummary(id: id, version: headerValue("version", in: text) ?? "?",
                                          title: headerValue("title", in: text) ?? "?", errorCount: resolved.errors.count)
        }
    }

    /// A top-level `key: value` line of a ruleset text, without YAML parsing (only for listing broken files).
    static func headerValue(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
