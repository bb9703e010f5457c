import Diagnostics

/// Maps a position inside a YAML scalar's *value* back to its line and column in the file.
///
/// YAML changes text on the way in: quotes and escapes disappear, block scalars (`|`, `>`) lose their
/// indentation, and line breaks fold. To point a caret at the offending token of an expression we
/// align the value with the raw source, scalar by scalar, starting at the node's mark: every value
/// character is matched to the next identical source character, skipping quotes, escape backslashes,
/// indentation and line breaks; a folded line break (a space or newline in the value) matches the
/// break itself. If the alignment fails (an escape that produced a character not written literally),
/// the scalar's own start is returned, which is still the right line for single-line scalars.
public struct ScalarLocator: Sendable {
    public let start: SourceLocation
    private let lines: [[Unicode.Scalar]]

    /// `source` is the file's text; `start` is the scalar node's location (its first character,
    /// opening quote or block indicator).
    public init(source: SourceText, start: SourceLocation) {
        self.start = start
        // Only the lines from the scalar's start onwards matter; a scalar spans a bounded number of them.
        var collected: [[Unicode.Scalar]] = []
        var lineNumber = 1
        var current: [Unicode.Scalar] = []
        for scalar in source.text.unicodeScalars {
            if scalar == "\n" {
                if lineNumber >= start.line { collected.append(current) }
                current.removeAll(keepingCapacity: true)
                lineNumber += 1
                if collected.count > 10_000 { break }
                continue
            }
            if lineNumber >= start.line, scalar != "\r" { current.append(scalar) }
        }
        if lineNumber >= start.line { collected.append(current) }
        lines = collected
    }

    /// The file location of the value character at `offset` (in Unicode scalars).
    public func location(ofValueOffset offset: Int, in value: String) -> SourceLocation {
        let valueScalars = Array(value.unicodeScalars)
        guard !lines.isEmpty, offset >= 0 else { return start }
        var row = 0
        var column = max(0, start.column - 1)
        guard column <= lines[0].count else { return start }
        // Skip what precedes the value: an opening quote, or a block scalar's header line.
        if column < lines[0].count {
            let first = lines[0][column]
            if first == "\"" || first == "'" {
                column += 1
            } else if first == "|" || first == ">" {
                row = 1
                column = 0
            }
        }
        let target = min(offset, valueScalars.count)
        var index = 0
        while row < lines.count {
            let line = lines[row]
            guard index < valueScalars.count else {
                // An offset at the very end (e.g. "unexpected end of expression"): just after the last character.
                return SourceLocation(file: start.file, line: start.line + row, column: column + 1)
            }
            let wanted = valueScalars[index]
            if column >= line.count {
                // End of a source line: a folded break in the value (space or newline) matches it.
                if wanted == " " || wanted == "\n" {
                    index += 1
                    if index > target { return SourceLocation(file: start.file, line: start.line + row, column: column + 1) }
                }
                row += 1
                column = 0
                continue
            }
            if line[column] == wanted {
                if index == target { return SourceLocation(file: start.file, line: start.line + row, column: column + 1) }
                index += 1
            }
            column += 1
        }
        return start
    }
}
