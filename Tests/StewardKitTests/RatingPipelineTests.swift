import Foundation
import Reports
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// The rating pipeline behind `steward rate`: resolution, batch isolation and order, assumptions, exit decisions.
@Suite("Rating pipeline")
struct RatingPipelineTests {
    static let repository = Repository.root

    static func example(_ name: String) -> String { repository.appendingPathComponent("Examples/\(name)").path }

    /// Two rules over declared facts only, so the expected scores can be worked out by hand:
    /// a 4.2 kg CubeSat passes both (score 1 → gold); 7,892 kg Envisat passes only the weight-9 rule
    /// (score 9/10 = 0.9 → gold before caps) and fails the required one, which caps it at bronze.
    static let gateRuleset = """
    format: steward/ruleset@1
    id: gate-test
    version: 1.0.0
    title: Gate test
    assumptions: {f107: 150}
    tiers: [{name: gold, min_score: 0.9}, {name: bronze, min_score: 0.1}]
    sections:
      - id: S
        title: Section
        guidelines:
          - id: G
            title: Guideline
            rules:
              - id: small
                title: Small spacecraft
                pass_if: spacecraft.mass_kg < 10
                required: {condition: "spacecraft.mass_kg < 10", caps_tier_at: bronze}
              - id: has-mass
                title: Mass declared
                weight: 9
                pass_if: spacecraft.mass_kg > 0 and assumptions.f107 > 0
    """

    static func gate() throws -> CompiledRuleset {
        try RulesetResolver().loader.load(text: gateRuleset, file: "gate-test.yaml").get()
    }

    /// Reporters draw the decay curve from the rating alone, so it must travel inside it — and only when a rule
    /// read the lifetime (the gate ruleset reads declared facts only, so it must not pay for any physics).
    @Test("a rating whose rules read the post-mission lifetime carries its perigee and apogee curve; others carry none")
    func ratingsCarryTheDecayCurve() throws {
        let mission = try MissionLoader.load(contentsOf: Self.example("aurora-3u.yaml")).get()
        let lts = try #require(RulesetResolver().resolve("lts-2019").ruleset)
        let rating = RatingPipeline.rate(mission, file: "aurora-3u.yaml", ruleset: lts)
        let charts = try #require(rating.charts)
        #expect(charts.map(\.name) == ["apogee", "perigee"])
        let perigee = try #require(charts.last?.points)
        #expect(perigee.count >= 2 && perigee.first?[0] == 0)
        // Starts at the operational perigee (525 km) and ends at re-entry (100 km) after the reported lifetime.
        #expect(abs((perigee.first?[1] ?? 0) - 525) < 1)
        #expect(abs((perigee.last?[1] ?? 0) - 100) < 1)
        let lifetime = try #require(rating.allRules.first { $0.id == "B.8-post-mission-lifetime" }?.measured)
        #expect(abs((perigee.last?[0] ?? 0) - lifetime) < 1e-6)

        #expect(RatingPipeline.rate(mission, file: "aurora-3u.yaml", ruleset: try Self.gate()).charts == nil)
    }

    @Test("ids resolve to embedded rulesets without touching the disk; paths are paths; unknown ids get a did-you-mean")
    func resolution() throws {
        #expect(RulesetResolver.isPath("my.yaml") && RulesetResolver.isPath("dir/x") && RulesetResolver.isPath("a.json"))
        #expect(!RulesetResolver.isPath("starter") && !RulesetResolver.isPath("nasa-std-8719.14c"))
        let starter = RulesetResolver().resolve("starter")
        #expect(starter.ruleset?.identity.id == "starter")
        #expect(starter.ruleset?.catalog["derived.orbit.regime"] != nil, "compiled against the standard catalogue")
        let misspelt = RulesetResolver().resolve("startr")
        #expect(misspelt.ruleset == nil)
        #expect(misspelt.errors.first?.message == "unknown ruleset 'startr'")
        #expect(misspelt.errors.first?.notes.first?.contains("starter") == true)
        #expect(misspelt.render(misspelt.errors).hasPrefix("startr: error: unknown ruleset 'startr'"))
    }

