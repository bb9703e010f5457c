import CSV
import Diagnostics
import Foundation

/// CelesTrak/Space-Track GP records as CSV (RFC 4180, first row = OMM keywords), parsed with CSV.swift.
/// Columns are found by header name, never by position: exporters differ in which columns they write.
enum GPCSVReader {
    static func read(_ text: String, file: String) -> CatalogueReadResult {
        var records: [MeanElementRecord] = []
        var diagnostics: [Diagnostic] = []
        let table: CSVTable
        switch CSVTable.read(text, file: file) {
        case .failure(let error): return CatalogueReadResult(file: file, format: .gpCSV, records: [], diagnostics: error.diagnostics, source: nil)
        case .success(let parsed): table = parsed
        }
        for row in table.rows {
            var builder = RecordBuilder(dialect: .gp, recordLocation: row.location, recordDescription: "CSV row \(row.index) (line \(row.location.line))")
            if let problem = table.widthProblem(row) { diagnostics.append(problem); continue }
            for (column, header) in table.header.enumerated() where !header.isEmpty {
                let value = row.fields[column]
                if value.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                builder.add(RawField(keyword: header, text: value, location: row.location(ofField: column)))
            }
            if let record = builder.build() { records.append(record) }
            diagnostics.append(contentsOf: builder.diagnostics)
        }
        return CatalogueReadResult(file: file, format: .gpCSV, records: records, diagnostics: diagnostics, source: nil)
    }
}

/// A CSV file read with CSV.swift, with each row's line and each field's column recovered for messages.
struct CSVTable {
    struct Row {
        var index: Int
        var fields: [String]
        var location: SourceLocation
        /// Column of each field's first character (exact for unquoted fields; a quoted field is one further).
        var columns: [Int]

        func location(ofField index: Int) -> SourceLocation {
            SourceLocation(file: location.file, line: location.line, column: columns.indices.contains(index) ? columns[index] : 1)
        }
    }

    var file: String
    var header: [String]
    var headerLocation: SourceLocation
    var rows: [Row]

    static func read(_ text: String, file: String) -> Result<CSVTable, DiagnosticError> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: false)
        } catch {
            return .failure(DiagnosticError(.error("cannot read CSV: expected a header row of column names", at: start)))
        }
        guard let header = reader.headerRow, !header.isEmpty, !(header.count == 1 && header[0].isEmpty) else {
            return .failure(DiagnosticError(.error("cannot read CSV: expected a header row of column names", at: start)))
        }
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if let first = seen[name] {
                return .failure(DiagnosticError(.error("column '\(name)' appears twice in the header (columns \(first + 1) and \(i + 1))", at: start)))
            }
            seen[name] = i
        }
        var line = 1 + newlines(in: header)
        var rows: [Row] = []
        var index = 0
        while let fields = reader.next() {
            index += 1
            line += 1
            let rowLine = line
            line += newlines(in: fields)
            if fields.count == 1, fields[0].isEmpty { continue }   // blank line
            var columns: [Int] = []
            var column = 1
            for field in fields {
                columns.append(column)
                column += field.unicodeScalars.count + 1
            }
            rows.append(Row(index: index, fields: fields, location: SourceLocation(file: file, line: rowLine, column: 1), columns: columns))
        }
        if let error = reader.error {
            return .failure(DiagnosticError(.error("cannot read CSV: \(error)", at: SourceLocation(file: file, line: line, column: 1))))
        }
        return .success(CSVTable(file: file, header: header, headerLocation: start, rows: rows))
    }

    static func newlines(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } }
    }

    /// A row with a different number of fields than the header is a located error, not silently padded.
    func widthProblem(_ row: Row) -> Diagnostic? {
        guard row.fields.count != header.count else { return nil }
        let at = row.fields.count > header.count ? row.location(ofField: header.count) : row.location(ofField: max(row.fields.count - 1, 0))
        return .error("CSV row has \(row.fields.count) fields, but the header names \(header.count) columns", at: at)
    }
}
