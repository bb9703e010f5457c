import Testing
@testable import RuleEngine

/// Facts for expression tests, from a dictionary; absent paths are unknown.
private struct Facts: FactSource {
    var values: [String: FactValue]
    func lookup(_ path: String) -> FactLookup {
        values[path].map { .known(Fact(value: $0, provenance: Provenance(kind: .example))) } ?? .absent(reason: "not given")
    }
}

private func evaluate(_ text: String, _ facts: [String: FactValue] = [:]) -> Value {
    let result = CompiledExpression.compile(text, catalog: TestCatalog.catalog)
    guard let expression = result.expression else {
        Issue.record("did not compile: \(result.issues.map(\.message))")
        return .unknown(reason: "compile error")
    }
    return expression.evaluate(Facts(values: facts))
}

private func issues(_ text: String, expecting type: FactType? = nil) -> [ExpressionIssue] {
    CompiledExpression.compile(text, catalog: TestCatalog.catalog, expecting: type).issues
}

@Suite("Lexer and parser")
struct ParserTests {
    @Test("numbers with exponents, underscores and leading dots")
    func numbers() {
        #expect(evaluate("1.0e-4 * 2") == .known(.number(2.0e-4)))
        #expect(evaluate("4_408 + .5") == .known(.number(4408.5)))
        #expect(evaluate("2E3") == .known(.number(2000)))
    }

    @Test("precedence: ^ binds tighter than unary minus, * tighter than +, comparisons tighter than and/or")
    func precedence() {
        #expect(evaluate("-2^2") == .known(.number(-4)))
        #expect(evaluate("2^3^2") == .known(.number(512)))  // right-associative
        #expect(evaluate("1 + 2 * 3") == .known(.number(7)))
        #expect(evaluate("(1 + 2) * 3") == .known(.number(9)))
        #expect(evaluate("10 - 4 - 3") == .known(.number(3)))  // left-associative
        #expect(evaluate("1 < 2 and 3 < 2 or true") == .known(.bool(true)))
        #expect(evaluate("not 1 == 2") == .known(.bool(true)))
        #expect(evaluate("if 1 < 2 then 10 else 20") == .known(.number(10)))
        #expect(evaluate("1 + (if false then 1 else 2)") == .known(.number(3)))
    }

    @Test("strings, lists and membership")
    func stringsAndLists() {
        #expect(evaluate("\"LEO\" in [\"LEO\", \"GEO\"]") == .known(.bool(true)))
        #expect(evaluate("'MEO' in ['LEO', 'GEO']") == .known(.bool(false)))
        #expect(evaluate("len([1, 2, 3,])") == .known(.number(3)))
        #expect(evaluate("contains(\"ISO-24113:2023\", \"24113\")") == .known(.bool(true)))
    }

    @Test("syntax errors name the problem and its offset")
    func syntaxErrors() {
        let chained = issues("1 < 2 < 3")
        #expect(chained.first?.message == "comparisons cannot be chained: '<' followed by '<'")
        #expect(chained.first?.offset == 6)
        let assignment = issues("orbit.perigee_km = 500")
        #expect(assignment.first?.message == "unexpected character '='")
        #expect(assignment.first?.offset == 17)
        #expect(assignment.first?.notes == ["use '==' to compare"])
        let missingElse = issues("if true then 1")
        #expect(missingElse.first?.message == "expected 'else' after the 'then' branch ('if' always needs an 'else'), found end of expression")
        #expect(missingElse.first?.offset == 14)
        let unterminated = issues("\"LEO")
        #expect(unterminated.first?.message == "unterminated string: expected a closing \"")
        let trailing = issues("1 2")
        #expect(trailing.first?.message == "unexpected number 2 after the end of the expression")
        #expect(trailing.first?.offset == 2)
        let unit = issues("orbit.perigee_km > 500km")
        #expect(unit.first?.message == "malformed number: unexpected 'k' after a number")
        #expect(unit.first?.offset == 22)
    }

