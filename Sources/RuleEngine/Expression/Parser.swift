/// Builds a `Syntax` tree from tokens by precedence climbing.
///
/// Precedence, loosest first: `if … then … else …`; `or`; `and`; `not`; comparisons and `in`
/// (not chainable); `+ -`; `* /`; unary `-`; `^` (right-associative, so `-2^2` is `-(2^2)`).
struct Parser {
    /// Longest expression accepted, in scalars; rules are one-liners, this only stops abuse.
    static let maxLength = 4_000
    /// Deepest nesting of parentheses, lists, calls and operators; keeps the recursive parser off the stack limit.
    static let maxDepth = 48

    private let tokens: [Token]
    private var position = 0
    private var depth = 0

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    static func parse(_ text: String) -> Result<Syntax, ExpressionIssue> {
        guard text.unicodeScalars.count <= maxLength else {
            return .failure(ExpressionIssue("expression is too long: expected at most \(maxLength) characters", at: 0))
        }
        switch Lexer.tokenize(text) {
        case .failure(let issue): return .failure(issue)
        case .success(let tokens):
            var parser = Parser(tokens: tokens)
            do throws(ExpressionIssue) {
                let syntax = try parser.parseExpression()
                let rest = parser.current
                guard rest.kind == .end else {
                    throw ExpressionIssue("unexpected \(describe(rest)) after the end of the expression", at: rest.offset,
                                          notes: parser.hintAfterComplete(rest))
                }
                return .success(syntax)
            } catch {
                return .failure(error)
            }
        }
    }

    private var current: Token { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private static func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "end of expression"
        case .number: return "number \(token.display)"
        case .string: return "string \(token.display)"
        case .identifier: return "name '\(token.display)'"
        case .keyword, .symbol: return "'\(token.display)'"
        }
    }

    private func hintAfterComplete(_ token: Token) -> [String] {
        switch token.kind {
        case .identifier, .number, .string: return ["expected an operator such as 'and', '==' or '+' before it"]
        case .symbol(.leftParen): return ["only library functions can be called, e.g. min(a, b)"]
        default: return []
        }
    }

    private mutating func expect(_ symbol: Token.Symbol, _ context: String) throws(ExpressionIssue) {
        guard current.kind == .symbol(symbol) else {
            throw ExpressionIssue("expected '\(symbol.rawValue)' \(context), found \(Self.describe(current))", at: current.offset)
        }
        _ = advance()
    }

    private mutating func expect(_ keyword: Token.Keyword, _ context: String) throws(ExpressionIssue) {
        guard current.kind == .keyword(keyword) else {
            throw ExpressionIssue("expected '\(keyword.rawValue)' \(context), found \(Self.describe(current))", at: current.offset)
        }
        _ = advance()
    }

    private mutating func enter() throws(ExpressionIssue) {
        depth += 1
        if depth > Self.maxDepth {
            throw ExpressionIssue("expression is nested too deeply: expected at most \(Self.maxDepth) levels", at: current.offset)
        }
    }

    mutating func parseExpression() throws(ExpressionIssue) -> Syntax {
        try parseBinary(minimumPrecedence: 1)
    }

    /// Binary operator of the current token with its precedence and associativity.
    private func binaryOperator() -> (BinaryOperator, precedence: Int, rightAssociative: Bool)? {
        switch current.kind {
        case .keyword(.or): return (.or, 1, false)
        case .keyword(.and): return (.and, 2, false)
        case .keyword(.in): return (.in, 4, false)
        case .symbol(let symbol):
            switch symbol {
            case .equal: return (.equal, 4, false)
            case .notEqual: return (.notEqual, 4, false)
            case .less: return (.less, 4, false)
            case .lessEqual: return (.lessEqual, 4, false)
            case .greater: return (.greater, 4, false)
            case .greaterEqual: return (.greaterEqual, 4, false)
            case .plus: return (.add, 5, false)
            case .minus: return (.subtract, 5, false)
            case .star: return (.multiply, 6, false)
            case .slash: return (.divide, 6, false)
            case .caret: return (.power, 8, true)
            default: return nil
            }
        default: return nil
        }
    }

    private mutating func parseBinary(minimumPrecedence: Int) throws(ExpressionIssue) -> Syntax {
        try enter()
        defer { depth -= 1 }
        var left = try parsePrefix()
        while let (op, precedence, rightAssociative) = binaryOperator(), precedence >= minimumPrecedence {
            let opToken = advance()
            let right = try parseBinary(minimumPrecedence: rightAssociative ? precedence : precedence + 1)
            left = .binary(op, left, right, offset: opToken.offset)
            if op.isComparison, let (next, _, _) = binaryOperator(), next.isComparison {
                throw ExpressionIssue("comparisons cannot be chained: '\(op.rawValue)' followed by '\(next.rawValue)'",
                                      at: current.offset, notes: ["combine them with 'and', e.g. a < b and b < c"])
            }
        }
        return left
    }

    private mutating func parsePrefix() throws(ExpressionIssue) -> Syntax {
        let token = current
        switch token.kind {
        case .keyword(.not):
            _ = advance()
            // `not` binds looser than comparisons: `not a == b` is `not (a == b)`.
            return .unary(.not, try parseBinary(minimumPrecedence: 4), offset: token.offset)
        case .symbol(.minus):
            _ = advance()
            // Unary minus binds looser than `^`: `-x^2` is `-(x^2)`.
            return .unary(.negate, try parseBinary(minimumPrecedence: 8), offset: token.offset)
        default:
            return try parsePrimary()
        }
    }

    private mutating func parsePrimary() throws(ExpressionIssue) -> Syntax {
        let token = advance()
        switch token.kind {
        case .number(let value): return .number(value, offset: token.offset)
        case .string(let text): return .string(text, offset: token.offset)
        case .keyword(.true): return .bool(true, offset: token.offset)
        case .keyword(.false): return .bool(false, offset: token.offset)
        case .keyword(.if):
            let condition = try parseExpression()
            try expect(.then, "after the condition of 'if'")
            let whenTrue = try parseExpression()
            try expect(.else, "after the 'then' branch ('if' always needs an 'else')")
            let whenFalse = try parseExpression()
            return .conditional(condition, whenTrue, whenFalse, offset: token.offset)
        case .symbol(.leftParen):
            let inner = try parseExpression()
            try expect(.rightParen, "to close the parenthesis")
            return inner
        case .symbol(.leftBracket):
            try enter()
            defer { depth -= 1 }
            var items: [Syntax] = []
            if current.kind != .symbol(.rightBracket) {
                repeat {
                    if current.kind == .symbol(.rightBracket) { break }  // trailing comma
                    items.append(try parseExpression())
                } while try consumeComma()
            }
            try expect(.rightBracket, "to close the list")
            return .list(items, offset: token.offset)
        case .identifier(let name):
            guard current.kind == .symbol(.leftParen) else { return .path(name, offset: token.offset) }
            _ = advance()
            try enter()
            defer { depth -= 1 }
            var arguments: [Syntax] = []
            if current.kind != .symbol(.rightParen) {
                repeat { arguments.append(try parseExpression()) } while try consumeComma()
            }
            try expect(.rightParen, "to close the arguments of '\(name)'")
            return .call(name, arguments, offset: token.offset)
        case .end:
            throw ExpressionIssue("unexpected end of expression: expected a value", at: token.offset)
        default:
            throw ExpressionIssue("expected a value, found \(Self.describe(token))", at: token.offset)
        }
    }

    private mutating func consumeComma() throws(ExpressionIssue) -> Bool {
        guard current.kind == .symbol(.comma) else { return false }
        _ = advance()
        return true
    }
}
