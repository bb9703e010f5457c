/// What an expression evaluates to: a value, or *unknown* with the reason why.
///
/// Unknown is the third truth value of the logic and the "no result" of arithmetic: an absent fact,
/// a division by zero or a domain error all become `.unknown`, never a crash or a silent zero.
public enum Value: Sendable, Hashable {
    case known(FactValue)
    case unknown(reason: String)

    public var number: Double? {
        if case .known(.number(let value)) = self { return value }
        return nil
    }

    public var bool: Bool? {
        if case .known(.bool(let flag)) = self { return flag }
        return nil
    }

    public var isKnown: Bool {
        if case .known = self { return true }
        return false
    }

    /// A number, or unknown when arithmetic left the finite numbers (overflow, NaN from a domain error).
    static func finite(_ value: Double, _ what: @autoclosure () -> String) -> Value {
        value.isFinite ? .known(.number(value)) : .unknown(reason: "\(what()) is not a finite number")
    }
}
