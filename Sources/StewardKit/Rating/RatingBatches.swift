import Diagnostics
import Foundation
import RuleEngine

/// Batch rating that holds one batch at a time: `steward rate` on a fleet of thousands of descriptors writes each
/// batch's reports as soon as it is rated, so memory stays bounded by the batch, not the fleet.
extension RatingPipeline {
    /// Missions per batch: enough to keep every core busy (`ParallelMap` splits a batch into a few chunks per
    /// core) and few enough that a batch's ratings and rendered reports stay in the tens of megabytes.
    public static let batchSize = 256

    /// Calls `work` for every index in `0..<count`, in parallel within a batch of `batchSize`, and hands each
    /// batch's results to `each` in input order before the next batch starts.
    public static func inBatches<Part: Sendable>(count: Int, batchSize: Int = RatingPipeline.batchSize,
                                                 _ work: @Sendable (Int) -> Part, each: ([Part]) throws -> Void) rethrows {
        var start = 0
        while start < count {
            let first = start
            let end = min(count, first + max(batchSize, 1))
            try each(ParallelMap.map(count: end - first) { work(first + $0) })
            start = end
        }
    }

    /// `rate(files:rulesets:overrides:limits:)` a batch at a time: each file's result goes through `prepare` on the
    /// thread that rated it (render its reports there, and keep only what the caller needs), and `each` receives
    /// the prepared batch in input order.
    public static func rate<Part: Sendable>(files: [String], rulesets: [CompiledRuleset], overrides: [String: RuleEngine.FactValue] = [:],
                                            limits: YAMLLimits = .default, batchSize: Int = RatingPipeline.batchSize,
                                            prepare: @Sendable (MissionRatingResult) -> Part, each: ([Part]) throws -> Void) rethrows {
        try inBatches(count: files.count, batchSize: batchSize, { index in
            prepare(rate(file: files[index], rulesets: rulesets, overrides: overrides, limits: limits))
        }, each: each)
    }
}
