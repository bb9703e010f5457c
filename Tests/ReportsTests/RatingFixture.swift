import Diagnostics
import Foundation
import RuleEngine
import StewardTestSupport

/// A fixed rating for the golden tests: the starter ruleset applied to a fixed fact set for a 3U
/// CubeSat in a 530 km sun-synchronous orbit (values like those of Examples/aurora-3u.yaml).
enum RatingFixture {
    static let root = Repository.root

    static var catalog: FactCatalog {
        var catalog = FactCatalog()
        let declared: [(String, FactType)] = [
            ("authorization.licence", .string), ("authorization.un_registration", .string),
            ("authorization.standards", .list(.string)), ("operator.contact.around_the_clock", .bool),
            ("launch.prelaunch_conjunction_assessment", .bool), ("spacecraft.propulsion.type", .string),
            ("spacecraft.tracking.retroreflectors", .bool), ("spacecraft.tracking.gnss_receiver", .bool),
            ("spacecraft.design_for_demise", .bool), ("spacecraft.safe_mode", .bool),
            ("operations.conjunction_assessment.phases", .list(.string)),
            ("operations.conjunction_assessment.action_threshold_pc", .number),
            ("operations.space_weather.disposal_margin_analysis", .bool), ("end_of_life.strategy", .string),
            ("end_of_life.success_probability", .number), ("cooperation.capacity_building", .bool),
            ("cooperation.publishes_sustainability_data", .bool),
        ]
        for (path, type) in declared { catalog.register(path, type) }
        for (path, type) in [("derived.orbit.regime", FactType.string), ("derived.lifetime.post_mission_years", .number),
                             ("derived.reentry.casualty_risk", .number), ("derived.trackability.trackable", .bool)] {
            catalog.register(path, type, origin: .derived)
        }
        return catalog
    }

    static func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "Examples/aurora-3u.yaml", line: line, column: column)
    }

    static let declared: [FixtureFact] = [
        FixtureFact(path: "authorization.licence", value: .string("granted"), location: at(8, 12)),
        FixtureFact(path: "authorization.un_registration", value: .string("planned"), location: at(9, 20)),
        FixtureFact(path: "authorization.standards", value: .list([.string("ISO-24113:2023"), .string("IADC-2025")]), location: at(12, 14)),
        FixtureFact(path: "operator.contact.around_the_clock", value: .bool(false), location: at(6, 54)),
        FixtureFact(path: "launch.prelaunch_conjunction_assessment", value: .bool(true), location: at(17, 37)),
        FixtureFact(path: "spacecraft.propulsion.type", value: .string("none"), location: at(34, 22)),
        FixtureFact(path: "spacecraft.tracking.retroreflectors", value: .bool(true), location: at(35, 25)),
        FixtureFact(path: "spacecraft.tracking.gnss_receiver", value: .bool(true), location: at(35, 48)),
        FixtureFact(path: "spacecraft.design_for_demise", value: .bool(true), location: at(39, 22)),
        FixtureFact(path: "spacecraft.safe_mode", value: .bool(true), location: at(42, 14)),
        FixtureFact(path: "operations.space_weather.disposal_margin_analysis", value: .bool(false), location: at(51, 60)),
        FixtureFact(path: "end_of_life.strategy", value: .string("natural_decay"), location: at(54, 13)),
        FixtureFact(path: "end_of_life.success_probability", value: .number(0.85), location: at(56, 23)),
        FixtureFact(path: "cooperation.capacity_building", value: .bool(true), location: at(58, 34)),
        FixtureFact(path: "cooperation.publishes_sustainability_data", value: .bool(false), location: at(58, 72)),
    ]

    /// Derived facts as a provider would answer them; the casualty risk is absent to exercise "unknown".
    struct Derived: FactSource {
        func lookup(_ path: String) -> FactLookup {
            let provenance = Provenance.derived(model: "fixture (fixed values for golden tests)",
                                                assumptions: ["solar_activity": "mean_cycle"])
            switch path {
            case "derived.orbit.regime": return .known(Fact(value: .string("LEO"), provenance: provenance))
            case "derived.lifetime.post_mission_years": return .known(Fact(value: .number(4.1), unit: "years", provenance: provenance))
            case "derived.trackability.trackable": return .known(Fact(value: .bool(true), provenance: provenance))
            case "derived.reentry.casualty_risk": return .absent(reason: "no re-entry components declared")
            default: return .absent(reason: "not declared in the mission descriptor")
            }
        }
    }

    static func rating() throws -> Rating {
        // Loaded by text under a relative name so the golden files do not depend on where the checkout lives.
        let text = try String(contentsOf: root.appendingPathComponent("Rulesets/starter.yaml"), encoding: .utf8)
        let outcome = RulesetLoader(catalog: catalog).load(text: text, file: "Rulesets/starter.yaml")
        let ruleset = try outcome.get()
        return ruleset.rate(FactTable(declared: declared, fallback: Derived()),
                            mission: MissionIdentity(id: "aurora-3u", name: "Aurora 3U technology demonstrator",
                                                     file: "Examples/aurora-3u.yaml"),
                            engineVersion: "0.0.0-test")
    }
}
