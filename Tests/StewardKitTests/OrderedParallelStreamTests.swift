import Foundation
import Testing
@testable import StewardKit

/// The batch scheduler behind `steward rate` on many files: input order, bounded memory, no barrier, errors.
@Suite("Ordered parallel stream")
struct OrderedParallelStreamTests {
    /// Counts items in flight (claimed and not yet handed to the caller) and records the highest count.
    final class Flight: @unchecked Sendable {
        private let lock = NSLock()
        private var current = 0
        private(set) var highest = 0
        private var started: Set<Int> = []

        func start(_ index: Int) {
            lock.lock()
            current += 1
            highest = max(highest, current)
            started.insert(index)
            lock.unlock()
        }

        func delivered(_ count: Int) {
            lock.lock()
            current -= count
            lock.unlock()
        }

        func hasStarted(_ index: Int) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return started.contains(index)
        }
    }

    @Test("results arrive in input order, every index once, with at most `window` waiting besides the run handed over",
          arguments: [1, 2, 3])
    func orderAndWindow(workers: Int) {
        let flight = Flight()
        var received: [Int] = []
        OrderedParallelStream.run(count: 1_000, window: 16, workers: workers, { index in
            flight.start(index)
            // Uneven costs, so items finish out of order.
            if index % 7 == 0 { usleep(200) }
            return index
        }, each: { run in
            #expect(!run.isEmpty)
            received += run
            flight.delivered(run.count)
        })
        #expect(received == Array(0..<1_000))
        #expect(flight.highest <= 2 * 16)
    }

    @Test("a slow item does not stop the other cores at a batch boundary",
          .enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func noBarrier() {
        // Item 3, the last of the first four, is slow: it waits until item 6 has started. With batches of 4 and a
        // barrier after each (the former `inBatches`), item 6 could not start before item 3 finished, and item 3
        // would time out. Now items 0–2 are handed over as they finish, which makes room up to item 6.
        let flight = Flight()
        var results: [Bool] = []
        RatingPipeline.inBatches(count: 12, batchSize: 4, { index -> Bool in
            flight.start(index)
            guard index == 3 else { return true }
            let deadline = Date().addingTimeInterval(10)
            while !flight.hasStarted(6), Date() < deadline { usleep(1_000) }
            return flight.hasStarted(6)
        }, each: { results += $0 })
        #expect(results == Array(repeating: true, count: 12))
    }

    struct Stop: Error {}

    @Test("an error from the caller stops the workers and is rethrown")
    func errorStops() {
        let flight = Flight()
        var calls = 0
        #expect(throws: Stop.self) {
            try OrderedParallelStream.run(count: 10_000, window: 8, workers: 2, { index in
                flight.start(index)
                return index
            }, each: { _ in
                calls += 1
                if calls == 3 { throw Stop() }
            })
        }
        // Stopped early: far fewer than all items were started (at most the window past the delivered ones).
        #expect(!flight.hasStarted(9_999))
    }
}
