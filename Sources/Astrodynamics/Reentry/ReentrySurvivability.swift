/// Which components of a spacecraft reach the ground after an uncontrolled re-entry, and the debris casualty
/// area they make (NASA-STD-8719.14C eq. 4.7-1: D_A = Σ (0.6 + √A_i)² over parts with more than 15 J).
public struct ReentrySurvivability: Sendable, Hashable {
    /// How one component fared.
    public struct ComponentResult: Sendable, Hashable {
        public var name: String
        public var count: Int
        /// Final verdict: the declared value when the operator gave one, else the model's.
        public var survives: Bool
        /// True when `survives` is the operator's declaration (it takes precedence and is shown as declared).
        public var isDeclared: Bool
        /// The model's own result, always computed so reports can show it beside a declaration.
        public var modelled: ObjectReentrySimulation.Outcome
        /// Whether a surviving part hits the ground with more than 15 J.
        public var isHazardous: Bool
        /// Casualty area of all `count` parts, m² (0 unless hazardous).
        public var casualtyAreaM2: Double
    }

    public var components: [ComponentResult]
    /// D_A over all hazardous survivors, m².
    public var casualtyAreaM2: Double

    /// Names of the components that reach the ground with more than 15 J (`derived.reentry.surviving_components`).
    public var survivingComponentNames: [String] {
        components.filter(\.isHazardous).map(\.name)
    }

    /// Impact-energy threshold for a fragment to count, J (NASA-STD-8719.14C §4.7.3.1, from RCC 321).
    public static let hazardousEnergyThresholdJ = 15.0
    /// √A_h, the average human projected radius, m: A_h = 0.36 m² (NASA-STD-8719.14C eq. 4.7-1).
    public static let humanCrossSectionRootM = 0.6

    /// Runs the re-entry model on every component and sums the casualty area.
    public static func assess(_ components: [ReentryComponent],
                              simulation: ObjectReentrySimulation = ObjectReentrySimulation()) -> ReentrySurvivability {
        var results: [ComponentResult] = []
        results.reserveCapacity(components.count)
        var total = 0.0
        for component in components {
            let outcome = simulation.run(material: component.material, massKg: component.massKg,
                                         shape: component.shape)
            let survives = component.declaredSurvives ?? outcome.survives
            // A declared survivor keeps its full declared mass on the ground unless the model agrees it survives.
            let groundMass = outcome.survives ? outcome.survivingMassKg : component.massKg
            let impactEnergy: Double
            if outcome.survives {
                impactEnergy = outcome.impactEnergyJ
            } else {
                let dragArea = component.shape.hypersonicDragCoefficient * component.shape.meanProjectedAreaM2
                impactEnergy = dragArea > 0
                    ? groundMass * groundMass * standardGravity / (LowerAtmosphere.seaLevelDensity * dragArea) : 0
            }
            let hazardous = survives && impactEnergy > hazardousEnergyThresholdJ
            let root = component.shape.largestProjectedAreaM2.squareRoot()
            let area = hazardous
                ? Double(max(0, component.count)) * (humanCrossSectionRootM + root) * (humanCrossSectionRootM + root)
                : 0
            total += area
            results.append(ComponentResult(name: component.name, count: component.count, survives: survives,
                                           isDeclared: component.declaredSurvives != nil, modelled: outcome,
                                           isHazardous: hazardous, casualtyAreaM2: area))
        }
        return ReentrySurvivability(components: results, casualtyAreaM2: total)
    }
}
