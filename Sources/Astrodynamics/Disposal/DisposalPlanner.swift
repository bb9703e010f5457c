import Foundation

/// The Δv a disposal needs, and what the plan declared can deliver (`derived.disposal.*`).
public struct DisposalPlanner: Sendable {
    public static let identifier = "steward-disposal@1"
    /// Effective perigee for a controlled re-entry, km: NASA-STD-8719.14C §4.6.5.9 ("perigee ≤ 50 km").
    public static let controlledReentryPerigeeAltitudeKm = 50.0
    /// IADC GEO re-orbit: minimum perigee raise ΔH = 235 km + 1000·C_R·A/m (IADC-02-01 §5.3.1; NASA-STD-8719.14C
    /// §4.6.5.11.1). 235 km = 200 km (region B half-height) + 35 km (luni-solar and geopotential perturbations).
    public static let geoGraveyardBaseRaiseKm = 235.0
    /// Maximum eccentricity of a GEO graveyard orbit (same sources).
    public static let geoGraveyardMaximumEccentricity = 0.003

    public let lifetime: OrbitalLifetime

    public init(lifetime: OrbitalLifetime) {
        self.lifetime = lifetime
    }

    /// The lowest-Δv perigee-lowering manoeuvre that brings the residual lifetime within a target.
    public struct LifetimeDisposal: Sendable, Hashable, Codable {
        /// Δv of one apogee burn, m/s (0 when the orbit already complies).
        public let deltaV: ModelledQuantity
        /// Perigee altitude after the burn, km (the current perigee when no burn is needed).
        public let targetPerigeeAltitudeKm: Double
        /// Residual lifetime from the resulting orbit; from the current orbit when it already complies. It may be
        /// the search's run, with relaxed late steps (lifetime within 1e-4 of the model's run; no fact reads it).
        public let residualLifetime: LifetimeEstimate
        public let alreadyCompliant: Bool
        /// Where the perigee search ended, for a search on nearby inputs (nil when no search was needed).
        public let searchHint: PerigeeSearchHint?
    }

    /// What a perigee search cost (tests and benchmarks).
    struct SearchCost {
        /// Full decay runs, including the one from the current orbit.
        var decayRuns = 0
        /// Coarse decay runs (steps four times longer) that located the root.
        var coarseRuns = 0
        /// Integration steps of all runs.
        var steps = 0
    }

    /// Δv to lower the perigee (one burn at apogee, keeping the apogee) so that the residual lifetime from
    /// `start` is at most `targetYears`. The answer is the one a bisection on the perigee altitude between the
    /// re-entry altitude and the current perigee, to 0.5 km, would give (lifetime grows monotonically with
    /// perigee height at fixed apogee), found with far fewer decay runs: see ``PerigeeLifetimeSearch``.
    ///
    /// `hint`, the ``LifetimeDisposal/searchHint`` of a search on nearby inputs (the same mission with another
    /// drag or activity draw), tells the search where to look first; the answer is the same with or without it.
    ///
    /// `currentDecay`, when the caller already has it, is this model's estimate from `orbit` at `start` with this
    /// `drag` and `scenario` (a mission's failed-disposal decay is exactly that when no drag device is deployed):
    /// the search then does not run it again. The answer is the same to the bit.
    ///
    /// `lowerDecay`, when the caller already has it, is this model's estimate at `start` with this `drag` and
    /// `scenario` from another orbit of the same apogee and inclination with a lower perigee (a declared disposal
    /// orbit): when it outlives the target (at most tenfold), so does the current orbit, whose run is then skipped,
    /// and the search starts from the exponential scaling of its lifetime. Only the cost depends on it, never the
    /// answer.
    public func perigeeLoweringForLifetime(orbit: EarthOrbit, drag: DragProfile, start: Date,
                                           scenario: SolarActivityScenario, targetYears: Double,
                                           hint: PerigeeSearchHint? = nil,
                                           currentDecay: LifetimeEstimate? = nil,
                                           lowerDecay: (orbit: EarthOrbit, estimate: LifetimeEstimate)? = nil) -> LifetimeDisposal {
        var cost = SearchCost()
        return perigeeLoweringForLifetime(orbit: orbit, drag: drag, start: start, scenario: scenario,
                                          targetYears: targetYears, hint: hint, currentDecay: currentDecay,
                                          lowerDecay: lowerDecay, cost: &cost)
    }

