import Diagnostics
import RuleEngine

/// A descriptor fact as the rule-engine and report fixtures write it (shared by both test targets): path, value and where it stands in the example file.
public struct FixtureFact: Sendable {
    public var path: String
    public var value: FactValue
    public var unit: String?
    public var location: SourceLocation

    public init(path: String, value: FactValue, unit: String? = nil, location: SourceLocation) {
        self.path = path
        self.value = value
        self.unit = unit
        self.location = location
    }
}

extension FactTable {
    /// The fixture's declared facts, with `fallback` answering `derived.*` paths.
    public init(declared: [FixtureFact], fallback: (any FactSource)? = nil) {
        var table: [String: Fact] = [:]
        for fact in declared {
            table[fact.path] = Fact(value: fact.value, unit: fact.unit, provenance: .declared(at: fact.location))
        }
        self.init(table, fallback: fallback)
    }
}
