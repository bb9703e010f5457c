import Foundation

/// Runs independent work items on every core and hands their results to the caller in input order, as soon as
/// each run of consecutive results is ready, with at most `window` results waiting besides the run being handed over.
///
/// Batch rating used to rate a batch of 256 missions, wait for the slowest, then write: with a heavy-tailed cost
/// per mission (the slowest 10 % of a fleet take half its CPU) one core idled at every batch end while the other
/// finished a GTO mission, and both idled while the caller wrote. Here worker threads claim the next index one at
/// a time and never wait for each other; only when the oldest unfinished item holds `window` later results back
/// does a worker pause, which bounds memory exactly as a batch did. The caller's thread only receives results
/// (writes reports), so the writer never stops the raters.
enum OrderedParallelStream {
    /// Calls `work` for every index of `0..<count` on `workers` threads and `each` on the calling thread with the
    /// results in input order. An error from `each` stops the workers (items already started finish) and is
    /// rethrown once every worker has returned.
    static func run<Part: Sendable>(count: Int, window: Int,
                                    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                    _ work: @Sendable (Int) -> Part, each: ([Part]) throws -> Void) rethrows {
        let window = max(window, 1)
        guard workers > 1, count > 1 else {
            var start = 0
            while start < count {
                let end = min(count, start + window)
                try each((start..<end).map(work))
                start = end
            }
            return
        }
        try withoutActuallyEscaping(work) { work in
            let state = StreamState<Part>(count: count, window: window, work: work)
            let finished = DispatchGroup()
            for _ in 0..<min(workers, count) {
                finished.enter()
                // The thread holds `state`, never `work`: a `Thread` may release its block after `leave()`, and `work`
                // must have no reference left when this call returns.
                let thread = Thread {
                    state.serve()
                    finished.leave()
                }
                // The main thread's size on Linux: rating recurses through expressions and physics models.
                thread.stackSize = 8 << 20
                thread.start()
            }
            // Every worker has returned before `work` stops being valid, whether `each` threw or not.
            defer {
                state.stop()
                finished.wait()
                state.releaseWork()
            }
            while let run = state.nextRun() { try each(run) }
        }
    }
}

/// The claim counter, the ring of finished results and the delivery point, under one condition variable.
private final class StreamState<Part>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    /// Result of index `i` at `i % window` until it is delivered.
    private var ring: [Part?]
    /// The next index a worker claims.
    private var next = 0
    /// The first index not yet handed to the caller.
    private var delivered = 0
    private var stopped = false
    /// The work, until every worker has returned (`releaseWork`).
    private var work: (@Sendable (Int) -> Part)?

    init(count: Int, window: Int, work: @escaping @Sendable (Int) -> Part) {
        self.count = count
        self.window = window
        self.work = work
        ring = Array(repeating: nil, count: window)
    }

    /// A worker's loop: claim an index, compute it outside the lock, store it, until every index is claimed.
    func serve() {
        condition.lock()
        guard let work else {
            condition.unlock()
            return
        }
        condition.unlock()
        while true {
            condition.lock()
            while !stopped, next < count, next >= delivered + window { condition.wait() }
            guard !stopped, next < count else {
                condition.unlock()
                return
            }
            let index = next
            next += 1
            condition.unlock()

            let part = work(index)

            condition.lock()
            ring[index % window] = part
            // The caller waits only for the oldest undelivered index.
            if index == delivered { condition.broadcast() }
            condition.unlock()
        }
    }

    /// The next results in input order (at least one), waiting for the oldest; nil once all were delivered.
    func nextRun() -> [Part]? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < count else { return nil }
        while ring[delivered % window] == nil { condition.wait() }
        var run: [Part] = []
        while delivered < count, let part = ring[delivered % window] {
            run.append(part)
            ring[delivered % window] = nil
            delivered += 1
        }
        // Room in the window again for workers waiting on it.
        condition.broadcast()
        return run
    }

    func releaseWork() {
        condition.lock()
        work = nil
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
