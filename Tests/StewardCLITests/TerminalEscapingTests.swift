import Foundation
import Testing
import StewardTestSupport

/// Issue 11, item 5: control and bidi characters from mission names, rule titles and YAML values reached the
/// terminal raw (`\e[2J` cleared the screen). Every human-facing output is checked here on the built binary
/// with the hostile mission and ruleset of the investigation; JSON outputs must keep the exact strings.
@Suite struct TerminalEscapingTests {
    /// ESC sequences that clear the screen and paint red, a carriage return, NUL, a right-to-left override,
    /// a C1 CSI, DEL and a first-strong isolate: what the investigation fed Steward, plus the other classes.
    static let payload = "\u{1B}[2J\u{1B}[31mRED\u{1B}[0m\rCR\u{0}NUL\u{202E}evil\u{9B}2J\u{7F}\u{2068}"
    /// The same payload as a YAML double-quoted scalar body.
    static let yamlPayload = #"\e[2J\e[31mRED\e[0m\rCR\0NUL\u202Eevil\x9B2J\x7F\u2068"#

    static let mission = """
        format: steward/mission@1
        id: m1
        name: "Mission \(yamlPayload)"
        operator: {name: "Op \(yamlPayload)"}
        orbit: {perigee_km: 525, apogee_km: 535, inclination_deg: 97.5}
        spacecraft:
          mass_kg: 4.2

        """
    static let ruleset = """
        format: steward/ruleset@1
        id: inj
        version: 0.1.0
        title: "Ruleset \(yamlPayload)"
        tiers: [{name: gold, min_score: 0.5}]
        sections:
          - id: A
            title: "Section \(yamlPayload)"
            guidelines:
              - id: A.1
                title: "Guideline \(yamlPayload)"
                rules:
                  - id: r1
                    title: "Rule \(yamlPayload)"
                    pass_if: orbit.perigee_km > 1000
                    advice: "Advice \(yamlPayload)"
                  - id: r2
                    title: "Unknown \(yamlPayload)"
                    pass_if: derived.reentry.casualty_risk <= 1.0e-4
                  - id: r3
                    title: "Reads the hostile operator name"
                    pass_if: operator.name == "x"

        """
    static let badValue = """
        format: steward/mission@1
        id: m1
        name: ok
        phase: "x\(yamlPayload)"
        orbit: {perigee_km: 525, apogee_km: 535}
        spacecraft:
          mass_kg: 4.2
          "k\(yamlPayload)": 1

        """

