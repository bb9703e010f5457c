/// Builds the located tree of a `.json` file straight from its bytes, without libyaml and Yams.
///
/// A fleet's descriptors are JSON, and composing them as YAML (libyaml's events, Yams' nodes, then our tree) was
/// most of their load time. JSON is YAML, so for a document `StrictJSON` has accepted this builder gives the very
/// tree the YAML path gives — the same keys, texts, plain/quoted flags and line:column of every node (columns in
/// characters, as libyaml counts them). Where YAML would read the text differently from JSON or refuse it (a tab or
/// carriage return between tokens, a `\u` escape, a character YAML does not allow or takes for a line break, a key
/// whose `:` is on another line or 1,000 bytes away, a duplicate key, a document that is not an object or array) or a limit is reached, it returns nil and the
/// caller takes the YAML path, which then reports exactly what it always did.
enum JSONTree {
    static func build(_ text: String, file: String, limits: YAMLLimits) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in
            var builder = JSONTreeBuilder(bytes: bytes, file: file, maxNodes: limits.maxNodes, maxDepth: limits.maxDepth)
            return builder.document()
        }
    }
}

private struct JSONTreeBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let maxNodes: Int
    let maxDepth: Int
    var index = 0
    var line = 1
    var lineStart = 0
    /// UTF-8 continuation bytes seen since `lineStart`: a column counts characters, not bytes.
    var continuationBytes = 0
    /// Values built so far, counted as the YAML path counts them against `maxNodes`.
    var nodes = 0

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, maxNodes: Int, maxDepth: Int) {
        self.bytes = bytes
        self.file = file
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
    }

    var location: SourceLocation {
        SourceLocation(file: file, line: line, column: index - lineStart - continuationBytes + 1)
    }

    /// Skips spaces and line feeds; false at a tab or carriage return, which YAML treats differently.
    mutating func skipSpace() -> Bool {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
                continuationBytes = 0
            case 0x09, 0x0D:
                return false
            default:
                return true
            }
        }
        return true
    }

    mutating func document() -> YAMLNode? {
        guard skipSpace(), index < bytes.count, bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") else {
            return nil
        }
        guard let root = value(depth: 1), skipSpace(), index == bytes.count else { return nil }
        return root
    }

    mutating func value(depth: Int) -> YAMLNode? {
        nodes += 1
        guard nodes <= maxNodes, index < bytes.count else { return nil }
        let here = location
        switch bytes[index] {
        case UInt8(ascii: "{"):
            guard depth <= maxDepth else { return nil }
            index += 1
            var entries: [YAMLEntry] = []
            var keys: Set<String> = []
            guard skipSpace(), index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return YAMLNode(.mapping(entries), at: here)
            }
            while true {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
                let keyLocation = location
                let keyStart = index
                guard let key = string(), keys.insert(key).inserted, skipSpace(), index < bytes.count,
                      bytes[index] == UInt8(ascii: ":"), line == keyLocation.line, index - keyStart < 1_000 else { return nil }
                index += 1
                // After a quoted key YAML (1.2, and libyaml) also takes a value right after the colon: `"a":1`.
                guard skipSpace(), let item = value(depth: depth + 1) else { return nil }
                entries.append(YAMLEntry(key: key, keyLocation: keyLocation, value: item))
                guard skipSpace(), index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return YAMLNode(.mapping(entries), at: here)
                }
                guard bytes[index] == UInt8(ascii: ","), index + 1 < bytes.count else { return nil }
                index += 1
                guard skipSpace() else { return nil }
            }
        case UInt8(ascii: "["):
            guard depth <= maxDepth else { return nil }
            index += 1
            var items: [YAMLNode] = []
            guard skipSpace(), index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return YAMLNode(.sequence(items), at: here)
            }
            while true {
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                guard skipSpace(), index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return YAMLNode(.sequence(items), at: here)
                }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                guard skipSpace() else { return nil }
            }
        case UInt8(ascii: "\""):
            guard let text = string() else { return nil }
            return YAMLNode(.scalar(YAMLScalar(text, isPlain: false)), at: here)
        default:
            // A number, true, false or null: a plain scalar, its text as written.
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte <= 0x20 { break }
                guard byte < 0x80 else { return nil }
                index += 1
            }
            guard index > start else { return nil }
            return YAMLNode(.scalar(YAMLScalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self),
                                               isPlain: true)), at: here)
        }
    }

    /// The text of the string at `index` (an opening quote), leaving `index` after its closing quote.
    mutating func string() -> String? {
        index += 1
        let start = index
        var unescaped: [UInt8]?
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let text = unescaped.map { String(decoding: $0, as: UTF8.self) }
                    ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            case UInt8(ascii: "\\"):
                if unescaped == nil { unescaped = Array(bytes[start..<index]) }
                guard index + 1 < bytes.count else { return nil }
                let character: UInt8
                switch bytes[index + 1] {
                case UInt8(ascii: "\""): character = UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): character = UInt8(ascii: "\\")
                case UInt8(ascii: "/"): character = UInt8(ascii: "/")
                case UInt8(ascii: "b"): character = 0x08
                case UInt8(ascii: "f"): character = 0x0C
                case UInt8(ascii: "n"): character = 0x0A
                case UInt8(ascii: "r"): character = 0x0D
                case UInt8(ascii: "t"): character = 0x09
                default: return nil  // `\u`: surrogates, NUL and controls are the YAML path's to judge
                }
                unescaped?.append(character)
                index += 2
            case 0x00..<0x20, 0x7F:
                return nil
            case 0x80...:
                guard let length = allowedSequenceLength(at: index) else { return nil }
                unescaped?.append(contentsOf: bytes[index..<(index + length)])
                continuationBytes += length - 1
                index += length
            default:
                unescaped?.append(byte)
                index += 1
            }
        }
        return nil
    }

    /// The length of the UTF-8 sequence at `offset` when YAML reads its character as JSON does; nil for C1 controls
    /// (U+0080–U+009F, NEL among them), the line and paragraph separators U+2028/U+2029, U+FEFF, U+FFFE and U+FFFF.
    /// The text is valid UTF-8 (checked before), so only the lead bytes need looking at.
    func allowedSequenceLength(at offset: Int) -> Int? {
        let lead = bytes[offset]
        switch lead {
        case 0xC2:
            return offset + 1 < bytes.count && bytes[offset + 1] >= 0xA0 ? 2 : nil
        case 0xC3...0xDF:
            return 2
        case 0xE0...0xEF:
            guard offset + 2 < bytes.count else { return nil }
            let second = bytes[offset + 1], third = bytes[offset + 2]
            if lead == 0xE2, second == 0x80, third == 0xA8 || third == 0xA9 { return nil }
            if lead == 0xEF, second == 0xBB, third == 0xBF { return nil }
            if lead == 0xEF, second == 0xBF, third == 0xBE || third == 0xBF { return nil }
            return 3
        case 0xF0...0xF4:
            return offset + 3 < bytes.count ? 4 : nil
        default:
            return nil
        }
    }
}
