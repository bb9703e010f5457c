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

    /// Reads at most `limits.maxBytes + 1` bytes of a file, so an oversized file is detected without being
    /// read whole: a 30 MB file costs 2 MB of memory, not 30. Callers that need the raw bytes (to quote
    /// lines in diagnostics) use this, then `load(data:file:limits:)`.
    public static func readFile(atPath path: String, displayName: String? = nil,
                                limits: YAMLLimits = .default) throws(DiagnosticError) -> Data {
        let name = displayName ?? path
        let start = SourceLocation(file: name, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(.error("cannot read file: no such file", at: start))
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(.error("cannot read file: it is a directory", at: start))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticError(.error("cannot read file: permission denied or unreadable", at: start))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maxBytes + 1) ?? Data()
        } catch {
            throw DiagnosticError(.error("cannot read file: \(error.localizedDescription)", at: start))
        }
        guard data.count <= limits.maxBytes else {
            throw DiagnosticError(.error(
                "file is too large: expected at most \(limits.maxBytes) bytes, found more", at: start))
        }
        return data
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
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, file: file, text: text))
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
        return YAMLDocument(root: root, source: source)
    }

    /// Turns a libyaml error into a located diagnostic.
    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        func loc(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1)) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
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

    /// Where `key` is written again after its first occurrence `first`: in a block mapping at the same
    /// column on a later line, in a flow mapping later on the same line. Nil when it cannot be found.
    static func secondOccurrence(of key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count, !key.isEmpty else { return nil }
        func isKey(at column: Int, in line: Substring) -> Bool {
            let scalars = Array(line.unicodeScalars)
            let keyScalars = Array(key.unicodeScalars)
            let start = column - 1
            guard start >= 0, start + keyScalars.count <= scalars.count,
                  Array(scalars[start..<(start + keyScalars.count)]) == keyScalars else { return false }
            if start > 0, !" \t{,".unicodeScalars.contains(scalars[start - 1]) { return false }
            var after = start + keyScalars.count
            while after < scalars.count, scalars[after] == " " { after += 1 }
            return after < scalars.count && scalars[after] == ":"
        }
        // Flow mapping: a later occurrence on the same line.
        let firstLine = lines[first.line - 1]
        let count = firstLine.unicodeScalars.count
        if first.column + 1 <= count {
            for column in (first.column + 1)...count where isKey(at: column, in: firstLine) {
                return SourceLocation(file: first.file, line: first.line, column: column)
            }
        }
        // Block mapping: the same column on a later line, before the mapping ends (a line indented less).
        for index in first.line..<lines.count {
            let line = lines[index]
            let indent = line.unicodeScalars.prefix { $0 == " " }.count
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } || line.drop { $0 == " " }.hasPrefix("#")
            if blank { continue }
            if indent < first.column - 1 { return nil }
            if indent == first.column - 1, isKey(at: first.column, in: line) {
                return SourceLocation(file: first.file, line: index + 1, column: first.column)
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
            return YAMLNode(.scalar(YAMLScalar(scalar.string, isPlain: scalar.style == .plain)), at: here)
        case .alias:
            // Yams resolves aliases while composing; a bare alias node here is unexpected but harmless.
            bag.error("unresolved YAML alias", at: here)
            return nil
        case .sequence(let sequence):
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
                if scalar == open && previous != "\\" { quote = nil }
                previous = scalar
                continue
            }
            switch scalar {
            case "#" where previous == " " || previous == "\t" || column == 1:
                inComment = true
            case "\"", "'":
                if flowDepth > 0 || previous == " " || previous == ":" || previous == "[" || previous == "{" || previous == "," {
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
