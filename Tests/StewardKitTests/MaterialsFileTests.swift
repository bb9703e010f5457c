import Diagnostics
import Foundation
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// `--assume materials=FILE`: the user's thermal properties replace the built-in ones, each value with its
/// source; a malformed file is refused with located errors.
@Suite("Material file")
struct MaterialsFileTests {
    static func file(_ aluminium: String) -> String {
        """
        format: steward/materials@1
        materials:
          aluminium:
        \(aluminium)
        """
    }

    static let refractory = """
            density_kg_m3: {value: 2700, source: "test: aluminium density"}
            specific_heat_j_kg_k: {value: 1000, source: "test"}
            melting_temperature_k: {value: 3000, source: "test: deliberately refractory"}
            heat_of_fusion_j_kg: {value: 4.0e6, source: "test"}
            emissivity: {value: 0.9, source: "test"}
        """

    @Test("a user's material replaces the built-in one and is named in the provenance")
    func overrides() throws {
        let path = try ScratchDirectory.file("materials.yaml", Self.file(Self.refractory))
        defer { ScratchDirectory.remove(holding: path) }
        let mission = try DerivedFactsTests.example("kestrel-eo.yaml")
        func survivors(_ overrides: [String: RuleEngine.FactValue]) throws -> ([String], [String: String]) {
            let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: [:], overrides: overrides))
            guard case .known(let fact) = source.lookup("derived.reentry.surviving_components"),
                  case .list(let names) = fact.value else { throw Unavailable("survivors") }
            return (names.map(\.displayText), fact.provenance.assumptions ?? [:])
        }
        let (builtIn, plain) = try survivors([:])
        let (user, provenance) = try survivors(["materials": .string(path)])
        #expect(!builtIn.contains { $0.contains("star tracker") })
        #expect(user.contains { $0.contains("star tracker") }, "\(user)")
        #expect(plain["materials"] == nil && provenance["materials"] == path)
    }

    @Test("malformed material files get located errors", arguments: [
        ("        density_kg_m3: {value: 2700}\n", "needs a non-empty 'source'"),
        ("        colour: {value: 1, source: x}\n", "unknown property 'colour'"),
        ("        density_kg_m3: {value: fast, source: x}\n", "must be a number"),
    ])
    func malformed(_ sample: (String, String)) throws {
        let path = try ScratchDirectory.file("materials.yaml", Self.file(sample.0))
        defer { ScratchDirectory.remove(holding: path) }
        do {
            _ = try MaterialsFile.load(path: path)
            Issue.record("accepted")
        } catch {
            // The property line (4); the missing properties are reported too.
            #expect(error.diagnostics.contains { $0.description.hasPrefix("\(path):4:") && $0.message.contains(sample.1) },
                    "\(error.diagnostics)")
        }
    }

    @Test("an unknown material and a directory are refused")
    func refused() throws {
        let path = try ScratchDirectory.file("materials.yaml", "format: steward/materials@1\nmaterials:\n  lead: {}\n")
        defer { ScratchDirectory.remove(holding: path) }
        #expect(throws: DiagnosticError.self) { try MaterialsFile.load(path: path) }
        let directory = try ScratchDirectory.make("materials")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: DiagnosticError.self) { try MaterialsFile.load(path: directory.path) }
    }
}
