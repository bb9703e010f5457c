import Foundation
import MissionModel
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// Every value the descriptor format accepts must reach a model: a component of any accepted material and
/// shape gets re-entry facts, and a spacecraft body of any accepted `dimensions_m` form gets a drag area and
/// so lifetime facts (issue 14: tungsten and cylinder bodies used to make those facts silently absent).
@Suite("Every accepted material and shape is modelled")
struct EveryMaterialAndShapeTests {
    static func kestrel() throws -> Mission {
        try DerivedFactsTests.example("kestrel-eo.yaml")
    }

    static func dimensions(for shape: MissionModel.ComponentShape) -> [Double] {
        switch shape {
        case .sphere: return [0.3]
        case .cylinder: return [0.2, 0.4]
        case .box: return [0.2, 0.3, 0.4]
        case .plate: return [0.5, 0.4, 0.01]
        }
    }

    @Test("each material × shape yields every re-entry fact", arguments: ComponentMaterial.allCases)
    func reentryFacts(_ material: ComponentMaterial) throws {
        for shape in MissionModel.ComponentShape.allCases {
            var mission = try Self.kestrel()
            mission.spacecraft.components = [
                Component(name: "part", material: material, massKg: 2, shape: shape, dimensionsM: Self.dimensions(for: shape)),
            ]
            let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: [:], overrides: [:]))
            for path in ["derived.reentry.surviving_components", "derived.reentry.casualty_area_m2",
                         "derived.reentry.casualty_risk", "derived.reentry.casualty_risk_fleet"] {
                guard case .known = source.lookup(path) else {
                    Issue.record("\(material.rawValue) \(shape.rawValue): \(path) \(source.lookup(path))")
                    continue
                }
            }
        }
    }

    @Test("a tungsten balance mass survives re-entry, a kevlar one does not")
    func tungstenSurvives() throws {
        var mission = try Self.kestrel()
        mission.spacecraft.components = [
            Component(name: "balance mass", material: .tungsten, massKg: 1, shape: .sphere, dimensionsM: [0.047]),
            Component(name: "blanket", material: .kevlar, massKg: 1, shape: .plate, dimensionsM: [0.5, 0.5, 0.003]),
        ]
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: [:], overrides: [:]))
        guard case .known(let fact) = source.lookup("derived.reentry.surviving_components"),
              case .list(let names) = fact.value else {
            Issue.record("surviving components absent: \(source.lookup("derived.reentry.surviving_components"))")
            return
        }
        #expect(names.map(\.displayText).contains { $0.contains("balance mass") })
        #expect(!names.map(\.displayText).contains { $0.contains("blanket") })
    }

    /// `dimensions_m` on the spacecraft: `[diameter]` sphere, `[diameter, length]` cylinder, `[x, y, z]` box.
    @Test("each spacecraft dimensions_m form yields a drag area and lifetime facts",
          arguments: [[1.2], [1.2, 3.0], [1.2, 1.2, 3.0]])
    func lifetimeFacts(_ dimensions: [Double]) throws {
        var mission = try Self.kestrel()
        mission.spacecraft.dimensionsM = dimensions
        mission.spacecraft.dragAreaM2 = nil
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: [:], overrides: [:]))
        for path in ["derived.lifetime.operational_orbit_years", "derived.lifetime.post_mission_years"] {
            guard case .known(let fact) = source.lookup(path), case .number(let years) = fact.value else {
                Issue.record("\(dimensions): \(path) \(source.lookup(path))")
                continue
            }
            #expect(years > 0 && years.isFinite)
            #expect(fact.provenance.assumptions?["drag_area_basis"]?.contains("NASA-STD-8719.14C") == true)
        }
    }
}
