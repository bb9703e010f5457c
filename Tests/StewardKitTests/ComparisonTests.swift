import Foundation
import Reports
import RuleEngine
import StewardTestSupport
import Testing
@testable import StewardKit

/// The attribution behind `steward compare` and `steward rules diff`, on the bundled examples.
@Suite struct ComparisonTests {
    /// Every YAML example rated once under lts-2019, through the same pipeline as the CLI.
    static let ratings: [Rating] = {
        let files = ((try? ExampleRatings.exampleFiles()) ?? []).filter { $0.hasSuffix(".yaml") }
        guard let ruleset = try? BundledRulesets.compiled("lts-2019") else { return [] }
        return files.compactMap { try? ExampleRatings.rate(file: $0, under: ruleset) }
    }()

    @Test("the rule contributions sum to the score difference on every ordered pair of bundled examples (1e-9)")
    func attributionSumsOnEveryPair() throws {
        let ratings = Self.ratings
        #expect(ratings.count >= 9)
        var pairsWithRenormalisation = 0
        for a in ratings {
            for b in ratings where a.mission.file != b.mission.file {
                let attribution = ScoreAttribution.between(a, b)
                let label = "\(a.mission.id) → \(b.mission.id)"
                #expect(abs(attribution.difference - ((b.score ?? 0) - (a.score ?? 0))) == 0, "\(label)")
                #expect(abs(attribution.residual) <= 1e-12, "\(label): residual \(attribution.residual)")
                let plain = attribution.rules.reduce(0.0) { $0 + $1.difference }
                #expect(abs(plain - attribution.difference) <= 1e-9, "\(label): Σ \(plain) vs \(attribution.difference)")
                for rule in attribution.rules {
                    #expect(abs(rule.scoreEffect + rule.weightEffect - rule.difference) <= 1e-15, "\(label) \(rule.rule)")
                    #expect(rule.contributionTo - rule.contributionFrom == rule.difference, "\(label) \(rule.rule)")
                }
                let sorted = attribution.rules.map { abs($0.difference) }
                #expect(sorted == sorted.sorted(by: >), "\(label): sorted by absolute contribution")
                if attribution.rules.contains(where: { ($0.outcomeFrom == .notApplicable) != ($0.outcomeTo == .notApplicable) }) {
                    pairsWithRenormalisation += 1
                }
            }
        }
        // The examples include pairs where a rule applies to one mission only (GEO against LEO rules), so the
        // identity is exercised where the two ratings normalise over different rules.
        #expect(pairsWithRenormalisation > 0)
    }

    @Test("a mission compared with itself shows no difference")
    func selfComparisonIsEmpty() throws {
        let ruleset = try BundledRulesets.compiled("lts-2019")
        let file = Repository.url("Examples/kestrel-eo.yaml").path
        let outcome = ComparisonPipeline.compare(files: [file, file], ruleset: ruleset)
        let comparison = try #require(outcome.comparison)
        #expect(comparison.facts.isEmpty)
        #expect(comparison.attributions.count == 1)
        #expect(comparison.attributions[0].difference == 0)
        #expect(comparison.attributions[0].rules.isEmpty)
        #expect(comparison.columns[0].label != comparison.columns[1].label, "columns stay distinguishable")
    }

    @Test("steward/comparison@1 JSON decodes back to the same comparison")
    func jsonRoundTrip() throws {
        let ruleset = try BundledRulesets.compiled("lts-2019")
        let outcome = ComparisonPipeline.compare(baseline: Repository.url("Examples/helios-geo.yaml").path,
                                                 changed: Repository.url("Examples/envisat.yaml").path, ruleset: ruleset)
        let comparison = try #require(outcome.comparison)
        let text = ComparisonJSON.render(comparison)
        #expect(try ComparisonJSON.decode(text) == comparison)
        #expect(ComparisonJSON.render(try ComparisonJSON.decode(text)) == text, "byte-identical when written again")
    }

    @Test("differing declared facts carry units and source lines for each column")
    func factDifferencesAreLocated() throws {
        let ruleset = try BundledRulesets.compiled("lts-2019")
        let outcome = ComparisonPipeline.compare(files: [Repository.url("Examples/aurora-3u.yaml").path,
                                                         Repository.url("Examples/kestrel-eo.yaml").path], ruleset: ruleset)
        let comparison = try #require(outcome.comparison)
        let perigee = try #require(comparison.facts.first { $0.path == "orbit.perigee_km" })
        #expect(perigee.kind == .declared)
        #expect(perigee.unit == "km")
        #expect(perigee.sources.allSatisfy { $0?.contains(".yaml:") == true })
        #expect(comparison.facts.contains { $0.kind == .derived }, "derived facts the rules read are compared too")
    }

    @Test("baseline judgement: a lower tier or a score drop beyond the tolerance is a regression, with its rules")
    func regressionJudgement() throws {
        let ruleset = try BundledRulesets.compiled("lts-2019")
        let good = Repository.url("Examples/helios-geo.yaml").path
        let poor = Repository.url("Examples/envisat.yaml").path
        let worse = try #require(ComparisonPipeline.compare(baseline: good, changed: poor, ruleset: ruleset).comparison?.regression)
        #expect(worse.regressed && worse.tierDropped)
        #expect(worse.reasons.contains { $0.contains("tier dropped") })
        #expect(worse.reasons.count > 2, "names the rules that cost the most")
        let better = try #require(ComparisonPipeline.compare(baseline: poor, changed: good, ruleset: ruleset).comparison?.regression)
        #expect(!better.regressed)
        let same = try #require(ComparisonPipeline.compare(baseline: good, changed: good, ruleset: ruleset).comparison?.regression)
        #expect(!same.regressed && same.scoreDrop == 0)
    }

    @Test("one mission under two assumption sets differs only by the assumption and what it derives")
    func assumptionComparison() throws {
        let ruleset = try BundledRulesets.compiled("lts-2019")
        let outcome = ComparisonPipeline.compare(file: Repository.url("Examples/aurora-3u.yaml").path, ruleset: ruleset,
                                                 base: ["solar_activity": .string("constant"), "f107": .number(70)],
                                                 versus: ["f107": .number(250)])
        let comparison = try #require(outcome.comparison)
        #expect(comparison.facts.contains { $0.path == "assumptions.f107" && $0.values == [.number(70), .number(250)] })
        #expect(!comparison.facts.contains { $0.kind == .declared })
        #expect(comparison.columns[1].overrides.contains { $0.key == "solar_activity" }, "the versus set keeps the --assume keys")
    }

    @Test("rules diff of a ruleset with itself is empty; starter → lts-2019 attributes every mission's change exactly")
    func rulesetDiff() throws {
        let lts = try BundledRulesets.compiled("lts-2019")
        #expect(RulesetDiffer.diff(old: lts, new: lts).isEmpty)
        let starter = try BundledRulesets.compiled("starter")
        let files = ["aurora-3u", "envisat", "helios-geo"].map { Repository.url("Examples/\($0).yaml").path }
        let (diff, results) = RulesetDiffer.diff(old: starter, new: lts, missions: files)
        #expect(results.allSatisfy { $0.isValid })
        #expect(!diff.added.isEmpty || !diff.changed.isEmpty)
        #expect(diff.missions.count == 3)
        for change in diff.missions {
            #expect(abs(change.attribution.residual) <= 1e-12)
            #expect(abs(change.attribution.rules.reduce(0.0) { $0 + $1.difference } - change.attribution.difference) <= 1e-9)
        }
    }
}
