import Astrodynamics
import Diagnostics
import Foundation
import MissionModel
import RuleEngine

/// `derived.collision.*`: probability of a catastrophic collision with a tracked object over operations and
/// post-mission decay (NASA-STD-8719.14C §4.5.4.2 flux method), with and without collision-avoidance credit.
extension DerivedFacts {
    /// The tracked-object table: the shipped 2019 one, or the file named by `density_table`.
    var densityTable: Result<SpatialDensityTable, Unavailable> {
        densityTableMemo.value("density_table", counter: counter) {
            do throws(Unavailable) {
                guard let path = try resolved.get().densityTable else { return .success(.trackedObjects2019) }
                do throws(DiagnosticError) {
                    return .success(try DensityTableFile.load(path: path))
                } catch {
                    throw Unavailable("density_table: " + error.diagnostics.map(\.description).joined(separator: "; "))
                }
            } catch {
                return .failure(error)
            }
        }
    }

    /// Credit applies when the spacecraft can manoeuvre (propulsion other than none / drag device) and the
    /// descriptor declares conjunction assessment (providers or phases).
    var performsCollisionAvoidance: Bool {
        guard let type = mission.spacecraft.propulsion?.type, type != .none, type != .dragDevice else { return false }
        guard let assessment = mission.operations?.conjunctionAssessment else { return false }
        return !(assessment.providers ?? []).isEmpty || !(assessment.phases ?? []).isEmpty
    }

    /// The operational orbit must reach into the table: above it no flux is modelled and a number would be
    /// a silent extrapolation.
    func requireInsideTable(_ orbit: EarthOrbit, _ table: SpatialDensityTable) throws(Unavailable) {
        let covered = table.coveredAltitudesKm
        guard orbit.perigeeAltitudeKm <= covered.upperBound else {
            throw Unavailable("the tracked-object table covers \(NumberFormatting.shortest(covered.lowerBound))–"
                              + "\(NumberFormatting.shortest(covered.upperBound)) km; the orbit's perigee "
                              + "(\(NumberFormatting.shortest(orbit.perigeeAltitudeKm.rounded())) km) is above it")
        }
    }

    var collision: Result<CollisionProbabilityResult, Unavailable> {
        collisionMemo.value("collision_probability", counter: counter) {
            do throws(Unavailable) {
                let settings = try resolved.get(), orbit = try earthOrbit.get(), drag = try drag.get()
                let table = try densityTable.get()
                try requireInsideTable(orbit, table)
                let exposure = CollisionExposure(
                    crossSectionM2: drag.areaM2, inclinationDeg: orbit.inclinationDeg,
                    operationalPerigeeKm: orbit.perigeeAltitudeKm, operationalApogeeKm: orbit.apogeeAltitudeKm,
                    operationalYears: try missionYears.get(), postMission: try postMission.get().history,
                    performsCollisionAvoidance: performsCollisionAvoidance)
                let model = CollisionProbabilityModel(population: table, avoidanceCredit: settings.collisionAvoidanceCredit)
                return .success(model.evaluate(exposure))
            } catch {
                return .failure(error)
            }
        }
    }

    static let collisionFacts: [DerivedFactDefinition] = [
        DerivedFactDefinition("derived.collision.probability_large_debris", .number, unit: "probability",
                              doc: "Catastrophic-collision probability with objects > 10 cm over operations and disposal.") {
            $0.collisionProbability(withAvoidance: false)
        },
        DerivedFactDefinition("derived.collision.probability_large_debris_with_avoidance", .number, unit: "probability",
                              doc: "The same with collision-avoidance credit.") {
            $0.collisionProbability(withAvoidance: true)
        },
    ]

    private func collisionProbability(withAvoidance: Bool) -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let result = try collision.get()
            var model = "NASA-STD-8719.14C §4.5.4.2 flux method, P = 1 − exp(−Σ F·A·Δt), tracked objects ≥ 10 cm, "
                + "operations + post-mission decay"
            if result.yearsOutsideTable > 0 {
                model += "; lower bound: \(NumberFormatting.fixed(result.yearsOutsideTable, decimals: 1)) years "
                    + "partly above the table"
            }
            var extra = ["density_table_epoch": try densityTable.get().epoch,
                         "performs_collision_avoidance": performsCollisionAvoidance ? "true" : "false"]
            extra["drag_area_m2"] = NumberFormatting.shortest(try drag.get().areaM2)
            return fact(.number(withAvoidance ? result.probabilityWithAvoidance : result.probabilityWithoutAvoidance),
                        model: model,
                        keys: DerivedAssumptions.lifetimeKeys + (withAvoidance ? ["collision_avoidance_credit"] : []),
                        extra: extra)
        } catch {
            return .failure(error)
        }
    }
}
