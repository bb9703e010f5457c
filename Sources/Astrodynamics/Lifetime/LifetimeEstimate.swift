import Foundation

/// A number a physics model produced, with what a report needs to show beside it: its unit, the model that
/// made it and the assumptions behind it (DESIGN §1: derived facts carry provenance).
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

/// The knobs of a lifetime computation, each with its documented default.
public struct LifetimeSettings: Sendable, Hashable, Codable {
    /// Decay is over when the perigee altitude falls to this value, km. Default 100 km: by then the remaining
    /// time in orbit is under a day for any orbit that has not already re-entered (a circular orbit at 120 km
    /// loses tens of km per revolution, reference/physics.md §1.2 Δa_rev = −2πBρa²), so the choice between the
    /// usual 100–120 km criteria changes no lifetime by more than about a day.
    public var reentryPerigeeAltitudeKm: Double
    /// Longest time propagated, years; longer lifetimes are reported as beyond the horizon. Default 200 years,
    /// the horizon of the LCA space-debris index (reference/physics.md §5.2) and of most ODAR tables.
    public var horizonYears: Double
    /// Whether the co-rotating atmosphere reduces the drag (King-Hele factor, see ``OrbitAveragedDecayModel``).
    public var includesAtmosphereRotation: Bool
    /// Largest number of samples kept in ``LifetimeEstimate/history``.
    public var maximumHistorySamples: Int

    public init(reentryPerigeeAltitudeKm: Double = 100, horizonYears: Double = 200,
                includesAtmosphereRotation: Bool = true, maximumHistorySamples: Int = 400) {
        self.reentryPerigeeAltitudeKm = reentryPerigeeAltitudeKm
        self.horizonYears = horizonYears
        self.includesAtmosphereRotation = includesAtmosphereRotation
        self.maximumHistorySamples = maximumHistorySamples
    }

    public static let standard = LifetimeSettings()
}

/// Keeps a bounded, representative subset of a decay trajectory: a sample whenever time, perigee or apogee has
/// moved by a set fraction of its total range since the last kept one, so both the slow decades and the fast
/// final weeks show on a chart.
struct HistoryRecorder {
    private(set) var samples: [OrbitHistory.Sample] = []
    private let timeStepYears: Double
    private let perigeeStepKm: Double
    private let apogeeStepKm: Double
    private let limit: Int

    init(first: OrbitHistory.Sample, horizonYears: Double, finalAltitudeKm: Double, limit: Int) {
        samples.append(first)
        // Three criteria each allow about a third of the budget.
        let share = Double(max(limit, 6)) / 3.2
        timeStepYears = horizonYears / share
        perigeeStepKm = max(first.perigeeAltitudeKm - finalAltitudeKm, 1) / share
        apogeeStepKm = max(first.apogeeAltitudeKm - finalAltitudeKm, 1) / share
        self.limit = max(limit, 2)
    }

    mutating func offer(_ sample: OrbitHistory.Sample) {
        guard let last = samples.last else { samples.append(sample); return }
        if sample.timeYears - last.timeYears >= timeStepYears
            || abs(sample.perigeeAltitudeKm - last.perigeeAltitudeKm) >= perigeeStepKm
            || abs(sample.apogeeAltitudeKm - last.apogeeAltitudeKm) >= apogeeStepKm {
            samples.append(sample)
        }
    }

    /// The history with `final` appended, thinned evenly if the budget was still exceeded.
    func finish(with final: OrbitHistory.Sample) -> OrbitHistory {
        var all = samples
        if let last = all.last, last.timeYears >= final.timeYears { all.removeLast() }
        all.append(final)
        guard all.count > limit else { return OrbitHistory(samples: all) }
        let stride = Double(all.count - 1) / Double(limit - 1)
        let thinned = (0..<limit).map { all[min(all.count - 1, Int((Double($0) * stride).rounded()))] }
        return OrbitHistory(samples: thinned)
    }
}
