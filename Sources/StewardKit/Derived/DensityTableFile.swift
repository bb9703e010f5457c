import Astrodynamics
import Diagnostics
import Foundation
import RuleEngine

/// Reads a tracked-object spatial-density table written by `steward density-table` (the shipped CSV format,
/// `SpatialDensityTable.csv()`), so `--assume density_table=FILE.csv` can replace the 2019 baseline.
///
/// Strict on purpose: a table that silently lost a shell would understate collision risk at that altitude, so
/// every row must have the seven numeric columns, shells must be contiguous and ascending, and densities
/// non-negative. Each problem is reported as `file:line:col: error: …`.
public enum DensityTableFile {
    public static let header = "altitude_low_km,altitude_high_km,payloads,rocket_bodies,debris,total_objects,objects_per_km3"
    /// Larger files are refused before reading (a 20-km table up to 2,000 km is about 6 kB).
    public static let maximumBytes = 5_000_000

    /// The table at `path`, read and checked once per process: a batch rates every mission against the same
    /// file, so each mission's collision provider shares the first reading (errors included).
    public static func load(path: String) throws(DiagnosticError) -> SpatialDensityTable {
        try loaded.value(for: path) { () throws(DiagnosticError) in try read(path: path) }
    }

    private static let loaded = LoadedTables()

    /// Path → outcome of the first reading; the lock makes it safe for the parallel batch.
    private final class LoadedTables: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [String: Result<SpatialDensityTable, DiagnosticError>] = [:]

        func value(for path: String, _ read: () throws(DiagnosticError) -> SpatialDensityTable)
            throws(DiagnosticError) -> SpatialDensityTable {
            lock.lock()
            defer { lock.unlock() }
            if let known = outcomes[path] { return try known.get() }
            let outcome: Result<SpatialDensityTable, DiagnosticError>
            do throws(DiagnosticError) { outcome = .success(try read()) } catch { outcome = .failure(error) }
            outcomes[path] = outcome
            return try outcome.get()
        }
    }

    static func read(path: String) throws(DiagnosticError) -> SpatialDensityTable {
        let start = SourceLocation(file: path, line: 1, column: 1)
        // Regular files only, never blocking (a FIFO or /proc file named here would hang or mislead the rating).
        let data = try InputFile.read(atPath: path, maxBytes: maximumBytes, what: "density table")
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error("cannot read density table as UTF-8 text", at: start))
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> SpatialDensityTable {
        var bag = DiagnosticBag()
        var shells: [SpatialDensityTable.Shell] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == header else {
            throw DiagnosticError(.error("density table must start with the header line '\(header)'",
                                         at: SourceLocation(file: file, line: 1, column: 1)))
        }
        for (index, line) in lines.enumerated().dropFirst() {
            let lineNumber = index + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == 7 else {
                bag.error("expected 7 comma-separated columns, found \(fields.count)",
                          at: SourceLocation(file: file, line: lineNumber, column: 1))
                continue
            }
            var numbers: [Double] = []
            var column = 1
            for field in fields {
                guard let number = Double(field), number.isFinite, number >= 0 else {
                    bag.error("'\(field)' is not a non-negative number",
                              at: SourceLocation(file: file, line: lineNumber, column: column))
                    break
                }
                numbers.append(number)
                column += field.count + 1
            }
            guard numbers.count == 7 else { continue }
            let location = SourceLocation(file: file, line: lineNumber, column: 1)
            guard numbers[0] < numbers[1] else {
                bag.error("shell low altitude \(km(numbers[0])) is not below its high altitude \(km(numbers[1]))", at: location)
                continue
            }
            if let previous = shells.last, abs(previous.highKm - numbers[0]) > 1e-9 {
                bag.error("shell starts at \(km(numbers[0])) but the previous one ends at \(km(previous.highKm)) "
                          + "(shells must be contiguous and ascending)", at: location)
                continue
            }
            shells.append(SpatialDensityTable.Shell(lowKm: numbers[0], highKm: numbers[1], payloads: numbers[2],
                                                    rocketBodies: numbers[3], debris: numbers[4],
                                                    totalObjects: numbers[5], objectsPerKm3: numbers[6]))
        }
        if shells.isEmpty, !bag.hasErrors {
            bag.error("density table has no shells", at: SourceLocation(file: file, line: 1, column: 1))
        }
        try bag.throwIfErrors()
        return SpatialDensityTable(shells: shells, epoch: "file:\(file)")
    }

    private static func km(_ value: Double) -> String { NumberFormatting.shortest(value) + " km" }

    /// Loads the table named by the `density_table` assumption, if any, so a command can refuse a broken file
    /// up front (exit 2, located errors) instead of every collision fact turning absent.
    public static func check(_ assumptions: PhysicsAssumptions) throws(DiagnosticError) {
        guard case .string(let path)? = assumptions.values["density_table"] else { return }
        _ = try load(path: path)
    }

    /// The one check `facts`, `rate` and `certify` share: the table a run will read, from `--assume
    /// density_table=` (`overrides`) or else from each ruleset's own `assumptions:`, loads without error. A
    /// ruleset's table error carries a note naming the ruleset line that named it.
    public static func check(overrides: [String: RuleEngine.FactValue], rulesets: [CompiledRuleset]) throws(DiagnosticError) {
        if case .string(let path)? = overrides["density_table"] {
            _ = try load(path: path)
            return
        }
        var diagnostics: [Diagnostic] = []
        for ruleset in rulesets {
            for assumption in ruleset.assumptions where assumption.key == "density_table" {
                guard case .string(let path) = assumption.value else { continue }
                do throws(DiagnosticError) {
                    _ = try load(path: path)
                } catch {
                    diagnostics += error.diagnostics.map {
                        var located = $0
                        located.notes.append("named by 'assumptions.density_table' at \(assumption.location)")
                        return located
                    }
                }
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    }
}
