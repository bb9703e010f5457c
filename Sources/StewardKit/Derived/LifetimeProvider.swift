import Astrodynamics
import Foundation
import MissionModel
import RuleEngine

/// The residual decay after end of mission: a lifetime estimate, or none when the plan leaves no object
/// decaying in Earth orbit (controlled re-entry, escape, retrieval).
struct PostMissionDecay {
    var estimate: LifetimeEstimate?
    var years: Double
    var beyondHorizon: Bool
    var model: String
    var basis: String

    /// Perigee/apogee from end of mission to re-entry or the horizon (empty when nothing decays).
    var history: OrbitHistory { estimate?.history ?? OrbitHistory(samples: []) }
}

/// `derived.lifetime.*`: natural decay from the operational orbit at epoch, and the residual lifetime after
/// end of mission from the disposal orbit (or the operational orbit when none is declared).
extension DerivedFacts {
    /// The spacecraft's drag profile: declared area, else the tumbling sphere, cylinder or box with deployables
    /// (NASA-STD-8719.14C).
    var drag: Result<DragProfile, Unavailable> {
        dragMemo.value("drag_profile", counter: counter) {
            nominalDrag.map { profile in
                guard let draw else { return profile }
                return DragProfile(massKg: draw.massKg ?? profile.massKg,
                                   dragCoefficient: draw.dragCoefficient ?? profile.dragCoefficient,
                                   areaM2: draw.dragAreaM2 ?? profile.areaM2, areaBasis: profile.areaBasis)
            }
        }
    }

    /// The drag profile the descriptor and the assumptions give, before any Monte Carlo draw.
    var nominalDrag: Result<DragProfile, Unavailable> {
        let craft = mission.spacecraft
        guard let massKg = craft.massKg else { return .failure(Unavailable("spacecraft.mass_kg is not declared")) }
        guard massKg > 0 else { return .failure(Unavailable("spacecraft.mass_kg must be positive")) }
        let cd: Double
        if let declared = craft.dragCoefficient {
            cd = declared
        } else {
            switch resolved {
            case .success(let settings): cd = settings.dragCoefficient
            case .failure(let problem): return .failure(problem)
            }
        }
        guard let profile = DragProfile.fromDescriptor(
            massKg: massKg, dragCoefficient: cd, declaredAreaM2: craft.dragAreaM2,
            dimensionsM: craft.dimensionsM, deployableAreasM2: (craft.deployables ?? []).map(\.areaM2)) else {
            return .failure(Unavailable("drag area unknown: declare spacecraft.drag_area_m2 or "
                                        + "spacecraft.dimensions_m"))
        }
        return .success(profile)
    }

    /// The mass the models use: the declared one, or the draw's.
    var massKg: Double? { draw?.massKg ?? mission.spacecraft.massKg }

    /// The solar-activity scenario of `settings`, with the draw's activity factor when there is one.
    func scenario(_ settings: DerivedAssumptions, orbit: EarthOrbit, drag: DragProfile) throws(Unavailable) -> SolarActivityScenario {
        let scenario = try settings.scenario(orbit: orbit, drag: drag)
        guard let factor = draw?.solarActivityFactor else { return scenario }
        return scenario.scalingActivity(by: factor)
    }

    /// The decay model with the chosen atmosphere and horizon.
    var lifetimeModel: Result<OrbitalLifetime, Unavailable> {
        lifetimeModelMemo.value("lifetime_model", counter: counter) {
            resolved.map { OrbitalLifetime(atmosphere: $0.meanAtmosphere, settings: $0.lifetimeSettings) }
        }
    }

    /// End of mission: epoch + operations.duration_years.
    var missionYears: Result<Double, Unavailable> {
        guard let years = mission.operations?.durationYears else {
            return .failure(Unavailable("operations.duration_years is not declared (end of mission = epoch + duration)"))
        }
        return .success(years)
    }

    var dragDeviceAreaM2: Double { mission.spacecraft.propulsion?.dragDeviceAreaM2 ?? 0 }

