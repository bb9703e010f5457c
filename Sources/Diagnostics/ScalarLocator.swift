/// Maps a position inside a YAML scalar's *value* back to its line and column in the file.
///
/// YAML changes text on the way in: quotes and escapes disappear, block scalars (`|`, `>`) lose their
/// indentation, and line breaks fold. To point a caret at the offending token of an expression we
/// align the value with the raw source, scalar by scalar, starting at the node's mark: in a double-quoted
/// scalar each escape (`\t`, `\u0041`, …) stands for one value character, in a single-quoted one `''` stands
/// for `'`; other value characters are matched to the next identical source character, skipping quotes,
/// indentation and line breaks; a folded line break (a space or newline in the value) matches the break itself.
/// If the alignment fails, the scalar's own start is returned, which is still the right line for single-line
/// scalars.
///
/// Lines come from the ``SourceText`` line index, so locating costs the length of the scalar, not of the file
/// before it: 5,000 located warnings in a 5,000-line ruleset stay linear.
public struct ScalarLocator: Sendable {
    public let start: SourceLocation
    private let source: SourceText
    /// A scalar spans a bounded number of lines; stop aligning after this many.
    static let maximumLines = 10_000

    /// `source` is the file's text; `start` is the scalar node's location (its first character,
    /// opening quote or block indicator).
    public init(source: SourceText, start: SourceLocation) {
        self.start = start
        self.source = source
    }

    private func line(_ row: Int) -> [Unicode.Scalar]? {
        guard row < Self.maximumLines, let text = source.line(start.line + row) else { return nil }
        return Array(text.unicodeScalars)
    }

    /// The file location of the value character at `offset` (in Unicode scalars).
    public func location(ofValueOffset offset: Int, in value: String) -> SourceLocation {
        let valueScalars = Array(value.unicodeScalars)
        guard var current = line(0), offset >= 0 else { return start }
        var row = 0
        var column = max(0, start.column - 1)
        guard column <= current.count else { return start }
        var quote: Unicode.Scalar?
        // Skip what precedes the value: an opening quote, or a block scalar's header line.
        if column < current.count {
            let first = current[column]
            if first == "\"" || first == "'" {
                quote = first
                column += 1
            } else if first == "|" || first == ">" {
                row = 1
                column = 0
                guard let next = line(1) else { return start }
                current = next
            }
        }
        let target = min(offset, valueScalars.count)
        var index = 0
        func here() -> SourceLocation { SourceLocation(file: start.file, line: start.line + row, column: column + 1) }
        while true {
            guard index < valueScalars.count else {
                // An offset at the very end (e.g. "unexpected end of expression"): just after the last character.
                return here()
            }
            let wanted = valueScalars[index]
            if column >= current.count {
                // End of a source line: a folded break in the value (space or newline) matches it.
                if wanted == " " || wanted == "\n" {
                    index += 1
                    if index > target { return here() }
                }
                row += 1
                column = 0
                guard let next = line(row) else { return start }
                current = next
                continue
            }
            let written = current[column]
            if quote == "\"", written == "\\" {
                let length = Self.escapeLength(current, at: column)
                if length == 0 {
                    // An escaped line break produces nothing: continue on the next line.
                    column = current.count
                    continue
                }
                if index == target { return here() }
                index += 1
                column += length
                continue
            }
            if quote == "'", written == "'", column + 1 < current.count, current[column + 1] == "'" {
                if index == target { return here() }
                index += 1
                column += 2
                continue
            }
            if written == wanted {
                if index == target { return here() }
                index += 1
            }
            column += 1
        }
    }

    /// How many source characters the double-quoted escape at `column` (a backslash) spans; 0 for an escaped
    /// line break.
    static func escapeLength(_ line: [Unicode.Scalar], at column: Int) -> Int {
        guard column + 1 < line.count else { return 0 }
        switch line[column + 1] {
        case "x": return min(4, line.count - column)
        case "u": return min(6, line.count - column)
        case "U": return min(10, line.count - column)
        default: return 2
        }
    }
}
