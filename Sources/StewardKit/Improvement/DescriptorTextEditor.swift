import Diagnostics
import Foundation

/// A value written into a descriptor by `steward improve`.
public enum EditValue: Sendable, Hashable {
    /// A number or boolean, written as is in YAML and JSON.
    case bare(String)
    /// A vocabulary word (`aluminium`, `not_applicable`): plain in YAML, quoted in JSON.
    case word(String)
    /// A list of vocabulary words.
    case words([String])

    /// How the value reads in messages (`[launch, operations]`, `350`).
    public var display: String {
        switch self {
        case .bare(let text), .word(let text): return text
        case .words(let items): return "[" + items.joined(separator: ", ") + "]"
        }
    }

    func flowText(json: Bool) -> String {
        switch self {
        case .bare(let text): return text
        case .word(let text): return json ? "\"\(text)\"" : text
        case .words(let items): return "[" + items.map { json ? "\"\($0)\"" : $0 }.joined(separator: ", ") + "]"
        }
    }
}

/// One field set to one value.
public struct FieldEdit: Sendable, Hashable {
    /// Descriptor path, e.g. `end_of_life.disposal_orbit.perigee_km` or `spacecraft.components[0].material`.
    public var path: String
    public var value: EditValue

    public init(path: String, value: EditValue) {
        self.path = path
        self.value = value
    }
}

/// Edits the text of a descriptor in place, keeping every comment and every line it does not touch.
///
/// A value that is written is replaced where the YAML parser located it (a scalar, a flow list or a block
/// list); a value that is not written is inserted into the nearest mapping that exists, in that mapping's
/// style (`, key: value` before the `}` of a flow mapping; a new line indented like its siblings in a block
/// mapping), creating the missing parent mappings. JSON descriptors get JSON. The text is re-parsed before
/// each edit, so locations are always those of the text being edited.
public enum DescriptorTextEditor {
    /// The text with every edit applied, or nil when an edit has no place to go (e.g. its parent is a scalar).
    public static func apply(_ edits: [FieldEdit], to text: String, file: String) -> String? {
        var current = text
        let json = file.lowercased().hasSuffix(".json")
        for edit in edits {
            guard let next = apply(edit, to: current, file: file, json: json) else { return nil }
            current = next
        }
        return current
    }

