import Foundation
import Testing
@testable import RuleEngine

/// `RuleResult` holds the rule's own fields by one shared reference; it must read, write, compare, hash and encode
/// exactly as the struct of stored properties it replaced.
@Suite("Rule results")
struct RuleResultTests {
    /// The former declaration, with synthesised conformances: the oracle.
    struct StoredRuleResult: Hashable, Codable {
        var id: String
        var title: String
        var outcome: RuleOutcome
        var score: Double?
        var weight: Double
        var share: Double
        var totalShare: Double
        var contribution: Double
        var bonus: Bool
        var method: ScoringMethod
        var expression: String
        var measured: Double?
        var scale: ScaleDescription?
        var facts: [FactRead]
        var required: RequiredResult?
        var reason: String?
        var advice: String?
        var references: [String]

        init(_ r: RuleResult) {
            self.init(id: r.id, title: r.title, outcome: r.outcome, score: r.score, weight: r.weight, share: r.share,
                      totalShare: r.totalShare, contribution: r.contribution, bonus: r.bonus, method: r.method,
                      expression: r.expression, measured: r.measured, scale: r.scale, facts: r.facts, required: r.required,
                      reason: r.reason, advice: r.advice, references: r.references)
        }

        init(id: String, title: String, outcome: RuleOutcome, score: Double?, weight: Double, share: Double, totalShare: Double,
             contribution: Double, bonus: Bool, method: ScoringMethod, expression: String, measured: Double?,
             scale: ScaleDescription?, facts: [FactRead], required: RequiredResult?, reason: String?, advice: String?,
             references: [String]) {
            (self.id, self.title, self.outcome, self.score, self.weight, self.share) = (id, title, outcome, score, weight, share)
            (self.totalShare, self.contribution, self.bonus, self.method) = (totalShare, contribution, bonus, method)
            (self.expression, self.measured, self.scale, self.facts) = (expression, measured, scale, facts)
            (self.required, self.reason, self.advice, self.references) = (required, reason, advice, references)
        }
    }

    static let ruleset = """
    format: steward/ruleset@1
    id: results
    version: 1.0.0
    title: Rule results
    tiers: [{name: gold, min_score: 0.7}, {name: bronze, min_score: 0.3}]
    sections:
      - id: S
        guidelines:
          - id: G
            rules:
              - {id: r1, title: Safe mode, pass_if: spacecraft.safe_mode, advice: Add a safe mode., references: [ISO 24113]}
              - {id: r2, measure: orbit.perigee_km, scale: {points: [[400, 1], [600, 0]]}, weight: 2}
              - {id: r3, applies_if: 'spacecraft.propulsion.type != "none"', pass_if: 'true'}
              - {id: r4, pass_if: spacecraft.design_for_demise, required: {condition: spacecraft.design_for_demise, caps_tier_at: bronze}}
    """

    static func rating() throws -> Rating {
        let ruleset = try TestCatalog.compile(ruleset).get()
        let facts: [String: FactValue] = ["spacecraft.safe_mode": .bool(true), "orbit.perigee_km": .number(450),
                                          "spacecraft.propulsion.type": .string("none")]
        let table = FactTable(facts.mapValues { Fact(value: $0, provenance: Provenance(kind: .example)) })
        return ruleset.rate(table, mission: MissionIdentity(id: "m", name: "M"), engineVersion: "test")
    }

    @Test("encodes, decodes, compares and hashes as the stored struct did")
    func sameAsStoredStruct() throws {
        let rules = try Self.rating().allRules
        #expect(rules.map(\.id) == ["r1", "r2", "r3", "r4"])
        for rule in rules {
            let stored = StoredRuleResult(rule)
            // Sorted keys: without them Foundation's key order differs from one encoding to the next.
            for formatting: JSONEncoder.OutputFormatting in [[.sortedKeys], [.sortedKeys, .prettyPrinted]] {
                for snakeCase in [false, true] {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = formatting
                    if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
                    let encoded = try encoder.encode(rule)
                    let expected = try encoder.encode(stored)
                    #expect(String(decoding: encoded, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
                    let decoder = JSONDecoder()
                    if snakeCase { decoder.keyDecodingStrategy = .convertFromSnakeCase }
                    #expect(try decoder.decode(RuleResult.self, from: encoded) == rule)
                }
            }
            #expect(rule.hashValue == RuleResult(id: stored.id, title: stored.title, outcome: stored.outcome, score: stored.score,
                                                 weight: stored.weight, share: stored.share, totalShare: stored.totalShare,
                                                 contribution: stored.contribution, bonus: stored.bonus, method: stored.method,
                                                 expression: stored.expression, measured: stored.measured, scale: stored.scale,
                                                 facts: stored.facts, required: stored.required, reason: stored.reason,
                                                 advice: stored.advice, references: stored.references).hashValue)
        }
        #expect(rules[0].advice == "Add a safe mode." && rules[0].references == ["ISO 24113"] && rules[0].title == "Safe mode")
        #expect(rules[1].scale?.points == [[400, 1], [600, 0]] && rules[1].method == .measure && rules[1].weight == 2)
    }

    @Test("changing a result's rule fields changes that result only, never the other missions' results")
    func copyOnWrite() throws {
        let first = try Self.rating(), second = try Self.rating()
        var changed = first.allRules[0]
        let untouched = first.allRules[0]
        changed.title = "Changed"
        changed.references.append("extra")
        changed.weight = 5
        #expect(changed.title == "Changed" && changed.references == ["ISO 24113", "extra"] && changed.weight == 5)
        #expect(untouched.title == "Safe mode" && untouched.references == ["ISO 24113"] && untouched.weight == 1)
        #expect(second.allRules[0].title == "Safe mode")
        #expect(changed != untouched)
        changed.title = "Safe mode"
        changed.references = ["ISO 24113"]
        changed.weight = 1
        #expect(changed == untouched)
    }
}
