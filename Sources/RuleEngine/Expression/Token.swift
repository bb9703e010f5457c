/// One lexical unit of an expression, with its position as a Unicode-scalar offset into the expression text.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case number(Double)
        case string(String)
        /// A dotted path or a function name: `orbit.perigee_km`, `min`.
        case identifier(String)
        case keyword(Keyword)
        case symbol(Symbol)
        case end
    }

    enum Keyword: String, Sendable, Hashable, CaseIterable {
        case and, or, not, `in`, `if`, then, `else`, `true`, `false`
    }

    enum Symbol: String, Sendable, Hashable {
        case plus = "+", minus = "-", star = "*", slash = "/", caret = "^"
        case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
        case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]", comma = ","
    }

    var kind: Kind
    /// Scalar offset of the token's first character.
    var offset: Int
    /// Length in scalars.
    var length: Int

    /// How the token is quoted in messages.
    var display: String {
        switch kind {
        case .number(let value): return NumberFormatting.shortest(value)
        case .string(let text): return "\"\(text)\""
        case .identifier(let name): return name
        case .keyword(let keyword): return keyword.rawValue
        case .symbol(let symbol): return symbol.rawValue
        case .end: return "end of expression"
        }
    }
}
