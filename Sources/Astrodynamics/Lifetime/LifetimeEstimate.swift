import Foundation

/// When decay ends, or that it did not end within the horizon.
public enum LifetimeOutcome: Sendable, Hashable, Codable {
    /// Re-entry (the stated re-entry criterion was met) after this many years.
    case reentered(years: Double)
    /// Still in orbit at the horizon: the lifetime is longer than `horizonYears`, and no number is claimed.
    case beyondHorizon(horizonYears: Double)
}

/// The result of one lifetime computation.
public struct LifetimeEstimate: Sendable, Hashable, Codable {
    public let outcome: LifetimeOutcome
    /// Perigee and apogee over time, at most ``LifetimeSettings/maximumHistorySamples`` samples, first at t = 0
    /// and last at re-entry or at the horizon.
    public let history: OrbitHistory
    /// Propagator identifier, e.g. `steward-orbit-averaged-drag@1`.
    public let model: String
    /// Atmosphere identifier (``MeanAtmosphere/identifier`` or ``PointAtmosphere/identifier``).
    public let atmosphere: String
    /// Solar-activity scenario identifier.
    public let solarActivity: String
    /// Every assumption a reader needs to reproduce the number.
    public let assumptions: [String]
    /// Integration steps taken (for benchmarks and diagnostics).
    public let steps: Int

    public init(outcome: LifetimeOutcome, history: OrbitHistory, model: String, atmosphere: String,
                solarActivity: String, assumptions: [String], steps: Int) {
        self.outcome = outcome
        self.history = history
        self.model = model
        self.atmosphere = atmosphere
        self.solarActivity = solarActivity
        self.assumptions = assumptions
        self.steps = steps
    }

    public static let unit = "years"

    /// Years to re-entry, or nil when beyond the horizon.
    public var years: Double? {
        if case let .reentered(years) = outcome { return years }
        return nil
    }

    public var isBeyondHorizon: Bool {
        if case .beyondHorizon = outcome { return true }
        return false
    }

    /// Years to re-entry, with the horizon standing in when beyond it: what comparisons against a limit need
    /// ("longer than 200 years" is longer than any limit).
    public var yearsOrHorizon: Double {
        switch outcome {
        case let .reentered(years): return years
        case let .beyondHorizon(horizon): return horizon
        }
    }

    /// The model and atmosphere joined, for a fact's `model` field.
    public var modelDescription: String { "\(model) with \(atmosphere)" }
}
