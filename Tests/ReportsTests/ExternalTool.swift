import Foundation
import Testing

/// Tests that check Steward's output with a tool from outside Swift (Python `jsonschema`, `xmllint`,
/// headless Chromium). On a developer's machine a missing tool skips the test and says which tool; under
/// `CI=true` the test runs anyway and fails on the missing tool, so a CI run can never pass while a
/// validator is silently absent. `.ci/run` installs the tools before `swift test`.
enum ExternalTool {
    /// True when the environment variable `CI` is `true` (as GitHub Actions, GitLab CI and most others set it) or `1`.
    static let isCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? ""
        return value == "true" || value == "1"
    }()

    /// Whether a test that needs a tool runs: always when the tool is there, and under CI even when it is not
    /// (so that it fails); otherwise it is skipped.
    static func runs(toolAvailable: Bool, underCI: Bool) -> Bool { toolAvailable || underCI }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when `available`; otherwise skips it with "skipped: `reason`", except under `CI=true`,
    /// where it runs and fails where it reaches for the missing tool.
    static func requiresTool(_ available: @autoclosure @escaping @Sendable () -> Bool, _ reason: String,
                             sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(if: ExternalTool.runs(toolAvailable: available(), underCI: ExternalTool.isCI), Comment(rawValue: "skipped: \(reason)"), sourceLocation: sourceLocation)
    }
}

@Suite("External tools")
struct ExternalToolTests {
    @Test("a missing tool skips the test on a developer's machine but runs it, to fail, under CI=true")
    func missingToolFailsUnderCI() {
        #expect(ExternalTool.runs(toolAvailable: true, underCI: false))
        #expect(ExternalTool.runs(toolAvailable: true, underCI: true))
        #expect(!ExternalTool.runs(toolAvailable: false, underCI: false))
        #expect(ExternalTool.runs(toolAvailable: false, underCI: true))
    }

    @Test("the schemas the validators use are in the repository, not beside it")
    func schemasAreInTheRepository() {
        for schema in [ExternalValidators.sarifSchema, ExternalValidators.junitSchema] {
            #expect(schema.path.hasPrefix(RatingFixture.root.path + "/"), "\(schema.path)")
            #expect(FileManager.default.fileExists(atPath: schema.path), "\(schema.path)")
        }
    }
}
