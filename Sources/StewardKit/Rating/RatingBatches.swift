import Diagnostics
import Foundation
import RuleEngine

/// Batch rating that holds one batch at a time: `steward rate` on a fleet of thousands of descriptors writes each
/// batch's reports as soon as it is rated, so memory stays bounded by the batch, not the fleet.
extension RatingPipeline {
    /// Most missions rated or being rated and not yet handed to `each` (besides the run `each` is writing): enough
    /// that no core waits for a slow mission ahead of it, and few enough that the ratings and rendered reports held
    /// stay in the tens of megabytes.
    public static let batchSize = 256

    /// Calls `work` for every index in `0..<count` on every core and hands the results to `each` in input order,
    /// a run of consecutive results at a time, as soon as they are ready (`OrderedParallelStream`): no barrier
    /// between batches, and at most `batchSize` results waiting.
    public static func inBatches<Part: Sendable>(count: Int, batchSize: Int = RatingPipeline.batchSize,
                                                 _ work: @Sendable (Int) -> Part, each: ([Part]) throws -> Void) rethrows {
        try OrderedParallelStream.run(count: count, window: batchSize, work, each: each)
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
