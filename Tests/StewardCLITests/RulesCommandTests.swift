import Foundation
import Testing
import StewardTestSupport

/// `steward rules …` end to end, on the built binary.
@Suite struct RulesCommandTests {
    static let rulesetWithBrokenExample = """
    format: steward/ruleset@1
    id: examples
    version: 1.0.0
    title: Examples
    tiers: [{name: gold, min_score: 0.7}]
    sections:
      - id: S
        title: S
        guidelines:
          - id: G
            title: G
            rules:
              - id: light
                title: Light spacecraft
                pass_if: spacecraft.mass_kg < 10
                examples:
                  - {given: {spacecraft.mass_kg: 4}, outcome: pass}
                  - {given: {spacecraft.mass_kg: 40}, score: 1}
    """

    @Test func listShowsEveryEmbeddedRulesetWithVersionAndTitle() throws {
        let run = try StewardBinary.run(["rules", "list"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines.contains { $0.hasPrefix("starter ") && $0.contains("0.1.0") && $0.contains("Steward starter ruleset") })
        #expect(lines.contains { $0.hasPrefix("lts-2019 ") })
    }

    @Test func testPassesOnTheStarterRuleset() throws {
        let run = try StewardBinary.run(["rules", "test", "starter"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("PASS"), "quiet by default: \(run.stdout)")
        #expect(run.stdout.hasPrefix("starter: 19 examples, 19 passed, 0 failed; coverage 62.5% (10 of 16 rules have an example)\n"))
        #expect(run.stdout.contains("starter: no example: B.5-prelaunch, B.7-safe-mode, "))
        let verbose = try StewardBinary.run(["rules", "test", "starter", "--verbose"])
        #expect(verbose.stdout.contains("<embedded>/starter.yaml:31:17: PASS A.1-licence\n"))
        #expect(verbose.stdout.components(separatedBy: ": PASS ").count == 20)
    }

    @Test func testFailsWithALocatedMessageOnABrokenExample() throws {
        let path = try ScratchDirectory.file("examples.yaml", Self.rulesetWithBrokenExample)
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["rules", "test", path])
        #expect(run.status == 1)
        #expect(run.stdout == """
        \(path):18:17: FAIL light: expected score 1, found 0
        \(path): 2 examples, 1 passed, 1 failed; coverage 100% (1 of 1 rules have an example)
        \(path): outcomes no example produces: partial, not_applicable, unknown

        """)
    }

    @Test func lintReportsErrorsAndExitsTwo() throws {
        let path = try ScratchDirectory.file("lint.yaml", Self.rulesetWithBrokenExample.replacingOccurrences(
            of: "pass_if: spacecraft.mass_kg < 10", with: "pass_if: spacecraft.mass_kg < \"ten\""))
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["rules", "lint", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(path):15:43: error: '<' expects numbers on both sides, found string (in 'pass_if')\n"), "\(run.stderr)")
        #expect(run.stdout == "\(path): 1 error, 0 warnings\n")
        let clean = try StewardBinary.run(["rules", "lint", "starter"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "starter: starter 0.1.0, 16 rules: 0 errors, 0 warnings\n")
    }

    @Test func docAndExplain() throws {
        let doc = try StewardBinary.run(["rules", "doc", "starter"])
        #expect(doc.status == 0)
        try RateCommandTests.expectGolden(doc.stdout, "rules-doc-starter.md")
        #expect(doc.stdout.hasPrefix("# Steward starter ruleset (subset of the UN COPUOS LTS guidelines 2019)\n"))
        #expect(doc.stdout.contains("| platinum | 0.85 |"))
        #expect(doc.stdout.contains("### B.9 — "))
        #expect(doc.stdout.contains("- scale (log₁₀ axis): "))
        #expect(doc.stdout.contains("**Advice.** Design for demise"))

        let explain = try StewardBinary.run(["rules", "explain", "A.1-licence", "--ruleset", "starter"])
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("# `A.1-licence` — The mission is authorised under a national framework"))
        #expect(explain.stdout.contains("- required: `authorization.licence != \"none\"`, otherwise the tier is capped at bronze"))
        #expect(explain.stdout.contains("Defined at <embedded>/starter.yaml:24:13 (`steward rules show starter` prints it)."))

        let unknown = try StewardBinary.run(["rules", "explain", "A.1-license", "--ruleset", "starter"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'A.1-licence'?"))
    }
}