    @Test("a user ruleset file may extend an embedded id")
    func userOverlayExtendsEmbedded() throws {
        let directory = try ScratchDirectory.make("rate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let overlay = directory.appendingPathComponent("overlay.yaml")
        try """
        format: steward/ruleset@1
        id: overlay
        version: 0.0.1
        title: Overlay of the starter set
        extends: starter
        """.write(to: overlay, atomically: true, encoding: .utf8)
        let resolved = RulesetResolver().resolve(overlay.path)
        let ruleset = try #require(resolved.ruleset, "\(resolved.diagnostics)")
        #expect(ruleset.identity.extends == ["starter"])
        #expect(ruleset.rules.count == (try #require(RulesetResolver().resolve("starter").ruleset)).rules.count)
    }

    @Test("a bad file yields its located diagnostics and the other files are still rated, in input order")
    func batchIsolatesBadFiles() throws {
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try "format: steward/mission@1\nid: broken\nname: Broken\norbit: {perigee_km: 800, apogee_km: 700}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let ruleset = try Self.gate()
        let files = [Self.example("aurora-3u.yaml"), bad.path, Self.example("envisat.yaml"), Self.example("iss.yaml")]
        let results = RatingPipeline.rate(files: files, rulesets: [ruleset])
        #expect(results.map(\.file) == files)
        #expect(results.map(\.isValid) == [true, false, true, true])
        #expect(results[1].ratings.isEmpty)
        #expect(results[1].renderedDiagnostics.contains("\(bad.path):4:21: error:"))
        #expect(results.map { $0.ratings.first?.mission.id } == ["aurora-3u", nil, "envisat", "iss"])
        #expect(results[0].ratings.first?.score == 1)
        #expect(results[2].ratings.first?.score == 0.9)
        #expect(results[2].ratings.first?.tierBeforeCaps == "gold")
        #expect(results[2].ratings.first?.tier == "bronze")
    }

    @Test("parallel batch rating gives exactly the sequential results")
    func parallelEqualsSequential() throws {
        let ruleset = try #require(RulesetResolver().resolve("starter").ruleset)
        let names = ["aurora-3u.yaml", "envisat.yaml", "esc-a-gto.yaml", "helios-geo.yaml", "iss.yaml", "kestrel-eo.yaml",
                     "meridian-broadband.yaml", "oneweb-gen1.yaml", "selene-lunar-orbiter.yaml"]
        let files = Array(repeating: names.map(Self.example), count: 3).flatMap { $0 }
        let parallel = RatingPipeline.rate(files: files, rulesets: [ruleset]).flatMap(\.ratings)
        let sequential = files.flatMap { RatingPipeline.rate(file: $0, rulesets: [ruleset]).ratings }
        #expect(parallel.count == files.count)
        #expect(parallel == sequential)
    }

    @Test("--assume overrides reach the physics assumptions and the rules, and wrong types are refused")
    func overridesReachFactSource() throws {
        let ruleset = try Self.gate()
        let overrides = AssumptionOverride.factValues([try AssumptionOverride.parse("f107=90"), try AssumptionOverride.parse("f107=210"),
                                                       try AssumptionOverride.parse("solar_activity=constant")])
        #expect(overrides == ["f107": .number(210), "solar_activity": .string("constant")])
        let physics = RatingPipeline.physicsAssumptions(of: ruleset, overrides: overrides)
        #expect(physics.values == ["f107": .number(210), "solar_activity": .string("constant")])
        #expect(RatingPipeline.physicsAssumptions(of: ruleset, overrides: [:]).values == ["f107": .number(150)])

        let mission = try MissionLoader.load(contentsOf: Self.example("aurora-3u.yaml")).get()
        let rating = RatingPipeline.rate(mission, file: "aurora-3u.yaml", ruleset: ruleset, overrides: overrides)
        #expect(rating.assumptions.first { $0.key == "f107" } == AssumptionUsed(key: "f107", value: .number(210), origin: .override))
        let read = rating.allRules.first { $0.id == "has-mass" }?.facts.first { $0.path == "assumptions.f107" }
        #expect(read?.value == .number(210))
        #expect(rating.engine == StewardVersion.current)
        #expect(rating.mission == MissionIdentity(id: "aurora-3u", name: mission.name, file: "aurora-3u.yaml"))

        #expect(RatingPipeline.overrideProblems(["f107": .string("high")], rulesets: [ruleset, ruleset])
                == ["assumption 'f107' must be a number, found \"high\""])
        #expect(RatingPipeline.overrideProblems(["f107": .number(80)], rulesets: [ruleset]).isEmpty)
    }

