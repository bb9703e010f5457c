import Foundation
import StewardTestSupport
import Testing
import Yams

/// The CI integration files: the GitHub Action's script, `action.yml`, the pre-commit hooks and the shell
/// completions (docs/ci.md).
@Suite("CI integration")
struct CIIntegrationTests {
    /// Runs `scripts/github-action.sh` with the action's inputs as GitHub passes them (environment variables).
    static func action(_ inputs: [String: String]) throws -> (status: Int32, output: String, sarif: String, summary: String) {
        guard let binary = StewardBinary.url else { throw StewardBinary.MissingBinary() }
        let scratch = try ScratchDirectory.make("steward-action")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let sarif = scratch.appendingPathComponent("steward.sarif").path
        let summary = scratch.appendingPathComponent("summary.md").path
        try Data("# Job summary\n".utf8).write(to: URL(fileURLWithPath: summary))
        var environment = ["STEWARD": binary.path, "INPUT_SARIF": sarif, "GITHUB_STEP_SUMMARY": summary]
        environment.merge(inputs) { _, new in new }
        let run = try StewardBinary.runProgram("/bin/bash", [Repository.url("scripts/github-action.sh").path], environment: environment)
        let sarifText = (try? String(contentsOfFile: sarif, encoding: .utf8)) ?? ""
        let summaryText = (try? String(contentsOfFile: summary, encoding: .utf8)) ?? ""
        return (run.status, run.stdout + run.stderr, sarifText, summaryText)
    }

    @Test("the action's script writes SARIF, annotations and a job summary, and exits with the gate's status")
    func actionScript() throws {
        let passing = try Self.action(["INPUT_MISSIONS": "Examples/aurora-3u.yaml Examples/kestrel-eo.yaml", "INPUT_FAIL_BELOW": "bronze"])
        #expect(passing.status == 0, "\(passing.output)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(passing.sarif.utf8)) as? [String: Any])
        #expect((log["runs"] as? [Any])?.count == 1)
        #expect(passing.sarif.contains("Examples/kestrel-eo.yaml") && passing.sarif.contains("Examples/aurora-3u.yaml"))
        #expect(passing.output.contains("::warning file=Examples/kestrel-eo.yaml"))
        #expect(passing.summary.hasPrefix("# Job summary\n") && passing.summary.contains("aurora-3u"), "summary appended")

        let gated = try Self.action(["INPUT_MISSIONS": "Examples/aurora-3u.yaml Examples/kestrel-eo.yaml", "INPUT_FAIL_BELOW": "silver"])
        #expect(gated.status == 1)
        #expect(gated.output.contains("tier bronze is below --fail-below silver"))
        #expect(!gated.sarif.isEmpty, "reports are written even when the gate fails")

        let globbed = try Self.action(["INPUT_MISSIONS": "Examples/**/*.yaml", "INPUT_STRICT": "true"])
        #expect(globbed.status == 1, "--strict: aurora-3u's missing propulsion fails a required rule")
        #expect(globbed.sarif.contains("Examples/envisat.yaml"))

        let nothing = try Self.action(["INPUT_MISSIONS": "no-such-folder/*.yaml"])
        #expect(nothing.status == 64)
        #expect(nothing.output.contains("no descriptor matches"))
    }

    @Test("action.yml passes each of its inputs to the script, and runs the script that exists")
    func actionDefinition() throws {
        let text = try String(contentsOf: Repository.url("action.yml"), encoding: .utf8)
        let action = try #require(try Yams.load(yaml: text) as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: Any])
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        let rate = try #require(steps.first { ($0["run"] as? String)?.contains("scripts/github-action.sh") == true })
        let environment = try #require(rate["env"] as? [String: String])
        for name in inputs.keys where name != "upload-sarif" {
            let variable = "INPUT_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
            #expect(environment[variable] == "${{ inputs.\(name) }}", "\(name)")
        }
        let script = try String(contentsOf: Repository.url("scripts/github-action.sh"), encoding: .utf8)
        for variable in environment.keys { #expect(script.contains(variable), "\(variable) is read by the script") }
    }

    @Test("every pre-commit hook runs a real steward command")
    func preCommitHooks() throws {
        let text = try String(contentsOf: Repository.url(".pre-commit-hooks.yaml"), encoding: .utf8)
        let hooks = try #require(try Yams.load(yaml: text) as? [[String: Any]])
        #expect(Set(hooks.compactMap { $0["id"] as? String }) == ["steward-check", "steward-rate", "steward-rules-test"])
        for hook in hooks {
            let entry = try #require(hook["entry"] as? String).split(separator: " ").map(String.init)
            #expect(entry.first == "steward")
            let verbs = Array(entry.dropFirst().prefix { !$0.hasPrefix("-") })
            let help = try StewardBinary.run(verbs + ["--help"])
            #expect(help.status == 0, "\(entry)")
            for option in entry.dropFirst().filter({ $0.hasPrefix("--") }) + ((hook["args"] as? [String]) ?? []).filter({ $0.hasPrefix("--") }) {
                #expect(help.stdout.contains(option), "\(hook["id"] ?? ""): \(option) is an option of steward \(verbs.joined(separator: " "))")
            }
        }
    }

    @Test("completion scripts generate for bash, zsh and fish", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let run = try StewardBinary.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        #expect(run.stdout.contains("steward") && run.stdout.contains("rate"))
    }
}
