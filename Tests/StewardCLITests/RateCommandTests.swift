import Certificates
import Foundation
import Reports
import Testing
import StewardTestSupport

/// `steward rate` end to end, on the built binary.
@Suite struct RateCommandTests {
    static let golden = Repository.url("Tests/StewardCLITests/Golden")

    /// Compares with a golden file (``GoldenFile``: `STEWARD_UPDATE_GOLDEN=1` rewrites it; review the diff).
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile.check(actual, against: golden.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    /// The README's first command: the default ruleset (lts-2019, embedded) on the bundled CubeSat.
    @Test("steward rate on the README example uses the embedded LTS ruleset and matches its golden report")
    func readmeCommandGolden() throws {
        let result = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Ruleset lts-2019"))
        try Self.expectGolden(result.stdout, "rate-aurora-3u-lts-2019.txt")
    }

    @Test(arguments: ["aurora-3u", "kestrel-eo"])
    func goldenTextAndJSON(example: String) throws {
        let text = try StewardBinary.run(["rate", "Examples/\(example).yaml", "--ruleset", "starter"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stderr.isEmpty)
        #expect(!text.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        try Self.expectGolden(text.stdout, "rate-\(example)-starter.txt")

        let json = try StewardBinary.run(["rate", "Examples/\(example).yaml", "--ruleset", "starter", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.contains(Repository.root.path), "no absolute paths")
        try Self.expectGolden(json.stdout, "rate-\(example)-starter.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "steward/rating@1")
    }

    @Test func severalMissionsAndRulesetsInOneEnvelopeInOrder() throws {
        let overlay = try ScratchDirectory.file("overlay.yaml", """
        format: steward/ruleset@1
        id: my-overlay
        version: 0.0.1
        title: Overlay
        extends: starter
        """)
        defer { ScratchDirectory.remove(holding: overlay) }
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "Examples/envisat.yaml", "--ruleset", "starter",
                                         "--ruleset", overlay, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "steward/ratings@1")
        let ratings = try #require(object["ratings"] as? [[String: Any]])
        let pairs = ratings.map { rating in
            "\((rating["mission"] as? [String: Any])?["id"] as? String ?? "?")/\((rating["ruleset"] as? [String: Any])?["id"] as? String ?? "?")"
        }
        #expect(pairs == ["aurora-3u/starter", "aurora-3u/my-overlay", "envisat/starter", "envisat/my-overlay"])
    }

    @Test func outputFileReceivesTheReport() throws {
        let target = try ScratchDirectory.file("report.json", "")
        defer { ScratchDirectory.remove(holding: target) }
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--format", "json", "--output", target])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let direct = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--format", "json"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == direct.stdout)
    }

    @Test func invalidDescriptorExitsTwoButOthersAreStillRated() throws {
        let bad = try ScratchDirectory.file("bad.yaml", "format: steward/mission@1\nid: broken\nname: Broken\norbit: {perigee_km: 800, apogee_km: 700}\nspacecraft: {mass_kg: 5}\n")
        defer { ScratchDirectory.remove(holding: bad) }
        let run = try StewardBinary.run(["rate", bad, "Examples/aurora-3u.yaml", "--ruleset", "starter"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(bad):4:21: error: 'orbit.perigee_km' must be at most apogee_km (700), found 800\n"
                                     + "  orbit: {perigee_km: 800, apogee_km: 700}\n                      ^\n"))
        #expect(run.stdout.contains("aurora-3u"))
    }

    @Test func invalidRulesetExitsTwoWithLocatedDiagnostics() throws {
        let ruleset = try ScratchDirectory.file("broken.yaml", """
        format: steward/ruleset@1
        id: broken
        version: 1.0.0
        title: Broken
        tiers: [{name: gold, min_score: 0.7}]
        sections:
          - id: S
            title: S
            guidelines:
              - id: G
                title: G
                rules:
                  - id: r
                    title: R
                    wieght: 2
                    pass_if: spacecraft.mas_kg < 10
        """)
        defer { ScratchDirectory.remove(holding: ruleset) }
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", ruleset])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(ruleset):15:13: error: unknown key 'wieght'"), "\(run.stderr)")
        #expect(run.stderr.contains("note: did you mean 'weight'?"), "\(run.stderr)")

        // Once the file reads, type errors inside expressions are located at their token.
        let fixed = try String(contentsOfFile: ruleset, encoding: .utf8).replacingOccurrences(of: "wieght", with: "weight")
        try fixed.write(toFile: ruleset, atomically: true, encoding: .utf8)
        let typed = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", ruleset])
        #expect(typed.status == 2)
        #expect(typed.stderr.contains("\(ruleset):16:22: error: unknown fact 'spacecraft.mas_kg' (in 'pass_if')"), "\(typed.stderr)")
        #expect(typed.stderr.contains("did you mean 'spacecraft.mass_kg'"), "\(typed.stderr)")
    }

