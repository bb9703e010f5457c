import Astrodynamics
import Foundation
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// Assumption parsing and validation, and the density-table file the collision providers can load.
@Suite("Derived assumptions")
struct DerivedAssumptionsTests {
    @Test("defaults equal the default ruleset's assumptions block (Rulesets/lts-2019.yaml)")
    func defaultsMatchTheDefaultRuleset() throws {
        let defaults = try DerivedAssumptions(values: [:])
        #expect(defaults.solarActivity == .meanCycle)
        #expect(defaults.atmosphere == .nrlmsise00)
        #expect(defaults.dragCoefficient == 2.2)
        #expect(defaults.targetResidualLifetimeYears == 25)
        #expect(defaults.populationYear == 2020)
        let ruleset = Repository.url("Rulesets/lts-2019.yaml")
        let text = try String(contentsOf: ruleset, encoding: .utf8)
        for line in ["solar_activity: mean_cycle", "atmosphere: nrlmsise00", "drag_coefficient: 2.2",
                     "target_residual_lifetime_years: 25", "population_year: 2020"] {
            #expect(text.contains("  " + line), "lts-2019.yaml no longer says \(line)")
        }
        // Every documented default reads back as the value used.
        for spec in DerivedAssumptions.specs where spec.key != "density_table" {
            #expect(defaults.text(of: spec.key) == spec.defaultText, "\(spec.key)")
        }
    }

    @Test("--assume values are validated per key, with a did-you-mean for enum typos")
    func overridesAreValidated() throws {
        #expect(throws: AssumptionParseError.self) { try AssumptionOverride.parse("solar_activity=costant") }
        do {
            _ = try AssumptionOverride.parse("solar_activity=costant")
        } catch {
            #expect(error.message.contains("must be one of constant, los_equivalent, mean_cycle, file, forecast, forecast_high, forecast_low, found 'costant'"))
            #expect(error.message.contains("did you mean 'constant'?"))
        }
        do {
            _ = try AssumptionOverride.parse("atmosphere=nrlmsis00")
        } catch {
            #expect(error.message.contains("did you mean 'nrlmsise00'?"))
        }
        #expect(throws: AssumptionParseError.self) { try AssumptionOverride.parse("f107=9000") }
        #expect(throws: AssumptionParseError.self) { try AssumptionOverride.parse("population_year=2020.5") }
        #expect(throws: AssumptionParseError.self) { try AssumptionOverride.parse("drag_coefficient=high") }
        #expect(throws: AssumptionParseError.self) { try AssumptionOverride.parse("collision_avoidance_credit=1.5") }
        #expect(try AssumptionOverride.parse("f107=250").value == .number(250))
        #expect(try AssumptionOverride.parse("density_table=new.csv").value == .string("new.csv"))
        #expect(try AssumptionOverride.parse("solar_activity=los_equivalent").value == .string("los_equivalent"))
    }

    @Test("overrides win over the ruleset; an invalid ruleset value makes every derived fact say why")
    func precedenceAndInvalidRulesetValues() throws {
        let merged = PhysicsAssumptions(ruleset: ["f107": .number(100), "solar_activity": .string("constant")],
                                        overrides: [try AssumptionOverride.parse("f107=200")])
        let resolved = try DerivedAssumptions(values: merged.values)
        #expect(resolved.f107 == 200)
        #expect(resolved.solarActivity == .constant)
        // Keys the physics does not read are left to the ruleset (rules may use them as assumptions.*).
        #expect(try DerivedAssumptions(values: ["my_threshold": .number(3)]) == DerivedAssumptions())

        let path = Repository.url("Examples/aurora-3u.yaml").path
        let mission = try MissionLoader.load(contentsOf: path).get()
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: ["atmosphere": .string("jacchia")]))
        guard case .absent(let reason) = source.lookup("derived.lifetime.post_mission_years") else {
            Issue.record("expected absent")
            return
        }
        #expect(reason.contains("assumption 'atmosphere' must be one of nrlmsise00, exponential"))
        // The exponential atmosphere is a real alternative, not an error.
        let exponential = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: ["atmosphere": .string("exponential")]))
        guard case .known(let fact) = exponential.lookup("derived.lifetime.post_mission_years") else {
            Issue.record("exponential atmosphere gave no lifetime")
            return
        }
        #expect(fact.provenance.model?.contains("vallado2013-exponential") == true)
    }

    @Test("a density-table file is read once per process, however many missions a batch rates against it")
    func densityTableReadOnce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("density-\(UUID().uuidString).csv").path
        try SpatialDensityTable.trackedObjects2019.csv().write(toFile: path, atomically: true, encoding: .utf8)
        let first = try DensityTableFile.load(path: path)
        try FileManager.default.removeItem(atPath: path)
        // The file is gone: only the first reading can answer.
        let second = try DensityTableFile.load(path: path)
        #expect(second.shells.count == first.shells.count)
        #expect(second.shells.map(\.objectsPerKm3) == first.shells.map(\.objectsPerKm3))
    }

    @Test("the density-table file reads the shipped format back exactly and locates every problem")
    func densityTableFile() throws {
        let shipped = SpatialDensityTable.trackedObjects2019
        let reread = try DensityTableFile.parse(shipped.csv(), file: "t.csv")
        #expect(reread.shells.count == shipped.shells.count)
        for (a, b) in zip(reread.shells, shipped.shells) {
            #expect(a.lowKm == b.lowKm && a.highKm == b.highKm)
            #expect(abs(a.objectsPerKm3 - b.objectsPerKm3) <= 1e-4 * b.objectsPerKm3)
        }
        let broken = DensityTableFile.header + "\n200,220,1,0,0,1,1e-9\n220,240,1,0,x,1,1e-9\n250,260,1,0,0,1,1e-9\n240,230,0,0,0,0,0\n"
        do {
            _ = try DensityTableFile.parse(broken, file: "t.csv")
            Issue.record("broken table accepted")
        } catch {
            let text = error.description
            #expect(text.contains("t.csv:3:13: error: 'x' is not a non-negative number"))
            #expect(text.contains("t.csv:4:1: error: shell starts at 250 km but the previous one ends at 220 km"))
            #expect(text.contains("t.csv:5:1: error: shell low altitude"))
        }
        #expect(throws: DiagnosticError.self) { try DensityTableFile.parse("altitude,density\n", file: "t.csv") }
    }
}
