/// The static type of a fact path or an expression, checked when a ruleset is compiled.
public indirect enum FactType: Sendable, Hashable, CustomStringConvertible {
    case number
    case string
    case bool
    case list(FactType)
    /// Only the element type of an empty list literal: compatible with every type.
    case any

    public var description: String {
        switch self {
        case .number: return "number"
        case .string: return "string"
        case .bool: return "boolean"
        case .list(let element): return element == .any ? "list" : "list of \(element)"
        case .any: return "any"
        }
    }

    /// Whether a value of type `other` may stand where `self` is expected (`.any` matches everything).
    public func accepts(_ other: FactType) -> Bool {
        switch (self, other) {
        case (.any, _), (_, .any): return true
        case let (.list(a), .list(b)): return a.accepts(b)
        default: return self == other
        }
    }

    /// The more specific of two compatible types (`list of any` ∪ `list of string` = `list of string`).
    func unified(with other: FactType) -> FactType {
        switch (self, other) {
        case (.any, _): return other
        case (_, .any): return self
        case let (.list(a), .list(b)): return .list(a.unified(with: b))
        default: return self
        }
    }
}
