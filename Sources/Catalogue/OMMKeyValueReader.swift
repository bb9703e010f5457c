import Diagnostics
import Foundation

/// CCSDS OMM in Keyword = Value Notation (ODM 502.0-B-3 §7): one `KEY = VALUE` per line, `COMMENT text` lines,
/// blank lines meaningless, several messages in one file each starting with `CCSDS_OMM_VERS`.
enum OMMKeyValueReader {
    /// Longest KVN line the standard allows (§7.3.2).
    static let maxLineLength = 254

    static func read(_ text: String, file: String, firstLine: Int = 1, columnOffset: Int = 0) -> CatalogueReadResult {
        var records: [MeanElementRecord] = []
        var diagnostics: [Diagnostic] = []
        var builder: RecordBuilder?
        var messageIndex = 0

        func finish() {
            guard var current = builder else { return }
            if let record = current.build() { records.append(record) }
            diagnostics.append(contentsOf: current.diagnostics)
            builder = nil
        }

        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (offset, rawLine) in lines.enumerated() {
            let lineNumber = firstLine + offset
            let line = String(rawLine)
            let indent = line.unicodeScalars.prefix(while: { $0 == " " }).count
            let at = SourceLocation(file: file, line: lineNumber, column: columnOffset + indent + 1)
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            if line.unicodeScalars.count > maxLineLength {
                diagnostics.append(.error("KVN lines are at most \(maxLineLength) characters (ODM §7.3.2), found \(line.unicodeScalars.count)", at: at))
                continue
            }
            if let bad = line.unicodeScalars.firstIndex(where: { !$0.isASCII || ($0.value < 0x20) }) {
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: bad) + 1
                diagnostics.append(.error("KVN allows printable ASCII only, no tabs (ODM §7.3.4)",
                                          at: SourceLocation(file: file, line: lineNumber, column: columnOffset + column)))
                continue
            }
            if content.hasPrefix("COMMENT") && (content.count == 7 || content.dropFirst(7).first == " ") { continue }
            guard let equals = content.firstIndex(of: "=") else {
                diagnostics.append(.error("expected 'KEYWORD = value' or 'COMMENT text', found '\(content)'", at: at))
                continue
            }
            let keyword = content[..<equals].trimmingCharacters(in: .whitespaces)
            let value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !keyword.isEmpty, keyword.allSatisfy({ ($0.isUppercase || $0.isNumber || $0 == "_") && $0.isASCII }) else {
                diagnostics.append(.error("keywords are upper-case letters, digits and '_' (ODM §7.4.4), found '\(keyword)'", at: at))
                continue
            }
            let valueColumn = line.distance(from: line.startIndex, to: line.firstIndex(of: "=") ?? line.startIndex) + 2
                + line[(line.firstIndex(of: "=").map { line.index(after: $0) } ?? line.endIndex)...].prefix(while: { $0 == " " }).count
            let valueAt = SourceLocation(file: file, line: lineNumber, column: columnOffset + valueColumn)
            if keyword == "CCSDS_OMM_VERS" {
                finish()
                messageIndex += 1
                if !["2.0", "3.0"].contains(value) {
                    diagnostics.append(.error("CCSDS_OMM_VERS must be 2.0 or 3.0, found '\(value)'", at: valueAt))
                }
                builder = RecordBuilder(dialect: .omm, recordLocation: at, recordDescription: "OMM message \(messageIndex) (line \(lineNumber))")
                continue
            }
            guard builder != nil else {
                diagnostics.append(.error("an OMM starts with 'CCSDS_OMM_VERS = 3.0' (ODM §7.3.6), found '\(keyword)'", at: at))
                builder = RecordBuilder(dialect: .omm, recordLocation: at, recordDescription: "OMM message at line \(lineNumber)")
                messageIndex += 1
                builder?.add(RawField(keyword: keyword, text: value, location: valueAt))
                continue
            }
            builder?.add(RawField(keyword: keyword, text: value, location: valueAt))
        }
        finish()
        if records.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(.error("no OMM message found: expected a line 'CCSDS_OMM_VERS = 3.0'", at: SourceLocation(file: file, line: firstLine, column: 1)))
        }
        return CatalogueReadResult(file: file, format: .ommKVN, records: records, diagnostics: diagnostics, source: nil)
    }
}
