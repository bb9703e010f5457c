import Dispatch
import Foundation

/// Runs independent work items on every core and returns their results in input order.
///
/// Batch rating is embarrassingly parallel (a compiled ruleset is immutable and each mission gets its own fact
/// source), so `DispatchQueue.concurrentPerform` runs one loop per core with no task machinery. Each loop claims
/// the next small chunk of indices from a shared counter until none is left: costs per mission are heavy-tailed
/// (a GTO mission costs 25 times a median one), and fixed contiguous chunks left one core idle while the other
/// finished a chunk of slow missions. Each chunk's results are stored under the lock once, so output order never
/// depends on which thread finished first.
enum ParallelMap {
    static func map<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard count > 1, cores > 1 else { return (0..<count).map(body) }
        // About 16 claims per core: the lock is taken rarely, and the last chunk of a core is short.
        let chunk = max(1, count / (cores * 16))
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: cores) { _ in
            while let range = slots.claim(chunk) {
                slots.store(range.map(body), startingAt: range.lowerBound)
            }
        }
        return slots.collected()
    }
}

/// Fixed-size, lock-protected storage written once per chunk from many threads, with the claim counter.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result?]
    private var next = 0

    init(count: Int) { values = Array(repeating: nil, count: count) }

    /// The next `size` indices (fewer at the end) no thread has claimed; nil when every index is claimed.
    func claim(_ size: Int) -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < values.count else { return nil }
        let range = next..<min(values.count, next + size)
        next = range.upperBound
        return range
    }

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
