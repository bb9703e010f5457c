import MissionModel
import RuleEngine

/// Turns the mission model's declared facts into rule-engine facts.
///
/// The two modules keep their own value types on purpose (the rule engine knows no mission vocabulary); this is
/// the one place they meet.
enum DeclaredFactAdapter {
    static func facts(of mission: Mission) -> [String: Fact] {
        var table: [String: Fact] = [:]
        for declared in mission.declaredFacts {
            var value = convert(declared.value)
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

    static func convert(_ value: MissionModel.FactValue) -> RuleEngine.FactValue {
        switch value {
        case .number(let number): return .number(number)
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .strings(let items): return .list(items.map { .string($0) })
        case .numbers(let items): return .list(items.map { .number($0) })
        }
    }
}