    /// The scalars no human-facing output may carry raw: C0 except tab and LF, DEL, C1, the bidi controls
    /// of UAX #9 and the line/paragraph separators. Written out here, independently of the code under test.
    static func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x09, 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
            default: return false
            }
        }.map { String($0.value, radix: 16) }
    }

    let directory: String

    init() throws {
        directory = try ScratchDirectory.make("steward-escaping").path
        try Data(Self.mission.utf8).write(to: URL(fileURLWithPath: directory + "/mission.yaml"))
        try Data(Self.ruleset.utf8).write(to: URL(fileURLWithPath: directory + "/ruleset.yaml"))
        try Data(Self.badValue.utf8).write(to: URL(fileURLWithPath: directory + "/bad-value.yaml"))
    }

    func run(_ arguments: [String]) throws -> StewardBinary.Run {
        try StewardBinary.run(arguments, in: directory)
    }

    @Test("text, markdown, github, html, junit and badge reports show controls and bidi characters escaped",
          arguments: ["text", "markdown", "github", "html", "junit", "badge"])
    func humanReports(format: String) throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try run(["rate", "mission.yaml", "--ruleset", "ruleset.yaml", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.unsafe(result.stdout).isEmpty, "\(format): raw \(Self.unsafe(result.stdout))")
        #expect(Self.unsafe(result.stderr).isEmpty)
        if format != "badge" {
            // The visible form is there, so a reader sees that the name holds an escape (badge shows the tier only).
            #expect(result.stdout.contains(#"\u{1B}"#) || result.stdout.contains(#"u{1B}"#), "\(format)")
            #expect(result.stdout.contains(#"u{202E}"#), "\(format)")
        }
    }

    @Test("JSON and SARIF keep the exact strings (JSONEncoder escapes the controls itself)", arguments: ["json", "sarif"])
    func exactJSON(format: String) throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try run(["rate", "mission.yaml", "--ruleset", "ruleset.yaml", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        // Controls are \u escapes in the JSON text; only the bidi and C1 characters may appear raw, inside strings.
        #expect(Self.unsafe(result.stdout).allSatisfy { ["202e", "9b", "7f", "2068"].contains($0) }, "\(Self.unsafe(result.stdout))")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
        var strings: [String] = []
        func collect(_ value: Any) {
            if let text = value as? String { strings.append(text) }
            if let array = value as? [Any] { array.forEach(collect) }
            if let dictionary = value as? [String: Any] { dictionary.values.forEach(collect) }
        }
        collect(object)
        #expect(strings.contains { $0.contains("Rule " + Self.payload) }, "\(format)")
        if format == "json" {
            #expect(strings.contains("Mission " + Self.payload))
            #expect(strings.contains("Advice " + Self.payload))
        }
    }

    @Test("rules doc, rules lint, facts, check and their diagnostics write no raw control or bidi character")
    func commandSummaries() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let runs: [([String], Int32)] = [
            (["rules", "doc", "ruleset.yaml"], 0),
            (["rules", "lint", "ruleset.yaml"], 0),
            (["facts", "mission.yaml"], 0),
            (["check", "mission.yaml"], 0),
            (["check", "bad-value.yaml"], 2),
        ]
        for (arguments, status) in runs {
            let result = try run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(Self.unsafe(result.stdout).isEmpty, "\(arguments) stdout: raw \(Self.unsafe(result.stdout))")
            #expect(Self.unsafe(result.stderr).isEmpty, "\(arguments) stderr: raw \(Self.unsafe(result.stderr))")
        }
        let doc = try run(["rules", "doc", "ruleset.yaml"])
        #expect(doc.stdout.contains(#"# Ruleset \u{1B}[2J"#))
    }

    @Test("a file name with controls is escaped in check, certify and verify messages")
    func hostileFileNames() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let hostileName = "m\u{1B}[2J\u{202E}.yaml"
        try FileManager.default.copyItem(atPath: directory + "/mission.yaml", toPath: directory + "/" + hostileName)
        let check = try run(["check", hostileName])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(Self.unsafe(check.stdout).isEmpty && Self.unsafe(check.stderr).isEmpty)
        #expect(check.stdout.contains(#"m\u{1B}[2J\u{202E}.yaml"#))

        #expect(try run(["keys", "generate", "--output", "issuer"]).status == 0)
        let certify = try run(["certify", hostileName, "--key", "issuer", "--ruleset", "ruleset.yaml", "--output", "out", "--date", "2026-11-28"])
        #expect(certify.status == 0, "\(certify.stderr)")
        #expect(Self.unsafe(certify.stdout).isEmpty && Self.unsafe(certify.stderr).isEmpty, "\(certify.stdout)")
        let certificates = try FileManager.default.contentsOfDirectory(atPath: directory + "/out").filter { $0.hasSuffix(".certificate.json") }
        let certificate = try #require(certificates.first)
        let hostileCertificate = "c\u{1B}]0;title\u{7}.json"
        try FileManager.default.copyItem(atPath: directory + "/out/" + certificate, toPath: directory + "/" + hostileCertificate)
        let valid = try run(["verify", hostileCertificate, "--public-key", "issuer.pub", "--date", "2026-12-01"])
        #expect(valid.status == 0, "\(valid.stderr)")
        #expect(Self.unsafe(valid.stdout).isEmpty && Self.unsafe(valid.stderr).isEmpty, "\(valid.stdout)")
        let wrongKey = try run(["verify", hostileCertificate, "--public-key", hostileName, "--date", "2026-12-01"])
        #expect(wrongKey.status != 0)
        #expect(Self.unsafe(wrongKey.stdout).isEmpty && Self.unsafe(wrongKey.stderr).isEmpty, "\(wrongKey.stderr)")
    }
}
