/// A part of the spacecraft that may reach the ground (`spacecraft.components[]`, docs/mission-format.md).
public struct ReentryComponent: Sendable, Hashable {
    public var name: String
    public var material: ReentryMaterial
    /// Mass of one part, kg.
    public var massKg: Double
    public var shape: ComponentShape
    /// Number of identical parts.
    public var count: Int
    /// The operator's own survivability result (e.g. from DAS or DRAMA), which takes precedence over the model.
    public var declaredSurvives: Bool?

    public init(name: String, material: ReentryMaterial, massKg: Double, shape: ComponentShape, count: Int = 1,
                declaredSurvives: Bool? = nil) {
        self.name = name
        self.material = material
        self.massKg = massKg
        self.shape = shape
        self.count = count
        self.declaredSurvives = declaredSurvives
    }
}
