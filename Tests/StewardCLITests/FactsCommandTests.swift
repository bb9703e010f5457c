import Foundation
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
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("steward-\(UUID().uuidString).yaml").path
        try "format: steward/mission@1\nid: x\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try StewardBinary.run(["facts", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(path):1:1: error: missing required key 'name' in document"))
    }
}
