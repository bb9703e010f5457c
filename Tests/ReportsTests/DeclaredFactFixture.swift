import Diagnostics
import RuleEngine

/// A descriptor fact as the fixtures write it: path, value and where it stands in the example file.
struct DeclaredFact {
    var path: String
    var value: FactValue
    var unit: String?
    var location: SourceLocation

    init(path: String, value: FactValue, unit: String? = nil, location: SourceLocation) {
        self.path = path
        self.value = value
        self.unit = unit
        self.location = location
    }
}

extension FactTable {
    /// The fixture's declared facts, with `fallback` answering `derived.*` paths.
    init(declared: [DeclaredFact], fallback: (any FactSource)? = nil) {
        var table: [String: Fact] = [:]
        for fact in declared {
            table[fact.path] = Fact(value: fact.value, unit: fact.unit, provenance: .declared(at: fact.location))
        }
        self.init(table, fallback: fallback)
    }
}
