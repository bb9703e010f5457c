import Astrodynamics
import Foundation

/// `steward density-table`: rebuilds the tracked-object table from a user's TLE catalogue
/// (`SpatialDensityTableBuilder`) and renders it in the shipped CSV format that ``DensityTableFile`` reads back.
public enum DensityTableRebuild {
    public struct Output: Sendable {
        public var csv: String
        public var objectsRead: Int
        public var objectsInRange: Int
        /// Every skipped line as `file:line: message`.
        public var issues: [String]
    }

    public static func run(tleText: String, file: String, epoch: String) -> Output {
        let built = SpatialDensityTableBuilder.build(tleText: tleText, epoch: epoch)
        return Output(csv: built.table.csv(), objectsRead: built.objectsRead, objectsInRange: built.objectsInRange,
                      issues: built.issues.map { "\(file):\($0.lineNumber): \($0.message)" })
    }

    /// Today's date (UTC) as YYYY-MM-DD.
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
