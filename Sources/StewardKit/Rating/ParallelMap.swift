import Dispatch
import Foundation

/// Runs independent work items on every core and returns their results in input order.
///
/// Batch rating is embarrassingly parallel (a compiled ruleset is immutable and each mission gets its own fact
/// source), so `DispatchQueue.concurrentPerform` spreads it over `ProcessInfo.activeProcessorCount` threads with
/// no task machinery. Results land in preallocated slots guarded by a lock, so output order never depends on
/// which thread finished first.
enum ParallelMap {
    static func map<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(body) }
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(body(index), at: index)
        }
        return slots.collected()
    }
}

/// Fixed-size, lock-protected storage written once per index from many threads.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ value: Result, at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func collected() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        // concurrentPerform returns only after every iteration ran, so every slot is filled.
        return values.compactMap { $0 }
    }
}
