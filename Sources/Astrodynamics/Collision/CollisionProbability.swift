import Foundation

/// Probability of a catastrophic collision with a tracked object (≳10 cm) over operations and post-mission
/// decay, by the flux method of NASA-STD-8719.14C §4.5.4.2: P = 1 − exp(−Σ F·A·Δt).
///
/// F is the flux of catalogued objects through the shells the orbit occupies, n(h)·v_rel, weighted by the time
/// spent in each shell (`AltitudeShellOccupancy`); A the spacecraft's mean cross-section; Δt the time at each
/// orbit. Phases are accumulated separately (the standard sums operations and disposal).
public struct CollisionExposure: Sendable, Hashable {
    /// Mean cross-sectional area of the spacecraft, m².
    public var crossSectionM2: Double
    /// Inclination of the orbit, degrees (sets the mean impact velocity).
    public var inclinationDeg: Double
    /// Operational orbit, held for `operationalYears`.
    public var operationalPerigeeKm: Double
    public var operationalApogeeKm: Double
    public var operationalYears: Double
    /// Perigee and apogee after the end of the mission until re-entry (the lifetime model's output), t = 0 at
    /// the end of operations. Empty when the spacecraft leaves LEO at once (controlled re-entry).
    public var postMission: OrbitHistory
    /// Whether the spacecraft can manoeuvre and screens conjunctions during operations (the credit applies to
    /// the operational phase only: a spacecraft in post-mission decay is assumed passive).
    public var performsCollisionAvoidance: Bool

    public init(crossSectionM2: Double, inclinationDeg: Double, operationalPerigeeKm: Double,
                operationalApogeeKm: Double, operationalYears: Double, postMission: OrbitHistory,
                performsCollisionAvoidance: Bool) {
        self.crossSectionM2 = crossSectionM2
        self.inclinationDeg = inclinationDeg
        self.operationalPerigeeKm = operationalPerigeeKm
        self.operationalApogeeKm = operationalApogeeKm
        self.operationalYears = operationalYears
        self.postMission = postMission
        self.performsCollisionAvoidance = performsCollisionAvoidance
    }
}

public struct CollisionProbabilityResult: Sendable, Hashable {
    /// Expected number of collisions with tracked objects (Σ F·A·Δt) in each phase, before any avoidance.
    public var expectedCollisionsOperations: Double
    public var expectedCollisionsPostMission: Double
    /// P = 1 − exp(−N) without credit for collision avoidance.
    public var probabilityWithoutAvoidance: Double
    /// P with the operational phase's expected collisions reduced by the avoidance credit (equal to the above
    /// when the mission does not perform collision avoidance).
    public var probabilityWithAvoidance: Double
    /// The credit applied to the operational phase (0 when none).
    public var avoidanceCreditApplied: Double
    /// Mean impact velocity used, km/s.
    public var impactVelocityKmPerS: Double
    /// Years spent with some of the orbit above the table's top (2000 km for the shipped one), where the flux
    /// is not modelled; non-zero means the result is a lower bound.
    public var yearsOutsideTable: Double
}

public struct CollisionProbabilityModel: Sendable {
    /// Background population (tracked objects).
    public var population: SpatialDensityTable
    /// Fraction of the operational-phase risk removed by conjunction screening and avoidance manoeuvres.
    ///
    /// Default 0.9 — Steward's assumption, NOT from a published source: every object in the table is tracked by
    /// definition, so the residual risk is set by conjunctions below the action threshold and by covariance
    /// misses; no published fraction for that was found. Rulesets should state their own value.
    public var avoidanceCredit: Double

    public static let defaultAvoidanceCredit = 0.9

    public init(population: SpatialDensityTable = .trackedObjects2019,
                avoidanceCredit: Double = CollisionProbabilityModel.defaultAvoidanceCredit) {
        self.population = population
        self.avoidanceCredit = min(1, max(0, avoidanceCredit))
    }

    /// Seconds in a year × 1e-6 km²/m²: converts n [km⁻³] · v [km/s] into a flux in m⁻²·yr⁻¹.
    private static let fluxUnitFactor = secondsPerYear * 1e-6

    /// Flux of tracked objects, m⁻²·yr⁻¹, averaged over the orbit with the given perigee and apogee.
    public func orbitAveragedFlux(perigeeKm: Double, apogeeKm: Double, impactVelocityKmPerS: Double) -> Double {
        var density = 0.0
        for (index, fraction) in AltitudeShellOccupancy.fractions(perigeeKm: perigeeKm, apogeeKm: apogeeKm,
                                                                   in: population) {
            density += fraction * population.shells[index].objectsPerKm3
        }
        return density * impactVelocityKmPerS * Self.fluxUnitFactor
    }

    public func evaluate(_ exposure: CollisionExposure) -> CollisionProbabilityResult {
        let velocity = ImpactVelocity.meanKmPerS(inclinationDeg: exposure.inclinationDeg)
        let area = max(0, exposure.crossSectionM2)
        let top = population.coveredAltitudesKm.upperBound
        var yearsOutside = 0.0

        let operationalYears = max(0, exposure.operationalYears)
        let operations = orbitAveragedFlux(perigeeKm: exposure.operationalPerigeeKm,
                                           apogeeKm: exposure.operationalApogeeKm,
                                           impactVelocityKmPerS: velocity) * area * operationalYears
        if max(exposure.operationalPerigeeKm, exposure.operationalApogeeKm) > top { yearsOutside += operationalYears }

        // Trapezoidal rule over the history's intervals: the flux at each sample, averaged over the interval.
        var postMission = 0.0
        let samples = exposure.postMission.samples
        var previousFlux = samples.first.map {
            orbitAveragedFlux(perigeeKm: $0.perigeeAltitudeKm, apogeeKm: $0.apogeeAltitudeKm,
                              impactVelocityKmPerS: velocity)
        } ?? 0
        for index in samples.indices.dropFirst() {
            let sample = samples[index]
            let flux = orbitAveragedFlux(perigeeKm: sample.perigeeAltitudeKm, apogeeKm: sample.apogeeAltitudeKm,
                                         impactVelocityKmPerS: velocity)
            let years = max(0, sample.timeYears - samples[index - 1].timeYears)
            postMission += 0.5 * (flux + previousFlux) * area * years
            if max(sample.perigeeAltitudeKm, sample.apogeeAltitudeKm) > top { yearsOutside += years }
            previousFlux = flux
        }

        let credit = exposure.performsCollisionAvoidance ? avoidanceCredit : 0
        return CollisionProbabilityResult(
            expectedCollisionsOperations: operations,
            expectedCollisionsPostMission: postMission,
            probabilityWithoutAvoidance: -expm1(-(operations + postMission)),
            probabilityWithAvoidance: -expm1(-(operations * (1 - credit) + postMission)),
            avoidanceCreditApplied: credit,
            impactVelocityKmPerS: velocity,
            yearsOutsideTable: yearsOutside)
    }
}
