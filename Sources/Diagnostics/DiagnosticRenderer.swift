/// Renders diagnostics the way compilers do: the located one-liner, the source line, a caret, then notes.
///
///     mission.yaml:12:14: error: perigee_km must be at most apogee_km (700), found 720
///       perigee_km: 720
///                   ^
///       note: ...
public struct DiagnosticRenderer: Sendable {
    /// Source texts by file name, used to print the offending line.
    private var sources: [String: SourceText]

    public init(sources: [SourceText] = []) {
        self.sources = Dictionary(sources.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public mutating func register(_ source: SourceText) {
        sources[source.file] = source
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.description
        if let location = diagnostic.location, let source = sources[location.file],
           let line = source.line(location.line) {
            // Tabs become single spaces so the caret lines up with the column libyaml counted.
            let printable = line.contains("\t") ? String(line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) }) : String(line)
            let caretColumn = max(1, min(location.column, printable.unicodeScalars.count + 1))
            out += "\n  " + printable
            out += "\n  " + String(repeating: " ", count: caretColumn - 1) + "^"
        }
        for note in diagnostic.notes {
            out += "\n  note: " + note
        }
        return out
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }
}

/// The text of one input file, kept so diagnostics can quote the line they point at.
public struct SourceText: Sendable, Hashable {
    public let file: String
    public let text: String
    /// Where each line starts, computed once: quoting a line is then O(line length), so a file with
    /// thousands of errors renders in linear time instead of rescanning the text per diagnostic.
    private let lineStarts: [String.Index]

    public init(file: String, text: String) {
        self.file = file
        self.text = text
        // Scanning bytes, not Characters: a line feed byte is always a line end (also in "\r\n"), and
        // byte scanning avoids grapheme breaking, which dominates on multi-megabyte inputs.
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: 0x0A) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        self.lineStarts = starts
    }

    /// Line `number` (1-based) without its terminator, or nil when out of range.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = text.utf8[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? text.endIndex
        return text[start..<end]
    }
}
