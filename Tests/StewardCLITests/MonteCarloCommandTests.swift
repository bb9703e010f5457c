import Foundation
import Testing
import StewardTestSupport

/// `steward rate --samples N --seed S` end to end: the block in the JSON, reproducibility across runs and
/// across core counts, and the bad inputs of issue 16 (exit 64 for options, 2 for descriptors).
@Suite struct MonteCarloCommandTests {
    static func uncertainty(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: Any] {
        let run = try StewardBinary.run(arguments + ["--format", "json"], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let rating = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(rating["uncertainty"] as? [String: Any])
    }

    @Test("--samples adds the uncertainty block; the same seed gives the same bytes, on one core or two")
    func samplesAndSeedAreReproducible() throws {
        let arguments = ["rate", "Examples/aurora-3u.yaml", "--samples", "40", "--seed", "9"]
        let first = try StewardBinary.run(arguments + ["--format", "json"])
        let second = try StewardBinary.run(arguments + ["--format", "json"])
        #expect(first.status == 0 && first.stdout == second.stdout)
        // One core: `taskset` pins the process, so ParallelMap runs the draws on one thread.
        if let taskset = ExternalTool.find("taskset"), let binary = StewardBinary.url {
            let pinned = try StewardBinary.runProgram(taskset, ["-c", "0", binary.path] + arguments + ["--format", "json"])
            #expect(pinned.status == 0, "\(pinned.stderr)")
            #expect(pinned.stdout == first.stdout)
        }
        let block = try Self.uncertainty(arguments)
        #expect(block["samples"] as? Int == 40)
        #expect(block["seed"] as? Int == 9)
        #expect(block["method"] as? String == "latin-hypercube")
        let tiers = try #require(block["tiers"] as? [[String: Any]])
        #expect(abs(tiers.compactMap { $0["probability"] as? Double }.reduce(0, +) - 1) < 1e-9)
    }

    @Test("bad Monte Carlo options are usage errors (exit 64) naming the option", arguments: [
        (["--samples", "0"], "--samples must be a whole number from 1 to 10000, found 0"),
        (["--samples", "10001"], "--samples must be a whole number from 1 to 10000, found 10001"),
        (["--samples", "-5"], "samples"),
        (["--assume", "uncertainty_drag_coefficient=normal(2.2, -0.1)"], "standard deviation of at least 0"),
        (["--assume", "uncertainty_disposal_success=bernoulli(1.5)"], "bernoulli"),
        (["--assume", "uncertainty_solar_activity=unifrom(0.5, 1)"], "uniform"),
    ])
    func badOptionsAreUsageErrors(extra: [String], message: String) throws {
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml"] + extra)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("a ± spread that leaves the valid range around the nominal value is a located error, exit 2")
    func spreadOutsideTheRangeIsLocated() throws {
        let text = try String(contentsOf: Repository.url("Examples/aurora-3u.yaml"), encoding: .utf8)
            + "uncertainty:\n  drag_coefficient: ± 3\n"
        let file = URL(fileURLWithPath: try ScratchDirectory.file("wide.yaml", text))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let run = try StewardBinary.run(["rate", file.path, "--samples", "10"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("wide.yaml:\(lines):21: error:"), "\(run.stderr)")
        #expect(run.stderr.contains("expected values from 0.1 to 10 for drag_coefficient"), "\(run.stderr)")
    }
}
