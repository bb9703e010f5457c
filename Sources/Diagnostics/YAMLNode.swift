/// A YAML (or JSON) document as a tree that remembers where every node came from.
///
/// Loaders in Steward never see Yams directly: they walk this tree, so every value they read has a
/// `SourceLocation` for its diagnostics, and aliases have already been expanded within the limits.
public struct YAMLNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case scalar(YAMLScalar)
        case mapping([YAMLEntry])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    public var entries: [YAMLEntry]? {
        if case .mapping(let e) = kind { return e }
        return nil
    }

    public var elements: [YAMLNode]? {
        if case .sequence(let e) = kind { return e }
        return nil
    }

    /// `null`, `~` or an empty plain scalar.
    public var isNull: Bool { scalar?.isNull ?? false }

    /// A short description of the node's kind for "expected …, found …" messages.
    public var kindDescription: String {
        switch kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s):
            if s.isNull { return "null" }
            if s.bool != nil { return "a boolean (\(s.text))" }
            if s.number != nil { return "a number (\(s.text))" }
            return "a string \"\(s.text.prefix(40))\""
        }
    }
}

/// One `key: value` pair of a mapping; keys are always scalars in Steward's formats.
public struct YAMLEntry: Sendable, Hashable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode

    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A scalar's text and whether it was written plain (unquoted), which decides how YAML resolves it.
public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    /// Plain scalars may be numbers, booleans or null; quoted ones are always strings.
    public var isPlain: Bool

    public init(_ text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }

    public var isNull: Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    /// YAML 1.2 core-schema booleans only: `yes`/`no`/`on`/`off` stay strings (so `country: NO` is Norway).
    public var bool: Bool? {
        guard isPlain else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// The number a plain scalar denotes (YAML 1.2 core schema, plus `_` digit separators), or nil.
    /// Infinities and NaN are returned as such so callers can reject them with a precise message.
    public var number: Double? {
        guard isPlain else { return nil }
        return YAMLScalar.parseNumber(text)
    }

    static func parseNumber(_ raw: String) -> Double? {
        switch raw {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var text = raw
        // A byte search: `contains("_")` with Foundation imported goes through NSString, in every number read.
        if text.utf8.contains(UInt8(ascii: "_")) {
            // Separators only between digits: 4_408 is fine, _4 or 4__0 is not a number.
            let scalars = Array(text.unicodeScalars)
            for (i, s) in scalars.enumerated() where s == "_" {
                guard i > 0, i < scalars.count - 1,
                      ("0"..."9").contains(scalars[i - 1]), ("0"..."9").contains(scalars[i + 1]) else { return nil }
            }
            text.removeAll { $0 == "_" }
        }
        // Grammar: [-+]? ( digits ( . digits? )? | . digits ) ( [eE] [-+]? digits )?
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        func digits() -> Int {
            var count = 0
            while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
                index = scalars.index(after: index)
                count += 1
            }
            return count
        }
        if index < scalars.endIndex, scalars[index] == "-" || scalars[index] == "+" { index = scalars.index(after: index) }
        var mantissaDigits = digits()
        if index < scalars.endIndex, scalars[index] == "." {
            index = scalars.index(after: index)
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return nil }
        if index < scalars.endIndex, scalars[index] == "e" || scalars[index] == "E" {
            index = scalars.index(after: index)
            if index < scalars.endIndex, scalars[index] == "-" || scalars[index] == "+" { index = scalars.index(after: index) }
            guard digits() > 0 else { return nil }
        }
        guard index == scalars.endIndex else { return nil }
        return Double(text)
    }
}
