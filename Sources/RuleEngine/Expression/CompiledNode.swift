/// The checked, executable form of an expression: a tree of typed operations over fact slots.
///
/// Fact paths are resolved to slot numbers at compile time, so evaluation does no string parsing and
/// no dictionary lookup on paths; operators are already specialised by the types the checker proved.
indirect enum CompiledNode: Sendable, Hashable {
    case constant(FactValue)
    case fact(slot: Int)
    case list([CompiledNode])
    case negate(CompiledNode)
    case not(CompiledNode)
    case arithmetic(ArithmeticOperator, CompiledNode, CompiledNode)
    case order(OrderOperator, CompiledNode, CompiledNode)
    case equal(CompiledNode, CompiledNode, negated: Bool)
    case and(CompiledNode, CompiledNode)
    case or(CompiledNode, CompiledNode)
    case member(CompiledNode, CompiledNode)
    case conditional(CompiledNode, CompiledNode, CompiledNode)
    case call(BuiltinFunction, [CompiledNode])
}

enum ArithmeticOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
}

enum OrderOperator: String, Sendable, Hashable {
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// The paths an evaluation may read, numbered. One table is shared by every expression of a ruleset.
public struct FactSlotTable: Sendable, Hashable {
    public private(set) var paths: [String] = []
    private var slots: [String: Int] = [:]

    public init() {}

    mutating func slot(for path: String) -> Int {
        if let slot = slots[path] { return slot }
        paths.append(path)
        slots[path] = paths.count - 1
        return paths.count - 1
    }

    func slot(of path: String) -> Int? { slots[path] }
}
