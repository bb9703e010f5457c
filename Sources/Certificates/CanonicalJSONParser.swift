/// A strict JSON parser (RFC 8259 grammar, I-JSON restrictions of RFC 7493) producing `CanonicalJSON`.
///
/// `steward verify` parses certificates that came from anywhere, so the parser is deliberately narrow:
/// it rejects anything whose meaning could be ambiguous or that a canonical form cannot carry —
/// duplicate member names (RFC 7493 §2.3), lone surrogates and invalid UTF-8 (§2.1), numbers that overflow
/// a double (§2.2), a byte-order mark, and anything after the top-level value — and it bounds work with a
/// size limit and a nesting-depth limit. Errors carry the byte offset and line:column.
public struct CanonicalJSONParser: Sendable {
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int

    public init(maxBytes: Int = 1 << 20, maxDepth: Int = 64) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// Parses one JSON text.
    public func parse(_ bytes: [UInt8]) throws(CanonicalJSONError) -> CanonicalJSON {
        guard bytes.count <= maxBytes else {
            throw CanonicalJSONError(.inputTooLarge, "input is \(bytes.count) bytes; the limit is \(maxBytes)")
        }
        var cursor = Cursor(bytes: bytes, maxDepth: maxDepth)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw cursor.error(.invalidEncoding, "input starts with a byte-order mark; JSON text must not (RFC 8259 §8.1)")
        }
        cursor.skipWhitespace()
        let value = try cursor.parseValue(depth: 0)
        cursor.skipWhitespace()
        if cursor.position < bytes.count {
            throw cursor.error(.trailingContent, "unexpected content after the JSON value")
        }
        return value
    }

    /// Parses one JSON text given as a string.
    public func parse(_ text: String) throws(CanonicalJSONError) -> CanonicalJSON {
        try parse(Array(text.utf8))
    }
}