    var operationalLifetime: Result<LifetimeEstimate, Unavailable> {
        operationalLifetimeMemo.value("operational_lifetime", counter: counter) {
            do throws(Unavailable) {
                let settings = try resolved.get(), orbit = try earthOrbit.get(), drag = try drag.get()
                return .success(try lifetimeModel.get().operationalOrbitLifetime(
                    orbit: orbit, drag: drag, epoch: try epoch.get(), scenario: try scenario(settings, orbit: orbit, drag: drag)))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The declared disposal orbit as an Earth orbit (nil when none is declared).
    var disposalOrbit: Result<EarthOrbit?, Unavailable> {
        guard let declared = mission.endOfLife?.disposalOrbit else { return .success(nil) }
        guard let inclination else { return .failure(Unavailable("orbit.inclination_deg is not declared")) }
        do {
            return .success(try EarthOrbit(perigeeAltitudeKm: declared.perigeeKm, apogeeAltitudeKm: declared.apogeeKm,
                                           inclinationDeg: inclination))
        } catch {
            return .failure(Unavailable("end_of_life.disposal_orbit is not a valid Earth orbit: \(error)"))
        }
    }

    var postMission: Result<PostMissionDecay, Unavailable> {
        postMissionMemo.value("post_mission_lifetime", counter: counter) {
            do throws(Unavailable) {
                let settings = try resolved.get(), orbit = try earthOrbit.get()
                let strategy = mission.endOfLife?.strategy
                if draw?.disposalSucceeds == false {
                    let estimate = try uncontrolledDecay.get()
                    return .success(PostMissionDecay(estimate: estimate, years: estimate.yearsOrHorizon,
                                                     beyondHorizon: estimate.isBeyondHorizon,
                                                     model: "\(estimate.modelDescription), disposal failed in this draw: "
                                                         + "natural decay from the operational orbit at end of mission",
                                                     basis: "from the operational orbit (disposal failed)"))
                }
                let disposal = try disposalOrbit.get()
                if disposal == nil, let strategy, [.controlledReentry, .escape, .retrieval].contains(strategy) {
                    let basis: String
                    switch strategy {
                    case .controlledReentry: basis = "controlled re-entry at end of mission"
                    case .escape: basis = "escape from Earth orbit at end of mission"
                    default: basis = "retrieval at end of mission"
                    }
                    return .success(PostMissionDecay(estimate: nil, years: 0, beyondHorizon: false,
                                                     model: "end_of_life.strategy \(strategy.rawValue): \(basis)",
                                                     basis: basis))
                }
                let drag = try drag.get(), start = try epoch.get(), years = try missionYears.get()
                let decaying = disposal ?? orbit
                let scenario = try scenario(settings, orbit: decaying, drag: drag.withDeployedDragDevice(areaM2: dragDeviceAreaM2))
                let estimate = try lifetimeModel.get().postMissionLifetime(
                    operationalOrbit: orbit, disposalOrbit: disposal, drag: drag, dragDeviceAreaM2: dragDeviceAreaM2,
                    epoch: start, missionDurationYears: years, scenario: scenario)
                let basis = disposal != nil ? "from end_of_life.disposal_orbit" : "from the operational orbit"
                // Recorded activity names its data file and date in the model text (the built-in scenarios are
                // named by the solar_activity assumption in the provenance).
                let data = scenario.recorded == nil ? "" : "\(estimate.solarActivity), "
                return .success(PostMissionDecay(estimate: estimate, years: estimate.yearsOrHorizon,
                                                 beyondHorizon: estimate.isBeyondHorizon,
                                                 model: "\(estimate.modelDescription), \(data)\(basis) at end of mission",
                                                 basis: basis))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Natural decay from the operational orbit at end of mission with no disposal action: the branch where
    /// the disposal manoeuvre (or drag device) fails.
    var uncontrolledDecay: Result<LifetimeEstimate, Unavailable> {
        uncontrolledDecayMemo.value("failed_disposal_lifetime", counter: counter) {
            do throws(Unavailable) {
                let settings = try resolved.get(), orbit = try earthOrbit.get(), drag = try drag.get()
                return .success(try lifetimeModel.get().postMissionLifetime(
                    operationalOrbit: orbit, disposalOrbit: nil, drag: drag, epoch: try epoch.get(),
                    missionDurationYears: try missionYears.get(), scenario: try scenario(settings, orbit: orbit, drag: drag)))
            } catch {
                return .failure(error)
            }
        }
    }

    func dragProvenance(_ drag: DragProfile) -> [String: String] {
        ["drag_area_m2": NumberFormatting.shortest(drag.areaM2), "drag_area_basis": drag.areaBasis,
         "drag_coefficient": NumberFormatting.shortest(drag.dragCoefficient)]
    }

    static let lifetimeFacts: [DerivedFactDefinition] = [
        DerivedFactDefinition("derived.lifetime.operational_orbit_years", .number, unit: "years",
                              doc: "Natural decay time from the operational orbit at epoch (the horizon when beyond it).") {
            $0.operationalOrbitYears()
        },
        DerivedFactDefinition("derived.lifetime.post_mission_years", .number, unit: "years",
                              doc: "Residual time in orbit after end of mission (the horizon when beyond it).") {
            $0.postMissionFact { .number($0.years) }
        },
        DerivedFactDefinition("derived.lifetime.beyond_horizon", .bool,
                              doc: "The post-mission lifetime exceeds the model's horizon.") {
            $0.postMissionFact { .bool($0.beyondHorizon) }
        },
    ]

    private func operationalOrbitYears() -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let estimate = try operationalLifetime.get()
            var extra = dragProvenance(try drag.get())
            extra["beyond_horizon"] = estimate.isBeyondHorizon ? "true" : "false"
            return fact(.number(estimate.yearsOrHorizon),
                        model: "\(estimate.modelDescription), \(estimate.solarActivity), from the orbit at epoch",
                        keys: DerivedAssumptions.lifetimeKeys, extra: extra)
        } catch {
            return .failure(error)
        }
    }

    /// A fact read off the post-mission decay, with the decay's provenance.
    private func postMissionFact(_ value: (PostMissionDecay) -> RuleEngine.FactValue) -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let decay = try postMission.get()
            var extra = decay.estimate == nil ? [:] : dragProvenance(try drag.get())
            if dragDeviceAreaM2 > 0 { extra["drag_device_area_m2"] = NumberFormatting.shortest(dragDeviceAreaM2) }
            if let years = try? missionYears.get() { extra["operations_duration_years"] = NumberFormatting.shortest(years) }
            return fact(value(decay), model: decay.model,
                        keys: decay.estimate == nil ? [] : DerivedAssumptions.lifetimeKeys, extra: extra)
        } catch {
            return .failure(error)
        }
    }
}
