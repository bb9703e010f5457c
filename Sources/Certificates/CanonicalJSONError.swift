/// Why a JSON text was rejected or a value could not be canonicalised, and where.
public struct CanonicalJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of problem, so callers and tests can tell cases apart without matching on prose.
    public enum Kind: Sendable, Hashable {
        case unexpectedEndOfInput
        case unexpectedCharacter
        case invalidNumber
        case nonFiniteNumber
        case invalidString
        case invalidEscape
        case loneSurrogate
        case invalidUTF8
        case duplicateMemberName
        case trailingContent
        case nestingTooDeep
        case inputTooLarge
        case invalidEncoding
    }

    public var kind: Kind
    public var message: String
    /// Byte offset of the problem in the input (0-based), when it came from parsing.
    public var byteOffset: Int?
    /// 1-based line and column (columns count bytes) of the problem, when it came from parsing.
    public var line: Int?
    public var column: Int?

    public init(_ kind: Kind, _ message: String, byteOffset: Int? = nil, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.message = message
        self.byteOffset = byteOffset
        self.line = line
        self.column = column
    }

    public var description: String {
        if let line, let column { return "\(line):\(column): \(message)" }
        return message
    }
}
