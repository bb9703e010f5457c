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

    /// The id of an embedded ruleset from its display name ("<embedded>/lts-2019.yaml" → "lts-2019"), or nil
    /// for a real file: such a file exists only inside the binary, so messages say how to print it.
    public static func embeddedID(inFile file: String) -> String? {
        let prefix = "<embedded>/", suffix = ".yaml"
        guard file.hasPrefix(prefix), file.hasSuffix(suffix), file.count > prefix.count + suffix.count else { return nil }
        return String(file.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// "see it with `steward rules show ID`" for an embedded file, else nil.
    public static func showHint(forFile file: String) -> String? {
        embeddedID(inFile: file).map { "\(file) is built into steward; print it with `steward rules show \($0)`" }
    }
}
