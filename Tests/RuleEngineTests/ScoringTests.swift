import Testing
@testable import RuleEngine

private let header = """
format: steward/ruleset@1
id: scoring
version: 1.0.0
title: Scoring arithmetic
tiers: [{name: gold, min_score: 0.7}, {name: silver, min_score: 0.5}, {name: bronze, min_score: 0.3}]

"""

private func rate(_ yaml: String, _ facts: [String: FactValue]) throws -> Rating {
    let ruleset = try TestCatalog.compile(header + yaml).get()
    let table = FactTable(facts.mapValues { Fact(value: $0, provenance: Provenance(kind: .example)) })
    return ruleset.rate(table, mission: MissionIdentity(id: "m", name: "M"), engineVersion: "test")
}

private func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) < 1e-12
}

@Suite("Scoring arithmetic")
struct ScoringTests {
    /// S1 (weight 2): G1 (weight 1) = (1·1 + 3·0.5)/4 = 0.625; G2 (weight 3): r3 not applicable, r4 unknown → 0.
    ///   S1 = (1·0.625 + 3·0)/4 = 0.15625.
    /// S2 (weight 1): G3 = r5 = 1 − 40/200 = 0.8 (r6 is a bonus rule and does not count).
    /// S3 (weight 5): its only rule is not applicable, so the section drops out.
    /// Total = (2·0.15625 + 1·0.8)/3 = 0.3708333…, bronze.
    static let yaml = """
    sections:
      - id: S1
        weight: 2
        guidelines:
          - id: G1
            rules:
              - {id: r1, pass_if: spacecraft.safe_mode}
              - {id: r2, score: 0.5, weight: 3}
          - id: G2
            weight: 3
            rules:
              - {id: r3, applies_if: 'spacecraft.propulsion.type != "none"', pass_if: 'true'}
              - {id: r4, pass_if: spacecraft.design_for_demise, weight: 2, advice: Design for demise.}
      - id: S2
        guidelines:
          - id: G3
            rules:
              - {id: r5, measure: orbit.perigee_km, scale: {points: [[400, 1], [600, 0]]}}
              - {id: r6, bonus: true, pass_if: cooperation.capacity_building}
      - id: S3
        weight: 5
        guidelines:
          - id: G4
            rules:
              - {id: r7, applies_if: 'end_of_life.strategy == "escape"', pass_if: 'true'}
    """

    static let facts: [String: FactValue] = [
        "spacecraft.safe_mode": .bool(true), "spacecraft.propulsion.type": .string("none"),
        "orbit.perigee_km": .number(440), "cooperation.capacity_building": .bool(true),
        "end_of_life.strategy": .string("natural_decay"),
    ]

    @Test("weighted means with not-applicable weight dropped and unknown scored 0")
    func weightedMeans() throws {
        let rating = try rate(Self.yaml, Self.facts)
        #expect(close(rating.score, 1.1125 / 3))
        #expect(rating.tier == "bronze")
        #expect(rating.tierBeforeCaps == "bronze")
        let sections = Dictionary(uniqueKeysWithValues: rating.sections.map { ($0.id, $0) })
        #expect(close(sections["S1"]?.score, 0.15625))
        #expect(close(sections["S1"]?.share, 2.0 / 3))
        #expect(close(sections["S2"]?.score, 0.8))
        #expect(sections["S3"]?.score == nil)
        #expect(sections["S3"]?.share == 0)
        let guidelines = Dictionary(uniqueKeysWithValues: rating.sections.flatMap(\.guidelines).map { ($0.id, $0) })
        #expect(close(guidelines["G1"]?.score, 0.625))
        #expect(close(guidelines["G2"]?.score, 0))
        #expect(close(guidelines["G2"]?.share, 0.75))
        let rules = Dictionary(uniqueKeysWithValues: rating.allRules.map { ($0.id, $0) })
        #expect(rules["r1"]?.outcome == .pass)
        #expect(rules["r2"]?.outcome == .partial)
        #expect(rules["r3"]?.outcome == .notApplicable)
        #expect(rules["r3"]?.score == nil)
        #expect(rules["r4"]?.outcome == .unknown)
        #expect(rules["r4"]?.score == 0)
        #expect(rules["r7"]?.outcome == .notApplicable)
        // Effective shares of the total and contributions: rule share × guideline share × section share.
        #expect(close(rules["r1"]?.totalShare, 1.0 / 24))
        #expect(close(rules["r2"]?.totalShare, 1.0 / 8))
        #expect(close(rules["r2"]?.contribution, 1.0 / 16))
        #expect(close(rules["r4"]?.totalShare, 0.5))
        #expect(close(rules["r4"]?.contribution, 0))
        #expect(close(rules["r5"]?.measured, 440))
        #expect(close(rules["r5"]?.contribution, 0.8 / 3))
        // The contributions add up to the total, so a reader can recompute it.
        let sum = rating.allRules.reduce(0.0) { $0 + $1.contribution }
        #expect(close(rating.score, sum))
    }

