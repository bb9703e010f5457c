/// Splits expression text into tokens. Bounded: one pass over the text, no backtracking.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// All tokens, ending with `.end`; stops at the first lexical error.
    static func tokenize(_ text: String) -> Result<[Token], ExpressionIssue> {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            switch lexer.next() {
            case .failure(let issue): return .failure(issue)
            case .success(let token):
                tokens.append(token)
                if token.kind == .end { return .success(tokens) }
            }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private static func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { ("0"..."9").contains($0) } ?? false }
    private static func isIdentifierStart(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_"
    }
    private static func isIdentifierPart(_ s: Unicode.Scalar?) -> Bool { isIdentifierStart(s) || isDigit(s) }

    mutating func next() -> Result<Token, ExpressionIssue> {
        while let s = peek(), s == " " || s == "\t" || s == "\n" || s == "\r" { index += 1 }
        let start = index
        guard let first = peek() else { return .success(Token(kind: .end, offset: index, length: 0)) }

        if Self.isDigit(first) || (first == "." && Self.isDigit(peek(1))) { return lexNumber() }
        if first == "\"" || first == "'" { return lexString(quote: first) }
        if Self.isIdentifierStart(first) { return lexIdentifier() }

        let two = peek(1).map { String(first) + String($0) } ?? ""
        for symbol in [Token.Symbol.equal, .notEqual, .lessEqual, .greaterEqual] where symbol.rawValue == two {
            index += 2
            return .success(Token(kind: .symbol(symbol), offset: start, length: 2))
        }
        if let symbol = Token.Symbol(rawValue: String(first)) {
            index += 1
            return .success(Token(kind: .symbol(symbol), offset: start, length: 1))
        }
        var notes: [String] = []
        switch first {
        case "=": notes.append("use '==' to compare")
        case "&": notes.append("use 'and'")
        case "|": notes.append("use 'or'")
        case "!": notes.append("use 'not' or '!='")
        default: break
        }
        return .failure(ExpressionIssue("unexpected character '\(first)'", at: start, notes: notes))
    }

    private mutating func lexNumber() -> Result<Token, ExpressionIssue> {
        let start = index
        while Self.isDigit(peek()) || peek() == "_" { index += 1 }
        if peek() == ".", Self.isDigit(peek(1)) || !Self.isIdentifierStart(peek(1)) {
            index += 1
            while Self.isDigit(peek()) || peek() == "_" { index += 1 }
        }
        if peek() == "e" || peek() == "E" {
            let mark = index
            index += 1
            if peek() == "+" || peek() == "-" { index += 1 }
            if Self.isDigit(peek()) {
                while Self.isDigit(peek()) { index += 1 }
            } else {
                return .failure(ExpressionIssue("malformed number: expected digits after the exponent 'e'", at: mark))
            }
        }
        if Self.isIdentifierStart(peek()) {
            return .failure(ExpressionIssue("malformed number: unexpected '\(scalars[index])' after a number", at: index,
                                            notes: ["units are not written in expressions; they come from the fact's name"]))
        }
        var text = String(String.UnicodeScalarView(scalars[start..<index]))
        text.removeAll { $0 == "_" }
        guard let value = Double(text), value.isFinite else {
            return .failure(ExpressionIssue("malformed number '\(text)'", at: start))
        }
        return .success(Token(kind: .number(value), offset: start, length: index - start))
    }

    private mutating func lexString(quote: Unicode.Scalar) -> Result<Token, ExpressionIssue> {
        let start = index
        index += 1
        var text = String.UnicodeScalarView()
        while let s = peek() {
            index += 1
            if s == quote { return .success(Token(kind: .string(String(text)), offset: start, length: index - start)) }
            if s == "\\" {
                guard let escaped = peek() else { break }
                index += 1
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\\", "\"", "'": text.append(escaped)
                default:
                    return .failure(ExpressionIssue("unknown escape '\\\(escaped)' in string", at: index - 2))
                }
                continue
            }
            text.append(s)
        }
        return .failure(ExpressionIssue("unterminated string: expected a closing \(quote)", at: start))
    }

    private mutating func lexIdentifier() -> Result<Token, ExpressionIssue> {
        let start = index
        while true {
            while Self.isIdentifierPart(peek()) { index += 1 }
            // A dot continues the path only when a name follows: `orbit.perigee_km`.
            guard peek() == ".", Self.isIdentifierStart(peek(1)) else { break }
            index += 1
        }
        if peek() == ".", !Self.isIdentifierStart(peek(1)) {
            return .failure(ExpressionIssue("malformed fact path: expected a name after '.'", at: index))
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if let keyword = Token.Keyword(rawValue: text) {
            return .success(Token(kind: .keyword(keyword), offset: start, length: index - start))
        }
        return .success(Token(kind: .identifier(text), offset: start, length: index - start))
    }
}
