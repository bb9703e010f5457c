import Dispatch
import Foundation

/// Runs independent work items on every core and returns their results in input order.
///
/// Batch rating is embarrassingly parallel (a compiled ruleset is immutable and each mission gets its own fact
/// source), so `DispatchQueue.concurrentPerform` spreads it over `ProcessInfo.activeProcessorCount` threads with
/// no task machinery. Items are handed out in contiguous chunks (a few per core, so a slow mission does not leave
/// a core idle) and each chunk's results are stored under the lock once, so output order never depends on which
/// thread finished first and the lock is taken a handful of times, not once per mission.
enum ParallelMap {
    static func map<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count > 1, cores > 1 else { return (0..<count).map(body) }
        let chunkCount = min(count, cores * 4)
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (count * chunk / chunkCount)..<(count * (chunk + 1) / chunkCount)
            slots.store(range.map(body), startingAt: range.lowerBound)
        }
        return slots.collected()
    }
}

/// Fixed-size, lock-protected storage written once per chunk from many threads.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ results: [Result], startingAt start: Int) {
        lock.lock()
        for (offset, value) in results.enumerated() { values[start + offset] = value }
        lock.unlock()
    }

    func collected() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        // concurrentPerform returns only after every chunk ran, so every slot is filled.
        return values.compactMap { $0 }
    }
}
