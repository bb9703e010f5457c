import Foundation
import Testing
@testable import RuleEngine

/// Counts lookups, to check that the engine asks lazily and at most once per path per rating.
private final class CountingSource: FactSource, @unchecked Sendable {
    var counts: [String: Int] = [:]
    let values: [String: FactValue]

    init(_ values: [String: FactValue]) {
        self.values = values
    }

    func lookup(_ path: String) -> FactLookup {
        counts[path, default: 0] += 1
        return values[path].map { .known(Fact(value: $0, provenance: .derived(model: "counting"))) } ?? .absent(reason: "none")
    }
}

@Suite("Robustness")
struct RobustnessTests {
    @Test("facts are looked up lazily, once per path per rating, and only when a rule needs them")
    func lazyLookups() throws {
        let ruleset = try RulesetLoader(catalog: TestCatalog.catalog).load(path: TestCatalog.starterPath).get()
        let source = CountingSource([
            "derived.orbit.regime": .string("GEO"), "end_of_life.strategy": .string("graveyard"),
            "spacecraft.propulsion.type": .string("none"),
        ])
        _ = ruleset.rate(source, mission: MissionIdentity(id: "m", name: "M"), engineVersion: "t")
        #expect(source.counts.values.allSatisfy { $0 == 1 })
        // Not LEO: the lifetime rule does not apply, so the lifetime model is never asked for.
        #expect(source.counts["derived.lifetime.post_mission_years"] == nil)
        // No propulsion: conjunction-assessment inputs are not read either.
        #expect(source.counts["operations.conjunction_assessment.phases"] == nil)
        // `and` stops at a false left side: the casualty risk is not needed for a GEO mission.
        #expect(source.counts["derived.reentry.casualty_risk"] == nil)
        #expect(source.counts["derived.orbit.regime"] == 1)
    }

    @Test("arbitrary token soup never crashes the compiler or the evaluator")
    func tokenSoup() {
        let pieces = ["orbit.perigee_km", "spacecraft.safe_mode", "authorization.standards", "1", "0", "-", "+", "*", "/",
                      "^", "(", ")", "[", "]", ",", "and", "or", "not", "if", "then", "else", "in", "==", "<", ">=",
                      "\"LEO\"", "min", "max(", "sqrt(", "ln(", "known(", "default(", "len(", "interp(", "1e308", "true",
                      "clamp(", "contains(", "'", "\"", ".", "=", "!", "é", "\u{0}"]
        var generator = SystemRandomNumberGenerator()
        let facts = FactTable([
            "orbit.perigee_km": Fact(value: .number(0), provenance: Provenance(kind: .example)),
            "authorization.standards": Fact(value: .list([]), provenance: Provenance(kind: .example)),
        ])
        var compiled = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...12, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let result = CompiledExpression.compile(text, catalog: TestCatalog.catalog)
            if let expression = result.expression {
                compiled += 1
                _ = expression.evaluate(facts)
            } else {
                #expect(!result.issues.isEmpty)
                #expect(result.issues.allSatisfy { $0.offset >= 0 && $0.offset <= text.unicodeScalars.count })
            }
        }
        #expect(compiled > 0)
    }
}
