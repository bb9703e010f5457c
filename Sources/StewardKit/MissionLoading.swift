import Diagnostics
import Foundation
import MissionModel

/// The result of checking one descriptor, ready to print.
public struct MissionCheckOutcome: Sendable {
    public var file: String
    public var mission: Mission?
    public var diagnostics: [Diagnostic]
    /// The diagnostics rendered compiler-style (located line, source line, caret, notes), one block each.
    public var renderedDiagnostics: String

    public var isValid: Bool { mission != nil && !diagnostics.contains { $0.severity == .error } }
}

/// Loading and checking descriptors for the command line and other front ends.
public enum MissionChecking {
    /// Loads and validates each file independently: a bad file never stops the others from being checked.
    public static func check(paths: [String], limits: YAMLLimits = .default) -> [MissionCheckOutcome] {
        paths.map { check(path: $0, limits: limits) }
    }

    public static func check(path: String, limits: YAMLLimits = .default) -> MissionCheckOutcome {
        outcome(MissionLoader.load(contentsOf: path, limits: limits))
    }

    static func outcome(_ result: MissionLoadResult) -> MissionCheckOutcome {
        let renderer = DiagnosticRenderer(sources: result.source.map { [$0] } ?? [])
        return MissionCheckOutcome(file: result.file, mission: result.hasErrors ? nil : result.mission,
                                   diagnostics: result.diagnostics, renderedDiagnostics: renderer.render(result.diagnostics))
    }

    /// The one-line summary printed after checking, e.g. `Examples/aurora-3u.yaml: valid (aurora-3u, 54 facts)`.
    public static func summary(of outcome: MissionCheckOutcome) -> String {
        if let mission = outcome.mission, outcome.isValid {
            return "\(outcome.file): valid (\(mission.id), \(mission.declaredFacts.count) declared facts)"
        }
        let errors = outcome.diagnostics.filter { $0.severity == .error }.count
        return "\(outcome.file): invalid (\(errors) error\(errors == 1 ? "" : "s"))"
    }
}
