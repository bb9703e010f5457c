import Certificates
import Foundation
import RuleEngine
import StewardTestSupport
import Testing
@testable import StewardKit

/// A certificate seals the files a rating read besides the descriptor and the ruleset — the `orbit.omm` file
/// next to the descriptor and the files assumptions name — and `verify` fails, naming the file, when one changed.
@Suite("Certified input files")
struct CertifiedInputFileTests {
    static let during = Date(timeIntervalSince1970: 1_800_000_000) // 2027-01-15

    /// A scratch folder with a key pair and a descriptor whose orbit is `orbits/iss.kvn` next to it.
    struct Workspace {
        let directory: URL
        var key: String { directory.appendingPathComponent("issuer").path }
        var publicKey: String { key + ".pub" }
        var mission: String { directory.appendingPathComponent("iss.yaml").path }
        var message: URL { directory.appendingPathComponent("orbits/iss.kvn") }

        init() throws {
            directory = try ScratchDirectory.make("certify-inputs")
            _ = try KeyGeneration.generate(toPath: directory.appendingPathComponent("issuer").path)
            try FileManager.default.createDirectory(at: message.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.url("Tests/CatalogueTests/Fixtures/omm/iss_2008-09-20.omm.kvn"), to: message)
            try Data("""
                format: steward/mission@1
                id: iss-omm
                name: ISS from an OMM
                orbit:
                  omm: orbits/iss.kvn
                spacecraft:
                  mass_kg: 419725
                  drag_area_m2: 1500

                """.utf8).write(to: URL(fileURLWithPath: mission))
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }

        func issue(overrides: [String: RuleEngine.FactValue] = [:]) throws -> (CertificateIssuer.Issued, String) {
            let issued = try CertificateIssuer.issue(missionPath: mission, rulesetReference: "starter", keyPath: key,
                                                     issuedAt: try #require(CertificateTimestamp(dateOption: "2026-11-28")),
                                                     validDays: 365, overrides: overrides)
            let path = directory.appendingPathComponent(issued.certificateFileName).path
            try Data(issued.certificate).write(to: URL(fileURLWithPath: path))
            return (issued, path)
        }

        func verify(_ certificate: String) -> CertificateVerifier.Report {
            CertificateVerifier.verify(certificatePath: certificate, publicKeyPath: publicKey, now: CertifiedInputFileTests.during,
                                       missionPath: mission)
        }
    }

    @Test("the orbit.omm file is sealed, and verify fails naming it when it changes or disappears")
    func orbitMessageFile() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (issued, certificate) = try workspace.issue()
        let hash = CertificatePayload.sha256Hex(of: try Data(contentsOf: workspace.message))
        #expect(issued.payload.inputFiles == [CertifiedInputFile(role: "orbit.omm", name: "orbits/iss.kvn", sha256: hash)])
        let valid = workspace.verify(certificate)
        #expect(valid.isValid, "\(valid.lines)")
        #expect(valid.checked.contains("input file hashes (orbits/iss.kvn)"))

        // A new mean anomaly changes no rated fact, but the sealed bytes no longer match.
        let text = try String(contentsOf: workspace.message, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "MEAN_ANOMALY = 325.0288", with: "MEAN_ANOMALY = 325.0289").utf8).write(to: workspace.message)
        let changed = workspace.verify(certificate)
        #expect(!changed.isValid)
        let newHash = CertificatePayload.sha256Hex(of: try Data(contentsOf: workspace.message))
        #expect(changed.lines == ["error: input_files.orbit.omm.sha256: certificate has \(hash) for orbits/iss.kvn, "
                                  + "found \(newHash): orbits/iss.kvn changed since certification"])

        try FileManager.default.removeItem(at: workspace.message)
        let missing = workspace.verify(certificate)
        #expect(missing.discrepancies.map(\.description) == ["input_files.orbit.omm.sha256: certificate has \(hash) for orbits/iss.kvn, "
                                                            + "found no readable file ('orbits/iss.kvn' does not exist next to the descriptor)"])
        #expect(missing.problems.first?.contains("cannot re-rate") == true, "\(missing.lines)")
    }

    @Test("a file an assumption names is sealed too, and a missing one refuses the certificate")
    func assumptionFiles() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let materials = workspace.directory.appendingPathComponent("materials.yaml")
        try Data("""
            format: steward/materials@1
            materials:
              aluminium:
                density_kg_m3: {value: 2700, source: "test: aluminium density"}
                specific_heat_j_kg_k: {value: 1000, source: "test"}
                melting_temperature_k: {value: 3000, source: "test: deliberately refractory"}
                heat_of_fusion_j_kg: {value: 4.0e6, source: "test"}
                emissivity: {value: 0.9, source: "test"}

            """.utf8).write(to: materials)
        let (issued, certificate) = try workspace.issue(overrides: ["materials": .string(materials.path)])
        #expect(issued.payload.inputFiles.map(\.role) == ["assumptions.materials", "orbit.omm"])
        #expect(issued.payload.inputFiles.first?.name == materials.path)
        #expect(issued.payload.assumptions["materials"] == materials.path)
        #expect(workspace.verify(certificate).isValid)

        try Data("# edited\n".utf8).write(to: materials, options: .atomic)
        let changed = workspace.verify(certificate)
        #expect(changed.discrepancies.map(\.field).contains("input_files.assumptions.materials.sha256"), "\(changed.lines)")

        #expect {
            _ = try workspace.issue(overrides: ["materials": .string(workspace.directory.appendingPathComponent("none.yaml").path)])
        } throws: { error in
            guard case CertificateIssuer.Failure.invalidInputFile(let text) = error else { return false }
            return text.contains("cannot read assumptions.materials file: no such file")
        }
    }

    @Test("input_files in the payload: written only when non-empty, read back, and strict")
    func payloadMember() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (issued, _) = try workspace.issue()
        let json = issued.payload.json
        #expect(try CertificatePayload(json: json) == issued.payload)
        guard case .object(var members) = json else { Issue.record("payload is not an object"); return }
        let files = try #require(members["input_files"])

        var none = issued.payload
        none.inputFiles = []
        guard case .object(let withoutFiles) = none.json else { Issue.record("payload is not an object"); return }
        #expect(withoutFiles["input_files"] == nil)

        members["input_files"] = .array([])
        #expect(throws: CertificateFormatError.self) { try CertificatePayload(json: .object(members)) }
        guard case .array(let entries) = files, let entry = entries.first else { Issue.record("input_files is not an array"); return }
        members["input_files"] = .array([entry, entry])
        #expect { try CertificatePayload(json: .object(members)) } throws: { error in
            (error as? CertificateFormatError)?.location == "payload.input_files[1].role"
        }
    }
}
