import Diagnostics
import Foundation
@testable import RuleEngine
import StewardTestSupport

/// The fact paths of docs/mission-format.md (declared) and docs/physics.md (derived) that the tests and the starter ruleset use,
/// typed as a descriptor loader and the physics providers would register them.
enum TestCatalog {
    static let catalog: FactCatalog = {
        var catalog = FactCatalog()
        let declared: [(String, FactType)] = [
            ("authorization.licence", .string), ("authorization.un_registration", .string),
            ("authorization.standards", .list(.string)), ("authorization.itu_filing", .string),
            ("operator.contact.around_the_clock", .bool), ("operator.country", .string),
            ("launch.prelaunch_conjunction_assessment", .bool),
            ("orbit.perigee_km", .number), ("orbit.apogee_km", .number), ("orbit.inclination_deg", .number),
            ("spacecraft.count", .number), ("spacecraft.mass_kg", .number), ("spacecraft.dimensions_m", .list(.number)),
            ("spacecraft.propulsion.type", .string), ("spacecraft.tracking.retroreflectors", .bool),
            ("spacecraft.tracking.gnss_receiver", .bool), ("spacecraft.design_for_demise", .bool),
            ("spacecraft.safe_mode", .bool), ("spacecraft.passivation.batteries", .bool),
            ("operations.duration_years", .number), ("operations.conjunction_assessment.phases", .list(.string)),
            ("operations.conjunction_assessment.action_threshold_pc", .number),
            ("operations.space_weather.disposal_margin_analysis", .bool),
            ("end_of_life.strategy", .string), ("end_of_life.success_probability", .number),
            ("cooperation.capacity_building", .bool), ("cooperation.publishes_sustainability_data", .bool),
        ]
        for (path, type) in declared { catalog.register(path, type) }
        let derived: [(String, FactType)] = [
            ("derived.orbit.regime", .string), ("derived.lifetime.post_mission_years", .number),
            ("derived.reentry.casualty_risk", .number), ("derived.trackability.trackable", .bool),
        ]
        for (path, type) in derived { catalog.register(path, type, origin: .derived) }
        return catalog
    }()

    static func location(_ line: Int, _ column: Int = 3) -> SourceLocation {
        SourceLocation(file: "mission.yaml", line: line, column: column)
    }

    /// A fixed, realistic fact set (a 3U CubeSat without propulsion in a 530 km sun-synchronous orbit).
    static let aurora: [FixtureFact] = [
        FixtureFact(path: "authorization.licence", value: .string("granted"), location: location(7, 12)),
        FixtureFact(path: "authorization.un_registration", value: .string("planned"), location: location(8, 20)),
        FixtureFact(path: "authorization.standards", value: .list([.string("ISO-24113:2023"), .string("IADC-2025"), .string("CCSDS-OEM")]),
                     location: location(11, 14)),
        FixtureFact(path: "operator.contact.around_the_clock", value: .bool(false), location: location(5, 50)),
        FixtureFact(path: "launch.prelaunch_conjunction_assessment", value: .bool(true), location: location(16, 37)),
        FixtureFact(path: "orbit.perigee_km", value: .number(525), unit: "km", location: location(22, 15)),
        FixtureFact(path: "spacecraft.propulsion.type", value: .string("none"), location: location(33, 22)),
        FixtureFact(path: "spacecraft.tracking.retroreflectors", value: .bool(true), location: location(34, 25)),
        FixtureFact(path: "spacecraft.tracking.gnss_receiver", value: .bool(true), location: location(34, 48)),
        FixtureFact(path: "spacecraft.design_for_demise", value: .bool(true), location: location(38, 22)),
        FixtureFact(path: "spacecraft.safe_mode", value: .bool(true), location: location(41, 14)),
        FixtureFact(path: "operations.space_weather.disposal_margin_analysis", value: .bool(true), location: location(50, 60)),
        FixtureFact(path: "end_of_life.strategy", value: .string("natural_decay"), location: location(53, 13)),
        FixtureFact(path: "end_of_life.success_probability", value: .number(0.9), location: location(55, 23)),
        FixtureFact(path: "cooperation.capacity_building", value: .bool(true), location: location(57, 34)),
        FixtureFact(path: "cooperation.publishes_sustainability_data", value: .bool(false), location: location(57, 72)),
    ]

    /// Derived facts for the same mission, as a provider would answer them (values fixed for the tests).
    struct AuroraDerived: FactSource {
        func lookup(_ path: String) -> FactLookup {
            let model = Provenance.derived(model: "test fixture", assumptions: ["solar_activity": "mean_cycle"])
            switch path {
            case "derived.orbit.regime": return .known(Fact(value: .string("LEO"), provenance: model))
            case "derived.lifetime.post_mission_years": return .known(Fact(value: .number(4.1), unit: "years", provenance: model))
            case "derived.trackability.trackable": return .known(Fact(value: .bool(true), provenance: model))
            case "derived.reentry.casualty_risk":
                return .absent(reason: "no component list in the descriptor")
            default: return .absent(reason: "not declared in the mission descriptor")
            }
        }
    }

    static var auroraFacts: FactTable { FactTable(declared: aurora, fallback: AuroraDerived()) }

    static var starterPath: String {
        Repository.url("Rulesets/starter.yaml").path
    }

    static func compile(_ yaml: String, file: String = "rules.yaml") -> RulesetLoader.Outcome {
        RulesetLoader(catalog: catalog).load(text: yaml, file: file)
    }
}
