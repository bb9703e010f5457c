import Foundation
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// Keeps `Sources/StewardKit/Embedded/EmbeddedRulesets.swift` in step with `Rulesets/*.yaml`: an edited ruleset
/// must reach the binary. Run with `STEWARD_REGENERATE=1` to rewrite the generated file instead of failing.
@Suite("Embedded resources")
struct EmbeddedResourcesTests {
    static let repository = Repository.root
    static let generatedFile = repository.appendingPathComponent("Sources/StewardKit/Embedded/EmbeddedRulesets.swift")

    static func expectedSource() throws -> String {
        let folder = repository.appendingPathComponent("Rulesets")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let files = try names.map { name in
            (name: name, contents: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        return EmbeddedSourceGenerator.render(typeName: "EmbeddedRulesetSources", sourceDescription: "Rulesets/*.yaml", files: files)
    }

    @Test("the generated Swift source matches Rulesets/*.yaml")
    func generatedSourceIsFresh() throws {
        let expected = try Self.expectedSource()
        let actual = (try? String(contentsOf: Self.generatedFile, encoding: .utf8)) ?? ""
        if ProcessInfo.processInfo.environment["STEWARD_REGENERATE"] == "1" {
            if actual != expected { try expected.write(to: Self.generatedFile, atomically: true, encoding: .utf8) }
            return
        }
        #expect(actual == expected, "EmbeddedRulesets.swift is stale: run STEWARD_REGENERATE=1 swift test --filter EmbeddedResourcesTests")
    }

    @Test("the embedded texts are byte-identical to the files, and each file's id is its name")
    func embeddedTextsMatchFiles() throws {
        let folder = Self.repository.appendingPathComponent("Rulesets")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(EmbeddedRulesets.ids == names.map { String($0.dropLast(5)) })
        for name in names {
            let id = String(name.dropLast(5))
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(EmbeddedRulesets.registry[id]?.text == text, "\(name)")
            #expect(text.contains("\nid: \(id)\n"), "\(name) should declare id: \(id)")
        }
        #expect(EmbeddedRulesets.ids.contains(EmbeddedRulesets.defaultID))
    }
}
