import Foundation
import StewardTestSupport
import Testing

/// `steward improve` end to end, on the built binary.
@Suite struct ImproveCommandTests {
    @Test("bad input: a missing file exits 2, an unknown tier and a non-field --allow exit 64 with help")
    func badInputExitCodes() throws {
        let missing = try StewardBinary.run(["improve", "Examples/no-such.yaml", "--target", "gold"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Examples/no-such.yaml"))
        let tier = try StewardBinary.run(["improve", "Examples/kestrel-eo.yaml", "--target", "golden"])
        #expect(tier.status == 64)
        #expect(tier.stderr.contains("unknown tier 'golden'") && tier.stderr.contains("platinum, gold, silver, bronze"))
        let allow = try StewardBinary.run(["improve", "Examples/kestrel-eo.yaml", "--target", "gold", "--allow", "orbit.perige_km"])
        #expect(allow.status == 64)
        #expect(allow.stderr.contains("did you mean 'orbit.perigee_km'?"))
        let input = try StewardBinary.run(["improve", "Examples/kestrel-eo.yaml", "--target", "gold", "--write-to", "./Examples/kestrel-eo.yaml"])
        #expect(input.status == 64)
        let invalid = try ScratchDirectory.file("bad.yaml", "format: steward/mission@1\nid: x\nname: y\norbit: {perigee_km: 500}\n")
        defer { ScratchDirectory.remove(holding: invalid) }
        let broken = try StewardBinary.run(["improve", invalid, "--target", "gold"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("bad.yaml:"))
    }

    @Test("a mission already at the target says so and exits 0")
    func alreadyAtTarget() throws {
        let run = try StewardBinary.run(["improve", "Examples/helios-geo.yaml", "--target", "silver"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Already at silver or better: nothing to change."))
    }

    @Test("option 1's diff applied with patch -p0 gives exactly the --write-to descriptor")
    func diffReproducesWriteTo() throws {
        guard let patch = requireTool("patch", why: "apply the diff") else { return }
        let folder = try ScratchDirectory.make("improve-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: Repository.url("Examples/kestrel-eo.yaml"), encoding: .utf8)
        try original.write(to: folder.appendingPathComponent("kestrel-eo.yaml"), atomically: true, encoding: .utf8)
        let run = try StewardBinary.run(["improve", "kestrel-eo.yaml", "--target", "gold", "--max-changes", "1",
                                         "--format", "json", "--write-to", "improved.yaml"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "steward/improvement@1")
        let options = try #require(json["options"] as? [[String: Any]])
        let diff = try #require(options.first?["diff"] as? String)
        try diff.write(to: folder.appendingPathComponent("o.diff"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(patch)' -s -p0 < o.diff"]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let patched = try String(contentsOf: folder.appendingPathComponent("kestrel-eo.yaml"), encoding: .utf8)
        let written = try String(contentsOf: folder.appendingPathComponent("improved.yaml"), encoding: .utf8)
        #expect(patched == written)
        #expect(patched != original)
        // The written descriptor rates to the tier the option claims.
        let rated = try StewardBinary.run(["rate", "improved.yaml", "--format", "json"], in: folder.path)
        let rating = try #require(try JSONSerialization.jsonObject(with: Data(rated.stdout.utf8)) as? [String: Any])
        let result = try #require(options.first?["result"] as? [String: Any])
        #expect(rating["tier"] as? String == result["tier"] as? String)
    }

    @Test("--help has examples and exit codes and fits 80 columns apart from the usage line")
    func help() throws {
        let run = try StewardBinary.run(["improve", "--help"], environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:") && run.stdout.contains("Exit codes:"))
        for line in run.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") {
            #expect(line.count <= 80, "too wide: \(line)")
        }
    }

    @Test("docs/improve.md's example is what the command prints")
    func documentedExample() throws {
        let doc = try String(contentsOf: Repository.url("docs/improve.md"), encoding: .utf8)
        let command = "$ steward improve Examples/kestrel-eo.yaml --target gold --max-changes 1"
        let start = try #require(doc.range(of: command))
        let block = doc[start.upperBound...].prefix { _ in true }
        let end = try #require(block.range(of: "\n```"))
        let shown = block[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .filter { $0 != "…" }
        let run = try StewardBinary.run(["improve", "Examples/kestrel-eo.yaml", "--target", "gold", "--max-changes", "1"])
        #expect(run.status == 0)
        let lines = Set(run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        #expect(shown.count > 5)
        for line in shown { #expect(lines.contains(String(line)), "docs/improve.md shows a line the command does not print: \(line)") }
    }
}
