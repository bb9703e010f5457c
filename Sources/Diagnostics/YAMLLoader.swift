import Foundation
import Yams

/// Bounds that keep a hostile or accidental input from costing unbounded time or memory.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest file accepted, in bytes. Real descriptors and rulesets are a few kilobytes to a few hundred.
    public var maxBytes: Int
    /// Deepest nesting of mappings and lists.
    public var maxDepth: Int
    /// Most nodes after expanding aliases; stops "billion laughs" documents.
    public var maxNodes: Int

    public init(maxBytes: Int = 2 << 20, maxDepth: Int = 64, maxNodes: Int = 250_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits()
}

/// A parsed document with its text, so diagnostics can quote it.
public struct YAMLDocument: Sendable {
    public var root: YAMLNode
    public var source: SourceText
}

/// Reads YAML or JSON into a located `YAMLNode` tree. Never traps: every failure is a located diagnostic.
public enum YAMLLoader {
    /// Reads a file, refusing oversized files before reading them.
    public static func load(contentsOf path: String, displayName: String? = nil,
                            limits: YAMLLimits = .default) throws(DiagnosticError) -> YAMLDocument {
        let name = displayName ?? path
        let data = try readFile(atPath: path, displayName: name, limits: limits)
        return try load(data: data, file: name, limits: limits)
    }

    /// Reads a regular file (never a FIFO, device or directory, see ``InputFile``) of at most `limits.maxBytes`
    /// bytes: an oversized file is detected without being read whole. Callers that need the raw bytes (to quote
    /// lines in diagnostics) use this, then `load(data:file:limits:)`.
    public static func readFile(atPath path: String, displayName: String? = nil,
                                limits: YAMLLimits = .default) throws(DiagnosticError) -> Data {
        try InputFile.read(atPath: path, displayName: displayName ?? path, maxBytes: limits.maxBytes)
    }

    /// Parses bytes that claim to be UTF-8 YAML or JSON.
    public static func load(data: Data, file: String, limits: YAMLLimits = .default) throws(DiagnosticError) -> YAMLDocument {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard data.count <= limits.maxBytes else {
            throw DiagnosticError(.error(
                "file is too large: expected at most \(limits.maxBytes) bytes, found more", at: start))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidUTF8Offset(bytes) {
            let location = location(ofByteOffset: bad, in: bytes, file: file)
            throw DiagnosticError(.error(
                String(format: "invalid UTF-8: expected a UTF-8 text file, found byte 0x%02X", bytes[bad]), at: location))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return try load(text: text, file: file, limits: limits)
    }

    /// Parses text already in memory.
    public static func load(text: String, file: String, limits: YAMLLimits = .default) throws(DiagnosticError) -> YAMLDocument {
        let source = SourceText(file: file, text: text)
        let start = SourceLocation(file: file, line: 1, column: 1)
        if text.utf8.count > limits.maxBytes {
            throw DiagnosticError(.error(
                "file is too large: expected at most \(limits.maxBytes) bytes, found \(text.utf8.count)", at: start))
        }
        if let deep = StructureScan.firstTooDeep(text, limit: limits.maxDepth) {
            throw DiagnosticError(.error(
                "nesting is too deep: expected at most \(limits.maxDepth) levels of lists and mappings",
                at: SourceLocation(file: file, line: deep.line, column: deep.column)))
        }
        if file.lowercased().hasSuffix(".json") {
            try StrictJSON.validate(text, file: file)
            // Valid JSON: the same tree without composing it as YAML, unless YAML would read it differently.
            if let root = JSONTree.build(text, file: file, limits: limits) { return YAMLDocument(root: root, source: source) }
        }
        return YAMLDocument(root: try compose(text, file: file, limits: limits), source: source)
    }

    /// The tree of `text` as libyaml and Yams compose it, within `limits.maxNodes` and `limits.maxDepth` (the
    /// byte and nesting pre-checks of `load(text:file:limits:)` come first).
    static func compose(_ text: String, file: String, limits: YAMLLimits) throws(DiagnosticError) -> YAMLNode {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if let directive = tagDirective(in: text, file: file) { throw DiagnosticError(directive) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, file: file, text: text, maxDepth: limits.maxDepth))
        } catch {
            throw DiagnosticError(.error("cannot parse YAML: \(error)", at: start))
        }
        guard let node else {
            throw DiagnosticError(.error("file is empty: expected a YAML or JSON document", at: start))
        }
        var converter = Converter(file: file, limits: limits)
        let root = converter.convert(node, depth: 1, fallback: start)
        try converter.bag.throwIfErrors()
        guard let root else {
            throw DiagnosticError(.error("cannot read the document", at: start))
        }
        return root
    }

