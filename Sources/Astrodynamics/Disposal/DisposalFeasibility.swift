/// Whether the declared end-of-life plan can be flown: Δv available against Δv required.
public struct DisposalFeasibility: Sendable, Hashable, Codable {
    public let requiredDeltaV: Double
    public let availableDeltaV: Double

    public init(requiredDeltaV: Double, availableDeltaV: Double) {
        self.requiredDeltaV = requiredDeltaV
        self.availableDeltaV = availableDeltaV
    }

    /// Available ≥ required.
    public var isFeasible: Bool { availableDeltaV >= requiredDeltaV }
    /// Available − required, m/s (negative when short).
    public var marginMetresPerSecond: Double { availableDeltaV - requiredDeltaV }
    /// Margin relative to the requirement (nil when nothing is required).
    public var marginFraction: Double? { requiredDeltaV > 0 ? marginMetresPerSecond / requiredDeltaV : nil }
}
