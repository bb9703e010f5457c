import Diagnostics
import RuleEngine

/// A synthetic but realistic-shaped ruleset: 5 sections × 4 guidelines × 5 rules = 100 rules, mixing
/// `pass_if`, `score`, log-axis `measure` + `scale`, `applies_if` and `required`, over 40 declared facts.
enum GeneratedRuleset {
    static let numberCount = 20
    static let boolCount = 10
    static let stringCount = 10

    static var catalog: FactCatalog {
        var catalog = FactCatalog()
        for i in 0..<numberCount { catalog.register("bench.n\(i)_km", .number) }
        for i in 0..<boolCount { catalog.register("bench.b\(i)", .bool) }
        for i in 0..<stringCount { catalog.register("bench.s\(i)", .string) }
        return catalog
    }

    static func rule(_ k: Int) -> String {
        let n = "bench.n\(k % numberCount)_km", b = "bench.b\(k % boolCount)", s = "bench.s\(k % stringCount)"
        let common = """
                    references: ["Synthetic reference \(k)"]
                    advice: Improve synthetic property \(k).
        """
        switch k % 4 {
        case 0:
            return """
                  - id: r\(k)
                    title: Synthetic pass/fail rule \(k)
                    pass_if: \(b) and \(n) > 100
        \(common)
        """
        case 1:
            return """
                  - id: r\(k)
                    title: Synthetic scored rule \(k)
                    score: clamp(\(n) / 1000, 0, 1)
                    weight: 2
        \(common)
        """
        case 2:
            return """
                  - id: r\(k)
                    title: Synthetic measured rule \(k)
                    measure: \(n)
                    scale: {log: true, points: [[1, 1.0], [100, 0.5], [10000, 0.0]]}
        \(common)
        """
        default:
            return """
                  - id: r\(k)
                    title: Synthetic conditional rule \(k)
                    applies_if: \(s) != "none"
                    pass_if: \(s) in ["a", "b", "c"]
                    required: {condition: "\(n) < 5000", caps_tier_at: bronze}
        \(common)
        """
        }
    }

    static let yaml: String = {
        var text = """
        format: steward/ruleset@1
        id: generated-100
        version: 1.0.0
        title: Generated 100-rule ruleset
        assumptions: {target_residual_lifetime_years: 25}
        tiers: [{name: gold, min_score: 0.7}, {name: silver, min_score: 0.55}, {name: bronze, min_score: 0.4}]
        sections:

        """
        var k = 0
        for s in 0..<5 {
            text += "  - id: S\(s)\n    title: Section \(s)\n    guidelines:\n"
            for g in 0..<4 {
                text += "      - id: S\(s).\(g)\n        title: Guideline \(s).\(g)\n        weight: \(g + 1)\n        rules:\n"
                for _ in 0..<5 {
                    text += rule(k) + "\n"
                    k += 1
                }
            }
        }
        return text
    }()

    /// Declared facts for every catalogued path, with source locations as a descriptor loader gives them.
    static var declaredFacts: [DeclaredFact] {
        var facts: [DeclaredFact] = []
        for i in 0..<numberCount {
            facts.append(DeclaredFact(path: "bench.n\(i)_km", value: .number(Double(50 * (i + 1))), unit: "km",
                                      location: SourceLocation(file: "m.yaml", line: i + 1, column: 10)))
        }
        for i in 0..<boolCount {
            facts.append(DeclaredFact(path: "bench.b\(i)", value: .bool(i % 3 != 0),
                                      location: SourceLocation(file: "m.yaml", line: 30 + i, column: 10)))
        }
        for i in 0..<stringCount {
            facts.append(DeclaredFact(path: "bench.s\(i)", value: .string(["a", "none", "z"][i % 3]),
                                      location: SourceLocation(file: "m.yaml", line: 50 + i, column: 10)))
        }
        return facts
    }
}

/// A value written in a descriptor, as the benchmarks give them (the mission model's type lives outside the rule
/// engine, which sees facts only).
struct DeclaredFact {
    var path: String
    var value: FactValue
    var unit: String?
    var location: SourceLocation

    init(path: String, value: FactValue, unit: String? = nil, location: SourceLocation) {
        self.path = path
        self.value = value
        self.unit = unit
        self.location = location
    }
}

extension FactTable {
    /// The declared facts by path, each with its location as provenance.
    init(declared: [DeclaredFact]) {
        self.init(Dictionary(declared.map { ($0.path, Fact(value: $0.value, unit: $0.unit, provenance: .declared(at: $0.location))) },
                             uniquingKeysWith: { _, later in later }))
    }
}
