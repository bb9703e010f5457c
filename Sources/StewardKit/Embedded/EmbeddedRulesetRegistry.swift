import RuleEngine

/// The rulesets compiled into the binary (from `Rulesets/*.yaml`, via the generated `EmbeddedRulesets.swift`).
///
/// Looking rulesets up by id here rather than on disk is what lets `steward` run from any directory and as a
/// copied executable: `--ruleset lts-2019` and `extends: lts-2019` never touch the file system.
public enum EmbeddedRulesets {
    /// The ruleset `steward rate` uses when no `--ruleset` is given (docs/ruleset-lts-2019.md).
    public static let defaultID = "lts-2019"

    /// Every embedded ruleset by id; the id is the file name without `.yaml`, which is also the `id:` inside it
    /// (`EmbeddedResourcesTests` checks that they agree).
    public static let registry: RulesetRegistry = {
        var registry = RulesetRegistry()
        for file in EmbeddedRulesetSources.files {
            registry.register(id: id(ofFileNamed: file.name), text: file.contents)
        }
        return registry
    }()

    /// Embedded ids, sorted.
    public static var ids: [String] { registry.ids }

    static func id(ofFileNamed name: String) -> String {
        name.hasSuffix(".yaml") ? String(name.dropLast(".yaml".count)) : name
    }
}
