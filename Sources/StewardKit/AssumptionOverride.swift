import Foundation
import Diagnostics

/// One `--assume key=value` override of a ruleset assumption (DESIGN §4).
///
/// Only parsed and validated for now: the physics that consumes assumptions arrives with later issues,
/// and until then `steward facts` echoes the overrides so users see what would be applied.
public struct AssumptionOverride: Sendable, Hashable {
    public var key: String
    public var value: AssumptionValue

    public init(key: String, value: AssumptionValue) {
        self.key = key
        self.value = value
    }

    /// Assumption keys the engine understands (DESIGN §4).
    public static let knownKeys: [String] = [
        "ap", "atmosphere", "drag_coefficient", "f107", "population_year", "solar_activity",
        "target_residual_lifetime_years",
    ]

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
            return AssumptionOverride(key: key, value: .number(number))
        }
        return AssumptionOverride(key: key, value: .string(raw))
    }
}

/// An assumption value: a number when it reads as one, otherwise text.
public enum AssumptionValue: Sendable, Hashable {
    case number(Double)
    case string(String)
}

/// A malformed `--assume` argument.
public struct AssumptionParseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