    /// A `%TAG` directive, which only serves to define tags outside the core schema: refused where it is written.
    static func tagDirective(in text: String, file: String) -> Diagnostic? {
        // A byte scan: Foundation's `contains` was a tenth of a small descriptor's parse.
        let marker = Array("%TAG".utf8)
        guard text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.indices.contains { bytes[$0] == marker[0] && bytes[$0...].starts(with: marker) }
        }) ?? text.contains("%TAG") else { return nil }
        var line = 0
        for content in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            if content.hasPrefix("%TAG") {
                return .error("YAML %TAG directives are not allowed: Steward reads only the core schema's tags",
                              at: SourceLocation(file: file, line: line, column: 1))
            }
        }
        return nil
    }

    /// Turns a libyaml error into a located diagnostic.
    static func diagnostic(for error: YamlError, file: String, text: String, maxDepth: Int = YAMLLimits.default.maxDepth) -> Diagnostic {
        func loc(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1)) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml's own depth guard names its C API; say what it means for the user instead.
            if problem.contains("nest") && problem.contains("level") {
                return .error("nesting is too deep: expected at most \(maxDepth) levels of lists and mappings", at: loc(mark))
            }
            var notes: [String] = []
            if let context { notes.append("\(context.text) at line \(context.mark.line), column \(context.mark.column)") }
            return .error("invalid YAML: \(problem)", at: loc(mark), notes: notes)
        case let .reader(problem, offset, _, _):
            let bytes = Array(text.utf8)
            let location = location(ofByteOffset: min(offset ?? 0, bytes.count), in: bytes, file: file)
            return .error("invalid input: \(problem)", at: location)
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first occurrence; the user needs the repeated one, so look for it.
            let first = loc(context.mark)
            let repeated = duplicates.first.flatMap { secondOccurrence(of: $0, after: first, in: text) } ?? first
            return .error("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping: each key may appear once",
                          at: repeated, notes: repeated == first ? [] : ["first defined at \(first)"])
        default:
            return .error("cannot parse YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Where `key` is written again after its first occurrence `first`: later in the same flow mapping (skipping
    /// nested collections and quoted text), or in a block mapping at the same column on a later line. Nil when it
    /// cannot be found. One pass over the text after `first`, so a 100 KB one-line mapping costs 100 KB of work.
    static func secondOccurrence(of key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let scalars = Array(text.unicodeScalars)
        var lineStart = 0
        var line = 1
        while line < first.line, lineStart < scalars.count {
            if scalars[lineStart] == "\n" { line += 1 }
            lineStart += 1
        }
        let keyStart = lineStart + first.column - 1
        guard line == first.line, first.column >= 1, keyStart < scalars.count,
              let firstKey = KeyScan.key(in: scalars, at: keyStart), firstKey.name == key else { return nil }
        func location(of offset: Int) -> SourceLocation {
            var line = first.line
            var column = first.column
            var index = keyStart
            while index < offset {
                if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
            return SourceLocation(file: first.file, line: line, column: column)
        }
        var previous = keyStart - 1
        while previous >= 0, KeyScan.isBlank(scalars[previous]) { previous -= 1 }
        if previous >= 0, scalars[previous] == "{" || scalars[previous] == "," {
            return KeyScan.laterFlowKey(key, in: scalars, from: firstKey.end).map(location(of:))
        }
        // Block mapping: the same column on a later line, until a line indented less ends the mapping.
        var index = firstKey.end
        while index < scalars.count {
            while index < scalars.count, scalars[index] != "\n" { index += 1 }
            index += 1
            guard index < scalars.count else { return nil }
            var indent = 0
            while index + indent < scalars.count, scalars[index + indent] == " " { indent += 1 }
            let head = index + indent
            if head >= scalars.count || KeyScan.isBlank(scalars[head]) || scalars[head] == "#" { continue }
            if indent < first.column - 1 { return nil }
            if indent == first.column - 1, let found = KeyScan.key(in: scalars, at: head), found.name == key {
                return location(of: head)
            }
        }
        return nil
    }

    static func location(ofByteOffset offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let prefix = bytes[lineStart..<min(offset, bytes.count)]
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// Converts Yams nodes, enforcing the depth and node budgets.
private struct Converter {
    let file: String
    let limits: YAMLLimits
    var bag = DiagnosticBag()
    var nodes = 0
    var budgetExceeded = false

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    func location(_ mark: Mark?, fallback: SourceLocation) -> SourceLocation {
        guard let mark else { return fallback }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func convert(_ node: Node, depth: Int, fallback: SourceLocation) -> YAMLNode? {
        guard !budgetExceeded else { return nil }
        nodes += 1
        if nodes > limits.maxNodes {
            budgetExceeded = true
            bag.error("document is too large: expected at most \(limits.maxNodes) values after expanding aliases",
                      at: location(node.mark, fallback: fallback),
                      notes: ["YAML aliases (*name) that repeat large anchors multiply the document's size"])
            return nil
        }
        let here = location(node.mark, fallback: fallback)
        switch node {
        case .scalar(let scalar):
            var isPlain = scalar.style == .plain
            switch CoreTag.check(scalar.tag.description, value: scalar.string, isPlain: isPlain) {
            case .untagged: break
            case .string: isPlain = false
            case .typed: isPlain = true
            case .refused(let message):
                bag.error(message, at: here)
                return nil
            }
            return YAMLNode(.scalar(YAMLScalar(scalar.string, isPlain: isPlain)), at: here)
        case .alias:
            // Yams resolves aliases while composing; a bare alias node here is unexpected but harmless.
            bag.error("unresolved YAML alias", at: here)
            return nil
        case .sequence(let sequence):
            if let message = CoreTag.collectionProblem(sequence.tag.description, expected: .seq) {
                bag.error(message, at: here)
                return nil
            }
            guard depth <= limits.maxDepth else {
                bag.error("nesting is too deep: expected at most \(limits.maxDepth) levels", at: here)
                return nil
            }
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                guard let converted = convert(item, depth: depth + 1, fallback: here) else {
                    if budgetExceeded { return nil }
                    continue
                }
                items.append(converted)
            }
            return YAMLNode(.sequence(items), at: here)
        case .mapping(let mapping):
            if let message = CoreTag.collectionProblem(mapping.tag.description, expected: .map) {
                bag.error(message, at: here)
                return nil
            }
            guard depth <= limits.maxDepth else {
                bag.error("nesting is too deep: expected at most \(limits.maxDepth) levels", at: here)
                return nil
            }
            var entries: [YAMLEntry] = []
            var seen: [String: SourceLocation] = [:]
            for (key, value) in mapping {
                let keyLocation = location(key.mark, fallback: here)
                guard case .scalar(let keyScalar) = key else {
                    bag.error("mapping keys must be plain strings, found a \(key.isMapping ? "mapping" : "list") used as a key",
                              at: keyLocation)
                    continue
                }
                if let first = seen[keyScalar.string] {
                    bag.error("duplicate key '\(keyScalar.string)': each key may appear once", at: keyLocation,
                              notes: ["first defined at \(first)"])
                    continue
                }
                seen[keyScalar.string] = keyLocation
                guard let converted = convert(value, depth: depth + 1, fallback: keyLocation) else {
                    if budgetExceeded { return nil }
                    continue
                }
                entries.append(YAMLEntry(key: keyScalar.string, keyLocation: keyLocation, value: converted))
            }
            return YAMLNode(.mapping(entries), at: here)
        }
    }
}

private extension Node {
    var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }
}

/// A cheap pre-pass that bounds nesting before libyaml and Yams (which recurse) ever see the text.
enum StructureScan {
    /// The first place where flow brackets or block indentation exceed what `limit` levels could need.
    static func firstTooDeep(_ text: String, limit: Int) -> (line: Int, column: Int)? {
        var line = 1
        var column = 0
        var flowDepth = 0
        var atLineStart = true
        var blockPrefix = 0
        var quote: Unicode.Scalar?
        var escaped = false
        var inComment = false
        var previous: Unicode.Scalar = " "
        // Block nesting needs at least one column of indentation or one "- "/"? " marker per level;
        // allow generous slack so ordinary files (and indented block scalars) are never refused.
        let blockLimit = limit * 4
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
                atLineStart = true
                blockPrefix = 0
                inComment = false
                if quote == "'" && flowDepth == 0 { quote = nil }
                previous = scalar
                continue
            }
            if atLineStart {
                if scalar == " " || scalar == "-" || scalar == "?" || scalar == "\t" {
                    blockPrefix += 1
                    if blockPrefix > blockLimit { return (line, column) }
                    previous = scalar
                    continue
                }
                atLineStart = false
            }
            if inComment { continue }
            if let open = quote {
                if open == "\"", scalar == "\\", !escaped {
                    escaped = true
                } else {
                    if scalar == open && !escaped { quote = nil }
                    escaped = false
                }
                previous = scalar
                continue
            }
            switch scalar {
            case "#" where previous == " " || previous == "\t" || column == 1:
                inComment = true
            case "\"", "'":
                // A quote opens a quoted scalar only where a token starts; inside a plain scalar (`a'`) it is text,
                // and treating it as an opening quote would hide every bracket after it from this scan.
                if previous == " " || previous == "\t" || previous == ":" || previous == "[" || previous == "{" || previous == ","
                    || previous == "-" || column == 1 {
                    quote = scalar
                }
            case "[", "{":
                flowDepth += 1
                if flowDepth > limit { return (line, column) }
            case "]", "}":
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            previous = scalar
        }
        return nil
    }
}

/// Just enough YAML lexing to find a repeated mapping key: key tokens (plain, single- or double-quoted) and the
/// extent of flow collections and quoted scalars.
enum KeyScan {
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// The key written at `start` (its text with quotes and simple escapes removed) and the offset after its
    /// `:`, or nil when no `key:` starts there.
    static func key(in scalars: [Unicode.Scalar], at start: Int) -> (name: String, end: Int)? {
        guard start < scalars.count else { return nil }
        var name = String.UnicodeScalarView()
        var index = start
        let opening = scalars[start]
        if opening == "\"" || opening == "'" {
            index += 1
            while index < scalars.count {
                let scalar = scalars[index]
                if opening == "\"", scalar == "\\", index + 1 < scalars.count {
                    name.append(scalars[index + 1])
                    index += 2
                    continue
                }
                if scalar == opening {
                    if opening == "'", index + 1 < scalars.count, scalars[index + 1] == "'" {
                        name.append("'")
                        index += 2
                        continue
                    }
                    break
                }
                if scalar == "\n" { return nil }
                name.append(scalar)
                index += 1
            }
            guard index < scalars.count else { return nil }
            index += 1
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        } else {
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\n" || scalar == "," || scalar == "{" || scalar == "}" || scalar == "[" || scalar == "]" { return nil }
                if scalar == ":", index + 1 >= scalars.count || isBlank(scalars[index + 1]) || ",{}[]".unicodeScalars.contains(scalars[index + 1]) { break }
                name.append(scalar)
                index += 1
            }
            while let last = name.last, last == " " || last == "\t" { name.removeLast() }
        }
        guard index < scalars.count, scalars[index] == ":" else { return nil }
        return (String(name), index + 1)
    }

    /// The offset of the next key `key` of the flow mapping being read at `start` (just after one of its keys),
    /// skipping nested collections, quoted scalars and comments; nil when the mapping closes first.
    static func laterFlowKey(_ key: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let before: Unicode.Scalar = index > 0 ? scalars[index - 1] : "\n"
            switch scalar {
            case "\"", "'" where isBlank(before) || "{[,:".unicodeScalars.contains(before):
                index = endOfQuoted(scalars, at: index)
                continue
            case "#" where isBlank(before):
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            case "{", "[":
                depth += 1
            case "}", "]":
                if depth == 0 { return nil }
                depth -= 1
            case "," where depth == 0:
                var head = index + 1
                while head < scalars.count, isBlank(scalars[head]) { head += 1 }
                if let found = self.key(in: scalars, at: head), found.name == key { return head }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The offset just after the quoted scalar opening at `start`.
    static func endOfQuoted(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
        let quote = scalars[start]
        var index = start + 1
        while index < scalars.count {
            if quote == "\"", scalars[index] == "\\" { index += 2; continue }
            if scalars[index] == quote {
                if quote == "'", index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                return index + 1
            }
            index += 1
        }
        return index
    }
}

/// Strict JSON for `.json` inputs (RFC 8259): YAML accepts trailing commas, single quotes, comments and plain
/// scalars that JSON does not, so a `.json` file is validated by this small parser first, which reports the
/// first departure from the grammar at its line and column. The YAML path then builds the located tree (JSON is
/// YAML). Nesting is bounded beforehand by `StructureScan`; the parser keeps its own stack, so it never recurses.
enum StrictJSON {
    static func validate(_ text: String, file: String) throws(DiagnosticError) {
        let bytes = Array(text.utf8)
        if let (offset, problem) = firstError(bytes) {
            let location = YAMLLoader.location(ofByteOffset: offset, in: bytes, file: file)
            throw DiagnosticError(.error("invalid JSON: \(problem)", at: location,
                                         notes: ["a .json file must be strict JSON (no trailing commas, single quotes or comments); name it .yaml for YAML"]))
        }
    }

    private enum Container { case object, array }

    /// The byte offset and description of the first error, or nil for valid JSON.
    static func firstError(_ bytes: [UInt8]) -> (Int, String)? {
        var index = 0
        var stack: [Container] = []
        func skipSpace() { while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        func found() -> String {
            guard index < bytes.count else { return "end of file" }
            let byte = bytes[index]
            return byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "byte 0x%02X", byte)
        }
        /// Reads a string at `index` (which is a quote); nil on success.
        func string() -> (Int, String)? {
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 { index += 1; return nil }
                if byte < 0x20 { return (index, "control character in a string: write it as an escape") }
                if byte == 0x5C {
                    index += 1
                    guard index < bytes.count else { break }
                    switch bytes[index] {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: index += 1
                    case 0x75:
                        let hex = bytes[min(index + 1, bytes.count)..<min(index + 5, bytes.count)]
                        guard hex.count == 4, hex.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }) else {
                            return (index - 1, "\\u must be followed by four hexadecimal digits")
                        }
                        index += 5
                    default: return (index - 1, "unknown escape in a string")
                    }
                    continue
                }
                index += 1
            }
            return (index, "unterminated string")
        }
        func number() -> (Int, String)? {
            let start = index
            if bytes[index] == 0x2D { index += 1 }
            func digits() -> Int { let from = index; while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }; return index - from }
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { return (start, "invalid number") }
            if bytes[index] == 0x30 { index += 1 } else { _ = digits() }
            if index < bytes.count, bytes[index] == 0x2E {
                index += 1
                guard digits() > 0 else { return (start, "invalid number: digits must follow '.'") }
            }
            if index < bytes.count, bytes[index] | 0x20 == 0x65 {
                index += 1
                if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
                guard digits() > 0 else { return (start, "invalid number: digits must follow the exponent") }
            }
            return nil
        }
        /// Reads one value at `index`; containers push onto `stack` and are finished by the loop below.
        func value() -> (Int, String)? {
            skipSpace()
            guard index < bytes.count else { return (index, "expected a value, found end of file") }
            switch bytes[index] {
            case 0x7B:
                index += 1
                skipSpace()
                if index < bytes.count, bytes[index] == 0x7D { index += 1; return nil }
                stack.append(.object)
                return member()
            case 0x5B:
                index += 1
                skipSpace()
                if index < bytes.count, bytes[index] == 0x5D { index += 1; return nil }
                stack.append(.array)
                return value()
            case 0x22: return string()
            case 0x2D, 0x30...0x39: return number()
            default:
                for word in ["true", "false", "null"] where bytes[index...].starts(with: Array(word.utf8)) {
                    index += word.utf8.count
                    return nil
                }
                return (index, "expected a value, found \(found())")
            }
        }
        /// Reads `"key": value` of an object member.
        func member() -> (Int, String)? {
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x22 else { return (index, "expected a double-quoted key, found \(found())") }
            if let error = string() { return error }
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x3A else { return (index, "expected ':' after a key, found \(found())") }
            index += 1
            return value()
        }
        if let error = value() { return error }
        while let container = stack.last {
            skipSpace()
            let close: UInt8 = container == .object ? 0x7D : 0x5D
            guard index < bytes.count else { return (index, "unterminated \(container == .object ? "object" : "array")") }
            if bytes[index] == close {
                index += 1
                stack.removeLast()
                continue
            }
            guard bytes[index] == 0x2C else {
                return (index, "expected ',' or '\(Character(Unicode.Scalar(close)))', found \(found())")
            }
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == close {
                return (index, "trailing comma before '\(Character(Unicode.Scalar(close)))'")
            }
            if let error = container == .object ? member() : value() { return error }
        }
        skipSpace()
        if index < bytes.count { return (index, "expected end of file after the document, found \(found())") }
        return nil
    }
}