    @Test func unknownRulesetIdIsInvalidInputWithSuggestion() throws {
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "startr"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("startr: error: unknown ruleset 'startr'"))
        #expect(run.stderr.contains("did you mean 'starter'?"))
    }

    @Test func failBelowAndStrict() throws {
        // Envisat was abandoned in orbit: the starter set caps it (required rules unmet), so it cannot reach platinum.
        let pass = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--fail-below", "bronze"])
        let json = try StewardBinary.run(["rate", "Examples/envisat.yaml", "--ruleset", "starter", "--format", "json"])
        let rating = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let caps = rating["caps"] as? [[String: Any]] ?? []
        let failing = try StewardBinary.run(["rate", "Examples/envisat.yaml", "--ruleset", "starter", "--fail-below", "platinum"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("Examples/envisat.yaml [starter]: tier "))
        #expect(failing.stderr.contains("is below --fail-below platinum"))
        #expect(!failing.stdout.isEmpty, "the report is still printed")

        let strict = try StewardBinary.run(["rate", "Examples/envisat.yaml", "--ruleset", "starter", "--strict"])
        #expect(strict.status == (caps.isEmpty ? 0 : 1))
        #expect(!caps.isEmpty, "envisat should leave a required rule unmet under the starter set")
        if let first = caps.first?["rule"] as? String { #expect(strict.stderr.contains("required rule \(first)")) }
        let notStrict = try StewardBinary.run(["rate", "Examples/envisat.yaml", "--ruleset", "starter"])
        #expect(notStrict.status == 0)
        _ = pass
    }

    @Test func usageErrorsExit64() throws {
        let tier = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--fail-below", "gld"])
        #expect(tier.status == 64)
        #expect(tier.stderr.contains("unknown tier 'gld'"))
        #expect(tier.stderr.contains("did you mean 'gold'?"))
        // Found while running, but still pointed at this subcommand's help, not the root usage line.
        #expect(tier.stderr.contains("See 'steward rate --help'"), "\(tier.stderr)")
        #expect(!tier.stderr.contains("<subcommand>"))
        let assume = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--assume", "f10.7=150"])
        #expect(assume.status == 64)
        #expect(assume.stderr.contains("did you mean 'f107'?"))
        let type = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--assume", "target_residual_lifetime_years=long"])
        #expect(type.status == 64)
        #expect(type.stderr.contains("assumption 'target_residual_lifetime_years' must be a number"))
        let none = try StewardBinary.run(["rate"])
        #expect(none.status == 64)
        let format = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--format", "yaml"])
        #expect(format.status == 64)
    }

    @Test func assumeOverrideAppearsInTheRating() throws {
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--format", "json",
                                         "--assume", "target_residual_lifetime_years=5"])
        #expect(run.status == 0, "\(run.stderr)")
        let rating = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let assumptions = rating["assumptions"] as? [[String: Any]] ?? []
        let target = assumptions.first { $0["key"] as? String == "target_residual_lifetime_years" }
        #expect(target?["value"] as? Double == 5)
        #expect(target?["origin"] as? String == "override")
    }

    @Test func worksFromAnotherDirectoryWithEmbeddedRulesets() throws {
        // Embedded ids never touch the disk: running from / must give the same result.
        let here = try StewardBinary.run(["rate", Repository.url("Examples/aurora-3u.yaml").path,
                                          "--ruleset", "starter", "--format", "json"])
        #expect(here.status == 0, "\(here.stderr)")
        let elsewhere = try StewardBinary.run(["rate", Repository.url("Examples/aurora-3u.yaml").path,
                                               "--ruleset", "starter", "--format", "json"], in: "/")
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(elsewhere.stdout == here.stdout)
    }
}

extension RateCommandTests {
    @Test func otherFormatsGoThroughTheirReporters() throws {
        let sarif = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--format", "sarif"])
        #expect(sarif.status == 0, "\(sarif.stderr)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")

        let html = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--format", "html", "--date", "2026-11-28"])
        #expect(html.status == 0)
        let descriptor = try Data(contentsOf: Repository.url("Examples/aurora-3u.yaml"))
        #expect(html.stdout.contains(CertificatePayload.sha256Hex(of: descriptor)), "the page shows the descriptor's SHA-256")
        #expect(html.stdout.contains("2026-11-28"))
        let again = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter", "--format", "html", "--date", "2026-11-28"])
        #expect(again.stdout == html.stdout, "deterministic")

        let markdown = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "--ruleset", "starter", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("aurora-3u") && markdown.stdout.contains("iss"))

        let several = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "--ruleset", "starter", "--format", "badge"])
        #expect(several.status == 64)
        #expect(several.stderr.contains("--format badge holds one rating"))
        let junit = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "--ruleset", "starter", "--format", "junit"])
        #expect(junit.status == 0)
        #expect(junit.stdout.contains("name=\"aurora-3u (starter)\"") && junit.stdout.contains("name=\"iss (starter)\""))
        let misspelt = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--format", "sraif"])
        #expect(misspelt.status == 64)
        #expect(misspelt.stderr.contains("did you mean 'sarif'?"))
    }
}

@Suite("rate: a directory holding a file name that is not UTF-8")
struct NonUTF8FileNameTests {
    @Test("The file is reported at its place, with why it cannot be opened, and the other files are still rated")
    func nonUTF8NameIsReported() throws {
        let folder = try ScratchDirectory.make("steward-non-utf8")
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try Data(contentsOf: Repository.root.appendingPathComponent("Examples/iss.yaml"))
        try example.write(to: folder.appendingPathComponent("ok.yaml"))
        // "bad\xFF.yaml": made through the C library, which takes the name as bytes.
        let name = Array(folder.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".yaml".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o600) }
        }
        #expect(descriptor >= 0)
        close(descriptor)

        let run = try StewardBinary.run(["rate", folder.path, "--format", "json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad\u{FFFD}.yaml:1:1: error: cannot read file: no such file (the file name is not valid UTF-8"))
        #expect(run.stdout.contains("\"id\" : \"iss\""))
    }
}
