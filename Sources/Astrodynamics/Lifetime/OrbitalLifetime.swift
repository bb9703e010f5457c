import Foundation

/// The lifetime questions a rating asks (`derived.orbit.decay_rate_km_per_day`,
/// `derived.lifetime.operational_orbit_years`, `derived.lifetime.post_mission_years`), answered with the
/// semi-analytic model. One value per mission: callers memoise.
public struct OrbitalLifetime: Sendable {
    public let model: OrbitAveragedDecayModel

    public init(atmosphere: any MeanAtmosphere, settings: LifetimeSettings = .standard) {
        self.model = OrbitAveragedDecayModel(atmosphere: atmosphere, settings: settings)
    }

    /// Mean semi-major-axis decay rate at the epoch, km/day.
    public func decayRateKmPerDay(orbit: EarthOrbit, drag: DragProfile, epoch: Date,
                                  scenario: SolarActivityScenario) -> ModelledQuantity {
        ModelledQuantity(value: model.decayRateKmPerDay(orbit: orbit, drag: drag, at: epoch, scenario: scenario),
                         unit: "km/day",
                         model: "\(OrbitAveragedDecayModel.identifier) with \(model.atmosphere.identifier)",
                         assumptions: model.assumptions(drag: drag, scenario: scenario))
    }

    /// Natural decay from the operational orbit, starting at the epoch, as if the spacecraft stopped
    /// manoeuvring at once: how long the orbit would persist uncontrolled.
    public func operationalOrbitLifetime(orbit: EarthOrbit, drag: DragProfile, epoch: Date,
                                         scenario: SolarActivityScenario) -> LifetimeEstimate {
        model.estimate(orbit: orbit, drag: drag, start: epoch, scenario: scenario)
    }

    /// Residual time in orbit after the end of mission (epoch + `missionDurationYears`), from the disposal orbit
    /// when one is planned, otherwise from the operational orbit (assumed maintained until end of mission).
    /// A drag device deployed at end of mission adds to the drag area (``DragProfile/withDeployedDragDevice(areaM2:)``).
    public func postMissionLifetime(operationalOrbit: EarthOrbit, disposalOrbit: EarthOrbit?, drag: DragProfile,
                                    dragDeviceAreaM2: Double = 0, epoch: Date, missionDurationYears: Double,
                                    scenario: SolarActivityScenario) -> LifetimeEstimate {
        let endOfMission = epoch.addingTimeInterval(max(0, missionDurationYears) * secondsPerYear)
        let disposalDrag = drag.withDeployedDragDevice(areaM2: dragDeviceAreaM2)
        return model.estimate(orbit: disposalOrbit ?? operationalOrbit, drag: disposalDrag, start: endOfMission,
                              scenario: scenario)
    }
}

extension SolarActivityScenario {
    /// The LOS equivalent activity for this body on this orbit (STELA uses the apogee of the orbit propagated).
    public static func losEquivalent(drag: DragProfile, orbit: EarthOrbit) -> SolarActivityScenario {
        losEquivalent(dragCoefficientTimesAreaOverMass: drag.dragCoefficientTimesAreaOverMass,
                      apogeeAltitudeKm: orbit.apogeeAltitudeKm)
    }
}
