import Diagnostics
import Testing
@testable import RuleEngine

/// Closed vocabularies in the type checker: a literal that a fact can never equal is an error, located at the
/// literal, with a did-you-mean; comparisons with allowed values, and facts without a vocabulary, are untouched.
@Suite struct VocabularyCheckTests {
    static let catalog: FactCatalog = {
        var catalog = FactCatalog()
        catalog.register(FactDescriptor(path: "spacecraft.propulsion.type", type: .string,
                                        allowedValues: ["none", "chemical", "electric", "cold_gas", "drag_device"]))
        catalog.register(FactDescriptor(path: "operations.conjunction_assessment.phases", type: .list(.string),
                                        allowedValues: ["launch", "early_orbit", "operations", "disposal"]))
        catalog.register(FactDescriptor(path: "launch.vehicle", type: .string))
        return catalog
    }()

    func errors(_ text: String) -> [ExpressionIssue] {
        CompiledExpression.compile(text, catalog: Self.catalog, expecting: .bool).issues.filter { $0.severity == .error }
    }

    @Test func equalityWithAnImpossibleValueIsAnErrorAtTheLiteral() {
        let issues = errors(#"spacecraft.propulsion.type == "chemcial""#)
        #expect(issues.count == 1)
        #expect(issues.first?.message == #""chemcial" is not a possible value of 'spacecraft.propulsion.type'"#)
        #expect(issues.first?.offset == 30)
        #expect(issues.first?.notes.first == "did you mean 'chemical'?")
        // Either side, and != as well.
        #expect(errors(#""electirc" != spacecraft.propulsion.type"#).count == 1)
    }

    @Test func membershipAndContainsAreCheckedItemByItem() {
        #expect(errors(#"spacecraft.propulsion.type in ["chemical", "cold-gas", "eletric"]"#).count == 2)
        #expect(errors(#"contains(operations.conjunction_assessment.phases, "lunch")"#).count == 1)
    }

    @Test func allowedValuesAndOpenFactsPass() {
        #expect(errors(#"spacecraft.propulsion.type in ["chemical", "cold_gas"]"#).isEmpty)
        #expect(errors(#"spacecraft.propulsion.type == "none""#).isEmpty)
        #expect(errors(#"launch.vehicle == "anything at all""#).isEmpty)
    }
}
