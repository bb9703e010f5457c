/// An expression that has been parsed, type-checked and lowered: ready to evaluate any number of times.
public struct CompiledExpression: Sendable, Hashable {
    /// The source text, kept for reports ("condition: derived.reentry.casualty_risk <= 1.0e-4").
    public let text: String
    public let type: FactType
    /// Unit of a numeric result when the checker could tell (from fact-name suffixes).
    public let unit: String?
    let root: CompiledNode
    /// The slot table the expression's fact references index into.
    let slots: FactSlotTable

    /// The outcome of compiling one expression: the expression when there was no error, and every
    /// issue (errors and warnings) located by scalar offset in `text`.
    public struct Result: Sendable {
        public var expression: CompiledExpression?
        public var issues: [ExpressionIssue]
    }

    /// Compiles `text` against `catalog`. `expected` is the type the context needs (boolean for
    /// conditions, number for scores); nil accepts any type.
    public static func compile(_ text: String, catalog: FactCatalog, expecting expected: FactType? = nil) -> Result {
        var table = FactSlotTable()
        return compile(text, catalog: catalog, expecting: expected, slots: &table)
    }

    /// Compiles into a shared slot table, so every expression of a ruleset reads the same per-mission cache.
    static func compile(_ text: String, catalog: FactCatalog, expecting expected: FactType?,
                        slots: inout FactSlotTable, suggests: Bool = true) -> Result {
        let syntax: Syntax
        switch Parser.parse(text) {
        case .failure(let issue): return Result(expression: nil, issues: [issue])
        case .success(let parsed): syntax = parsed
        }
        var checker = TypeChecker(catalog: catalog, slots: slots, suggests: suggests)
        let typed = checker.check(syntax)
        var issues = checker.issues
        guard let typed, !issues.contains(where: { $0.severity == .error }) else {
            return Result(expression: nil, issues: issues)
        }
        if let expected, !expected.accepts(typed.type) {
            let what = expected == .bool ? "a condition (boolean)" : "a \(expected)"
            issues.append(ExpressionIssue("expected \(what), found an expression of type \(typed.type)", at: syntax.startOffset))
            return Result(expression: nil, issues: issues)
        }
        slots = checker.slots
        let expression = CompiledExpression(text: text, type: typed.type, unit: typed.unit, root: typed.node, slots: slots)
        return Result(expression: expression, issues: issues)
    }

    /// The fact paths this expression reads, in the order first referenced across its slot table.
    public var factPaths: [String] {
        var seen = Set<Int>()
        var result: [String] = []
        func visit(_ node: CompiledNode) {
            switch node {
            case .constant: break
            case .fact(let slot): if seen.insert(slot).inserted { result.append(slots.paths[slot]) }
            case .list(let items), .call(_, let items): items.forEach(visit)
            case .negate(let a), .not(let a): visit(a)
            case .arithmetic(_, let a, let b), .order(_, let a, let b), .equal(let a, let b, _), .and(let a, let b),
                 .or(let a, let b), .member(let a, let b):
                visit(a); visit(b)
            case .conditional(let a, let b, let c): visit(a); visit(b); visit(c)
            }
        }
        visit(root)
        return result
    }

    /// Evaluates against a fact source; convenient for one-off use and tests.
    public func evaluate(_ facts: any FactSource) -> Value {
        var context = EvaluationContext(table: slots, source: facts)
        return Evaluator.evaluate(root, in: &context)
    }

    /// Evaluates within a ruleset's shared context (which must use this expression's slot table or a superset).
    func evaluate(in context: inout EvaluationContext) -> Value {
        Evaluator.evaluate(root, in: &context)
    }
}
