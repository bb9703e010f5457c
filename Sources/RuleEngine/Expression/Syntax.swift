/// The parsed form of an expression, before type checking. Every node keeps the offset of the token
/// that best explains an error about it (an operator, a path, a function name).
indirect enum Syntax: Sendable, Hashable {
    case number(Double, offset: Int)
    case string(String, offset: Int)
    case bool(Bool, offset: Int)
    case list([Syntax], offset: Int)
    case path(String, offset: Int)
    case unary(UnaryOperator, Syntax, offset: Int)
    case binary(BinaryOperator, Syntax, Syntax, offset: Int)
    case call(String, [Syntax], offset: Int)
    case conditional(Syntax, Syntax, Syntax, offset: Int)

    var offset: Int {
        switch self {
        case .number(_, let o), .string(_, let o), .bool(_, let o), .list(_, let o), .path(_, let o),
             .unary(_, _, let o), .binary(_, _, _, let o), .call(_, _, let o), .conditional(_, _, _, let o):
            return o
        }
    }

    /// Offset of the leftmost token, used to point at an operand rather than its operator.
    var startOffset: Int {
        switch self {
        case .binary(_, let left, _, _): return left.startOffset
        default: return offset
        }
    }
}

enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case not = "not"
}

enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and, or, `in`

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .in: return true
        default: return false
        }
    }
}