    @Test("nesting and length are bounded")
    func bounded() {
        let deep = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        #expect(issues(deep).first?.message.hasPrefix("expression is nested too deeply") == true)
        let long = Array(repeating: "1", count: 3000).joined(separator: "+")
        #expect(issues(long).first?.message.hasPrefix("expression is too long") == true)
    }
}

@Suite("Type checker")
struct TypeCheckerTests {
    @Test("unknown fact paths get a did-you-mean")
    func unknownPath() {
        let found = issues("orbit.perige_km > 400")
        #expect(found.count == 1)
        #expect(found.first?.message == "unknown fact 'orbit.perige_km'")
        #expect(found.first?.notes == ["did you mean 'orbit.perigee_km'?"])
        #expect(found.first?.offset == 0)
    }

    @Test("unknown functions get a did-you-mean and the list of functions")
    func unknownFunction() {
        let found = issues("clmap(1, 0, 2)")
        #expect(found.first?.message == "unknown function 'clmap'")
        #expect(found.first?.notes.first == "did you mean 'clamp'?")
    }

    @Test("type errors point at the operand")
    func typeErrors() {
        let plus = issues("end_of_life.strategy + 1")
        #expect(plus.first?.message == "'+' expects numbers on both sides, found string")
        #expect(plus.first?.offset == 0)
        let and = issues("spacecraft.safe_mode and orbit.perigee_km")
        #expect(and.first?.message == "'and' expects booleans on both sides, found number")
        #expect(and.first?.offset == 25)
        let equal = issues("derived.orbit.regime == 3")
        #expect(equal.first?.message == "'==' compares values of the same type, found string and number")
        let branches = issues("if spacecraft.safe_mode then 1 else \"no\"")
        #expect(branches.first?.message == "both branches of 'if' must have the same type: 'then' is number, 'else' is string")
        let arity = issues("clamp(1, 2)")
        #expect(arity.first?.message == "'clamp' expects 3 arguments, found 2")
        let context = issues("orbit.perigee_km", expecting: .bool)
        #expect(context.first?.message == "expected a condition (boolean), found an expression of type number")
    }

    @Test("independent errors are all reported")
    func severalErrors() {
        let found = issues("orbit.perige_km > 1 and spacecraft.safe_mod")
        #expect(found.map(\.message) == ["unknown fact 'orbit.perige_km'", "unknown fact 'spacecraft.safe_mod'"])
    }

    @Test("unit suffix mismatches are warnings, not errors")
    func unitMismatch() {
        let result = CompiledExpression.compile("orbit.perigee_km < derived.lifetime.post_mission_years", catalog: TestCatalog.catalog)
        #expect(result.expression != nil)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.severity == .warning)
        #expect(result.issues.first?.message == "unit mismatch: the sides of '<' are in km and years")
        #expect(issues("orbit.perigee_km + 10 > orbit.apogee_km").isEmpty)
    }
}

@Suite("Evaluator")
struct EvaluatorTests {
    @Test("Kleene three-valued logic with unknown")
    func kleene() {
        let absent = "spacecraft.safe_mode"  // not given → unknown
        #expect(evaluate("false and \(absent)").bool == false)
        #expect(evaluate("\(absent) and false").bool == false)
        #expect(evaluate("true and \(absent)").isKnown == false)
        #expect(evaluate("true or \(absent)").bool == true)
        #expect(evaluate("\(absent) or true").bool == true)
        #expect(evaluate("false or \(absent)").isKnown == false)
        #expect(evaluate("not \(absent)").isKnown == false)
    }

    @Test("unknown propagates through arithmetic, comparisons and if, with the missing path in the reason")
    func propagation() {
        #expect(evaluate("orbit.perigee_km + 1 > 2") == .unknown(reason: "orbit.perigee_km is unknown: not given"))
        #expect(evaluate("if spacecraft.safe_mode then 1 else 0").isKnown == false)
        #expect(evaluate("known(orbit.perigee_km)") == .known(.bool(false)))
        #expect(evaluate("known(orbit.perigee_km)", ["orbit.perigee_km": .number(500)]) == .known(.bool(true)))
        #expect(evaluate("default(orbit.perigee_km, 400)") == .known(.number(400)))
        #expect(evaluate("default(orbit.perigee_km, 400)", ["orbit.perigee_km": .number(500)]) == .known(.number(500)))
    }

