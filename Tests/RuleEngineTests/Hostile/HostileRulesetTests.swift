import Diagnostics
import Foundation
@testable import RuleEngine
import Testing

/// Hostile rulesets (issue 11): thousands of located warnings and errors, carets after escapes, and `extends:` or
/// `density_table` reaching outside the ruleset's directory.
private typealias SourceLocation = Diagnostics.SourceLocation

@Suite("Hostile rulesets")
struct HostileRulesetTests {
    static let header = """
        format: steward/ruleset@1
        id: q
        version: 0.1.0
        title: Q
        tiers: [{name: gold, min_score: 0.5}]
        sections:
          - id: A
            title: A
            guidelines:
              - id: A.1
                title: A.1
                rules:

        """

    static func rules(_ count: Int, passIf: String) -> String {
        header + (0..<count).map { String(format: "          - {id: r%05d, title: t, pass_if: '\(passIf)'}", $0) }.joined(separator: "\n") + "\n"
    }

    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("5,000 unit-mismatch warnings are each located on their own line, in linear time")
    func thousandsOfWarnings() {
        let text = Self.rules(5_000, passIf: "orbit.perigee_km > spacecraft.mass_kg")
        let started = Date()
        let outcome = RulesetLoader(catalog: TestCatalog.catalog).load(text: text, file: "q.yaml")
        // Was 56 s in a debug build (each warning rescanned the file from its start); ~2 s of fixed cost now.
        #expect(Date().timeIntervalSince(started) < 10)
        let warnings = outcome.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 5_000)
        #expect(warnings.first?.location == SourceLocation(file: "q.yaml", line: 13, column: 63))
        #expect(warnings.last?.location == SourceLocation(file: "q.yaml", line: 5_012, column: 63))
    }

    @Test("5,000 unknown facts: located errors, did-you-mean only for the first dozens")
    func thousandsOfErrors() {
        let text = Self.rules(5_000, passIf: "orbit.perigee_km > orbit.perigee_kn")
        let started = Date()
        let outcome = RulesetLoader(catalog: TestCatalog.catalog).load(text: text, file: "q.yaml")
        #expect(Date().timeIntervalSince(started) < 10)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 5_000)
        #expect(errors.first?.notes == ["did you mean 'orbit.perigee_km'?"])
        #expect(errors.last?.notes == [])
        #expect(errors.last?.location == SourceLocation(file: "q.yaml", line: 5_012, column: 65))
    }

    @Test("the caret after \\t, \\u and \\\" escapes and '' quotes points at the token")
    func caretAfterEscapes() {
        func location(_ passIf: String) -> [SourceLocation?] {
            let text = Self.header + "          - {id: r1, title: t, pass_if: \(passIf)}\n"
            return RulesetLoader(catalog: TestCatalog.catalog).load(text: text, file: "q.yaml").diagnostics.map(\.location)
        }
        #expect(location(#""1 > 0 and\tno_such.fact > 1""#) == [SourceLocation(file: "q.yaml", line: 13, column: 53)])
        #expect(location(#""\u0041 == \"A\" and no_such.fact > 1""#)
                == [SourceLocation(file: "q.yaml", line: 13, column: 42), SourceLocation(file: "q.yaml", line: 13, column: 62)])
        #expect(location(#"'''x'' == y and no_such.fact > 1'"#).last == SourceLocation(file: "q.yaml", line: 13, column: 57))
    }

    @Test("extends outside the ruleset's directory is refused at the extends line and nothing of the target is shown")
    func extendsConfinement() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("rulesets")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let secret = "aws_secret_access_key: canary-AKIA-not-real-1\ndb_password: canary-hunter2\n"
        try Data(secret.utf8).write(to: root.appendingPathComponent("secrets.yaml"))
        try Data(secret.utf8).write(to: folder.appendingPathComponent("inside-secrets.yaml"))
        func lint(_ extends: String, allowing: [String] = []) throws -> [Diagnostic] {
            let path = folder.appendingPathComponent("overlay.yaml")
            try Data("format: steward/ruleset@1\nid: o\nversion: 1.0.0\ntitle: O\nextends: \(extends)\n".utf8).write(to: path)
            let loader = RulesetLoader(catalog: TestCatalog.catalog, confinement: ConfinedPath(allowedDirectories: allowing))
            return loader.load(path: path.path).diagnostics
        }
        for target in ["/etc/passwd", "../secrets.yaml", "../../../../../../etc/passwd", root.appendingPathComponent("secrets.yaml").path] {
            let diagnostics = try lint(target)
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.message.contains("is outside") == true)
            #expect(diagnostics.first?.location?.line == 5)
            #expect(diagnostics.first?.location?.file.hasSuffix("overlay.yaml") == true)
        }
        // Inside the folder or allowed, but not a ruleset: refused without quoting a single line or key.
        for diagnostics in [try lint("inside-secrets.yaml"), try lint("../secrets.yaml", allowing: [root.path])] {
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.message.contains("is not a Steward ruleset") == true)
            #expect(!diagnostics.contains { "\($0.message) \($0.notes)".contains("canary") || "\($0.message)".contains("aws_") })
        }
        // Not even YAML: located by position only.
        try Data("a: [\n b: 'canary\n".utf8).write(to: folder.appendingPathComponent("broken.yaml"))
        let broken = try lint("broken.yaml")
        #expect(broken.first?.message.contains("is not a valid ruleset (first error at line") == true)
        #expect(!broken.contains { $0.message.contains("canary") })
    }

    @Test("a ruleset's density_table is resolved against its own directory and confined to it")
    func densityTableConfinement() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Self.header + "          - {id: r1, title: t, pass_if: 'orbit.perigee_km > 1'}\n"
        func load(_ table: String) throws -> RulesetLoader.Outcome {
            let path = folder.appendingPathComponent("r.yaml")
            try Data(text.replacingOccurrences(of: "tiers:", with: "assumptions: {density_table: \(table)}\ntiers:").utf8).write(to: path)
            return RulesetLoader(catalog: TestCatalog.catalog).load(path: path.path)
        }
        let outside = try load("/etc/passwd")
        #expect(outside.diagnostics.first?.message.hasPrefix("'assumptions.density_table' '/etc/passwd' is outside") == true)
        #expect(outside.diagnostics.first?.location?.line == 5)
        let inside = try load("tables/density.csv")
        let value = inside.ruleset?.assumptions.first { $0.key == "density_table" }?.value
        #expect(value == .string(folder.appendingPathComponent("tables/density.csv").path))
    }
}
