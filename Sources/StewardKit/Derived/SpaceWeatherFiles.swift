import Astrodynamics
import Diagnostics
import Foundation
import RuleEngine

/// Reads the user's solar-activity files: `--assume space_weather=PATH` (a CelesTrak SW-All file replacing the
/// embedded snapshot) and `--assume solar_forecast=PATH` (NOAA SWPC's predicted-solar-cycle JSON).
///
/// A path comes from the command line or a ruleset, never from a descriptor. Only regular files are read (not
/// devices, FIFOs or directories), up to a size limit, and every problem is `file:line:col: error: …`.
/// Each file is read once per process, so a batch shares the first reading.
public enum SpaceWeatherFiles {
    public static func history(path: String) throws(DiagnosticError) -> SpaceWeatherHistory {
        try histories.value(for: path) { () throws(DiagnosticError) in
            let text = try read(path: path, what: "space-weather file", limit: CelesTrakSpaceWeatherFile.maximumBytes)
            do throws(SpaceWeatherFileError) {
                let history = try CelesTrakSpaceWeatherFile.parse(text, source: "")
                return history.named("CelesTrak SW-All updated \(history.updated) (file \(path))")
            } catch {
                throw DiagnosticError(.error(error.message, at: SourceLocation(file: path, line: error.line, column: error.column)))
            }
        }
    }

    public static func forecast(path: String) throws(DiagnosticError) -> SolarCycleForecast {
        try forecasts.value(for: path) { () throws(DiagnosticError) in
            let text = try read(path: path, what: "solar-cycle forecast", limit: SolarCycleForecast.maximumBytes)
            do throws(SpaceWeatherFileError) {
                return try SolarCycleForecast.parse(text, source: "(file \(path))")
            } catch {
                throw DiagnosticError(.error(error.message, at: SourceLocation(file: path, line: error.line, column: error.column)))
            }
        }
    }

    /// The text of a regular file no larger than `limit` bytes.
    static func read(path: String, what: String, limit: Int) throws(DiagnosticError) -> String {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw DiagnosticError(.error("cannot read \(what): no such file", at: start))
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw DiagnosticError(.error("cannot read \(what): not a regular file", at: start))
        }
        guard let size = attributes[.size] as? Int, size <= limit else {
            throw DiagnosticError(.error("\(what) is larger than the \(limit)-byte limit", at: start))
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error("cannot read \(what) as UTF-8 text", at: start))
        }
        return text
    }

    /// Reads every physics input file the assumptions name (density table, space weather, forecast, materials), so a command
    /// can refuse a broken one up front (exit 2, located errors) instead of every fact that needs it turning absent.
    public static func check(_ assumptions: PhysicsAssumptions) throws(DiagnosticError) {
        try DensityTableFile.check(assumptions)
        if case .string(let path)? = assumptions.values["space_weather"] { _ = try history(path: path) }
        if case .string(let path)? = assumptions.values["solar_forecast"] { _ = try forecast(path: path) }
        if case .string(let path)? = assumptions.values["materials"] { _ = try MaterialsFile.load(path: path) }
    }

    private static let histories = Cache<SpaceWeatherHistory>()
    private static let forecasts = Cache<SolarCycleForecast>()

    /// Path → outcome of the first reading; the lock makes it safe for the parallel batch.
    private final class Cache<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [String: Result<Value, DiagnosticError>] = [:]

        func value(for path: String, _ read: () throws(DiagnosticError) -> Value) throws(DiagnosticError) -> Value {
            lock.lock()
            defer { lock.unlock() }
            if let known = outcomes[path] { return try known.get() }
            let outcome: Result<Value, DiagnosticError>
            do throws(DiagnosticError) { outcome = .success(try read()) } catch { outcome = .failure(error) }
            outcomes[path] = outcome
            return try outcome.get()
        }
    }
}

/// One ``RecordedSolarActivity`` per (file, forecast, bound): its cycle-spread factors are computed once.
final class RecordedSolarActivityCache: @unchecked Sendable {
    static let shared = RecordedSolarActivityCache()
    private let lock = NSLock()
    private var built: [String: RecordedSolarActivity] = [:]

    func value(history: SpaceWeatherHistory, forecast: SolarCycleForecast?, bound: RecordedSolarActivity.Bound,
               key: String) -> RecordedSolarActivity {
        lock.lock()
        defer { lock.unlock() }
        if let known = built[key] { return known }
        let made = RecordedSolarActivity(history: history, forecast: forecast, bound: bound)
        built[key] = made
        return made
    }
}
