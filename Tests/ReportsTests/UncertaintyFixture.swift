import Diagnostics
import Foundation
import RuleEngine
import StewardTestSupport

/// A golden-test rating that carries an `uncertainty` block (`UncertaintyBlockFixture`): the
/// `SecondRatingFixture` mission with a 10.1-year post-mission lifetime, so that the point rating and the
/// block agree, and a nominal decay curve of the same shape as the band's median.
enum UncertaintyFixture {
    static let block = UncertaintyBlockFixture.block

    struct Derived: FactSource {
        func lookup(_ path: String) -> FactLookup {
            if path == "derived.lifetime.post_mission_years" {
                let provenance = Provenance.derived(model: "fixture (fixed values for golden tests)",
                                                    assumptions: ["solar_activity": "mean_cycle"])
                return .known(Fact(value: .number(10.1), unit: "years", provenance: provenance))
            }
            return SecondRatingFixture.Derived().lookup(path)
        }
    }

    /// The nominal decay curve of the point rating, with the same shape as the band's median.
    static let charts: [ChartSeries] = [
        ChartSeries(name: "perigee", xLabel: "years after end of mission", xUnit: "years", yLabel: "altitude", yUnit: "km",
                    points: stride(from: 0.0, through: 10.0, by: 1).map { [$0, UncertaintyBlockFixture.altitude(at: $0, lifetime: 10.1) - 10] }
                        + [[10.1, 100]]),
        ChartSeries(name: "apogee", xLabel: "years after end of mission", xUnit: "years", yLabel: "altitude", yUnit: "km",
                    points: stride(from: 0.0, through: 10.0, by: 1).map { [$0, UncertaintyBlockFixture.altitude(at: $0, lifetime: 10.1) + 10] }
                        + [[10.1, 100]]),
    ]

    static func rating() throws -> Rating {
        let text = try String(contentsOf: RatingFixture.root.appendingPathComponent("Rulesets/starter.yaml"), encoding: .utf8)
        let ruleset = try RulesetLoader(catalog: RatingFixture.catalog).load(text: text, file: "Rulesets/starter.yaml").get()
        var rating = ruleset.rate(FactTable(declared: SecondRatingFixture.declared, fallback: Derived()),
                                  mission: MissionIdentity(id: "orbis-6u", name: "Orbis 6U <Earth observation> & co",
                                                           file: "missions/orbis-6u.yaml"),
                                  engineVersion: "0.0.0-test")
        rating.charts = charts
        rating.uncertainty = block
        return rating
    }
}
