import Astrodynamics
import Foundation
import MissionModel
import RuleEngine

/// `derived.environment.*`: the mission's environmental index (probability × severity, normalised to a
/// reference spacecraft), the fleet index, object-years in LEO and expected derelicts.
extension DerivedFacts {
    /// Whether the end-of-life plan has an action that can fail (a burn, a drag device, a retrieval), so the
    /// environment is weighted over the success and failure branches.
    var disposalCanFail: Bool {
        if mission.endOfLife?.disposalOrbit != nil || dragDeviceAreaM2 > 0 { return true }
        guard let strategy = mission.endOfLife?.strategy else { return false }
        return [.controlledReentry, .graveyard, .escape, .retrieval].contains(strategy)
    }

    var successProbability: Result<Double, Unavailable> {
        if let succeeded = draw?.disposalSucceeds { return .success(succeeded ? 1 : 0) }
        guard let success = mission.endOfLife?.successProbability else {
            return .failure(Unavailable("end_of_life.success_probability is not declared"))
        }
        return .success(success)
    }

    var exposure: Result<EnvironmentalExposure, Unavailable> {
        exposureMemo.value("environmental_exposure", counter: counter) {
            do throws(Unavailable) {
                let orbit = try earthOrbit.get(), drag = try drag.get()
                // A draw in which the disposal succeeded has no failure branch to weigh (and skips its decay).
                let weighsFailure = disposalCanFail && draw?.disposalSucceeds != true
                // The probability first: without it the exposure is unknown, and the 200-year failure decay is
                // not worth running.
                let success = weighsFailure ? try successProbability.get() : 1
                let failed = weighsFailure ? try uncontrolledDecay.get().history : nil
                return .success(EnvironmentalExposure(
                    massKg: drag.massKg, crossSectionM2: drag.areaM2, inclinationDeg: orbit.inclinationDeg,
                    operationalPerigeeKm: orbit.perigeeAltitudeKm, operationalApogeeKm: orbit.apogeeAltitudeKm,
                    operationalYears: try missionYears.get(), performsCollisionAvoidance: performsCollisionAvoidance,
                    successfulDisposal: try postMission.get().history, failedDisposal: failed,
                    disposalSuccessProbability: success))
            } catch {
                return .failure(error)
            }
        }
    }

    var environment: Result<EnvironmentalIndexModel.Result, Unavailable> {
        environmentMemo.value("environmental_index", counter: counter) {
            do throws(Unavailable) {
                let settings = try resolved.get(), orbit = try earthOrbit.get()
                let table = try densityTable.get()
                try requireInsideTable(orbit, table)
                let exposure = try exposure.get()
                let model: EnvironmentalIndexModel
                if settings.densityTable == nil,
                   settings.collisionAvoidanceCredit == CollisionProbabilityModel.defaultAvoidanceCredit {
                    model = .standard
                } else {
                    model = EnvironmentalIndexModel(trackedObjects: table, avoidanceCredit: settings.collisionAvoidanceCredit)
                }
                return .success(model.evaluate(exposure, spacecraftCount: mission.spacecraft.count))
            } catch {
                return .failure(error)
            }
        }
    }

    private static let indexKeys = DerivedAssumptions.lifetimeKeys + ["collision_avoidance_credit"]

    static let environmentFacts: [DerivedFactDefinition] = [
        DerivedFactDefinition("derived.environment.index", .number,
                              doc: "Marginal environmental impact, normalised to a reference spacecraft.") {
            $0.environmentalIndex(fleet: false)
        },
        DerivedFactDefinition("derived.environment.index_fleet", .number,
                              doc: "Environmental index of the whole fleet.") { $0.environmentalIndex(fleet: true) },
        DerivedFactDefinition("derived.environment.object_years_in_leo", .number, unit: "years",
                              doc: "Fleet residual burden: count × years in LEO.") { $0.objectYearsInLEO() },
        DerivedFactDefinition("derived.environment.expected_derelicts", .number,
                              doc: "count × (1 − disposal success probability).") { $0.expectedDerelicts() },
    ]

    private func environmentalIndex(fleet: Bool) -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let result = try environment.get()
            var model = "Steward environmental index (ECOB/CSI-style: Σ collision rate × fragments × fragment "
                + "lifetime × active-satellite density), 1 = 1,000 kg, 5 m², 25 years at 800 km, 98°"
            if result.yearsOutsideTable > 0 { model += "; lower bound (part of the orbit above the table)" }
            var extra = ["density_table_epoch": try densityTable.get().epoch,
                         "expected_collisions": NumberFormatting.shortest(result.expectedCollisions)]
            if fleet { extra["spacecraft_count"] = String(mission.spacecraft.count) }
            if disposalCanFail { extra["success_probability"] = NumberFormatting.shortest(try successProbability.get()) }
            return fact(.number(fleet ? result.fleetIndex : result.index), model: model,
                        keys: Self.indexKeys, extra: extra)
        } catch {
            return .failure(error)
        }
    }

    private func objectYearsInLEO() -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let exposure = try exposure.get()
            let success = disposalCanFail ? try successProbability.get() : 1
            let burden = FleetEnvironmentalBurden(exposure: exposure, spacecraftCount: mission.spacecraft.count,
                                                  disposalSuccessProbability: success)
            return fact(.number(burden.objectYearsInLEO),
                        model: "count × years with perigee ≤ 2,000 km (IADC region A), operations + post-mission, "
                            + "weighted over disposal success and failure",
                        keys: DerivedAssumptions.lifetimeKeys,
                        extra: ["spacecraft_count": String(mission.spacecraft.count)])
        } catch {
            return .failure(error)
        }
    }

    private func expectedDerelicts() -> Result<Derivation, Unavailable> {
        successProbability.flatMap { success in
            let count = Double(max(0, mission.spacecraft.count))
            return fact(.number(count * (1 - min(1, max(0, success)))),
                        model: "spacecraft.count × (1 − end_of_life.success_probability)",
                        extra: ["spacecraft_count": String(mission.spacecraft.count),
                                "success_probability": NumberFormatting.shortest(success)])
        }
    }
}
