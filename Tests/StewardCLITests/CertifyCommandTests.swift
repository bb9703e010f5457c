import Foundation
import Testing
import StewardTestSupport

/// `steward keys generate`, `certify` and `verify` end to end, on the built binary.
@Suite struct CertifyCommandTests {
    let directory: String

    init() throws {
        directory = try ScratchDirectory.make("steward-certify").path
        try FileManager.default.copyItem(atPath: Repository.url("Examples/aurora-3u.yaml").path, toPath: directory + "/aurora-3u.yaml")
        try FileManager.default.copyItem(atPath: Repository.url("Rulesets/starter.yaml").path, toPath: directory + "/starter.yaml")
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> StewardBinary.Run {
        try StewardBinary.run(arguments, in: directory, environment: environment)
    }

    func certify(into output: String, extra: [String] = ["--date", "2026-11-28"], environment: [String: String] = [:]) throws -> StewardBinary.Run {
        try run(["certify", "aurora-3u.yaml", "--key", "issuer", "--ruleset", "starter.yaml", "--output", output] + extra,
                environment: environment)
    }

    @Test func keysCertifyVerifyRoundTripAndDeterminism() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let keys = try run(["keys", "generate", "--output", "issuer"])
        #expect(keys.status == 0, "\(keys.stderr)")
        #expect(keys.stdout.hasPrefix("wrote issuer (private) and issuer.pub (public), key id "))
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/issuer")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try run(["keys", "generate", "--output", "issuer"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))

        let first = try certify(into: "out")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("wrote out/aurora-3u.certificate.json\nwrote out/aurora-3u.certificate.html\n"))
        // The score reads as in the reports (three decimals), not as the 17-digit Double the certificate holds.
        let summary = first.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(summary.range(of: #"^aurora-3u: [a-z]+, score [0-9]\.[0-9]{3} under "#, options: .regularExpression) != nil, "\(summary)")
        let certificate = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/aurora-3u.certificate.json"))
        let page = try String(contentsOfFile: directory + "/out/aurora-3u.certificate.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))

        // Same inputs and date → the same bytes; SOURCE_DATE_EPOCH of the same day gives them too.
        #expect(try certify(into: "again").status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/again/aurora-3u.certificate.json")) == certificate)
        #expect(try certify(into: "epoch", extra: [], environment: ["SOURCE_DATE_EPOCH": "1795824000"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/epoch/aurora-3u.certificate.json")) == certificate)
        #expect(try String(contentsOfFile: directory + "/epoch/aurora-3u.certificate.html", encoding: .utf8) == page)

        let verify = try run(["verify", "out/aurora-3u.certificate.json", "--public-key", "issuer.pub", "--mission", "aurora-3u.yaml",
                              "--ruleset", "starter.yaml", "--date", "2027-01-01"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains(": valid — aurora-3u "))
        #expect(verify.stdout.contains("re-evaluated rating"))

        let expired = try run(["verify", "out/aurora-3u.certificate.json", "--public-key", "issuer.pub", "--date", "2028-01-01"])
        #expect(expired.status == 1)
        #expect(expired.stderr.contains("error: expired: payload.valid_until:"))
    }

    @Test func tamperingWithEachInputFailsWithItsReason() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try run(["keys", "generate", "--output", "issuer"]).status == 0)
        #expect(try certify(into: "out").status == 0)
        let certificatePath = directory + "/out/aurora-3u.certificate.json"
        let original = try Data(contentsOf: URL(fileURLWithPath: certificatePath))
        let verifyArguments = ["verify", "out/aurora-3u.certificate.json", "--public-key", "issuer.pub", "--mission", "aurora-3u.yaml",
                               "--ruleset", "starter.yaml", "--date", "2027-01-01"]

        // One byte of the certificate: the name inside the payload.
        var bytes = [UInt8](original)
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "A")))
        bytes[index] = UInt8(ascii: "B")
        try Data(bytes).write(to: URL(fileURLWithPath: certificatePath))
        let badSignature = try run(verifyArguments)
        #expect(badSignature.status == 1)
        #expect(badSignature.stderr.contains("error: bad signature: signature.value:"), "\(badSignature.stderr)")
        try original.write(to: URL(fileURLWithPath: certificatePath))

        // The descriptor.
        let missionPath = directory + "/aurora-3u.yaml"
        let mission = try String(contentsOfFile: missionPath, encoding: .utf8)
        try mission.replacingOccurrences(of: "around_the_clock: false", with: "around_the_clock: true")
            .write(toFile: missionPath, atomically: true, encoding: .utf8)
        let descriptor = try run(verifyArguments)
        #expect(descriptor.status == 1)
        #expect(descriptor.stderr.contains("error: mission.descriptor_sha256: certificate has "), "\(descriptor.stderr)")
        #expect(descriptor.stderr.contains("error: rating.score: certificate has "))
        try mission.write(toFile: missionPath, atomically: true, encoding: .utf8)

        // The ruleset.
        let rulesetPath = directory + "/starter.yaml"
        try (try String(contentsOfFile: rulesetPath, encoding: .utf8) + "# edited\n").write(toFile: rulesetPath, atomically: true, encoding: .utf8)
        let ruleset = try run(verifyArguments)
        #expect(ruleset.status == 1)
        #expect(ruleset.stderr.contains("error: ruleset.sha256: certificate has "), "\(ruleset.stderr)")
        #expect(!ruleset.stderr.contains("rating."), "a comment changes the hash, not the rating")
    }

    /// The OMM file a descriptor names and the space-weather file `--assume` names are sealed; verify names the one that changed.
    @Test func filesTheRatingReadAreSealedAndChecked() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try run(["keys", "generate", "--output", "issuer"]).status == 0)
        try FileManager.default.createDirectory(atPath: directory + "/orbits", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.url("Tests/CatalogueTests/Fixtures/omm/iss_2008-09-20.omm.xml").path,
                                         toPath: directory + "/orbits/iss.xml")
        try FileManager.default.copyItem(atPath: Repository.url("Data/space_weather/SW-All_2025-07-21.txt").path, toPath: directory + "/sw.txt")
        try "format: steward/mission@1\nid: iss\nname: ISS\norbit:\n  omm: orbits/iss.xml\nspacecraft:\n  mass_kg: 419725\n  drag_area_m2: 1500\n"
            .write(toFile: directory + "/iss.yaml", atomically: true, encoding: .utf8)
        let assume = ["--assume", "solar_activity=file", "--assume", "space_weather=sw.txt"]
        let certified = try run(["certify", "iss.yaml", "--key", "issuer", "--output", "out", "--date", "2026-11-28"] + assume)
        #expect(certified.status == 0, "\(certified.stderr)")
        let certificate = try String(contentsOfFile: directory + "/out/iss.certificate.json", encoding: .utf8)
        #expect(certificate.contains(#""input_files":[{"name":"sw.txt","role":"assumptions.space_weather","sha256":""#), "\(certificate)")
        #expect(certificate.contains(#"{"name":"orbits/iss.xml","role":"orbit.omm","sha256":""#))
        let verifyArguments = ["verify", "out/iss.certificate.json", "--public-key", "issuer.pub", "--mission", "iss.yaml", "--date", "2027-01-01"]
        let valid = try run(verifyArguments)
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(valid.stdout.contains("input file hashes (sw.txt, orbits/iss.xml)"), "\(valid.stdout)")

        let xml = try String(contentsOfFile: directory + "/orbits/iss.xml", encoding: .utf8)
        try xml.replacingOccurrences(of: "<MEAN_ANOMALY>325.0288</MEAN_ANOMALY>", with: "<MEAN_ANOMALY>325.0289</MEAN_ANOMALY>")
            .write(toFile: directory + "/orbits/iss.xml", atomically: true, encoding: .utf8)
        try (try String(contentsOfFile: directory + "/sw.txt", encoding: .utf8) + "\n").write(toFile: directory + "/sw.txt", atomically: true, encoding: .utf8)
        let changed = try run(verifyArguments)
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("error: input_files.orbit.omm.sha256: certificate has "), "\(changed.stderr)")
        #expect(changed.stderr.contains("orbits/iss.xml changed since certification"))
        #expect(changed.stderr.contains("error: input_files.assumptions.space_weather.sha256: certificate has "))
        #expect(changed.stderr.contains("sw.txt changed since certification"))

        let missing = try run(["certify", "iss.yaml", "--key", "issuer", "--output", "out2", "--date", "2026-11-28",
                               "--assume", "materials=none.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.yaml:1:1: error: cannot read assumptions.materials file: no such file"), "\(missing.stderr)")
    }

    @Test("batch certify: one certificate per mission, the gate exits 1, a bad descriptor exits 2 and the others are still certified; verify takes them all")
    func batchCertifyWithGate() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for example in ["envisat", "kestrel-eo"] {
            try FileManager.default.copyItem(atPath: Repository.url("Examples/\(example).yaml").path, toPath: directory + "/\(example).yaml")
        }
        try Data("orbit: [\n".utf8).write(to: URL(fileURLWithPath: directory + "/broken.yaml"))
        #expect(try run(["keys", "generate", "--output", "issuer"]).status == 0)

        let gated = try run(["certify", "aurora-3u.yaml", "envisat.yaml", "kestrel-eo.yaml", "--key", "issuer",
                             "--output-dir", "out", "--fail-below", "silver", "--date", "2026-11-28"])
        #expect(gated.status == 1, "\(gated.stderr)")
        #expect(gated.stderr.contains("envisat.yaml [lts-2019]: tier unrated is below --fail-below silver"))
        #expect(gated.stderr.contains("kestrel-eo.yaml [lts-2019]: tier bronze is below --fail-below silver"))
        for id in ["aurora-3u", "envisat", "kestrel-eo"] {
            #expect(FileManager.default.fileExists(atPath: directory + "/out/\(id).certificate.json"), "\(id)")
        }
        // Envisat: B.8 failed and B.9 could not be shown to hold; the certificate names both.
        let envisat = try String(contentsOfFile: directory + "/out/envisat.certificate.json", encoding: .utf8)
        #expect(envisat.contains("\"failed_required_rules\":[\"B.8-post-mission-lifetime\"]"))
        #expect(envisat.contains("\"unproven_required_rules\":[\"B.9-casualty-risk\"]"))

        let withBroken = try run(["certify", "broken.yaml", "aurora-3u.yaml", "--key", "issuer", "--output-dir", "out2",
                                  "--date", "2026-11-28"])
        #expect(withBroken.status == 2)
        #expect(withBroken.stderr.contains("broken.yaml:"))
        #expect(FileManager.default.fileExists(atPath: directory + "/out2/aurora-3u.certificate.json"))

        let duplicate = try run(["certify", "aurora-3u.yaml", "./aurora-3u.yaml", "--key", "issuer", "--output-dir", "out3",
                                 "--date", "2026-11-28"])
        #expect(duplicate.status == 2)
        #expect(duplicate.stderr.contains("two missions have the id aurora-3u"))

        let certificates = ["aurora-3u", "envisat", "kestrel-eo"].map { "out/\($0).certificate.json" }
        let verified = try run(["verify"] + certificates + ["--public-key", "issuer.pub", "--date", "2026-12-01"])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.split(separator: "\n").filter { $0.contains(": valid — ") }.count == 3)
        #expect(verified.stdout.contains("envisat unrated under"))
        let rerated = try run(["verify", certificates[0], certificates[2], "--mission", "aurora-3u.yaml", "--mission", "kestrel-eo.yaml",
                               "--public-key", "issuer.pub", "--date", "2026-12-01"])
        #expect(rerated.status == 0, "\(rerated.stderr)")
        let mismatched = try run(["verify", certificates[0], certificates[2], "--mission", "aurora-3u.yaml",
                                  "--public-key", "issuer.pub"])
        #expect(mismatched.status == 64)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: directory + "/out/envisat.certificate.json"))
        let oneBad = try run(["verify"] + certificates + ["--public-key", "issuer.pub", "--date", "2026-12-01"])
        #expect(oneBad.status == 1)
        #expect(oneBad.stdout.contains("out/envisat.certificate.json: NOT VALID"))
        #expect(oneBad.stdout.contains("out/kestrel-eo.certificate.json: valid"))
    }
}
