import Foundation
import StewardTestSupport
import Testing

/// `steward facts` end to end, on the built binary.
@Suite struct FactsCommandTests {
    func jsonObject(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func jsonHasTheDesignShape() throws {
        let run = try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let root = try jsonObject(run.stdout)
        #expect(root["format"] as? String == "steward/facts@1")
        #expect(root["mission"] as? String == "aurora-3u")
        let facts = try #require(root["facts"] as? [String: [String: Any]])
        let perigee = try #require(facts["orbit.perigee_km"])
        #expect(perigee["value"] as? Double == 525)
        #expect(perigee["unit"] as? String == "km")
        #expect(perigee["source"] as? String == "Examples/aurora-3u.yaml:33:15")
        #expect(facts["spacecraft.mass_kg"]?["unit"] as? String == "kg")
        #expect(facts["operations.conjunction_assessment.phases"]?["value"] as? [String] == ["early_orbit", "operations"])
        #expect(facts["orbit.semi_major_axis_km"]?["origin"] as? String == "computed_from_descriptor")
        #expect(facts["operator.country"]?["value"] as? String == "NO")
    }

    @Test func jsonIsSortedAndDeterministic() throws {
        let first = try StewardBinary.run(["facts", "Examples/kestrel-eo.yaml", "--format", "json"])
        let second = try StewardBinary.run(["facts", "Examples/kestrel-eo.yaml", "--format", "json"])
        #expect(first.stdout == second.stdout)
        // Fact paths appear in sorted order in the text itself (not only after parsing).
        let paths = first.stdout.split(separator: "\n").filter { $0.hasPrefix("    \"") && $0.hasSuffix("{") }
            .map { $0.trimmingCharacters(in: .whitespaces).split(separator: "\"")[0] }
        #expect(paths.count > 50)
        #expect(paths == paths.sorted())
    }

    @Test func yamlAndJSONTwinsGiveTheSameValues() throws {
        let yaml = try jsonObject(try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--format", "json"]).stdout)
        let json = try jsonObject(try StewardBinary.run(["facts", "Examples/aurora-3u.json", "--format", "json"]).stdout)
        let yamlFacts = try #require(yaml["facts"] as? [String: [String: Any]])
        let jsonFacts = try #require(json["facts"] as? [String: [String: Any]])
        #expect(Set(yamlFacts.keys) == Set(jsonFacts.keys))
        for (path, fact) in yamlFacts {
            #expect("\(fact["value"] ?? "nil")" == "\(jsonFacts[path]?["value"] ?? "nil")", "\(path)")
        }
    }

    @Test func textListsValuesUnitsAndSources() throws {
        let run = try StewardBinary.run(["facts", "Examples/aurora-3u.yaml"])
        #expect(run.status == 0)
        let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("  orbit.perigee_km ") })
        #expect(line.contains("525 km"))
        #expect(line.hasSuffix("Examples/aurora-3u.yaml:33:15"))
        #expect(run.stdout.split(separator: "\n").contains { $0.hasPrefix("= orbit.semi_major_axis_km") })
    }

