import StewardTestSupport
import Diagnostics
import Foundation
import RuleEngine

/// A second golden-test rating with a different outcome mix from `RatingFixture`: a 6U CubeSat with
/// electric propulsion (so the conjunction-assessment rules apply), registered, reachable around the clock,
/// with a 95 % disposal reliability and a known casualty risk. It reaches gold with partial scores, one
/// unknown that caps nothing (the manoeuvre threshold is not declared), no caps and two stars, and it
/// carries a decay curve in `charts`.
enum SecondRatingFixture {
    static func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "missions/orbis-6u.yaml", line: line, column: column)
    }

    static let declared: [FixtureFact] = [
        FixtureFact(path: "authorization.licence", value: .string("granted"), location: at(7, 12)),
        FixtureFact(path: "authorization.un_registration", value: .string("done"), location: at(8, 20)),
        FixtureFact(path: "authorization.standards", value: .list([.string("ISO-24113:2023")]), location: at(9, 14)),
        FixtureFact(path: "operator.contact.around_the_clock", value: .bool(true), location: at(5, 40)),
        FixtureFact(path: "launch.prelaunch_conjunction_assessment", value: .bool(true), location: at(14, 37)),
        FixtureFact(path: "spacecraft.propulsion.type", value: .string("electric"), location: at(22, 22)),
        FixtureFact(path: "spacecraft.tracking.retroreflectors", value: .bool(false), location: at(24, 25)),
        FixtureFact(path: "spacecraft.tracking.gnss_receiver", value: .bool(true), location: at(24, 49)),
        FixtureFact(path: "spacecraft.design_for_demise", value: .bool(true), location: at(27, 22)),
        FixtureFact(path: "spacecraft.safe_mode", value: .bool(true), location: at(28, 14)),
        FixtureFact(path: "operations.conjunction_assessment.phases",
                     value: .list([.string("operations"), .string("disposal")]), location: at(33, 13)),
        FixtureFact(path: "operations.space_weather.disposal_margin_analysis", value: .bool(true), location: at(36, 37)),
        FixtureFact(path: "end_of_life.strategy", value: .string("active_deorbit"), location: at(40, 13)),
        FixtureFact(path: "end_of_life.success_probability", value: .number(0.95), location: at(41, 23)),
        FixtureFact(path: "cooperation.capacity_building", value: .bool(true), location: at(45, 23)),
        FixtureFact(path: "cooperation.publishes_sustainability_data", value: .bool(true), location: at(46, 38)),
    ]

    struct Derived: FactSource {
        func lookup(_ path: String) -> FactLookup {
            let provenance = Provenance.derived(model: "fixture (fixed values for golden tests)",
                                                assumptions: ["solar_activity": "mean_cycle"])
            switch path {
            case "derived.orbit.regime": return .known(Fact(value: .string("LEO"), provenance: provenance))
            case "derived.lifetime.post_mission_years": return .known(Fact(value: .number(2.5), unit: "years", provenance: provenance))
            case "derived.trackability.trackable": return .known(Fact(value: .bool(true), provenance: provenance))
            case "derived.reentry.casualty_risk": return .known(Fact(value: .number(3.0e-5), unit: "probability", provenance: provenance))
            default: return .absent(reason: "not declared in the mission descriptor")
            }
        }
    }

    /// Illustrative perigee/apogee history for drawing only (not a physics result): the apogee falls towards
    /// the perigee, then both fall to re-entry.
    static let charts: [ChartSeries] = [
        ChartSeries(name: "perigee", xLabel: "years after end of mission", xUnit: "years", yLabel: "altitude", yUnit: "km",
                    points: [[0, 340], [0.5, 320], [1, 296], [1.5, 265], [2, 220], [2.5, 120]]),
        ChartSeries(name: "apogee", xLabel: "years after end of mission", xUnit: "years", yLabel: "altitude", yUnit: "km",
                    points: [[0, 560], [0.5, 480], [1, 400], [1.5, 320], [2, 240], [2.5, 120]]),
    ]

    static func rating() throws -> Rating {
        let text = try String(contentsOf: RatingFixture.root.appendingPathComponent("Rulesets/starter.yaml"), encoding: .utf8)
        let ruleset = try RulesetLoader(catalog: RatingFixture.catalog).load(text: text, file: "Rulesets/starter.yaml").get()
        var rating = ruleset.rate(FactTable(declared: declared, fallback: Derived()),
                                  mission: MissionIdentity(id: "orbis-6u", name: "Orbis 6U <Earth observation> & co",
                                                           file: "missions/orbis-6u.yaml"),
                                  engineVersion: "0.0.0-test")
        rating.charts = charts
        return rating
    }
}
