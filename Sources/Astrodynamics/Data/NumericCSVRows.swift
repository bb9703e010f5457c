import Foundation

/// Reads the numeric rows of a small comma-separated table shipped inside the binary.
///
/// The embedded tables are fixed text checked by the tests, so a row that does not parse is skipped rather than
/// reported; user-supplied tables go through `SpatialDensityTable.parse(csv:)`, which reports every bad row.
enum NumericCSVRows {
    /// The rows after the header line, each as its numbers, keeping only rows with exactly `columns` numbers.
    static func parse(_ text: String, columns: Int) -> [[Double]] {
        var rows: [[Double]] = []
        for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() where index > 0 {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == columns else { continue }
            let numbers = fields.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard numbers.count == columns, numbers.allSatisfy(\.isFinite) else { continue }
            rows.append(numbers)
        }
        return rows
    }
}