    @Test("division by zero and domain errors are unknown with a reason, never a crash")
    func domainErrors() {
        #expect(evaluate("1 / (orbit.perigee_km - 500)", ["orbit.perigee_km": .number(500)])
                == .unknown(reason: "division by zero (1 / 0)"))
        #expect(evaluate("sqrt(orbit.perigee_km)", ["orbit.perigee_km": .number(-4)])
                == .unknown(reason: "sqrt of a negative number (-4)"))
        #expect(evaluate("ln(orbit.perigee_km)", ["orbit.perigee_km": .number(0)])
                == .unknown(reason: "ln of a number that is not positive (0)"))
        #expect(evaluate("exp(orbit.perigee_km)", ["orbit.perigee_km": .number(1000)])
                == .unknown(reason: "exp(1000) is not a finite number"))
        #expect(evaluate("orbit.perigee_km ^ 0.5", ["orbit.perigee_km": .number(-8)])
                == .unknown(reason: "a negative number to a fractional power (-8 ^ 0.5)"))
        #expect(evaluate("min(spacecraft.dimensions_m)", ["spacecraft.dimensions_m": .list([])])
                == .unknown(reason: "min of an empty list"))
        #expect(evaluate("1 / 0") == .unknown(reason: "division by zero (1 / 0)"))
    }

    @Test("function library values")
    func functions() {
        #expect(evaluate("min(3, 1, 2)") == .known(.number(1)))
        #expect(evaluate("max(spacecraft.dimensions_m)", ["spacecraft.dimensions_m": .list([.number(0.1), .number(0.34)])])
                == .known(.number(0.34)))
        #expect(evaluate("abs(-2.5)") == .known(.number(2.5)))
        #expect(evaluate("clamp(1.7, 0, 1)") == .known(.number(1)))
        #expect(evaluate("log10(1000)") == .known(.number(3)))
        #expect(evaluate("ln(exp(2))").number.map { abs($0 - 2) < 1e-12 } == true)
        #expect(evaluate("interp(15, [5, 25, 100], [1, 0.6, 0])").number.map { abs($0 - 0.8) < 1e-12 } == true)
        #expect(evaluate("interp(1, [5, 25], [1, 0.6])") == .known(.number(1)))  // clamped
        #expect(evaluate("interp(500, [5, 25], [1, 0.6])") == .known(.number(0.6)))
        #expect(evaluate("len(\"abc\")") == .known(.number(3)))
        #expect(evaluate("contains(authorization.standards, \"IADC-2025\")",
                         ["authorization.standards": .list([.string("IADC-2025")])]) == .known(.bool(true)))
    }

    @Test("facts read are reported per expression")
    func factPaths() {
        let result = CompiledExpression.compile("orbit.perigee_km < 600 and orbit.apogee_km < 600 and orbit.perigee_km > 0",
                                                catalog: TestCatalog.catalog)
        #expect(result.expression?.factPaths == ["orbit.perigee_km", "orbit.apogee_km"])
    }
}

@Suite("Ruleset references")
struct CommandLineValueTests {
    @Test("an unknown bare ruleset name is a misspelt id, not a missing file")
    func unknownReference() {
        var registry = RulesetRegistry()
        registry.register(id: "starter", text: "")
        let outcome = RulesetLoader(catalog: TestCatalog.catalog, registry: registry).load(reference: "startr")
        #expect(outcome.diagnostics.map(\.description) == ["error: unknown ruleset 'startr'"])
        #expect(outcome.diagnostics.first?.notes.first == "did you mean 'starter'?")
    }
}
