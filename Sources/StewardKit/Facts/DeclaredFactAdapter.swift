import MissionModel
import RuleEngine

/// Turns the mission model's declared facts into rule-engine facts (the value type is shared, the provenance is
/// the rule engine's): the one place the two modules meet.
enum DeclaredFactAdapter {
    static func facts(of mission: Mission) -> [String: Fact] {
        var table: [String: Fact] = [:]
        table.reserveCapacity(64)
        for declared in mission.declaredFactsInFormatOrder {
            var value = declared.value
            // Tri-state passivation items become strings so one fact type covers true, false and not_applicable.
            if declared.path.hasPrefix("spacecraft.passivation."), case .bool(let flag) = value {
                value = .string(flag ? "true" : "false")
            }
            let provenance: Provenance
            switch declared.origin {
            case .declared: provenance = .declared(at: declared.location)
            case .defaulted: provenance = Provenance(kind: .declared, location: declared.location.description,
                                                     model: "format default")
            case .computedFromDescriptor(let inputs):
                provenance = Provenance(kind: .declared, location: declared.location.description,
                                        model: "computed from " + inputs.joined(separator: ", "))
            }
            table[declared.path] = Fact(value: value, unit: declared.unit, provenance: provenance)
        }
        return table
    }
}
