import Dispatch
import Foundation
import RuleEngine
import StewardKit
import Astrodynamics

// These benchmarks repeat the same ratings and model runs to time them: the physics memos (which would answer the
// repeats from memory) are off, so every figure is the models' own work.
PhysicsMemos.setEnabled(false)

// `steward improve` on every bundled example (the issue's goal: each within 3 s on the project's 2-core
// machine, release build). Run from Benchmarks/:
//     swift run -c release ImproveBenchmarks [target tier] [max changes]
// Prints, per example, the best of three wall-clock times of the whole search (load, every re-rating, the
// verification of each option) and how many variants it rated. docs/improve.md ("Speed") records the figures.

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst()
let target = arguments.first ?? "platinum"
let maxChanges = arguments.dropFirst().first.flatMap { Int($0) } ?? 3

guard let ruleset = RulesetResolver().resolve("lts-2019").ruleset else {
    print("the embedded lts-2019 ruleset does not compile")
    exit(1)
}
let examples = (try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("Examples").path))
    .filter { $0.hasSuffix(".yaml") }.sorted()
var slowest = 0.0
print("steward improve --target \(target) --max-changes \(maxChanges) (lts-2019), best of 3 runs")
for name in examples {
    let path = repository.appendingPathComponent("Examples/\(name)").path
    var best = Double.infinity
    var summary = ""
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome = Improvement.run(path: path, ruleset: ruleset,
                                      request: ImprovementRequest(target: target, maxChanges: maxChanges))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
        if case .report(let report, _) = outcome {
            summary = report.alreadyAtTarget ? "already at target"
                : "\(report.options.count) options, \(report.ratingsRun) variants rated"
        }
    }
    slowest = max(slowest, best)
    let padded = name.padding(toLength: max(name.count, 30), withPad: " ", startingAt: 0)
    print("  \(padded) \(String(format: "%.3f", best)) s   \(summary)")
}
print(String(format: "slowest: %.3f s", slowest))
