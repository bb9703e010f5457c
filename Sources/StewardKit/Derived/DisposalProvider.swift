import Astrodynamics
import Foundation
import MissionModel
import RuleEngine

/// `derived.disposal.*`: the Δv the declared end-of-life strategy needs, the Δv the reserved propellant gives,
/// and the IADC minimum GEO re-orbit.
extension DerivedFacts {
    /// Δv required by `end_of_life.strategy` from the operational orbit at end of mission (`DisposalPlanner`).
    var requiredDeltaV: Result<ModelledQuantity, Unavailable> {
        requiredDeltaVMemo.value("disposal_required", counter: counter) {
            do throws(Unavailable) {
                guard let declared = mission.endOfLife?.strategy else {
                    throw Unavailable("end_of_life.strategy is not declared")
                }
                guard let strategy = Astrodynamics.DisposalStrategy(rawValue: declared.rawValue) else {
                    throw Unavailable("Steward has no Δv model for end_of_life.strategy \(declared.rawValue)")
                }
                let settings = try resolved.get(), orbit = try earthOrbit.get()
                let drag = try drag.get().withDeployedDragDevice(areaM2: dragDeviceAreaM2)
                let endOfMission = try epoch.get().addingTimeInterval(max(0, try missionYears.get()) * secondsPerYear)
                let planner = DisposalPlanner(lifetime: try lifetimeModel.get())
                let activity = try scenario(settings, orbit: orbit, drag: drag)
                // The failed-disposal decay, when already run, is the search's decay from the current orbit
                // (same orbit, start, drag and activity) unless a drag device changes the drag; so is the post-mission
                // decay when no disposal orbit is declared (from the operational orbit, with any drag device).
                let postMissionFromHere = mission.endOfLife?.disposalOrbit == nil && draw?.disposalSucceeds != false
                    ? postMissionMemo.computed?.estimate : nil
                let currentDecay = (dragDeviceAreaM2 > 0 ? nil : uncontrolledDecayMemo.computed) ?? postMissionFromHere
                // The post-mission decay from a declared disposal orbit, when already run: the search's probes are
                // orbits of that kind (apogee kept), so it tells where to look (and, when too long, that the current
                // orbit is too).
                let disposalOrbitDecay: (orbit: EarthOrbit, estimate: LifetimeEstimate)? =
                    if draw?.disposalSucceeds != false, case .success(let declared?) = disposalOrbit,
                       let estimate = postMissionMemo.computed?.estimate { (declared, estimate) } else { nil }
                if strategy == .uncontrolledReentry || strategy == .naturalDecay {
                    // The perigee search, keeping where it ended so the Monte Carlo draws can start there.
                    let lowering = planner.perigeeLoweringForLifetime(
                        orbit: orbit, drag: drag, start: endOfMission, scenario: activity,
                        targetYears: settings.targetResidualLifetimeYears, hint: drawSearchHint(drag: drag, inclinationDeg: orbit.inclinationDeg),
                        currentDecay: currentDecay, lowerDecay: disposalOrbitDecay)
                    if draw == nil { searchHint.value = lowering.searchHint.map { ($0, drag) } }
                    return .success(lowering.deltaV)
                }
                guard let deltaV = planner.requiredDeltaV(
                    strategy: strategy, orbit: orbit, drag: drag, endOfMission: endOfMission,
                    scenario: activity, targetYears: settings.targetResidualLifetimeYears,
                    reflectivityCoefficient: reflectivityCoefficient(settings), currentDecay: currentDecay) else {
                    let regime = OrbitRegime.classify(orbit).rawValue
                    throw Unavailable("Steward has no Δv model for end_of_life.strategy \(declared.rawValue) "
                                      + "from a \(regime) orbit (graveyard Δv is modelled from GEO only)")
                }
                return .success(deltaV)
            } catch {
                return .failure(error)
            }
        }
    }

    /// Where a draw's perigee search starts: the point rating's answer moved by the change of the decay rate,
    /// h* + H·ln(B·ρ_k / B₀·ρ₁) — ln L falls by the log of the ballistic term's and the density's ratios at a given
    /// perigee and rises by Δh/H with the perigee (King-Hele 1987); the density ratio is that of the mean-cycle
    /// activity with and without the draw's activity factor. Only where the search looks depends on it, never the
    /// answer (``PerigeeSearchHint``).
    private func drawSearchHint(drag: DragProfile, inclinationDeg: Double) -> PerigeeSearchHint? {
        guard draw != nil, let (hint, nominalDrag) = searchHint.value else { return nil }
        var ratio = drag.dragCoefficientTimesAreaOverMass / nominalDrag.dragCoefficientTimesAreaOverMass
        if let factor = draw?.solarActivityFactor, factor != 1, let settings = try? resolved.get() {
            let mean = SolarActivityScenario.constant(f107: MeanSolarCycle.meanF107, ap: MeanSolarCycle.ap)
            let date = Date(timeIntervalSince1970: 0)
            let atmosphere = settings.meanAtmosphere
            let nominal = atmosphere.meanDensity(altitudeKm: hint.perigeeAltitudeKm, weather: mean.weather(at: date),
                                                 inclinationDeg: inclinationDeg)
            let drawn = atmosphere.meanDensity(altitudeKm: hint.perigeeAltitudeKm,
                                               weather: mean.scalingActivity(by: factor).weather(at: date),
                                               inclinationDeg: inclinationDeg)
            if nominal > 0, drawn > 0 { ratio *= drawn / nominal }
        }
        guard ratio > 0, ratio.isFinite else { return hint }
        return PerigeeSearchHint(perigeeAltitudeKm: hint.perigeeAltitudeKm + hint.kilometresPerLogLifetime * log(ratio),
                                 kilometresPerLogLifetime: hint.kilometresPerLogLifetime)
    }

