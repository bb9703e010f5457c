/// Rulesets known by id without a file: the default ruleset embedded in the binary, and any others a
/// caller registers. `extends: <id>` and `--ruleset <id>` look here before treating the text as a path.
public struct RulesetRegistry: Sendable {
    public struct Entry: Sendable, Hashable {
        public var id: String
        /// The YAML text.
        public var text: String
        /// The name diagnostics use for it, e.g. "<embedded>/starter.yaml".
        public var displayName: String
    }

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    public mutating func register(id: String, text: String, displayName: String? = nil) {
        entries[id] = Entry(id: id, text: text, displayName: displayName ?? "<embedded>/\(id).yaml")
    }

    public subscript(id: String) -> Entry? { entries[id] }

    public var ids: [String] { entries.keys.sorted() }
}
