/// The facts of one mission as seen by one evaluation: each slot is looked up at most once, and the
/// slots read since the last `beginReading()` are recorded so a rule can list the facts it used.
///
/// A context belongs to one rating on one thread; the compiled ruleset it evaluates is shared.
struct EvaluationContext {
    let table: FactSlotTable
    private let source: any FactSource
    /// Values for slots that do not come from the source (ruleset assumptions, example facts).
    private let overrides: [Int: FactLookup]
    private var cache: [FactLookup?]
    private var readMarks: [Int]
    private var generation = 1
    private(set) var reads: [Int] = []

    init(table: FactSlotTable, source: any FactSource, overrides: [String: FactLookup] = [:]) {
        self.table = table
        self.source = source
        var bySlot: [Int: FactLookup] = [:]
        for (path, lookup) in overrides {
            if let slot = table.slot(of: path) { bySlot[slot] = lookup }
        }
        self.overrides = bySlot
        cache = Array(repeating: nil, count: table.paths.count)
        readMarks = Array(repeating: 0, count: table.paths.count)
    }

    /// Starts a new list of read slots (one per rule).
    mutating func beginReading() {
        generation += 1
        reads.removeAll(keepingCapacity: true)
    }

    mutating func lookup(_ slot: Int) -> FactLookup {
        if readMarks[slot] != generation {
            readMarks[slot] = generation
            reads.append(slot)
        }
        if let cached = cache[slot] { return cached }
        let answer = overrides[slot] ?? source.lookup(table.paths[slot])
        cache[slot] = answer
        return answer
    }

    /// The cached answer for a slot without recording a read.
    func peek(_ slot: Int) -> FactLookup? { cache[slot] }
}
