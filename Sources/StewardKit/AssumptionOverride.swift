import Foundation
import Diagnostics
import RuleEngine

/// One `--assume key=value` override of a ruleset assumption (docs/physics.md, "Assumptions").
///
/// Parsed and validated per key (``DerivedAssumptions/specs``: enum values with a did-you-mean, numbers within
/// their range) so a typo fails on the command line with exit 64 instead of silently changing the physics.
public struct AssumptionOverride: Sendable, Hashable {
    public var key: String
    /// A number when the text reads as one (YAML 1.2 core syntax), otherwise the text.
    public var value: RuleEngine.FactValue

    public init(key: String, value: RuleEngine.FactValue) {
        self.key = key
        self.value = value
    }

    /// Assumption keys the engine understands (the table in docs/physics.md, "Assumptions").
    public static let knownKeys: [String] = DerivedAssumptions.keys

    /// Parses `key=value`, rejecting unknown keys (with a did-you-mean), empty values and non-finite numbers.
    public static func parse(_ argument: String) throws(AssumptionParseError) -> AssumptionOverride {
        guard let equals = argument.firstIndex(of: "=") else {
            throw AssumptionParseError("expected key=value, found '\(argument)'")
        }
        let key = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        let raw = String(argument[argument.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { throw AssumptionParseError("missing key before '=' in '\(argument)'") }
        guard knownKeys.contains(key) else {
            let hint = Suggestion.note(for: key, in: knownKeys).map { "; \($0)" } ?? ""
            throw AssumptionParseError("unknown assumption '\(key)'\(hint) (known: \(knownKeys.joined(separator: ", ")))")
        }
        guard !raw.isEmpty else { throw AssumptionParseError("missing value after '=' for assumption '\(key)'") }
        if let number = YAMLScalar(raw, isPlain: true).number {
            guard number.isFinite else { throw AssumptionParseError("assumption '\(key)' must be a finite number, found '\(raw)'") }
            return try validated(AssumptionOverride(key: key, value: .number(number)))
        }
        return try validated(AssumptionOverride(key: key, value: .string(raw)))
    }

    private static func validated(_ assumption: AssumptionOverride) throws(AssumptionParseError) -> AssumptionOverride {
        if let problem = DerivedAssumptions.problem(key: assumption.key, value: assumption.value) {
            throw AssumptionParseError(problem)
        }
        return assumption
    }
}

extension PhysicsAssumptions {
    /// Ruleset assumptions with the command line's overrides on top (the last of a repeated key wins).
    public init(ruleset: [String: RuleEngine.FactValue] = [:], overrides: [AssumptionOverride]) {
        var table: [String: RuleEngine.FactValue] = [:]
        for override in overrides { table[override.key] = override.value }
        self.init(ruleset: ruleset, overrides: table)
    }
}

/// A malformed `--assume` argument.
public struct AssumptionParseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension AssumptionOverride {
    /// Warnings for `--assume` values that no model reads under the chosen scenario (e.g. `f107` under the
    /// default `solar_activity=mean_cycle`), so a user never believes an override changed a number it did not.
    /// `rulesets` are the assumption blocks of the rulesets in use: a key is reported only when it is unused under
    /// every one of them. The location names the command-line argument (there is no file line to point at).
    public static func unusedWarnings(_ overrides: [String: RuleEngine.FactValue],
                                      rulesets: [[String: RuleEngine.FactValue]] = [[:]]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for key in overrides.keys.sorted() {
            let settings = rulesets.compactMap { ruleset -> DerivedAssumptions? in
                var merged = ruleset
                for (k, v) in overrides { merged[k] = v }
                return try? DerivedAssumptions(values: merged)
            }
            guard !settings.isEmpty, settings.allSatisfy({ !$0.isRead(key) }) else { continue }
            let scenario = settings[0].solarActivity.rawValue
            let readers: String
            switch key {
            case "f107", "ap": readers = "only solar_activity=constant reads it"
            case "space_weather": readers = "only solar_activity=file, forecast, forecast_high and forecast_low read it"
            default: readers = "only solar_activity=forecast, forecast_high and forecast_low read it"
            }
            let value = overrides[key].map(\.displayText) ?? ""
            warnings.append(.warning(
                "--assume \(key)=\(value) has no effect under solar_activity=\(scenario): \(readers)",
                at: nil,
                notes: [key == "f107" || key == "ap"
                    ? "add --assume solar_activity=constant to use a fixed F10.7 and Ap"
                    : "add --assume solar_activity=forecast (or file) to use it"]))
        }
        return warnings
    }
}