    /// A search hint from a lower orbit's decay that outlives the target (see `lowerDecay` above), else nil.
    func hint(from lower: (orbit: EarthOrbit, estimate: LifetimeEstimate)?, below orbit: EarthOrbit,
              start: Date, scenario: SolarActivityScenario, targetYears: Double) -> PerigeeSearchHint? {
        guard let lower, abs(lower.orbit.apogeeAltitudeKm - orbit.apogeeAltitudeKm) < 1e-9,
              lower.orbit.inclinationDeg == orbit.inclinationDeg,
              lower.orbit.perigeeAltitudeKm < orbit.perigeeAltitudeKm,
              PerigeeLifetimeSearch.clearCompliance(lower.estimate, targetYears: targetYears) == false,
              // Farther than a tenfold lifetime the scaling's guess is worse than the search's own start.
              lower.estimate.yearsOrHorizon <= 10 * targetYears else { return nil }
        let perigee = lower.orbit.perigeeAltitudeKm
        let weather = scenario.weather(at: start)
        let atmosphere = lifetime.model.atmosphere
        let here = atmosphere.meanDensity(altitudeKm: perigee, weather: weather, inclinationDeg: orbit.inclinationDeg)
        let above = atmosphere.meanDensity(altitudeKm: perigee + 10, weather: weather, inclinationDeg: orbit.inclinationDeg)
        let scaleHeightKm = here > 0 && above > 0 && above < here ? 10 / log(here / above) : 50
        // ln L grows by Δh/H with the perigee (King-Hele 1987): the perigee where it meets the target.
        return PerigeeSearchHint(perigeeAltitudeKm: perigee - scaleHeightKm * log(lower.estimate.yearsOrHorizon / targetYears),
                                 kilometresPerLogLifetime: scaleHeightKm)
    }

    /// As above, adding what the search cost to `cost` (tests and benchmarks).
    func perigeeLoweringForLifetime(orbit: EarthOrbit, drag: DragProfile, start: Date,
                                    scenario: SolarActivityScenario, targetYears: Double,
                                    hint: PerigeeSearchHint? = nil, currentDecay: LifetimeEstimate? = nil,
                                    lowerDecay: (orbit: EarthOrbit, estimate: LifetimeEstimate)? = nil,
                                    cost: inout SearchCost) -> LifetimeDisposal {
        let model = lifetime.model
        // Only "within the target or not" is needed from the current orbit: a run that re-enters in time is the
        // full run to the bit, and one that does not is stopped just past the target.
        // Compliance is decided as the model's run decides it (``PerigeeLifetimeSearch/decide(_:stopAfterYears:)``):
        // a relaxed-step run, a little past the target, where it is clear by the margin, else the model's run.
        func decided(_ estimate: LifetimeEstimate) -> LifetimeEstimate {
            guard PerigeeLifetimeSearch.clearCompliance(estimate, targetYears: targetYears) == nil else { return estimate }
            let fine = model.estimate(orbit: orbit, drag: drag, start: start, scenario: scenario,
                                      run: .init(stopAfterYears: targetYears, relaxesLateSteps: false))
            cost.decayRuns += 1
            cost.steps += fine.steps
            return fine
        }
        func runCurrent() -> LifetimeEstimate {
            let estimate = model.estimate(orbit: orbit, drag: drag, start: start, scenario: scenario,
                                          run: .init(stopAfterYears: targetYears * (1 + 2 * PerigeeLifetimeSearch.decisionMargin),
                                                     relaxesLateSteps: true))
            cost.decayRuns += 1
            cost.steps += estimate.steps
            return decided(estimate)
        }
        func description(_ estimate: LifetimeEstimate) -> (model: String, assumptions: [String]) {
            ("\(Self.identifier) (bisection on \(estimate.modelDescription))",
             ["One impulsive retrograde burn at apogee; apogee unchanged.",
              "Target residual lifetime ≤ \(targetYears) years."] + estimate.assumptions)
        }
        func alreadyCompliant(_ estimate: LifetimeEstimate) -> LifetimeDisposal {
            let text = description(estimate)
            return LifetimeDisposal(deltaV: ModelledQuantity(value: 0, unit: "m/s", model: text.model, assumptions: text.assumptions),
                                    targetPerigeeAltitudeKm: orbit.perigeeAltitudeKm, residualLifetime: estimate,
                                    alreadyCompliant: true, searchHint: nil)
        }
        // A seeded search (a Monte Carlo draw) usually shows the current orbit too long with a probe below it, so
        // its own run is left until the search could not show it.
        // A lower orbit that outlives the target shows the current one does too (lifetime grows with the perigee).
        let lowerHint = currentDecay == nil && hint == nil
            ? self.hint(from: lowerDecay, below: orbit, start: start, scenario: scenario, targetYears: targetYears) : nil
        let hint = hint ?? lowerHint
        let current: LifetimeEstimate? = currentDecay ?? (hint == nil ? runCurrent() : nil)
        if let current, let years = current.years, years <= targetYears { return alreadyCompliant(current) }
        var search = PerigeeLifetimeSearch(model: model, orbit: orbit, drag: drag, start: start, scenario: scenario,
                                           targetYears: targetYears, current: current, hint: hint)
        let result = search.run()
        cost.decayRuns += search.decayRuns
        cost.coarseRuns += search.coarseRuns
        cost.steps += search.decaySteps
        if current == nil, !search.currentOrbitProvenTooLong, lowerHint == nil {
            let own = runCurrent()
            if let years = own.years, years <= targetYears { return alreadyCompliant(own) }
        }
        let (modelName, assumptions) = description(current ?? result.residual)
        let deltaV = Manoeuvres.perigeeLoweringDeltaV(from: orbit, toPerigeeAltitudeKm: result.perigeeAltitudeKm)
        return LifetimeDisposal(deltaV: ModelledQuantity(value: deltaV, unit: "m/s", model: modelName, assumptions: assumptions),
                                targetPerigeeAltitudeKm: result.perigeeAltitudeKm, residualLifetime: result.residual,
                                alreadyCompliant: false, searchHint: search.solution)
    }

