import Foundation
import RuleEngine
import StewardTestSupport
import Testing
@testable import StewardKit

/// `steward init`'s templates are descriptors a user starts from: each must load without a single diagnostic,
/// rate under lts-2019 to a score, carry the modeline and a cited header, and comment every key it writes.
@Suite("Descriptor templates")
struct DescriptorTemplateTests {
    static func rate(_ text: String, file: String) throws -> Rating {
        let mission = try MissionLoader.load(text: text, file: file).get()
        let ruleset = try BundledRulesets.compiled("lts-2019")
        let assumptions = Dictionary(ruleset.assumptions.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        let facts = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: assumptions, overrides: [:]))
        return ruleset.rate(facts, mission: MissionIdentity(id: mission.id, name: mission.name, file: file),
                            engineVersion: StewardVersion.current)
    }

    @Test("each template checks clean and rates under lts-2019 with a score and a tier", arguments: DescriptorTemplate.allCases)
    func templateChecksAndRates(_ template: DescriptorTemplate) throws {
        let text = template.render()
        let result = MissionLoader.load(text: text, file: "\(template.rawValue).yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let rating = try Self.rate(text, file: "\(template.rawValue).yaml")
        #expect(rating.score != nil)
        #expect(rating.tier != nil, "\(template.rawValue) is unrated")
    }

    @Test("each template has the modeline, a cited header and every section", arguments: DescriptorTemplate.allCases)
    func templateShape(_ template: DescriptorTemplate) throws {
        let lines = template.render().split(separator: "\n").map(String.init)
        #expect(lines.first == "# yaml-language-server: $schema=schemas/mission.schema.json")
        #expect(lines.contains { $0.hasPrefix("# Public figures the values are modelled on:") })
        let topLevel = Set(lines.compactMap { line -> String? in
            guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
            return String(line[..<colon])
        })
        #expect(topLevel == Set(DescriptorFormat.mission.keys), "missing sections: \(Set(DescriptorFormat.mission.keys).subtracting(topLevel))")
        // Every key line except format, id and name follows its comment from the field table.
        for (index, line) in lines.enumerated() where index > 0 {
            let body = line.drop { $0 == " " }
            guard let colon = body.firstIndex(of: ":"), body[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }), !body.hasPrefix("#"),
                  !["format", "id", "name"].contains(String(body[..<colon])) || line.hasPrefix(" ") else { continue }
            #expect(lines[index - 1].drop { $0 == " " }.hasPrefix("#"), "\(template.rawValue): '\(line)' has no comment")
        }
        // Units appear in the comments of number fields, e.g. "Unit: km."
        #expect(lines.contains { $0.contains("Unit: km.") } && lines.contains { $0.contains("Unit: kg.") })
    }

    /// Examples/iss.yaml holds the Wikipedia ISS element set; written to a file and given to init, it must
    /// give the very semi-major axis the example has.
    @Test("--from-tle with the ISS element set gives Examples/iss.yaml's semi-major axis")
    func fromTLEMatchesTheExample() throws {
        let example = try MissionLoader.load(contentsOf: Repository.url("Examples/iss.yaml").path).get()
        let text = try String(contentsOf: Repository.url("Examples/iss.yaml"), encoding: .utf8)
        let tleLines = text.split(separator: "\n").map(String.init)
            .drop { !$0.hasPrefix("  tle: |") }.dropFirst().prefix(3).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(tleLines.count == 3 && tleLines[1].hasPrefix("1 25544U"))
        let directory = try ScratchDirectory.make("steward-init")
        let file = directory.appendingPathComponent("iss.tle")
        try (tleLines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let tle = try DescriptorTemplate.readTLE(path: file.path, displayName: "iss.tle")
        for template in DescriptorTemplate.allCases {
            let rendered = template.render(tle: tle)
            let mission = try MissionLoader.load(text: rendered, file: "init.yaml").get()
            #expect(mission.orbit.semiMajorAxisKm == example.orbit.semiMajorAxisKm, "\(template.rawValue)")
            #expect(mission.orbit.inclinationDeg == example.orbit.inclinationDeg)
            #expect(rendered.contains("# From iss.tle;"))
        }
    }

    @Test("a bad element set is a located error in the TLE file")
    func badTLEIsLocated() throws {
        let directory = try ScratchDirectory.make("steward-init")
        let file = directory.appendingPathComponent("bad.tle")
        try """

        1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2928
        2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537

        """.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try DescriptorTemplate.readTLE(path: file.path, displayName: "bad.tle")
            Issue.record("the checksum error was not reported")
        } catch {
            let location = try #require(error.diagnostics.first?.location)
            #expect(location.file == "bad.tle" && location.line == 2 && location.column == 69)
            #expect(error.diagnostics.first?.message.contains("checksum") == true)
        }
        try "just one line\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticError.self) { try DescriptorTemplate.readTLE(path: file.path) }
        #expect(throws: DiagnosticError.self) { try DescriptorTemplate.readTLE(path: directory.appendingPathComponent("missing.tle").path) }
        // Hostile files: a directory, 1 MB of element lines, random bytes — each an error, never a crash.
        #expect(throws: DiagnosticError.self) { try DescriptorTemplate.readTLE(path: directory.path) }
        try String(repeating: "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927\n", count: 15_000)
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticError.self) { try DescriptorTemplate.readTLE(path: file.path) }
        var generator = SplitMix64(seed: 13)
        for _ in 0..<50 {
            let bytes = (0..<(Int(generator.next() % 300))).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            try Data(bytes).write(to: file)
            #expect(throws: DiagnosticError.self) { try DescriptorTemplate.readTLE(path: file.path) }
        }
    }

    @Test("the writer refuses to replace a file without overwrite, replaces it with, and leaves no temporary file")
    func newFileWriter() throws {
        let directory = try ScratchDirectory.make("steward-init")
        let path = directory.appendingPathComponent("m.yaml").path
        try NewFileWriter.write("first\n", to: path, overwrite: false)
        #expect(throws: NewFileWriter.Failure.exists(path)) { try NewFileWriter.write("second\n", to: path, overwrite: false) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        try NewFileWriter.write("third\n", to: path, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "third\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["m.yaml"])
        #expect(throws: NewFileWriter.Failure.self) {
            try NewFileWriter.write("x", to: directory.appendingPathComponent("no/such/dir/m.yaml").path, overwrite: false)
        }
    }
}
