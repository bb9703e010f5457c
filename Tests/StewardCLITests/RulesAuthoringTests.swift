import Foundation
import Testing
import StewardTestSupport

/// The ruleset author's toolkit (issue 13): explain, lint in one pass, closed vocabularies, quiet tests with
/// coverage, and the show / facts / new verbs, on the built binary.
@Suite struct RulesAuthoringTests {
    // MARK: explain

    @Test func explainNamesTheRulesetThatDefinesTheRuleAndTheOverlaysThatChangeIt() throws {
        let run = try StewardBinary.run(["rules", "explain", "B.9-casualty-risk"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Ruleset `lts-2019` 1.0.0\n"), "\(run.stdout.prefix(200))")
        #expect(run.stdout.contains("Changed by `fcc-2024`, `france-lose-2024`"))
        #expect(run.stdout.contains("Inherited unchanged by `esa-sdm-2023`"))
        #expect(run.stdout.contains("(`steward rules show lts-2019` prints it)"))
    }

    @Test func explainInAnOverlayNamesTheOverlayThatLastOverrodeTheRule() throws {
        let run = try StewardBinary.run(["rules", "explain", "B.9-casualty-risk", "--ruleset", "france-lose-2024"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Ruleset `france-lose-2024` 1.0.0\n"))
        #expect(run.stdout.contains("Defined in `lts-2019`; overridden by `france-lose-2024`."))
        let inherited = try StewardBinary.run(["rules", "explain", "B.9-casualty-risk", "--ruleset", "esa-sdm-2023"])
        #expect(inherited.stdout.hasPrefix("Ruleset `lts-2019`\nAs used by `esa-sdm-2023` 1.0.0, which inherits it unchanged.\n"))
    }

    @Test func explainAGuidelineListsItsRules() throws {
        let run = try StewardBinary.run(["rules", "explain", "B.9"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("# Guideline `B.9` — "))
        #expect(run.stdout.contains("- `B.9-casualty-risk` — Re-entry casualty risk per spacecraft is below 1 in 10,000 (required)\n"))
        #expect(run.stdout.contains("- `B.9-design-for-demise` — "))
    }

    @Test func explainSuggestsTheRuleAPrefixNamesAndPointsAtItsOwnHelp() throws {
        let run = try StewardBinary.run(["rules", "explain", "B.9-casualty"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'B.9-casualty-risk'?"), "\(run.stderr)")
        #expect(run.stderr.contains("See 'steward rules explain --help'"))
        #expect(!run.stderr.contains("USAGE: steward <subcommand>"))
    }

    // MARK: lint

    static let brokenInTwoPhases = """
    format: steward/ruleset@1
    id: bad
    version: 1.0.0
    title: Bad
    tiers: [{name: gold, min_score: 0.7}]
    sections:
      - id: S
        title: S
        weight: -1
        guidelines:
          - id: G
            title: G
            rules:
              - id: prop
                title: Propulsion
                pass_if: spacecraft.propulsion.type == "chemcial" or spacecraft.kind in ["satelite", "upper_stage"]
                examples:
                  - {given: {spacecraft.propulsion.type: electirc}, outcome: fail}
              - id: mass
                title: Mass
                pass_if: spacecraft.mass_kg < "ten"
              - id: unread
                title: A rule whose expression does not read
                pass_if: 5
    """

    @Test func lintReportsReadingAndCompilingErrorsInOnePass() throws {
        let path = try ScratchDirectory.file("bad.yaml", Self.brokenInTwoPhases)
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["rules", "lint", path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(path):9:13: error: 'weight' must be greater than 0"), "\(run.stderr)")
        #expect(run.stderr.contains("\(path):21:43: error: '<' expects numbers on both sides, found string (in 'pass_if')"))
        // The rule whose pass_if failed to read gets no second, cascading "needs one of 'pass_if'…" error.
        #expect(!run.stderr.contains("needs one of"), "\(run.stderr)")
        #expect(run.stdout == "\(path): 6 errors, 0 warnings\n", "\(run.stderr)")
    }

    @Test func lintRefusesValuesOutsideAFactsVocabularyWithADidYouMean() throws {
        let path = try ScratchDirectory.file("bad.yaml", Self.brokenInTwoPhases)
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["rules", "lint", path])
        #expect(run.stderr.contains("""
            \(path):16:52: error: "chemcial" is not a possible value of 'spacecraft.propulsion.type' (in 'pass_if')
            """), "\(run.stderr)")
        #expect(run.stderr.contains("note: did you mean 'chemical'?"))
        #expect(run.stderr.contains("note: 'spacecraft.propulsion.type' is one of: none, chemical, electric, cold_gas, drag_device"))
        #expect(run.stderr.contains("\(path):16:86: error: \"satelite\" is not a possible value of 'spacecraft.kind'"))
        #expect(!run.stderr.contains("\"upper_stage\" is not"))
        #expect(run.stderr.contains("\(path):18:26: error: example value \"electirc\" is not a possible value of 'spacecraft.propulsion.type'"))
        #expect(run.stderr.contains("did you mean 'electric'?"))
    }

    // MARK: test

    @Test func aFailingInheritedExampleSaysHowToReadTheEmbeddedFile() throws {
        let overlay = """
        format: steward/ruleset@1
        id: strict
        version: 1.0.0
        title: Strict
        extends: lts-2019
        overrides:
          - rule: B.8-post-mission-lifetime
            scale: {log: false, points: [[0.0, 1.0], [5.0, 0.6], [25.0, 0.0]]}
        """
        let path = try ScratchDirectory.file("strict.yaml", overlay)
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["rules", "test", path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("<embedded>/lts-2019.yaml:"))
        #expect(run.stdout.contains("FAIL B.8-post-mission-lifetime: expected score"))
        #expect(run.stdout.contains(
            "note: <embedded>/lts-2019.yaml is built into steward; print it with `steward rules show lts-2019`\n"))
    }

    @Test func minCoverageIsACIGate() throws {
        let below = try StewardBinary.run(["rules", "test", "starter", "--min-coverage", "70"])
        #expect(below.status == 1)
        #expect(below.stderr.contains("starter: coverage 62.5% is below --min-coverage 70%"))
        #expect(try StewardBinary.run(["rules", "test", "starter", "--min-coverage", "60"]).status == 0)
        #expect(try StewardBinary.run(["rules", "test", "starter", "--min-coverage", "101"]).status == 64)
    }

    // MARK: show, facts, new

    @Test func showPrintsTheEmbeddedYAMLVerbatim() throws {
        let run = try StewardBinary.run(["rules", "show", "lts-2019"])
        #expect(run.status == 0)
        #expect(run.stdout == (try String(contentsOf: Repository.url("Rulesets/lts-2019.yaml"), encoding: .utf8)))
        let unknown = try StewardBinary.run(["rules", "show", "lts-2091"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'lts-2019'?"))
    }

    @Test func factsListsTypesUnitsVocabulariesOriginsAndReaders() throws {
        let run = try StewardBinary.run(["rules", "facts"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\nspacecraft.propulsion.type\n  string, declared\n"))
        #expect(run.stdout.contains("  one of: none, chemical, electric, cold_gas, drag_device\n"))
        #expect(run.stdout.contains("\norbit.perigee_km\n  number, km, declared\n"))
        #expect(run.stdout.contains("\nderived.lifetime.post_mission_years\n  number, years, derived\n"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || !$0.contains(" ") })

        let json = try StewardBinary.run(["rules", "facts", "--ruleset", "starter", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ruleset"] as? String == "starter")
        let facts = try #require(object["facts"] as? [[String: Any]])
        let regime = try #require(facts.first { $0["path"] as? String == "derived.orbit.regime" })
        #expect(regime["origin"] as? String == "derived")
        #expect((regime["allowed_values"] as? [String])?.contains("LEO") == true)
        let licence = try #require(facts.first { $0["path"] as? String == "authorization.licence" })
        #expect(licence["read_by"] as? [String] == ["A.1-licence"])
    }

    @Test func newWritesAnOverlayThatLintsAndTestsGreenAndNeverOverwrites() throws {
        let directory = try ScratchDirectory.make("rules-new")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("my-overlay.yaml").path
        let run = try StewardBinary.run(["rules", "new", "my-overlay", "--extends", "lts-2019", "--output", path])
        #expect(run.status == 0, "\(run.stderr)")
        let lint = try StewardBinary.run(["rules", "lint", path])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stdout == "\(path): my-overlay 0.1.0, 44 rules: 0 errors, 0 warnings\n")
        let test = try StewardBinary.run(["rules", "test", path, "--min-coverage", "100"])
        #expect(test.status == 0, "\(test.stdout)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("overrides:\n  - rule: B.8-post-mission-lifetime\n"))
        #expect(written.contains("caps_tier_at: bronze"))
        #expect(written.contains("assumptions:\n  target_residual_lifetime_years: 25\n"))

        let again = try StewardBinary.run(["rules", "new", "other", "--output", path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["my-overlay.yaml"], "no temporary left behind")

        let badID = try StewardBinary.run(["rules", "new", "my overlay"])
        #expect(badID.status == 64)
        // Other bases work too: the scaffold picks rules and guidelines the base has.
        let starter = try StewardBinary.run(["rules", "new", "x", "--extends", "starter"])
        #expect(starter.status == 0)
        let starterPath = try ScratchDirectory.file("x.yaml", starter.stdout)
        defer { ScratchDirectory.remove(holding: starterPath) }
        #expect(try StewardBinary.run(["rules", "test", starterPath]).status == 0)
    }
}

/// Hostile rulesets given to the new verbs: located errors and exit 2, never a crash.
@Suite struct RulesAuthoringHostileInputTests {
    @Test(arguments: ["format: steward/ruleset@1\nid: [1]\nfoo: bar\n", "- just\n- a list\n", "\u{0}\u{1}binary",
                      String(repeating: "x: [", count: 200)])
    func factsAndNewRefuseABrokenRuleset(_ text: String) throws {
        let path = try ScratchDirectory.file("hostile.yaml", text)
        defer { ScratchDirectory.remove(holding: path) }
        for arguments in [["rules", "facts", "--ruleset", path], ["rules", "new", "x", "--extends", path]] {
            let run = try StewardBinary.run(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("\(path):"), "\(arguments): a located error, found \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func aRulesetWithoutTiersSaysSoEvenAfterOtherErrors() throws {
        let path = try ScratchDirectory.file("no-tiers.yaml", "format: steward/ruleset@1\nid: t\nversion: 1\ntitle: T\nwieght: 1\nsections: []\n")
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["rules", "lint", path])
        #expect(run.stderr.contains("unknown key 'wieght'"))
        #expect(run.stderr.contains("defines no tiers"), "\(run.stderr)")
    }
}
