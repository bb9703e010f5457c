/// A number a physics model produced, with what a report needs to show beside it: its unit, the model that
/// made it and the assumptions behind it (derived facts carry provenance: docs/physics.md, "Derived facts").
public struct ModelledQuantity: Sendable, Hashable, Codable {
    public let value: Double
    public let unit: String
    public let model: String
    public let assumptions: [String]

    public init(value: Double, unit: String, model: String, assumptions: [String]) {
        self.value = value
        self.unit = unit
        self.model = model
        self.assumptions = assumptions
    }
}