    @Test func assumptionsAreValidatedAndEchoed() throws {
        let run = try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--format", "json",
                                         "--assume", "solar_activity=constant", "--assume", "f107=150", "--assume", "ap=15"])
        #expect(run.status == 0, "\(run.stderr)")
        let assumptions = try #require(try jsonObject(run.stdout)["assumptions"] as? [String: Any])
        #expect(assumptions["solar_activity"] as? String == "constant")
        #expect(assumptions["f107"] as? Double == 150)
        #expect(assumptions["ap"] as? Double == 15)

        let typo = try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--assume", "f10.7=150"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("unknown assumption 'f10.7'; did you mean 'f107'?"))
        #expect(try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--assume", "f107"]).status == 64)
        #expect(try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--assume", "f107=.inf"]).status == 64)
        #expect(try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--format", "xml"]).status == 64)
    }

    @Test func invalidDescriptorExitsTwo() throws {
        let path = try ScratchDirectory.file("mission.yaml", "format: steward/mission@1\nid: x\n")
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["facts", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(path):1:1: error: missing required key 'name' in document"))
    }

    // MARK: derived facts

    @Test func jsonListsDerivedFactsWithModelAndAssumptions() throws {
        let run = try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let root = try jsonObject(run.stdout)
        let facts = try #require(root["facts"] as? [String: [String: Any]])
        let lifetime = try #require(facts["derived.lifetime.post_mission_years"])
        #expect(lifetime["source"] as? String == "derived")
        #expect(lifetime["unit"] as? String == "years")
        // aurora-3u at 525 × 540 km re-enters well within 25 years (NASA-STD-8719.14C §4.3.3.2 rule of thumb).
        let years = try #require(lifetime["value"] as? Double)
        #expect(years > 0.5 && years < 25)
        #expect((lifetime["model"] as? String)?.contains("nrlmsise00-mean-table") == true)
        let used = try #require(lifetime["assumptions"] as? [String: String])
        #expect(used["solar_activity"] == "mean_cycle")
        #expect(used["atmosphere"] == "nrlmsise00")
        // Absent derived facts are listed with their reason.
        let raise = try #require(facts["derived.disposal.geo_graveyard_min_raise_km"])
        #expect(raise["value"] is NSNull)
        #expect((raise["reason"] as? String)?.contains("GEO") == true)
        // Every catalogued derived path appears, and the effective assumptions are printed.
        #expect(facts.keys.filter { $0.hasPrefix("derived.") }.count == 36)
        let required = try #require(facts["derived.disposal.delta_v_required_m_s"]?["assumptions"] as? [String: String])
        #expect(required["target_residual_lifetime_years"] == "25")
    }

    @Test func assumptionsMoveTheDerivedFacts() throws {
        func years(_ extra: [String]) throws -> Double {
            let run = try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--format", "json"] + extra)
            let facts = try #require(try jsonObject(run.stdout)["facts"] as? [String: [String: Any]])
            return try #require(facts["derived.lifetime.post_mission_years"]?["value"] as? Double)
        }
        let high = try years(["--assume", "solar_activity=constant", "--assume", "f107=250"])
        let low = try years(["--assume", "solar_activity=constant", "--assume", "f107=70"])
        #expect(high < low)
    }

    @Test func badAssumptionValueExits64WithDidYouMean() throws {
        let run = try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--assume", "solar_activity=costant"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("assumption 'solar_activity' must be one of constant, los_equivalent, mean_cycle, file, forecast, forecast_high, forecast_low, found 'costant'; did you mean 'constant'?"))
        #expect(try StewardBinary.run(["facts", "Examples/aurora-3u.yaml", "--assume", "f107=-3"]).status == 64)
    }

    @Test func textListsDerivedFacts() throws {
        let run = try StewardBinary.run(["facts", "Examples/selene-lunar-orbiter.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  derived.orbit.regime"))
        let absent = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("- derived.lifetime.post_mission_years") })
        #expect(absent.contains("orbit.central_body is moon"))
    }

    @Test func densityTableRebuildAndUse() throws {
        let directory = try ScratchDirectory.make("steward-density")
        defer { try? FileManager.default.removeItem(at: directory) }
        let tle = directory.appendingPathComponent("catalogue.txt").path
        let csv = directory.appendingPathComponent("density.csv").path
        // The ISS element set (Wikipedia's TLE example, as in Examples/iss.yaml) titled as debris, and a stray line.
        try """
        ISS DEB
        1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927
        2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537
        1 lonely line one

        """.write(toFile: tle, atomically: true, encoding: .utf8)
        let run = try StewardBinary.run(["density-table", "--tle", tle, "--epoch", "2008-09-20", "--output", csv])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("\(tle):4: "), "\(run.stderr)")
        #expect(run.stderr.contains("1 objects read"))
        let table = try String(contentsOfFile: csv, encoding: .utf8)
        let lines = table.split(separator: "\n")
        #expect(lines.first == "altitude_low_km,altitude_high_km,payloads,rocket_bodies,debris,total_objects,objects_per_km3")
        #expect(lines.count == 91) // header + 90 shells of 20 km from 200 to 2000 km
        // Perigee 348.8 km, apogee 357.8 km (SGP4's a = 6731.47 km, e = 0.00067): one debris object in the 340–360 km shell.
        let shell = try #require(lines.first { $0.hasPrefix("340,360,") })
        #expect(shell.hasPrefix("340,360,0.000,0.000,1.000,1.000,"))

        // The rebuilt table replaces the shipped one; only shells near 350 km now hold objects.
        let facts = try StewardBinary.run(["facts", "Examples/kestrel-eo.yaml", "--format", "json",
                                           "--assume", "density_table=\(csv)"])
        #expect(facts.status == 0, "\(facts.stderr)")
        let entries = try #require(try jsonObject(facts.stdout)["facts"] as? [String: [String: Any]])
        let collision = try #require(entries["derived.collision.probability_large_debris"])
        #expect((collision["assumptions"] as? [String: String])?["density_table_epoch"] == "file:\(csv)")
        let shipped = try StewardBinary.run(["facts", "Examples/kestrel-eo.yaml", "--format", "json"])
        let shippedEntries = try #require(try jsonObject(shipped.stdout)["facts"] as? [String: [String: Any]])
        let rebuiltP = try #require(collision["value"] as? Double)
        let shippedP = try #require(shippedEntries["derived.collision.probability_large_debris"]?["value"] as? Double)
        #expect(rebuiltP < shippedP / 100)

        // A broken table is refused with a located error (exit 2).
        let broken = directory.appendingPathComponent("broken.csv").path
        try (lines[0] + "\n200,220,0,0,0,1,oops\n").write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try StewardBinary.run(["facts", "Examples/kestrel-eo.yaml", "--assume", "density_table=\(broken)"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(broken):2:17: error: 'oops' is not a non-negative number"))
    }
}
