import Foundation
import MissionModel
import RuleEngine

/// The draws of one Monte Carlo run of a mission: one ``DerivedFacts`` per draw, each sharing with the point
/// rating's facts every model its drawn inputs do not touch.
///
/// A fact is evaluated over all draws at once, on every core (``lookups(_:)``); each draw is touched by one
/// thread at a time and the shared models are locked (``Memo``), so the values do not depend on scheduling.
final class UncertaintyEnsemble: @unchecked Sendable {
    let plan: UncertaintyPlan
    let draws: [DerivedFacts]
    private var columns: [String: [FactLookup]] = [:]
    private let lock = NSLock()

    init(nominal: DerivedFacts, plan: UncertaintyPlan) {
        self.plan = plan
        let drawn = plan.drawnInputs
        draws = plan.draws().map { DerivedFacts(drawing: $0, drawn: drawn, from: nominal) }
    }

    /// The fact at `path` in every draw, in draw order (computed once per path).
    func lookups(_ path: String) -> [FactLookup] {
        lock.lock()
        defer { lock.unlock() }
        if let column = columns[path] { return column }
        let draws = UncheckedSendable(draws)
        let column = ParallelMap.map(count: draws.value.count) { draws.value[$0].lookup(path) }
        columns[path] = column
        return column
    }

    /// The known numeric values of `path` over the draws, and how many draws had none.
    func numbers(_ path: String) -> (values: [Double], absent: Int) {
        var values: [Double] = []
        var absent = 0
        for lookup in lookups(path) {
            if case .known(let fact) = lookup, case .number(let value) = fact.value { values.append(value) } else { absent += 1 }
        }
        return (values, absent)
    }

    /// "256 Monte Carlo draws (latin-hypercube, seed 1) of drag_coefficient, solar_activity" for provenance.
    var description: String {
        "\(plan.samples) Monte Carlo draws (latin-hypercube, seed \(plan.seed)) of \(plan.drawnDescription)"
    }
}

/// Hands non-Sendable values that are used by one thread at a time (each draw by the worker that owns its
/// index) to ``ParallelMap``.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
