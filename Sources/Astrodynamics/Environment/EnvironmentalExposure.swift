/// What a mission puts into orbit and for how long: the inputs of the environmental index and the fleet burden.
public struct EnvironmentalExposure: Sendable, Hashable {
    /// End-of-mission mass of one spacecraft, kg.
    public var massKg: Double
    /// Mean cross-section of one spacecraft, m².
    public var crossSectionM2: Double
    public var inclinationDeg: Double
    public var operationalPerigeeKm: Double
    public var operationalApogeeKm: Double
    public var operationalYears: Double
    /// Whether it manoeuvres to avoid screened conjunctions during operations.
    public var performsCollisionAvoidance: Bool
    /// Post-mission orbit history when disposal succeeds (t = 0 at end of operations).
    public var successfulDisposal: OrbitHistory
    /// Post-mission orbit history when disposal fails (typically natural decay from the operational orbit);
    /// nil when the mission has no disposal manoeuvre to fail.
    public var failedDisposal: OrbitHistory?
    /// Probability that disposal succeeds (ignored without `failedDisposal`).
    public var disposalSuccessProbability: Double

    public init(massKg: Double, crossSectionM2: Double, inclinationDeg: Double, operationalPerigeeKm: Double,
                operationalApogeeKm: Double, operationalYears: Double, performsCollisionAvoidance: Bool,
                successfulDisposal: OrbitHistory, failedDisposal: OrbitHistory? = nil,
                disposalSuccessProbability: Double = 1) {
        self.massKg = massKg
        self.crossSectionM2 = crossSectionM2
        self.inclinationDeg = inclinationDeg
        self.operationalPerigeeKm = operationalPerigeeKm
        self.operationalApogeeKm = operationalApogeeKm
        self.operationalYears = operationalYears
        self.performsCollisionAvoidance = performsCollisionAvoidance
        self.successfulDisposal = successfulDisposal
        self.failedDisposal = failedDisposal
        self.disposalSuccessProbability = disposalSuccessProbability
    }

    /// Probability disposal succeeds, clamped to [0, 1]; 1 when there is no failure branch.
    var effectiveSuccessProbability: Double {
        failedDisposal == nil ? 1 : min(1, max(0, disposalSuccessProbability))
    }
}
