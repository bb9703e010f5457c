import Foundation
import Testing

/// External programs some tests run as oracles (`xmllint`, Python `jsonschema`, Chromium, …).
///
/// On a developer's machine a missing tool skips the test that needs it, with the reason. Under `CI=true` the
/// CI job promised to install every such tool, so a missing one is a failure: a validation that silently did
/// not run must never look like one that passed.
public enum ExternalTool {
    /// True on CI: `CI` is `true` (as GitHub Actions, GitLab CI and most services set it) or `1`.
    public static var isCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? ""
        return value == "true" || value == "1"
    }

    /// Whether a test that needs a tool runs: always when the tool is there, and under CI even when it is not
    /// (so that it fails where it reaches for the tool); otherwise it is skipped.
    public static func runs(toolAvailable: Bool, underCI: Bool) -> Bool { toolAvailable || underCI }

    /// Headless Chromium for page layout and screenshot tests: `STEWARD_CHROMIUM` when set, else the first of
    /// `chromium`, `chromium-browser`, `google-chrome` on `PATH` (Debian's package is `chromium`).
    public static let chromium: String? = {
        if let explicit = ProcessInfo.processInfo.environment["STEWARD_CHROMIUM"], !explicit.isEmpty { return explicit }
        return ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { find($0) }.first
    }()

    /// The first executable called `name` on `PATH`, or nil.
    public static func find(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// The path of external tool `name` for a test that needs it, or nil when the test should stop early (skip).
///
/// When the tool is missing it records an issue under `CI=true` (the test fails) and otherwise only a comment
/// (the test is skipped). Use as `guard let xmllint = requireTool("xmllint") else { return }`.
public func requireTool(_ name: String, why purpose: String? = nil, isCI: Bool = ExternalTool.isCI,
                        path: String? = ProcessInfo.processInfo.environment["PATH"],
                        sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    if let found = ExternalTool.find(name, path: path) { return found }
    let reason = "\(name) is not on PATH" + (purpose.map { " (needed to \($0))" } ?? "")
    if isCI {
        Issue.record("\(reason); CI=true requires every validation tool to be installed", sourceLocation: sourceLocation)
    } else {
        print("skipped: \(reason)")
    }
    return nil
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when `available`; otherwise skips it with "skipped: `reason`", except under `CI=true`,
    /// where it runs and fails where it reaches for the missing tool. For tests that decide availability up
    /// front (a validator plus its schema); `requireTool` is the in-test form.
    public static func requiresTool(_ available: @autoclosure @escaping @Sendable () -> Bool, _ reason: String,
                                    sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(if: ExternalTool.runs(toolAvailable: available(), underCI: ExternalTool.isCI),
                 Comment(rawValue: "skipped: \(reason)"), sourceLocation: sourceLocation)
    }
}
