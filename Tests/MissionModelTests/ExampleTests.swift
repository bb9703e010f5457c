import Diagnostics
import Foundation
import Testing
@testable import MissionModel

/// Every bundled example must load cleanly: they are the first thing a new user runs.
@Suite struct ExampleTests {
    static let examplesDirectory = repositoryRoot.appendingPathComponent("Examples")

    static var exampleFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examplesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
            .map { examplesDirectory.appendingPathComponent($0) }
    }

    @Test func thereAreAtLeastSixExamples() {
        #expect(Self.exampleFiles.filter { $0.pathExtension == "yaml" }.count >= 6)
        #expect(Self.exampleFiles.contains { $0.lastPathComponent == "aurora-3u.yaml" })
    }

    @Test(arguments: exampleFiles)
    func exampleLoadsWithoutDiagnostics(_ url: URL) throws {
        let result = MissionLoader.load(contentsOf: url.path, displayName: url.lastPathComponent)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let mission = try result.get()
        #expect(url.lastPathComponent.hasPrefix(mission.id))
    }

    @Test(arguments: exampleFiles.filter { $0.pathExtension == "yaml" })
    func exampleCitesItsSourcesInAHeaderComment(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }
        #expect(header.count >= 3, "the example should open with a comment citing its public figures")
    }

    @Test func jsonAndYAMLFormsLoadIdentically() throws {
        let twins = Self.exampleFiles.filter { $0.pathExtension == "json" }
        #expect(!twins.isEmpty, "commit at least one JSON twin of a YAML example")
        for json in twins {
            let yaml = json.deletingPathExtension().appendingPathExtension("yaml")
            var fromJSON = try MissionLoader.load(contentsOf: json.path).get()
            var fromYAML = try MissionLoader.load(contentsOf: yaml.path).get()
            // Same values; only the file name and the positions differ.
            let factsJSON = fromJSON.declaredFacts.map { DeclaredFact(path: $0.path, value: $0.value, unit: $0.unit, location: SourceLocation(file: "", line: 0, column: 0), origin: $0.origin) }
            let factsYAML = fromYAML.declaredFacts.map { DeclaredFact(path: $0.path, value: $0.value, unit: $0.unit, location: SourceLocation(file: "", line: 0, column: 0), origin: $0.origin) }
            #expect(factsJSON == factsYAML)
            #expect(Set(fromJSON.locations.keys) == Set(fromYAML.locations.keys))
            fromJSON.file = ""
            fromYAML.file = ""
            fromJSON.locations = [:]
            fromYAML.locations = [:]
            #expect(fromJSON == fromYAML)
        }
    }
}
