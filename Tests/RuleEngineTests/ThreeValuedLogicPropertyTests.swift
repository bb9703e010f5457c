import PropertyBased
import Testing
@testable import RuleEngine

/// Property tests (x-sheep/swift-property-based) of the expression language's three-valued logic: over
/// generated boolean expressions and fact assignments (true, false or absent), the engine agrees with a
/// reference model of Kleene's strong logic, and the laws that logic keeps hold — De Morgan, commutativity,
/// associativity, absorption, distributivity, double negation, identity and annihilator, and `unknown`
/// propagation. (Excluded middle does not hold in K3, and the tests check that it does not.)
@Suite("Three-valued logic laws (property-based)")
struct ThreeValuedLogicPropertyTests {
    /// Kleene truth values; `nil` in the engine's terms is `.unknown`.
    enum K3: Equatable, CustomStringConvertible {
        case no, yes, unknown
        var description: String { self == .yes ? "true" : self == .no ? "false" : "unknown" }
        static func not(_ a: K3) -> K3 { a == .unknown ? .unknown : (a == .yes ? .no : .yes) }
        static func and(_ a: K3, _ b: K3) -> K3 { a == .no || b == .no ? .no : (a == .yes && b == .yes ? .yes : .unknown) }
        static func or(_ a: K3, _ b: K3) -> K3 { a == .yes || b == .yes ? .yes : (a == .no && b == .no ? .no : .unknown) }
    }

    /// A boolean expression over the facts `p.a`, `p.b`, `p.c` (each true, false or absent), the literals and
    /// `p.unknown` (never present: a constant unknown).
    indirect enum Expr: CustomStringConvertible {
        case fact(Int), literal(Bool), unknown, not(Expr), and(Expr, Expr), or(Expr, Expr)

        var description: String {
            switch self {
            case .fact(let index): return "p." + ["a", "b", "c"][index]
            case .literal(let flag): return flag ? "true" : "false"
            case .unknown: return "p.unknown"
            case .not(let a): return "not (\(a))"
            case .and(let a, let b): return "(\(a)) and (\(b))"
            case .or(let a, let b): return "(\(a)) or (\(b))"
            }
        }

        /// The reference model.
        func value(_ facts: [K3]) -> K3 {
            switch self {
            case .fact(let index): return facts[index]
            case .literal(let flag): return flag ? .yes : .no
            case .unknown: return .unknown
            case .not(let a): return K3.not(a.value(facts))
            case .and(let a, let b): return K3.and(a.value(facts), b.value(facts))
            case .or(let a, let b): return K3.or(a.value(facts), b.value(facts))
            }
        }

        /// Reads a tree from a tape of small integers (what the generator makes and shrinks): each number
        /// picks a node kind; a spent tape or the depth limit gives leaves.
        static func read(_ tape: [Int], _ position: inout Int, depth: Int = 0) -> Expr {
            guard position < tape.count else { return .fact(depth % 3) }
            let code = tape[position]
            position += 1
            if depth >= 6 || code < 6 {
                switch code % 6 {
                case 0, 1, 2: return .fact(code % 6)
                case 3: return .literal(true)
                case 4: return .literal(false)
                default: return .unknown
                }
            }
            switch code % 3 {
            case 0: return .not(read(tape, &position, depth: depth + 1))
            case 1: return .and(read(tape, &position, depth: depth + 1), read(tape, &position, depth: depth + 1))
            default: return .or(read(tape, &position, depth: depth + 1), read(tape, &position, depth: depth + 1))
            }
        }

        static func from(_ tape: [Int]) -> Expr {
            var position = 0
            return read(tape, &position)
        }
    }

    static let catalog: FactCatalog = {
        var catalog = FactCatalog()
        for path in ["p.a", "p.b", "p.c", "p.unknown"] { catalog.register(path, .bool) }
        return catalog
    }()

