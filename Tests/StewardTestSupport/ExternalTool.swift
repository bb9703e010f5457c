import Foundation
import Testing

/// External programs some tests run as oracles (`xmllint`, Python `jsonschema`, Chromium, …).
///
/// On a developer's machine a missing tool skips the test that needs it, with the reason. Under `CI=true` the
/// CI job promised to install every such tool, so a missing one is a failure: a validation that silently did
/// not run must never look like one that passed.
public enum ExternalTool {
    /// True on CI (`CI=true`, as GitHub Actions and most CI services set it).
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

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
