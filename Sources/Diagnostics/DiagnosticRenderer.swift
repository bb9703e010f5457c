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

    /// Most diagnostics printed per file; the rest are counted in one closing line. A hostile file with
    /// thousands of unknown keys then costs a bounded, readable amount of output.
    public static let maximumDiagnosticsPerFile = 100
    /// Most columns of a source line quoted under a diagnostic: a window around the caret, with "…" where
    /// the line was cut, so a 40 KB one-line file does not repeat 40 KB per diagnostic.
    public static let excerptWidth = 120

    /// One diagnostic: the located line, a window of the source line with a caret, then its notes. User text
    /// (messages quote keys and values) passes through ``TerminalSafe/escape(_:)``.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = TerminalSafe.escape(diagnostic.description)
        if let location = diagnostic.location, let source = sources[location.file],
           let line = source.line(location.line) {
            let (excerpt, caretOffset) = Self.excerpt(of: line, caretColumn: location.column)
            out += "\n  " + excerpt
            out += "\n  " + String(repeating: " ", count: caretOffset) + "^"
        }
        for note in diagnostic.notes {
            out += "\n  note: " + TerminalSafe.escape(note)
        }
        return out
    }

    /// The printable window of `line` around `caretColumn` (1-based, in Unicode scalars) and how many columns
    /// of the window precede the caret. Tabs become single spaces so the caret lines up with the column libyaml
    /// counted; unsafe characters are escaped and the caret moves past their escapes.
    static func excerpt(of line: Substring, caretColumn: Int) -> (text: String, caretOffset: Int) {
        let scalars = Array(line.unicodeScalars)
        let caret = max(0, min(caretColumn - 1, scalars.count))
        var lower = 0
        var upper = scalars.count
        if scalars.count > excerptWidth {
            lower = max(0, caret - excerptWidth / 2)
            upper = min(scalars.count, lower + excerptWidth)
            lower = max(0, upper - excerptWidth)
        }
        var text = lower > 0 ? "…" : ""
        var caretOffset = lower > 0 ? 1 : 0
        for index in lower..<upper {
            let scalar = scalars[index]
            let piece = scalar == "\t" ? " " : TerminalSafe.escape(String(scalar))
            text += piece
            if index < caret { caretOffset += piece.unicodeScalars.count }
        }
        if upper < scalars.count { text += "…" }
        return (text, caretOffset)
    }

    /// Every diagnostic, one block each, at most ``maximumDiagnosticsPerFile`` per file followed by
    /// "… and N more errors in FILE".
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var blocks: [String] = []
        write(diagnostics) { blocks.append($0) }
        return blocks.joined(separator: "\n")
    }

    /// Like ``render(_:)-([Diagnostic])`` but hands each block to `emit` as soon as it is rendered, so a caller
    /// can stream them to standard error without holding the whole output.
    public func write(_ diagnostics: [Diagnostic], to emit: (String) -> Void) {
        var shown: [String: Int] = [:]
        var omitted: [String: (count: Int, errors: Int)] = [:]
        var omittedOrder: [String] = []
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file ?? ""
            let count = shown[file, default: 0]
            if count < Self.maximumDiagnosticsPerFile {
                shown[file] = count + 1
                emit(render(diagnostic))
            } else {
                if omitted[file] == nil { omittedOrder.append(file) }
                var tally = omitted[file, default: (0, 0)]
                tally.count += 1
                if diagnostic.severity == .error { tally.errors += 1 }
                omitted[file] = tally
            }
        }
        for file in omittedOrder {
            guard let tally = omitted[file] else { continue }
            let kind = tally.errors == tally.count ? (tally.count == 1 ? "error" : "errors")
                : tally.errors == 0 ? (tally.count == 1 ? "warning" : "warnings") : "diagnostics"
            emit("… and \(tally.count) more \(kind)" + (file.isEmpty ? "" : " in \(TerminalSafe.escape(file))"))
        }
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
