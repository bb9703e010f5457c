import Foundation

/// The end-of-life strategies a mission descriptor declares (`end_of_life.strategy`).
public enum DisposalStrategy: String, Sendable, Hashable, Codable, CaseIterable {
    case controlledReentry = "controlled_reentry"
    case uncontrolledReentry = "uncontrolled_reentry"
    case naturalDecay = "natural_decay"
    case graveyard
    case escape
    case retrieval
}

extension DisposalPlanner {
    /// `derived.disposal.delta_v_required_m_s` for a declared strategy, or nil where Steward has no model
    /// (escape, retrieval, a graveyard outside GEO), so the fact is unknown rather than a made-up number.
    ///
    /// - controlled re-entry: one apogee burn to a 50 km perigee;
    /// - uncontrolled re-entry / natural decay: the least perigee lowering that brings the residual lifetime
    ///   from `endOfMission` within `targetYears` (0 when the orbit already complies);
    /// - graveyard from GEO: Hohmann raise by the IADC minimum 235 km + 1000·C_R·A/m.
    ///
    /// `hint` and `currentDecay` are passed to ``perigeeLoweringForLifetime(orbit:drag:start:scenario:targetYears:hint:currentDecay:)``
    /// (where to look first; the decay from `orbit` at `endOfMission` when the caller already has it).
    public func requiredDeltaV(strategy: DisposalStrategy, orbit: EarthOrbit, drag: DragProfile, endOfMission: Date,
                               scenario: SolarActivityScenario, targetYears: Double,
                               reflectivityCoefficient: Double, hint: PerigeeSearchHint? = nil,
                               currentDecay: LifetimeEstimate? = nil) -> ModelledQuantity? {
        switch strategy {
        case .controlledReentry:
            return Self.controlledReentryDeltaV(orbit: orbit)
        case .uncontrolledReentry, .naturalDecay:
            return perigeeLoweringForLifetime(orbit: orbit, drag: drag, start: endOfMission, scenario: scenario,
                                              targetYears: targetYears, hint: hint, currentDecay: currentDecay).deltaV
        case .graveyard:
            guard OrbitRegime.classify(orbit) == .geo else { return nil }
            let raise = Self.geoGraveyardMinimumRaiseKm(reflectivityCoefficient: reflectivityCoefficient,
                                                        areaToMass: drag.areaToMass)
            let deltaV = Self.geoReorbitDeltaV(raiseKm: raise.value)
            return ModelledQuantity(value: deltaV.value, unit: deltaV.unit, model: deltaV.model,
                                    assumptions: raise.assumptions + deltaV.assumptions)
        case .escape, .retrieval:
            return nil
        }
    }
}