    /// The engine's answer: compile the text against the catalogue, evaluate with the assignment.
    static func engine(_ expression: Expr, _ facts: [K3]) -> K3? {
        guard let compiled = CompiledExpression.compile(expression.description, catalog: catalog, expecting: .bool).expression else {
            return nil
        }
        var table: [String: Fact] = [:]
        for (index, value) in facts.enumerated() where value != .unknown {
            table["p." + ["a", "b", "c"][index]] = Fact(value: .bool(value == .yes), provenance: Provenance(kind: .declared))
        }
        switch compiled.evaluate(FactTable(table)) {
        case .known(.bool(let flag)): return flag ? .yes : .no
        case .unknown: return .unknown
        case .known: return nil
        }
    }

    static let tape = Gen.int(in: 0...40).array(of: 1...24)
    static let assignment = Gen.int(in: 0...2).array(of: 3).map { codes in codes.map { [K3.no, .yes, .unknown][$0] } }

    @Test("the engine agrees with the reference Kleene model on every generated expression")
    func agreesWithModel() async {
        await propertyCheck(count: 300, input: Self.tape, Self.assignment) { tape, facts in
            let expression = Expr.from(tape)
            #expect(Self.engine(expression, facts) == expression.value(facts), "\(expression) with \(facts)")
        }
    }

    /// Pairs of expressions that Kleene's logic makes equal, built from generated a, b, c.
    static func laws(_ a: Expr, _ b: Expr, _ c: Expr) -> [(String, Expr, Expr)] {
        [
            ("and commutes", .and(a, b), .and(b, a)),
            ("or commutes", .or(a, b), .or(b, a)),
            ("and associates", .and(.and(a, b), c), .and(a, .and(b, c))),
            ("or associates", .or(.or(a, b), c), .or(a, .or(b, c))),
            ("De Morgan (and)", .not(.and(a, b)), .or(.not(a), .not(b))),
            ("De Morgan (or)", .not(.or(a, b)), .and(.not(a), .not(b))),
            ("absorption (and over or)", .and(a, .or(a, b)), a),
            ("absorption (or over and)", .or(a, .and(a, b)), a),
            ("and distributes over or", .and(a, .or(b, c)), .or(.and(a, b), .and(a, c))),
            ("or distributes over and", .or(a, .and(b, c)), .and(.or(a, b), .or(a, c))),
            ("double negation", .not(.not(a)), a),
            ("and identity: true", .and(a, .literal(true)), a),
            ("or identity: false", .or(a, .literal(false)), a),
            ("and annihilator: false", .and(a, .literal(false)), .literal(false)),
            ("or annihilator: true", .or(.unknown, .or(a, .literal(true))), .literal(true)),
            ("and is idempotent", .and(a, a), a),
            ("or is idempotent", .or(a, a), a),
        ]
    }

    @Test("Kleene laws: commutativity, associativity, De Morgan, absorption, distributivity, identity, annihilators")
    func laws() async {
        await propertyCheck(count: 200, input: Self.tape, Self.tape, Self.tape, Self.assignment) { ta, tb, tc, facts in
            let (a, b, c) = (Expr.from(ta), Expr.from(tb), Expr.from(tc))
            for (law, left, right) in Self.laws(a, b, c) {
                let l = Self.engine(left, facts), r = Self.engine(right, facts)
                #expect(l != nil && l == r, "\(law): \(left) = \(l.map(\.description) ?? "compile error"), \(right) = \(r.map(\.description) ?? "compile error") with \(facts)")
            }
        }
    }

    @Test("unknown propagates: not unknown, unknown and true, unknown or false are unknown; unknown never decides alone")
    func unknownPropagation() async {
        await propertyCheck(count: 200, input: Self.tape, Self.assignment) { tape, facts in
            let a = Expr.from(tape)
            let value = Self.engine(a, facts)
            #expect(Self.engine(.not(.unknown), facts) == .unknown)
            // With a known operand that does not decide, the unknown shows through.
            #expect(Self.engine(.and(a, .unknown), facts) == (value == .no ? .no : .unknown), "\(a)")
            #expect(Self.engine(.or(a, .unknown), facts) == (value == .yes ? .yes : .unknown), "\(a)")
            // Excluded middle fails exactly when a is unknown (K3 has no tautologies).
            #expect(Self.engine(.or(a, .not(a)), facts) == (value == .unknown ? .unknown : .yes), "\(a)")
        }
    }
}
