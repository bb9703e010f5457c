import Dispatch
import Foundation
import MissionModel
import RuleEngine
import StewardKit
import Astrodynamics

// These benchmarks repeat the same ratings and model runs to time them: the physics memos (which would answer the
// repeats from memory) are off, so every figure is the models' own work.
PhysicsMemos.setEnabled(false)

// `steward rate --samples N` on every bundled example (issue 16's goal: 1,000 draws of a full-physics rating of
// any bundled example in under 2 s on the project's 2-core machine, release build). Run from Benchmarks/:
//     swift run -c release MonteCarloBenchmarks [samples]
// Prints, per example, the best of three wall-clock times of the whole rating (point rating, draws, summary),
// the CPU time of that run and the tier probabilities. docs/physics.md ("Uncertainty", "Speed") records them.

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let samples = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1000

guard let ruleset = RulesetResolver().resolve("lts-2019").ruleset else {
    print("the embedded lts-2019 ruleset does not compile")
    exit(1)
}

/// CPU time of the whole process (every thread), seconds.
func cpuSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

let examples = (try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("Examples").path))
    .filter { $0.hasSuffix(".yaml") }.sorted()
var slowest = 0.0
print("steward rate --samples \(samples) (lts-2019), best of 3 runs, \(ProcessInfo.processInfo.activeProcessorCount) cores")
for name in examples {
    let path = repository.appendingPathComponent("Examples/\(name)").path
    guard let mission = try? MissionLoader.load(contentsOf: path).get() else { continue }
    var best = Double.infinity, cpu = 0.0
    var tiers = ""
    for _ in 0..<3 {
        let startCPU = cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let rating = RatingPipeline.rate(mission, file: name, ruleset: ruleset,
                                         overrides: ["uncertainty_samples": .number(Double(samples))])
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if seconds < best { best = seconds; cpu = cpuSeconds() - startCPU }
        let reached: [TierProbability] = (rating.uncertainty?.tiers ?? []).filter { $0.draws > 0 }
        tiers = reached.map { (entry: TierProbability) -> String in
            let name: String = entry.tier ?? "unrated"
            return name + " " + String(format: "%.1f", entry.probability * 100) + " %"
        }.joined(separator: ", ")
    }
    slowest = max(slowest, best)
    let padded = name.padding(toLength: 28, withPad: " ", startingAt: 0)
    print("  \(padded) \(String(format: "%.3f", best)) s wall  \(String(format: "%.3f", cpu)) s CPU   \(tiers)")
}
print(String(format: "slowest: %.3f s", slowest))