private struct Cursor {
    let bytes: [UInt8]
    let maxDepth: Int
    var position = 0

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    func error(_ kind: CanonicalJSONError.Kind, _ message: String, at offset: Int? = nil) -> CanonicalJSONError {
        let offset = offset ?? position
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return CanonicalJSONError(kind, message, byteOffset: offset, line: line, column: offset - lineStart + 1)
    }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            position += 1
        }
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func expect(_ literal: String, producing value: CanonicalJSON) throws(CanonicalJSONError) -> CanonicalJSON {
        let start = position
        for expected in literal.utf8 {
            guard let byte = current else {
                throw error(.unexpectedEndOfInput, "input ends inside '\(literal)'")
            }
            guard byte == expected else {
                throw error(.unexpectedCharacter, "expected '\(literal)'", at: start)
            }
            position += 1
        }
        return value
    }

    mutating func parseValue(depth: Int) throws(CanonicalJSONError) -> CanonicalJSON {
        guard let byte = current else {
            throw error(.unexpectedEndOfInput, "input ends where a value was expected")
        }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try expect("true", producing: .bool(true))
        case UInt8(ascii: "f"): return try expect("false", producing: .bool(false))
        case UInt8(ascii: "n"): return try expect("null", producing: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default:
            throw error(.unexpectedCharacter, "unexpected \(describe(byte)) where a value was expected")
        }
    }

    mutating func checkDepth(_ depth: Int) throws(CanonicalJSONError) {
        if depth > maxDepth {
            throw error(.nestingTooDeep, "arrays and objects are nested more than \(maxDepth) deep")
        }
    }

    mutating func parseObject(depth: Int) throws(CanonicalJSONError) -> CanonicalJSON {
        try checkDepth(depth)
        position += 1  // {
        var members: [String: CanonicalJSON] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard let byte = current else {
                throw error(.unexpectedEndOfInput, "input ends inside an object")
            }
            guard byte == UInt8(ascii: "\"") else {
                throw error(.unexpectedCharacter, "expected a member name in double quotes, found \(describe(byte))")
            }
            let nameOffset = position
            let name = try parseString()
            // Swift compares strings by canonical equivalence, so two names that differ only in Unicode
            // normalisation are caught here too; rejecting them is the safe reading of "duplicate".
            if members[name] != nil {
                throw error(.duplicateMemberName, "duplicate member name \"\(name)\"", at: nameOffset)
            }
            skipWhitespace()
            guard let colon = current else {
                throw error(.unexpectedEndOfInput, "input ends after member name \"\(name)\"")
            }
            guard colon == UInt8(ascii: ":") else {
                throw error(.unexpectedCharacter, "expected ':' after member name \"\(name)\", found \(describe(colon))")
            }
            position += 1
            skipWhitespace()
            members[name] = try parseValue(depth: depth)
            skipWhitespace()
            guard let separator = current else {
                throw error(.unexpectedEndOfInput, "input ends inside an object")
            }
            position += 1
            if separator == UInt8(ascii: "}") { return .object(members) }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw error(.unexpectedCharacter, "expected ',' or '}' in an object, found \(describe(separator))")
            }
        }
    }

    mutating func parseArray(depth: Int) throws(CanonicalJSONError) -> CanonicalJSON {
        try checkDepth(depth)
        position += 1  // [
        var elements: [CanonicalJSON] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard let separator = current else {
                throw error(.unexpectedEndOfInput, "input ends inside an array")
            }
            position += 1
            if separator == UInt8(ascii: "]") { return .array(elements) }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                throw error(.unexpectedCharacter, "expected ',' or ']' in an array, found \(describe(separator))")
            }
        }
    }

    mutating func parseNumber() throws(CanonicalJSONError) -> Double {
        let start = position
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if current == UInt8(ascii: "-") { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
            if isDigit(current) {
                throw error(.invalidNumber, "numbers must not have leading zeros", at: start)
            }
        } else if isDigit(current) {
            while isDigit(current) { position += 1 }
        } else {
            throw error(.invalidNumber, "expected a digit in number", at: position)
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard isDigit(current) else { throw error(.invalidNumber, "expected a digit after the decimal point") }
            while isDigit(current) { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard isDigit(current) else { throw error(.invalidNumber, "expected a digit in the exponent") }
            while isDigit(current) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text) else {
            throw error(.invalidNumber, "'\(text)' is not a number", at: start)
        }
        guard value.isFinite else {
            throw error(.nonFiniteNumber, "'\(text)' is too large for a double (I-JSON, RFC 7493 §2.2)", at: start)
        }
        return value
    }

    mutating func parseHexQuad() throws(CanonicalJSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else {
                throw error(.unexpectedEndOfInput, "input ends inside a \\u escape")
            }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.invalidEscape, "expected four hex digits after \\u")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    mutating func parseString() throws(CanonicalJSONError) -> String {
        let start = position
        position += 1  // opening quote
        var utf8: [UInt8] = []
        while true {
            guard let byte = current else {
                throw error(.unexpectedEndOfInput, "input ends inside a string that starts here", at: start)
            }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw error(.invalidUTF8, "string is not valid UTF-8", at: start)
                }
                return text
            case UInt8(ascii: "\\"):
                let escapeStart = position
                position += 1
                guard let escaped = current else {
                    throw error(.unexpectedEndOfInput, "input ends inside an escape")
                }
                position += 1
                switch escaped {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try parseHexQuad()
                    if (0xDC00...0xDFFF).contains(code) {
                        throw error(.loneSurrogate, "unpaired low surrogate \\u\(String(code, radix: 16))", at: escapeStart)
                    }
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == UInt8(ascii: "\\"), position + 1 < bytes.count,
                              bytes[position + 1] == UInt8(ascii: "u") else {
                            throw error(.loneSurrogate, "unpaired high surrogate \\u\(String(code, radix: 16))", at: escapeStart)
                        }
                        position += 2
                        let low = try parseHexQuad()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw error(.loneSurrogate, "high surrogate not followed by a low surrogate", at: escapeStart)
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw error(.invalidEscape, "\\u escape is not a Unicode scalar", at: escapeStart)
                    }
                    utf8.append(contentsOf: Array(String(scalar).utf8))
                default:
                    throw error(.invalidEscape, "unknown escape \\\(Character(Unicode.Scalar(escaped)))", at: escapeStart)
                }
            case 0x00..<0x20:
                throw error(.invalidString, "control character \(describe(byte)) must be escaped inside a string")
            default:
                utf8.append(byte)
                position += 1
            }
        }
    }
}