    /// Δv from the reserved propellant by the rocket equation; 0 without a propulsion system that can burn.
    var availableDeltaV: Result<ModelledQuantity, Unavailable> {
        availableDeltaVMemo.value("disposal_available", counter: counter) {
            guard let propulsion = mission.spacecraft.propulsion else {
                return .failure(Unavailable("spacecraft.propulsion is not declared"))
            }
            if propulsion.type == .none || propulsion.type == .dragDevice {
                return .success(ModelledQuantity(value: 0, unit: "m/s",
                                                 model: "no propulsion (spacecraft.propulsion.type \(propulsion.type.rawValue))",
                                                 assumptions: []))
            }
            guard let reserved = propulsion.reservedForDisposalKg else {
                return .failure(Unavailable("spacecraft.propulsion.reserved_for_disposal_kg is not declared"))
            }
            if reserved <= 0 {
                return .success(ModelledQuantity(value: 0, unit: "m/s", model: "no propellant reserved for disposal",
                                                 assumptions: []))
            }
            guard let isp = propulsion.ispS else {
                return .failure(Unavailable("spacecraft.propulsion.isp_s is not declared"))
            }
            guard let massKg = massKg else {
                return .failure(Unavailable("spacecraft.mass_kg is not declared"))
            }
            return .success(DisposalPlanner.deltaVAvailable(massAtEndOfMissionKg: massKg,
                                                            reservedPropellantKg: reserved, specificImpulseSeconds: isp))
        }
    }

    func reflectivityCoefficient(_ settings: DerivedAssumptions) -> Double {
        mission.spacecraft.reflectivityCoefficient ?? settings.reflectivityCoefficient
    }

    private static let requiredKeys = DerivedAssumptions.lifetimeKeys + ["target_residual_lifetime_years",
                                                                         "reflectivity_coefficient"]

    static let disposalFacts: [DerivedFactDefinition] = [
        DerivedFactDefinition("derived.disposal.delta_v_required_m_s", .number, unit: "m/s",
                              doc: "Δv to reach an orbit meeting the target residual lifetime, or the strategy's own target.") {
            $0.deltaVRequired()
        },
        DerivedFactDefinition("derived.disposal.delta_v_available_m_s", .number, unit: "m/s",
                              doc: "Δv from reserved propellant (rocket equation).") { $0.deltaVAvailable() },
        DerivedFactDefinition("derived.disposal.delta_v_margin_m_s", .number, unit: "m/s",
                              doc: "Available minus required Δv.") { $0.deltaVMargin() },
        DerivedFactDefinition("derived.disposal.feasible", .bool,
                              doc: "The declared end-of-life plan is feasible with the reserved propellant.") {
            $0.disposalFeasible()
        },
        DerivedFactDefinition("derived.disposal.geo_graveyard_min_raise_km", .number, unit: "km",
                              doc: "IADC minimum re-orbit above GEO: 235 + 1000·C_R·A/m.") { $0.geoGraveyardMinimumRaise() },
    ]

    private func deltaVRequired() -> Result<Derivation, Unavailable> {
        requiredDeltaV.flatMap { required in
            fact(.number(required.value), model: required.model, keys: Self.requiredKeys,
                 extra: ["end_of_life_strategy": mission.endOfLife?.strategy?.rawValue ?? ""])
        }
    }

    private func deltaVAvailable() -> Result<Derivation, Unavailable> {
        availableDeltaV.flatMap { available in fact(.number(available.value), model: available.model) }
    }

    private func deltaVMargin() -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let required = try requiredDeltaV.get(), available = try availableDeltaV.get()
            return fact(.number(available.value - required.value),
                        model: "available − required (\(available.model); \(required.model))", keys: Self.requiredKeys)
        } catch {
            return .failure(error)
        }
    }

    private func disposalFeasible() -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let required = try requiredDeltaV.get()
            if required.value <= 0 {
                return fact(.bool(true), model: "no disposal Δv needed: \(required.model)", keys: Self.requiredKeys)
            }
            let available = try availableDeltaV.get()
            let feasibility = DisposalFeasibility(requiredDeltaV: required.value, availableDeltaV: available.value)
            return fact(.bool(feasibility.isFeasible),
                        model: "Δv available ≥ Δv required (\(available.model); \(required.model))",
                        keys: Self.requiredKeys)
        } catch {
            return .failure(error)
        }
    }

    private func geoGraveyardMinimumRaise() -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let settings = try resolved.get(), orbit = try earthOrbit.get(), drag = try drag.get()
            let regime = OrbitRegime.classify(orbit)
            guard regime == .geo || mission.endOfLife?.strategy == .graveyard else {
                throw Unavailable("the GEO re-orbit applies to GEO missions; this orbit is \(regime.rawValue)")
            }
            let raise = DisposalPlanner.geoGraveyardMinimumRaiseKm(
                reflectivityCoefficient: reflectivityCoefficient(settings), areaToMass: drag.areaToMass)
            return fact(.number(raise.value), model: raise.model, keys: ["reflectivity_coefficient"],
                        extra: ["reflectivity_coefficient": NumberFormatting.shortest(reflectivityCoefficient(settings)),
                                "area_to_mass_m2_per_kg": NumberFormatting.shortest(drag.areaToMass)])
        } catch {
            return .failure(error)
        }
    }
}
