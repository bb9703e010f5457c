import Foundation
import RuleEngine
import StewardKit
import StewardTestSupport
import Testing

/// Hostile inputs end to end (issue 11), on the built binary: every case exits 2 with a located message, never
/// hangs (a timeout turns a hang into a failure) and prints a bounded amount.
@Suite("Hostile inputs, end to end")
struct HostileCLITests {
    static let mission = """
        format: steward/mission@1
        id: m1
        name: Minimal
        orbit: {perigee_km: 525, apogee_km: 535, inclination_deg: 97.5}
        spacecraft:
          mass_kg: 4.2

        """
    static let ruleset = """
        format: steward/ruleset@1
        id: hostile-min
        version: 0.1.0
        title: Minimal ruleset
        tiers: [{name: gold, min_score: 0.5}]
        sections:
          - id: A
            title: A
            guidelines:
              - id: A.1
                title: A.1
                rules:
                  - {id: r-ok, title: ok, pass_if: orbit.perigee_km > 100}

        """

    /// A scratch folder with `mission.yaml`, `ruleset.yaml` and the extra files given.
    static func folder(_ files: [String: String] = [:]) throws -> URL {
        let directory = try ScratchDirectory.make("steward-hostile")
        for (name, text) in ["mission.yaml": mission, "ruleset.yaml": ruleset].merging(files, uniquingKeysWith: { $1 }) {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    @Test("a FIFO as descriptor, ruleset, extends target or density table: exit 2 at once, never a hang")
    func fifos() throws {
        let directory = try Self.folder(["extends-fifo.yaml": "format: steward/ruleset@1\nid: e\nversion: 1.0.0\ntitle: E\nextends: base.yaml\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["fifo.yaml", "base.yaml", "table.csv"] {
            #expect(mkfifo(directory.appendingPathComponent(name).path, 0o600) == 0)
        }
        let cases: [[String]] = [
            ["check", "fifo.yaml"], ["facts", "fifo.yaml"], ["rate", "fifo.yaml"],
            ["rules", "lint", "fifo.yaml"], ["rate", "mission.yaml", "--ruleset", "fifo.yaml"],
            ["rules", "lint", "extends-fifo.yaml"], ["rate", "mission.yaml", "--assume", "density_table=table.csv"],
        ]
        for arguments in cases {
            let run = try StewardBinary.run(arguments, in: directory.path, timeout: 20)
            #expect(!run.timedOut, "\(arguments) hung")
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(":1:1: error: cannot read") && run.stderr.contains("not a regular file (a named pipe)"),
                    "\(arguments): \(run.stderr)")
        }
    }

    @Test("4,000 unknown keys on one 44 KB line: under 100 KB of diagnostics, 100 shown and the rest counted")
    func amplification() throws {
        var line = "spacecraft: {mass_kg: 4.2"
        for index in 0..<4_000 { line += String(format: ", u%05d: 1", index) }
        let text = "format: steward/mission@1\nid: m1\nname: Q\norbit: {perigee_km: 525, apogee_km: 535}\n" + line + "}\n"
        let directory = try Self.folder(["keys.yaml": text])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try StewardBinary.run(["check", "keys.yaml"], in: directory.path, timeout: 60)
        #expect(run.status == 2)
        #expect(run.stdout == "keys.yaml: invalid (4000 errors)\n")
        // Was 264 MB of stderr and 784 MB of memory.
        #expect(run.stderr.utf8.count < 100_000)
        #expect(run.stderr.hasPrefix("keys.yaml:5:28: error: unknown key 'u00000' in 'spacecraft'\n  spacecraft: {mass_kg: 4.2, u00000"))
        #expect(run.stderr.hasSuffix("… and 3900 more errors in keys.yaml\n"))
    }

    @Test("extends outside the ruleset's folder is refused and nothing of the target is echoed; --allow-path reads rulesets only")
    func extendsOutside() throws {
        let directory = try Self.folder([
            "etc.yaml": "format: steward/ruleset@1\nid: e\nversion: 1.0.0\ntitle: E\nextends: /etc/passwd\n",
            "dotdot.yaml": "format: steward/ruleset@1\nid: e\nversion: 1.0.0\ntitle: E\nextends: ../../../../../../etc/passwd\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        for file in ["etc.yaml", "dotdot.yaml"] {
            for arguments in [["rules", "lint", file], ["rate", "mission.yaml", "--ruleset", file]] {
                let run = try StewardBinary.run(arguments, in: directory.path, timeout: 20)
                #expect(run.status == 2)
                #expect(run.stderr.hasPrefix("\(file):5:10: error: 'extends' "), "\(run.stderr)")
                #expect(run.stderr.contains("is outside"))
                #expect(!run.stderr.contains("root:"))
            }
        }
        let allowed = try StewardBinary.run(["rules", "lint", "etc.yaml", "--allow-path", "/etc"], in: directory.path, timeout: 20)
        #expect(allowed.status == 2)
        #expect(allowed.stderr.contains("etc.yaml:5:10: error: 'extends' target '/etc/passwd' is not a Steward ruleset"))
        #expect(!allowed.stderr.contains("root:"))
    }

    @Test("--assume density_table=/nonexistent: rate and facts both exit 2 with the same located error")
    func missingDensityTable() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        for command in ["rate", "facts"] {
            let run = try StewardBinary.run([command, "mission.yaml", "--assume", "density_table=/nonexistent"], in: directory.path)
            #expect(run.status == 2, "\(command)")
            #expect(run.stderr == "/nonexistent:1:1: error: cannot read density table: no such file\n", "\(command)")
            #expect(run.stdout.isEmpty)
        }
        #expect(try StewardBinary.run(["keys", "generate", "--output", "issuer"], in: directory.path).status == 0)
        let certify = try StewardBinary.run(["certify", "mission.yaml", "--key", "issuer", "--output", "out",
                                             "--assume", "density_table=/nonexistent"], in: directory.path)
        #expect(certify.status == 2)
        #expect(certify.stderr == "/nonexistent:1:1: error: cannot read density table: no such file\n")
    }

    @Test("symlink loops and /proc files get plain messages")
    func plainMessages() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("a.yaml").path, withDestinationPath: "b.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("b.yaml").path, withDestinationPath: "a.yaml")
        let loop = try StewardBinary.run(["check", "a.yaml"], in: directory.path)
        #expect(loop.status == 2)
        #expect(loop.stderr == "a.yaml:1:1: error: cannot read file: too many levels of symbolic links\n")
        let proc = try StewardBinary.run(["rules", "lint", "/proc/self/mem"], in: directory.path, timeout: 20)
        #expect(proc.status == 2)
        #expect(proc.stderr.contains("/proc/self/mem:1:1: error: cannot read file: not a regular file"))
        #expect(!proc.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("control and bidi characters in diagnostics reach the terminal escaped")
    func escapedDiagnostics() throws {
        let directory = try Self.folder(["bad.yaml": Self.mission + "phase: \"x\\e[2J\\rCR\\u202Eevil\"\n\"k\\e[31m\": 1\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try StewardBinary.run(["check", "bad.yaml"], in: directory.path)
        #expect(run.status == 2)
        #expect(!run.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{202E}" })
        #expect(run.stderr.contains(#"unknown key 'k\u{1B}[31m'"#))
    }

    @Test("docs/security.md's limits table states the values the code uses")
    func limitsTableMatchesCode() throws {
        let page = try String(contentsOf: Repository.url("docs/security.md"), encoding: .utf8)
        let limits = YAMLLimits.default
        for (name, value) in [("File size", "\(limits.maxBytes) bytes"), ("Nesting depth", "\(limits.maxDepth) levels"),
                              ("Values after alias expansion", "\(limits.maxNodes)"),
                              ("Diagnostics per file", "\(DiagnosticRenderer.maximumDiagnosticsPerFile)"),
                              ("Excerpt width", "\(DiagnosticRenderer.excerptWidth) columns"),
                              ("`extends` chain", "\(RulesetLoader.maxExtendsDepth) levels"),
                              ("Did-you-mean lookups", "\(MappingReader.maximumSuggestions)"),
                              ("Density table size", "\(DensityTableFile.maximumBytes) bytes")] {
            let row = page.split(separator: "\n").first { $0.hasPrefix("| \(name) |") }
            #expect(row?.contains("| \(value) |") == true, "\(name): \(row ?? "no row")")
        }
    }
}
