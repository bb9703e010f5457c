import Astrodynamics
import Diagnostics
import Foundation
import MissionModel
import RuleEngine

/// `derived.reentry.*`: which declared components survive an uncontrolled re-entry, their casualty area, and
/// the casualty expectation per spacecraft and for the fleet (NASA-STD-8719.14C §4.7).
extension DerivedFacts {
    /// The declared components as re-entry model inputs, or the first one the model cannot take.
    var reentryComponents: Result<[ReentryComponent], Unavailable> {
        guard let components = mission.spacecraft.components, !components.isEmpty else {
            return .failure(Unavailable("spacecraft.components is not declared (re-entry survivability needs the "
                                        + "component list)"))
        }
        var userMaterials: [String: ReentryMaterial] = [:]
        do throws(Unavailable) {
            if let path = try resolved.get().materials {
                do throws(DiagnosticError) { userMaterials = try MaterialsFile.load(path: path) } catch {
                    throw Unavailable(error.description)
                }
            }
        } catch {
            return .failure(error)
        }
        var converted: [ReentryComponent] = []
        for (index, component) in components.enumerated() {
            guard var material = userMaterials[component.material.rawValue] ?? ReentryMaterial.named(component.material.rawValue) else {
                let known = ReentryMaterial.catalogue.keys.sorted().joined(separator: ", ")
                return .failure(Unavailable("spacecraft.components '\(component.name)': no thermal properties for "
                                            + "material \(component.material.rawValue) (modelled: \(known))"))
            }
            guard let shape = Astrodynamics.ComponentShape(name: component.shape.rawValue,
                                                           dimensionsM: component.dimensionsM) else {
                return .failure(Unavailable("spacecraft.components '\(component.name)': dimensions_m do not fit "
                                            + "shape \(component.shape.rawValue)"))
            }
            if let factors = draw?.materialFactors, index < factors.count, factors[index] != 1 {
                material.demiseTemperature *= factors[index]
                material.heatOfDemise *= factors[index]
            }
            converted.append(ReentryComponent(name: component.name, material: material, massKg: component.massKg,
                                              shape: shape, count: component.count,
                                              declaredSurvives: component.survives))
        }
        return .success(converted)
    }

    var reentry: Result<ReentrySurvivability, Unavailable> {
        reentryMemo.value("reentry_survivability", counter: counter) {
            reentryComponents.map { ReentrySurvivability.assess($0) }
        }
    }

    /// Strategies that bring nothing back to Earth's surface.
    private var leavesNoReentry: Bool {
        guard let strategy = mission.endOfLife?.strategy else { return false }
        return strategy == .graveyard || strategy == .escape
    }

    var casualty: Result<CasualtyExpectation, Unavailable> {
        casualtyMemo.value("casualty_expectation", counter: counter) {
            do throws(Unavailable) {
                let settings = try resolved.get(), orbit = try earthOrbit.get()
                let assessment = try reentry.get()
                var failedBurn: Double?
                if mission.endOfLife?.strategy == .controlledReentry, let succeeded = draw?.disposalSucceeds {
                    failedBurn = succeeded ? 0 : 1
                } else if mission.endOfLife?.strategy == .controlledReentry {
                    guard let success = mission.endOfLife?.successProbability else {
                        throw Unavailable("end_of_life.success_probability is not declared (a controlled re-entry's "
                                          + "risk is (1 − success probability) × the uncontrolled risk)")
                    }
                    failedBurn = 1 - success
                }
                return .success(CasualtyExpectation(casualtyAreaM2: assessment.casualtyAreaM2,
                                                    inclinationDeg: orbit.inclinationDeg,
                                                    populationYear: PopulationYear(settings.populationYear),
                                                    failedBurnProbability: failedBurn,
                                                    spacecraftCount: mission.spacecraft.count))
            } catch {
                return .failure(error)
            }
        }
    }

    private static let reentryModel = "Steward object re-entry model (breakup 78 km, 15 J threshold) with "
        + "NASA-STD-8719.14C eq. 4.7-1 casualty area"

    static let reentryFacts: [DerivedFactDefinition] = [
        DerivedFactDefinition("derived.reentry.surviving_components", .list(.string),
                              doc: "Components reaching the ground with more than 15 J.") { $0.survivingComponents() },
        DerivedFactDefinition("derived.reentry.casualty_area_m2", .number, unit: "m²",
                              doc: "Debris casualty area Σ(0.6 + √A)².") { $0.casualtyArea() },
        DerivedFactDefinition("derived.reentry.casualty_risk", .number, unit: "probability",
                              doc: "Casualty expectation per spacecraft.") { $0.casualtyRisk(fleet: false) },
        DerivedFactDefinition("derived.reentry.casualty_risk_fleet", .number, unit: "probability",
                              doc: "Casualty expectation for the whole fleet.") { $0.casualtyRisk(fleet: true) },
    ]

    private func survivingComponents() -> Result<Derivation, Unavailable> {
        reentry.flatMap { fact(.list($0.survivingComponentNames.map { .string($0) }), model: Self.reentryModel, keys: ["materials"]) }
    }

    private func casualtyArea() -> Result<Derivation, Unavailable> {
        reentry.flatMap { fact(.number($0.casualtyAreaM2), model: Self.reentryModel, keys: ["materials"]) }
    }

    private func casualtyRisk(fleet: Bool) -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            if leavesNoReentry, let strategy = mission.endOfLife?.strategy {
                return fact(.number(0),
                            model: "no re-entry: end_of_life.strategy \(strategy.rawValue) leaves Earth's atmosphere untouched")
            }
            let expectation = try casualty.get()
            var model = "NASA-STD-8719.14C eq. 4.7-2 E = D_A × population density (GPWv4.11, time-weighted by latitude)"
            var extra = ["population_method": expectation.populationYear.method.rawValue,
                         "casualty_area_m2": NumberFormatting.shortest(expectation.casualtyAreaM2)]
            if let failure = expectation.failedBurnProbability {
                model += "; controlled re-entry: (1 − success probability) × uncontrolled"
                extra["failed_burn_probability"] = NumberFormatting.shortest(failure)
            }
            if fleet { extra["spacecraft_count"] = String(expectation.spacecraftCount) }
            return fact(.number(fleet ? expectation.fleetRisk : expectation.riskPerSpacecraft),
                        model: model, keys: ["population_year", "materials"], extra: extra)
        } catch {
            return .failure(error)
        }
    }
}