    @Test("exit decisions: --fail-below, --strict, invalid input wins, unknown tier names")
    func gateDecisions() throws {
        let ruleset = try Self.gate()
        let results = RatingPipeline.rate(files: [Self.example("aurora-3u.yaml"), Self.example("envisat.yaml")], rulesets: [ruleset])
        let cubesat = results[0], envisat = results[1]

        #expect(RatingGate().verdict(for: results) == .success)
        #expect(RatingGate(failBelow: "bronze").verdict(for: results) == .success)
        #expect(RatingGate(failBelow: "gold").verdict(for: [cubesat]) == .success)
        #expect(RatingGate(failBelow: "gold").verdict(for: results) == .belowGate)
        #expect(RatingGate(failBelow: "gold").shortfalls(of: envisat.ratings[0])
                == ["\(Self.example("envisat.yaml")) [gate-test]: tier bronze is below --fail-below gold"])
        #expect(RatingGate(strict: true).verdict(for: [cubesat]) == .success)
        #expect(RatingGate(strict: true).verdict(for: results) == .belowGate)
        #expect(RatingGate(strict: true).shortfalls(of: envisat.ratings[0]).first?.contains("required rule small failed") == true)

        var invalid = cubesat
        invalid.mission = nil
        #expect(RatingGate(failBelow: "gold").verdict(for: [invalid, envisat]) == .invalidInput)

        #expect(RatingGate(failBelow: "gold").tierProblem(rulesets: [ruleset]) == nil)
        let problem = try #require(RatingGate(failBelow: "gld").tierProblem(rulesets: [ruleset]))
        #expect(problem.contains("unknown tier 'gld'") && problem.contains("gold"))
    }

    @Test("one rating is a bare steward/rating@1 object; several are wrapped in steward/ratings@1, in order")
    func jsonEnvelope() throws {
        let ruleset = try Self.gate()
        let ratings = RatingPipeline.rate(files: [Self.example("aurora-3u.yaml"), Self.example("envisat.yaml")], rulesets: [ruleset])
            .flatMap(\.ratings)
        let single = ReportFormat.json.render([ratings[0]])
        #expect(try JSONReporter.decode(single) == ratings[0])
        let both = ReportFormat.json.render(ratings)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(both.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "steward/ratings@1")
        let list = try #require(object["ratings"] as? [[String: Any]])
        #expect(list.compactMap { ($0["mission"] as? [String: Any])?["id"] as? String } == ["aurora-3u", "envisat"])
        let text = ReportFormat.text.render(ratings)
        // The reports in order, then one summary line per rating.
        let reports = TextReporter().render(ratings[0]) + "\n" + TextReporter().render(ratings[1])
        #expect(text.hasPrefix(reports))
        let summary = text.dropFirst(reports.count).split(separator: "\n")
        #expect(summary.first == "Summary (2 ratings)" && summary.count == 4)
        #expect(summary.last?.hasPrefix("  envisat") == true)
        #expect(ReportFormat.markdown.reporter.takesSeveralRatings && !ReportFormat.html.reporter.takesSeveralRatings)
        #expect(ReportFormat.html.render(ratings) == ReportFormat.html.render(ratings[0]))
        #expect(ReportFormat.sarif.render(ratings).components(separatedBy: "\"tool\" :").count == 2, "one SARIF run for both")
        #expect(ReportFormat.github.render(ratings) == ReportFormat.github.render(ratings[0]) + ReportFormat.github.render(ratings[1]))
    }

    @Test("every format has its reporter, and the reporter names that format")
    func registry() {
        for format in ReportFormat.allCases { #expect(format.reporter.format == format) }
    }

    @Test("the descriptor is named relative to the working directory in reports (SARIF, annotations)")
    func displayPath() {
        #expect(RatingReport.displayPath(of: "/repo/missions/a.yaml", workingDirectory: "/repo") == "missions/a.yaml")
        #expect(RatingReport.displayPath(of: "/repo/missions/a.yaml", workingDirectory: "/repo/") == "missions/a.yaml")
        #expect(RatingReport.displayPath(of: "/repository/a.yaml", workingDirectory: "/repo") == "/repository/a.yaml")
        #expect(RatingReport.displayPath(of: "missions/a.yaml", workingDirectory: "/repo") == "missions/a.yaml")
    }
}
