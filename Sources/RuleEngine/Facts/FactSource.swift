import Diagnostics

/// What the rule engine knows about a mission: facts it can ask for by path.
///
/// The engine asks lazily, only for the paths a compiled rule reads, and at most once per path per
/// rating (it caches the answers), so a caller backing derived facts with physics providers computes
/// only what the ruleset needs. A source need not be thread-safe: one rating uses it from one thread.
public protocol FactSource {
    func lookup(_ path: String) -> FactLookup
}

/// A `FactSource` over a fixed table of facts, optionally falling back to another source.
///
/// Used for a ruleset's inline examples and in tests; Steward's own missions use `MissionFactSource`.
public struct FactTable: FactSource {
    public private(set) var facts: [String: Fact]
    private let fallback: (any FactSource)?
    /// Reason given for a path that is neither in the table nor answered by the fallback.
    private let absentReason: String

    public init(_ facts: [String: Fact], fallback: (any FactSource)? = nil,
                absentReason: String = "not declared in the mission descriptor") {
        self.facts = facts
        self.fallback = fallback
        self.absentReason = absentReason
    }

    public func lookup(_ path: String) -> FactLookup {
        if let fact = facts[path] { return .known(fact) }
        if let fallback { return fallback.lookup(path) }
        return .absent(reason: absentReason)
    }
}