    static func apply(_ edit: FieldEdit, to text: String, file: String, json: Bool) -> String? {
        guard let document = try? YAMLLoader.load(text: text, file: file) else { return nil }
        var lines = text.components(separatedBy: "\n").map { Array($0.unicodeScalars) }
        let components = pathComponents(edit.path)
        // Walk down as far as the path exists.
        var node = document.root
        var inFlow = startsFlow(node, lines)
        var depth = 0
        while depth < components.count {
            let component = components[depth]
            if case .index(let i) = component, let items = node.elements, i < items.count {
                node = items[i]
            } else if case .key(let key) = component, let entry = node.entries?.first(where: { $0.key == key }) {
                node = entry.value
            } else {
                break
            }
            inFlow = inFlow || startsFlow(node, lines)
            depth += 1
        }
        if depth == components.count {
            guard replace(node, with: edit.value, inFlow: inFlow, lines: &lines, json: json) else { return nil }
        } else {
            let keys = components[depth...].compactMap { component -> String? in
                if case .key(let key) = component { return key }
                return nil
            }
            guard keys.count == components.count - depth, node.entries != nil else { return nil }
            guard insert(keys, value: edit.value, into: node, lines: &lines, json: json) else { return nil }
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    enum PathComponent { case key(String), index(Int) }

    static func pathComponents(_ path: String) -> [PathComponent] {
        var result: [PathComponent] = []
        for part in path.split(separator: ".") {
            if let open = part.firstIndex(of: "["), part.hasSuffix("]"), let index = Int(part[part.index(after: open)..<part.index(before: part.endIndex)]) {
                result.append(.key(String(part[..<open])))
                result.append(.index(index))
            } else {
                result.append(.key(String(part)))
            }
        }
        return result
    }

    private static func character(at location: SourceLocation, _ lines: [[Unicode.Scalar]]) -> Unicode.Scalar? {
        let line = location.line - 1, column = location.column - 1
        guard lines.indices.contains(line), lines[line].indices.contains(column) else { return nil }
        return lines[line][column]
    }

    private static func startsFlow(_ node: YAMLNode, _ lines: [[Unicode.Scalar]]) -> Bool {
        guard node.scalar == nil else { return false }
        let c = character(at: node.location, lines)
        return c == "{" || c == "["
    }

    private static func indent(_ line: [Unicode.Scalar]) -> Int? {
        guard let first = line.firstIndex(where: { $0 != " " }) else { return nil }
        return line[first] == "#" ? nil : first
    }

    /// The position just after the bracket that closes the one at `start` (quotes respected), across lines.
    private static func closingBracket(from start: (line: Int, column: Int), _ lines: [[Unicode.Scalar]]) -> (line: Int, column: Int)? {
        var depth = 0
        var quote: Unicode.Scalar?
        var line = start.line, column = start.column
        while line < lines.count {
            while column < lines[line].count {
                let c = lines[line][column]
                if let q = quote {
                    if c == "\\" && q == "\"" { column += 1 } else if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "#" && (column == 0 || lines[line][column - 1] == " ") {
                    break
                } else if c == "[" || c == "{" {
                    depth += 1
                } else if c == "]" || c == "}" {
                    depth -= 1
                    if depth == 0 { return (line, column) }
                }
                column += 1
            }
            line += 1
            column = 0
        }
        return nil
    }

    private static func replace(_ node: YAMLNode, with value: EditValue, inFlow: Bool, lines: inout [[Unicode.Scalar]], json: Bool) -> Bool {
        let line = node.location.line - 1, column = node.location.column - 1
        guard lines.indices.contains(line), column <= lines[line].count else { return false }
        let first = column < lines[line].count ? lines[line][column] : " "
        if node.scalar != nil {
            var end = column
            let text = lines[line]
            if first == "\"" || first == "'" {
                end += 1
                while end < text.count && !(text[end] == first && text[end - 1] != "\\") { end += 1 }
                end = min(end + 1, text.count)
            } else {
                while end < text.count {
                    let c = text[end]
                    if inFlow && (c == "," || c == "}" || c == "]") { break }
                    if c == "#" && end > 0 && text[end - 1] == " " { break }
                    end += 1
                }
                while end > column && text[end - 1] == " " { end -= 1 }
            }
            lines[line].replaceSubrange(column..<end, with: Array(value.flowText(json: json).unicodeScalars))
            return true
        }
        if first == "[" || first == "{" {
            guard let close = closingBracket(from: (line, column), lines) else { return false }
            let replacement = Array(value.flowText(json: json).unicodeScalars)
            if close.line == line {
                lines[line].replaceSubrange(column...close.column, with: replacement)
            } else {
                let tail = Array(lines[close.line][(close.column + 1)...])
                lines[line] = Array(lines[line][..<column]) + replacement + tail
                lines.removeSubrange((line + 1)...close.line)
            }
            return true
        }
        if first == "-", node.elements != nil, case .words(let items) = value {
            // A block list: its items are the lines from here on indented at least as far, dashes at this column.
            var last = line
            var next = line + 1
            while next < lines.count {
                if let i = indent(lines[next]) {
                    if i < column || (i == column && lines[next][i] != "-") { break }
                    last = next
                }
                next += 1
            }
            let pad = Array(lines[line][..<column])
            let newLines = items.map { pad + Array("- \(json ? "\"\($0)\"" : $0)".unicodeScalars) }
            lines.replaceSubrange(line...last, with: newLines)
            return true
        }
        return false
    }

    private static func insert(_ keys: [String], value: EditValue, into node: YAMLNode, lines: inout [[Unicode.Scalar]], json: Bool) -> Bool {
        func quoted(_ key: String) -> String { json ? "\"\(key)\"" : key }
        let line = node.location.line - 1, column = node.location.column - 1
        let first = lines.indices.contains(line) && lines[line].indices.contains(column) ? lines[line][column] : " "
        if first == "{" {
            // Flow mapping: `, key: {nested: value}` after the last value, before the closing brace.
            guard let close = closingBracket(from: (line, column), lines) else { return false }
            let entry = "\(quoted(keys[0])): " + (keys.count > 1 ? nestedFlow(keys.dropFirst(), value, json) : value.flowText(json: json))
            // Place it right after the last non-space character before the brace.
            var at = (line: close.line, column: close.column)
            while true {
                if at.column > 0 {
                    if lines[at.line][at.column - 1] != " " { break }
                    at.column -= 1
                } else if at.line > 0 {
                    at.line -= 1
                    at.column = lines[at.line].count
                } else { break }
            }
            let empty = node.entries?.isEmpty ?? true
            let text = Array(((empty ? "" : ", ") + entry).unicodeScalars)
            lines[at.line].insert(contentsOf: text, at: at.column)
            return true
        }
        // Block mapping (or the document's root): a new line after the mapping's last line, at its indentation.
        let blockColumn = node.entries?.first.map { $0.keyLocation.column - 1 } ?? column
        let startLine = node.entries?.first.map { $0.keyLocation.line - 1 } ?? line
        var last = startLine
        var next = startLine + 1
        while next < lines.count {
            if let i = indent(lines[next]) {
                if i < blockColumn { break }
                last = next
            }
            next += 1
        }
        if json { return false }
        var newLines: [[Unicode.Scalar]] = []
        for (depth, key) in keys.enumerated() {
            let pad = String(repeating: " ", count: blockColumn + 2 * depth)
            let text = depth == keys.count - 1 ? "\(pad)\(key): \(value.flowText(json: false))" : "\(pad)\(key):"
            newLines.append(Array(text.unicodeScalars))
        }
        lines.insert(contentsOf: newLines, at: last + 1)
        return true
    }

    private static func nestedFlow(_ keys: ArraySlice<String>, _ value: EditValue, _ json: Bool) -> String {
        var flow = value.flowText(json: json)
        for key in keys.reversed() { flow = "{\(json ? "\"\(key)\"" : key): \(flow)}" }
        return flow
    }
}
