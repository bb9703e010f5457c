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
    /// The expression-level value of each slot, filled with `cache` so repeated reads copy no provenance.
    private var values: [Value?]
    private var readMarks: [Int]
    private var generation = 1
    /// Every slot read, rule after rule; a rule's reads are `readLog[readStart...]`. Append-only, so
    /// recording reads allocates nothing per rule.
    private(set) var readLog: [Int] = []
    private(set) var readStart = 0

    /// The slots read since the last `beginReading()`, in first-read order.
    var readRange: Range<Int> { readStart..<readLog.count }

    init(table: FactSlotTable, source: any FactSource, overrides: [String: FactLookup] = [:]) {
        var bySlot: [Int: FactLookup] = [:]
        for (path, lookup) in overrides {
            if let slot = table.slot(of: path) { bySlot[slot] = lookup }
        }
        self.init(table: table, source: source, overridesBySlot: bySlot)
    }

    init(table: FactSlotTable, source: any FactSource, overridesBySlot: [Int: FactLookup]) {
        self.table = table
        self.source = source
        self.overrides = overridesBySlot
        cache = Array(repeating: nil, count: table.paths.count)
        values = Array(repeating: nil, count: table.paths.count)
        readMarks = Array(repeating: 0, count: table.paths.count)
    }

    /// Starts a new list of read slots (one per rule).
    mutating func beginReading() {
        generation += 1
        readStart = readLog.count
    }

    private mutating func markRead(_ slot: Int) {
        if readMarks[slot] != generation {
            readMarks[slot] = generation
            readLog.append(slot)
        }
    }

    private mutating func fill(_ slot: Int) {
        let answer = overrides[slot] ?? source.lookup(table.paths[slot])
        cache[slot] = answer
        switch answer {
        case .known(let fact): values[slot] = .known(fact.value)
        case .absent(let reason): values[slot] = .unknown(reason: "\(table.paths[slot]) is unknown: \(reason)")
        }
    }

    /// The fact behind a slot, with its provenance, recording the read.
    mutating func lookup(_ slot: Int) -> FactLookup {
        markRead(slot)
        if cache[slot] == nil { fill(slot) }
        return cache[slot] ?? .absent(reason: "not available")
    }

    /// The value of a slot as the evaluator sees it, recording the read.
    mutating func value(_ slot: Int) -> Value {
        markRead(slot)
        if let value = values[slot] { return value }
        fill(slot)
        return values[slot] ?? .unknown(reason: "\(table.paths[slot]) is unknown")
    }

    /// The cached answer for a slot without recording a read.
    func peek(_ slot: Int) -> FactLookup? { cache[slot] }
}