    /// Δv to lower the perigee to 50 km for a controlled re-entry (one burn at apogee). Real controlled
    /// re-entries often use several burns; the single-burn value is the lower bound.
    public static func controlledReentryDeltaV(orbit: EarthOrbit,
                                               perigeeAltitudeKm: Double = controlledReentryPerigeeAltitudeKm) -> ModelledQuantity {
        ModelledQuantity(value: Manoeuvres.perigeeLoweringDeltaV(from: orbit, toPerigeeAltitudeKm: perigeeAltitudeKm),
                         unit: "m/s", model: "\(identifier) vis-viva apogee burn",
                         assumptions: ["One impulsive burn at apogee to a perigee of \(perigeeAltitudeKm) km (NASA-STD-8719.14C §4.6.5.9)."])
    }

    /// IADC minimum GEO re-orbit perigee raise, km: 235 + 1000·C_R·A/m (A/m in m²/kg).
    public static func geoGraveyardMinimumRaiseKm(reflectivityCoefficient: Double, areaToMass: Double) -> ModelledQuantity {
        ModelledQuantity(value: geoGraveyardBaseRaiseKm + 1000 * reflectivityCoefficient * areaToMass, unit: "km",
                         model: "IADC-02-01 §5.3.1 GEO re-orbit formula",
                         assumptions: ["C_R = \(reflectivityCoefficient), A/m = \(areaToMass) m²/kg.",
                                       "Final eccentricity < \(geoGraveyardMaximumEccentricity)."])
    }

    /// Δv of a Hohmann transfer from GEO to a circular orbit `raiseKm` higher (final e = 0 < 0.003), m/s.
    public static func geoReorbitDeltaV(raiseKm: Double) -> ModelledQuantity {
        let geoRadius = Earth.equatorialRadiusKm + Earth.geostationaryAltitudeKm
        return ModelledQuantity(value: Manoeuvres.hohmannDeltaV(fromRadiusKm: geoRadius, toRadiusKm: geoRadius + raiseKm),
                                unit: "m/s", model: "\(identifier) Hohmann transfer",
                                assumptions: ["Two impulsive burns from circular GEO to a circular orbit \(raiseKm) km higher."])
    }

    /// Δv available from the reserved propellant (rocket equation).
    public static func deltaVAvailable(massAtEndOfMissionKg: Double, reservedPropellantKg: Double,
                                       specificImpulseSeconds: Double) -> ModelledQuantity {
        ModelledQuantity(value: Manoeuvres.deltaVAvailable(massAtEndOfMissionKg: massAtEndOfMissionKg,
                                                           reservedPropellantKg: reservedPropellantKg,
                                                           specificImpulseSeconds: specificImpulseSeconds),
                         unit: "m/s", model: "Tsiolkovsky rocket equation, g₀ = 9.80665 m/s²",
                         assumptions: ["m₀ = \(massAtEndOfMissionKg) kg including the reserve of \(reservedPropellantKg) kg; "
                                       + "I_sp = \(specificImpulseSeconds) s; no gravity or steering losses."])
    }
}