    @Test("unknown rules are listed with the facts that would resolve them; bonus rules earn stars, not score")
    func unknownsAndBonus() throws {
        let rating = try rate(Self.yaml, Self.facts)
        #expect(rating.unknowns == [UnknownFinding(rule: "r4", paths: ["spacecraft.design_for_demise"],
                                                   reason: "spacecraft.design_for_demise is unknown: not declared in the mission descriptor")])
        #expect(rating.stars == 1)
        #expect(rating.bonus.map(\.id) == ["r6"])
        #expect(rating.bonus.first?.contribution == 0)
        let withoutBonus = try rate(Self.yaml, Self.facts.merging(["cooperation.capacity_building": .bool(false)]) { $1 })
        #expect(withoutBonus.stars == 0)
        #expect(withoutBonus.score == rating.score)
    }

    @Test("facts read are listed with value and provenance; absent ones with the reason")
    func factsRead() throws {
        let rating = try rate(Self.yaml, Self.facts)
        let r5 = try #require(rating.allRules.first { $0.id == "r5" })
        #expect(r5.facts == [FactRead(path: "orbit.perigee_km", value: .number(440), unit: "km",
                                      source: Provenance(kind: .example), missing: nil)])
        let r4 = try #require(rating.allRules.first { $0.id == "r4" })
        #expect(r4.facts.first?.missing == "not declared in the mission descriptor")
        #expect(r4.advice == "Design for demise.")
    }

    static let capsYAML = """
    sections:
      - id: S
        guidelines:
          - id: G
            rules:
              - id: low-orbit
                pass_if: 'true'
                required: {condition: orbit.perigee_km < 500, caps_tier_at: silver}
              - id: demise
                pass_if: 'true'
                required: {condition: spacecraft.design_for_demise, caps_tier_at: gold}
              - id: not-applicable
                applies_if: 'false'
                pass_if: 'true'
                required: {condition: 'false', caps_tier_at: bronze}
    """

    @Test("a failed or unknown requirement caps the tier and names its rule; not-applicable rules cap nothing")
    func caps() throws {
        let rating = try rate(Self.capsYAML, ["orbit.perigee_km": .number(550)])
        #expect(rating.score == 1)
        #expect(rating.tierBeforeCaps == "gold")
        #expect(rating.tier == "silver")
        #expect(rating.caps.map(\.rule) == ["low-orbit", "demise"])
        #expect(rating.caps.map(\.capsTierAt) == ["silver", "gold"])
        #expect(rating.caps[0].reason == "failed")
        #expect(rating.caps[1].reason.hasPrefix("unknown: spacecraft.design_for_demise is unknown"))
        let met = try rate(Self.capsYAML, ["orbit.perigee_km": .number(450), "spacecraft.design_for_demise": .bool(true)])
        #expect(met.caps.isEmpty)
        #expect(met.tier == "gold")
    }

    @Test("a cap never raises a tier; below every threshold the mission is unrated")
    func capsDoNotRaise() throws {
        let yaml = """
        sections:
          - id: S
            guidelines:
              - id: G
                rules:
                  - {id: a, score: 0.35, required: {condition: 'false', caps_tier_at: gold}}
        """
        let rating = try rate(yaml, [:])
        #expect(rating.tier == "bronze")
        #expect(rating.caps.count == 1)
        let unrated = try rate(yaml.replacingOccurrences(of: "0.35", with: "0.2"), [:])
        #expect(unrated.tier == nil)
        #expect(unrated.tierBeforeCaps == nil)
    }

    @Test("score expressions are clamped to [0, 1]; thresholds tolerate binary rounding")
    func clampingAndThresholds() throws {
        let yaml = """
        sections:
          - id: S
            guidelines:
              - id: G
                rules:
                  - {id: a, score: orbit.perigee_km / 100}
                  - {id: b, score: 0.1 + 0.2 + 0.4}
        """
        let rating = try rate(yaml, ["orbit.perigee_km": .number(250)])
        #expect(rating.allRules[0].score == 1)
        #expect(rating.allRules[0].outcome == .pass)
        // 1.38 − 0.68 is 0.6999999999999998 in binary floating point; it still reaches gold's 0.7.
        let edge = try rate(yaml.replacingOccurrences(of: "0.1 + 0.2 + 0.4", with: "1.38 - 0.68")
            .replacingOccurrences(of: "orbit.perigee_km / 100", with: "1.38 - 0.68"), [:])
        #expect(edge.score.map { $0 < 0.7 } == true)
        #expect(edge.tier == "gold")
    }

    @Test("scales: linear and log axes, clamped at the ends, measure ≤ 0 on a log axis takes the first point")
    func scales() {
        let linear = Scale(log: false, points: [.init(measure: 5, score: 1), .init(measure: 25, score: 0.6), .init(measure: 100, score: 0)])
        #expect(linear.score(for: 1) == 1)
        #expect(abs(linear.score(for: 15) - 0.8) < 1e-12)
        #expect(abs(linear.score(for: 62.5) - 0.3) < 1e-12)
        #expect(linear.score(for: 1000) == 0)
        let log = Scale(log: true, points: [.init(measure: 1e-5, score: 1), .init(measure: 1e-4, score: 0.6), .init(measure: 1e-3, score: 0)])
        #expect(abs(log.score(for: 3e-5) - (1 - 0.4 * 0.47712125471966244)) < 1e-12)  // log10(3) = 0.4771…
        #expect(abs(log.score(for: 1e-4) - 0.6) < 1e-12)
        #expect(log.score(for: 0) == 1)
        #expect(log.score(for: -1) == 1)
    }

    @Test("applies_if that cannot be decided makes the rule unknown, not silently skipped")
    func unknownApplicability() throws {
        let yaml = """
        sections:
          - id: S
            guidelines:
              - id: G
                rules:
                  - {id: a, applies_if: 'derived.orbit.regime == "LEO"', pass_if: 'true'}
        """
        let rating = try rate(yaml, [:])
        #expect(rating.allRules[0].outcome == .unknown)
        #expect(rating.allRules[0].score == 0)
        #expect(rating.unknowns.first?.paths == ["derived.orbit.regime"])
        #expect(rating.score == 0)
    }

    @Test("assumptions are facts at assumptions.<key>, overridable when rating")
    func assumptions() throws {
        let yaml = """
        assumptions: {target_residual_lifetime_years: 25}
        sections:
          - id: S
            guidelines:
              - id: G
                rules:
                  - {id: a, pass_if: derived.lifetime.post_mission_years <= assumptions.target_residual_lifetime_years}
        """
        let ruleset = try TestCatalog.compile(header + yaml).get()
        let facts = FactTable(["derived.lifetime.post_mission_years": Fact(value: .number(10), provenance: .derived(model: "m"))])
        let mission = MissionIdentity(id: "m", name: "M")
        #expect(ruleset.rate(facts, mission: mission, engineVersion: "t").allRules[0].outcome == .pass)
        let strict = ruleset.rate(facts, mission: mission, engineVersion: "t", assumptionOverrides: ["target_residual_lifetime_years": .number(5)])
        #expect(strict.allRules[0].outcome == .fail)
        #expect(strict.assumptions == [AssumptionUsed(key: "target_residual_lifetime_years", value: .number(5), origin: .override)])
        #expect(ruleset.checkAssumptionOverrides(["target_residual_lifetime_years": .string("five")])
                == ["assumption 'target_residual_lifetime_years' must be a number, found \"five\""])
    }
}

@Suite("Rating verdicts")
struct RatingVerdictTests {
    @Test("reaches(tier:) compares the final tier with a threshold tier; unknown names are nil")
    func reaches() throws {
        let rating = try rate(ScoringTests.capsYAML, ["orbit.perigee_km": .number(550)])  // gold capped to silver
        #expect(rating.reaches(tier: "bronze") == true)
        #expect(rating.reaches(tier: "silver") == true)
        #expect(rating.reaches(tier: "gold") == false)
        #expect(rating.reaches(tier: "platinum") == nil)
        #expect(rating.unmetRequirements.count == 2)
    }
}
