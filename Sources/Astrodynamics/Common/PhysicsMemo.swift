import Foundation

/// Results of a pure model function already computed in this process, by their exact inputs: the satellites of a
/// constellation batch share orbit, drag profile, epoch, mission plan and components, so a fleet or catalogue
/// rating asks the same questions many times over (the 7,314-satellite UCS fleet of the benchmarks has 2,474
/// distinct sets of physics inputs). Each key holds everything its function's result depends on, so an answer
/// from here is the one the function would compute, to the bit.
///
/// Bounded: two generations of `generationSize` entries, the older dropped when the newer fills. The missions of
/// a batch are rated in input order, so repeats sit close together and the latest generations catch them. Shared
/// by every rating thread under a lock; a value is computed outside it, so two threads that miss the same key at
/// once both compute it (and keep equal answers).
public final class PhysicsMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let generationSize: Int
    private let lock = NSLock()
    private var current: [Key: Value] = [:]
    private var previous: [Key: Value] = [:]
    private var enabled: Bool
    private var counts = (hits: 0, misses: 0)

    public init(generationSize: Int, enabled: Bool = PhysicsMemos.enabledByEnvironment) {
        self.generationSize = max(1, generationSize)
        self.enabled = enabled
    }

    /// Whether values are looked up and kept; switching it off forgets every value.
    public var isEnabled: Bool {
        get { lock.withLock { enabled } }
        set {
            lock.withLock {
                enabled = newValue
                if !newValue { current = [:]; previous = [:] }
            }
        }
    }

    /// Look-ups answered from the memo, and those that were not, since the memo was made.
    public var statistics: (hits: Int, misses: Int) { lock.withLock { counts } }

    /// The value for `key`: the one kept when it was computed before, else `compute()`'s, then kept.
    public func value(for key: Key, _ compute: () -> Value) -> Value {
        let known: Value? = lock.withLock {
            guard enabled else { return nil }
            if let hit = current[key] {
                counts.hits += 1
                return hit
            }
            if let hit = previous[key] {
                counts.hits += 1
                remember(hit, for: key)
                return hit
            }
            counts.misses += 1
            return nil
        }
        if let known { return known }
        let made = compute()
        lock.withLock { if enabled { remember(made, for: key) } }
        return made
    }

    /// Keeps a value in the current generation, starting a new one when it is full (the oldest is dropped).
    private func remember(_ value: Value, for key: Key) {
        if current.count >= generationSize {
            previous = current
            current = [:]
            current.reserveCapacity(generationSize)
        }
        current[key] = value
    }
}

/// The process's physics memos, switched together.
public enum PhysicsMemos {
    /// False when the environment sets `STEWARD_PHYSICS_MEMO=off`: every model then computes every value afresh
    /// (the benchmarks that time the models themselves, and a check that the memos change nothing).
    public static let enabledByEnvironment = ProcessInfo.processInfo.environment["STEWARD_PHYSICS_MEMO"] != "off"

    /// Switches every memo of the physics models on or off (off forgets what they hold).
    public static func setEnabled(_ enabled: Bool) {
        OrbitAveragedDecayModel.runMemo.isEnabled = enabled
        ObjectReentrySimulation.outcomeMemo.isEnabled = enabled
        CasualtyExpectation.densityMemo.isEnabled = enabled
    }
}
