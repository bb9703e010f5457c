import Diagnostics

/// Checks a `Syntax` tree against the fact catalogue and lowers it to a `CompiledNode`.
///
/// It keeps going after an error in one operand so that independent mistakes are all reported;
/// a subtree with an error yields nil and its parents stay silent about it.
struct TypeChecker {
    let catalog: FactCatalog
    var slots: FactSlotTable
    private(set) var issues: [ExpressionIssue] = []
    /// Whether an unknown fact gets a did-you-mean (a lookup over the whole catalogue); a ruleset compiler turns
    /// it off after dozens of unknown facts, which are then not typos, so thousands of them stay fast.
    var suggests = true

    init(catalog: FactCatalog, slots: FactSlotTable, suggests: Bool = true) {
        self.catalog = catalog
        self.slots = slots
        self.suggests = suggests
    }

    /// A checked subtree: its executable form, static type and unit (nil when unitless or not tracked).
    struct Typed {
        var node: CompiledNode
        var type: FactType
        var unit: String?
        /// The fact's closed vocabulary when this is a fact path that has one (see `FactDescriptor.allowedValues`).
        var allowedValues: [String]?
    }

    /// An error for each string literal in `literal` (a string or a list of strings) that `other`'s closed
    /// vocabulary does not contain: such a comparison is constant, almost always a misspelling.
    private mutating func checkVocabulary(of other: Typed, against literal: Syntax, path: Syntax) {
        guard let allowed = other.allowedValues else { return }
        let candidates: [Syntax]
        switch literal {
        case .string: candidates = [literal]
        case .list(let items, _): candidates = items
        default: return
        }
        let name: String
        if case .path(let text, _) = path { name = text } else { name = "the fact" }
        for case .string(let text, let offset) in candidates where !allowed.contains(text) {
            var notes: [String] = []
            if let hint = Suggestion.note(for: text, in: allowed) { notes.append(hint) }
            notes.append("'\(name)' is one of: " + allowed.joined(separator: ", "))
            error("\"\(text)\" is not a possible value of '\(name)'", at: offset, notes: notes)
        }
    }

    private mutating func error(_ message: String, at offset: Int, notes: [String] = []) {
        issues.append(ExpressionIssue(.error, message, at: offset, notes: notes))
    }

    private mutating func warning(_ message: String, at offset: Int, notes: [String] = []) {
        issues.append(ExpressionIssue(.warning, message, at: offset, notes: notes))
    }

    mutating func check(_ syntax: Syntax) -> Typed? {
        switch syntax {
        case .number(let value, _): return Typed(node: .constant(.number(value)), type: .number)
        case .string(let text, _): return Typed(node: .constant(.string(text)), type: .string)
        case .bool(let flag, _): return Typed(node: .constant(.bool(flag)), type: .bool)
        case .list(let items, _): return checkList(items)
        case .path(let path, let offset): return checkPath(path, at: offset)
        case .unary(let op, let operand, let offset): return checkUnary(op, operand, at: offset)
        case .binary(let op, let left, let right, let offset): return checkBinary(op, left, right, at: offset)
        case .call(let name, let arguments, let offset): return checkCall(name, arguments, at: offset)
        case .conditional(let condition, let whenTrue, let whenFalse, let offset):
            let c = check(condition)
            let a = check(whenTrue)
            let b = check(whenFalse)
            guard let c, let a, let b else { return nil }
            guard c.type == .bool else {
                error("the condition of 'if' must be a boolean, found \(c.type)", at: condition.startOffset)
                return nil
            }
            guard a.type.accepts(b.type) else {
                error("both branches of 'if' must have the same type: 'then' is \(a.type), 'else' is \(b.type)",
                      at: whenFalse.startOffset)
                return nil
            }
            let unit = mergedUnit(a.unit, b.unit, what: "the branches of 'if'", at: offset)
            return Typed(node: .conditional(c.node, a.node, b.node), type: a.type.unified(with: b.type), unit: unit)
        }
    }

    private mutating func checkList(_ items: [Syntax]) -> Typed? {
        var nodes: [CompiledNode] = []
        var elementType = FactType.any
        var unit: String?
        var failed = false
        for item in items {
            guard let typed = check(item) else { failed = true; continue }
            guard elementType.accepts(typed.type) else {
                error("list elements must all have the same type: expected \(elementType), found \(typed.type)", at: item.startOffset)
                failed = true
                continue
            }
            elementType = elementType.unified(with: typed.type)
            unit = unit ?? typed.unit
            nodes.append(typed.node)
        }
        guard !failed else { return nil }
        // A list of constants is folded once here rather than rebuilt at every evaluation.
        let constants = nodes.compactMap { node -> FactValue? in
            if case .constant(let value) = node { return value }
            return nil
        }
        let node: CompiledNode = constants.count == nodes.count ? .constant(.list(constants)) : .list(nodes)
        return Typed(node: node, type: .list(elementType), unit: unit)
    }

    private mutating func checkPath(_ path: String, at offset: Int) -> Typed? {
        guard let descriptor = catalog[path] else {
            if let function = BuiltinFunction(rawValue: path) {
                error("'\(function.rawValue)' is a function: call it with arguments", at: offset, notes: [function.signature])
                return nil
            }
            var notes: [String] = []
            if suggests, let hint = Suggestion.note(for: path, in: catalog.descriptors.keys) { notes.append(hint) }
            error("unknown fact '\(path)'", at: offset, notes: notes)
            return nil
        }
        return Typed(node: .fact(slot: slots.slot(for: path)), type: descriptor.type, unit: descriptor.unit,
                     allowedValues: descriptor.allowedValues)
    }

    private mutating func checkUnary(_ op: UnaryOperator, _ operand: Syntax, at offset: Int) -> Typed? {
        guard let typed = check(operand) else { return nil }
        switch op {
        case .negate:
            guard typed.type == .number else {
                error("'-' expects a number, found \(typed.type)", at: operand.startOffset)
                return nil
            }
            if case .constant(.number(let x)) = typed.node { return Typed(node: .constant(.number(-x)), type: .number) }
            return Typed(node: .negate(typed.node), type: .number, unit: typed.unit)
        case .not:
            guard typed.type == .bool else {
                error("'not' expects a boolean, found \(typed.type)", at: operand.startOffset)
                return nil
            }
            return Typed(node: .not(typed.node), type: .bool)
        }
    }

    /// Units of two operands that must agree (sums, comparisons, branches): a mismatch is a warning,
    /// because `perigee_km < lifetime_years` is almost surely a mistake but not a type error.
    private mutating func mergedUnit(_ a: String?, _ b: String?, what: String, at offset: Int) -> String? {
        if let a, let b, a != b {
            warning("unit mismatch: \(what) are in \(a) and \(b)", at: offset,
                    notes: ["units come from the fact names' suffixes; convert explicitly if this is intended"])
        }
        return a ?? b
    }

    private mutating func checkBinary(_ op: BinaryOperator, _ left: Syntax, _ right: Syntax, at offset: Int) -> Typed? {
        let l = check(left)
        let r = check(right)
        guard let l, let r else { return nil }
        func expect(_ type: FactType, _ side: Typed, _ syntax: Syntax, _ name: String) -> Bool {
            guard side.type == type else {
                error("'\(op.rawValue)' expects \(name) on both sides, found \(side.type)", at: syntax.startOffset)
                return false
            }
            return true
        }
        switch op {
        case .add, .subtract, .multiply, .divide, .power:
            let okLeft = expect(.number, l, left, "numbers")
            let okRight = expect(.number, r, right, "numbers")
            guard okLeft, okRight else { return nil }
            let arithmetic = ArithmeticOperator(rawValue: op.rawValue) ?? .add
            var unit: String?
            if op == .add || op == .subtract {
                unit = mergedUnit(l.unit, r.unit, what: "the operands of '\(op.rawValue)'", at: offset)
            }
            // Fold constant arithmetic when it is well defined; otherwise leave it to report unknown at run time.
            if case .constant(.number(let a)) = l.node, case .constant(.number(let b)) = r.node,
               case .known(let folded) = Evaluator.arithmetic(arithmetic, a, b) {
                return Typed(node: .constant(folded), type: .number, unit: unit)
            }
            return Typed(node: .arithmetic(arithmetic, l.node, r.node), type: .number, unit: unit)
        case .less, .lessEqual, .greater, .greaterEqual:
            let okLeft = expect(.number, l, left, "numbers")
            let okRight = expect(.number, r, right, "numbers")
            guard okLeft, okRight else { return nil }
            _ = mergedUnit(l.unit, r.unit, what: "the sides of '\(op.rawValue)'", at: offset)
            return Typed(node: .order(OrderOperator(rawValue: op.rawValue) ?? .less, l.node, r.node), type: .bool)
        case .equal, .notEqual:
            guard l.type.accepts(r.type) else {
                error("'\(op.rawValue)' compares values of the same type, found \(l.type) and \(r.type)", at: offset)
                return nil
            }
            _ = mergedUnit(l.unit, r.unit, what: "the sides of '\(op.rawValue)'", at: offset)
            checkVocabulary(of: l, against: right, path: left)
            checkVocabulary(of: r, against: left, path: right)
            return Typed(node: .equal(l.node, r.node, negated: op == .notEqual), type: .bool)
        case .and, .or:
            let okLeft = expect(.bool, l, left, "booleans")
            let okRight = expect(.bool, r, right, "booleans")
            guard okLeft, okRight else { return nil }
            return Typed(node: op == .and ? .and(l.node, r.node) : .or(l.node, r.node), type: .bool)
        case .in:
            guard case .list(let element) = r.type else {
                error("'in' expects a list on its right, found \(r.type)", at: right.startOffset,
                      notes: r.type == .string ? ["use contains(text, part) to look for a substring"] : [])
                return nil
            }
            guard element.accepts(l.type) else {
                error("'in' looks for a \(l.type) in a \(r.type)", at: offset)
                return nil
            }
            checkVocabulary(of: l, against: right, path: left)
            return Typed(node: .member(l.node, r.node), type: .bool)
        }
    }

    private mutating func checkCall(_ name: String, _ arguments: [Syntax], at offset: Int) -> Typed? {
        guard let function = BuiltinFunction(rawValue: name) else {
            var notes: [String] = []
            if let hint = Suggestion.note(for: name, in: BuiltinFunction.allCases.map(\.rawValue)) { notes.append(hint) }
            notes.append("functions: " + BuiltinFunction.allCases.map(\.rawValue).joined(separator: ", "))
            error("unknown function '\(name)'", at: offset, notes: notes)
            return nil
        }
        let typedArguments = arguments.map { check($0) }
        let checked = typedArguments.compactMap { $0 }
        guard checked.count == arguments.count else { return nil }
        let nodes = checked.map(\.node)

        func arity(_ expected: Int) -> Bool {
            guard arguments.count == expected else {
                error("'\(name)' expects \(expected) argument\(expected == 1 ? "" : "s"), found \(arguments.count)", at: offset,
                      notes: [function.signature])
                return false
            }
            return true
        }
        func argument(_ index: Int, is type: FactType) -> Bool {
            guard checked[index].type == type || (type.accepts(checked[index].type) && checked[index].type != .any) else {
                error("argument \(index + 1) of '\(name)' must be a \(type), found \(checked[index].type)",
                      at: arguments[index].startOffset, notes: [function.signature])
                return false
            }
            return true
        }

        switch function {
        case .min, .max:
            if arguments.count == 1 {
                guard argument(0, is: .list(.number)) else { return nil }
            } else {
                guard !arguments.isEmpty else {
                    error("'\(name)' expects at least one argument", at: offset, notes: [function.signature])
                    return nil
                }
                var ok = true
                for index in checked.indices where !argument(index, is: .number) { ok = false }
                guard ok else { return nil }
            }
            let unit = checked.dropFirst().reduce(checked.first?.unit) { mergedUnit($0, $1.unit, what: "the arguments of '\(name)'", at: offset) }
            return Typed(node: .call(function, nodes), type: .number, unit: unit)
        case .abs, .sqrt, .ln, .log10, .exp:
            guard arity(1), argument(0, is: .number) else { return nil }
            return Typed(node: .call(function, nodes), type: .number, unit: function == .abs ? checked[0].unit : nil)
        case .clamp:
            guard arity(3) else { return nil }
            var ok = true
            for index in 0..<3 where !argument(index, is: .number) { ok = false }
            guard ok else { return nil }
            return Typed(node: .call(function, nodes), type: .number, unit: checked[0].unit)
        case .interp:
            guard arity(3), argument(0, is: .number), argument(1, is: .list(.number)), argument(2, is: .list(.number)) else { return nil }
            if case .constant(.list(let xs)) = nodes[1], case .constant(.list(let ys)) = nodes[2] {
                let xNumbers = xs.compactMap { if case .number(let n) = $0 { return n } else { return nil } }
                if xs.count != ys.count || xs.isEmpty {
                    error("'interp' needs xs and ys of the same, non-zero length (found \(xs.count) and \(ys.count))",
                          at: arguments[2].startOffset)
                    return nil
                }
                if zip(xNumbers, xNumbers.dropFirst()).contains(where: { !($0 < $1) }) {
                    error("'interp' needs strictly increasing xs", at: arguments[1].startOffset)
                    return nil
                }
            }
            return Typed(node: .call(function, nodes), type: .number)
        case .len:
            guard arity(1) else { return nil }
            switch checked[0].type {
            case .list, .string: return Typed(node: .call(function, nodes), type: .number)
            default:
                error("argument 1 of 'len' must be a list or a string, found \(checked[0].type)", at: arguments[0].startOffset)
                return nil
            }
        case .contains:
            guard arity(2) else { return nil }
            switch (checked[0].type, checked[1].type) {
            case (.list(let element), let needle) where element.accepts(needle):
                checkVocabulary(of: checked[0], against: arguments[1], path: arguments[0])
                return Typed(node: .call(function, nodes), type: .bool)
            case (.string, .string):
                return Typed(node: .call(function, nodes), type: .bool)
            default:
                error("'contains' looks for a \(checked[1].type) in a \(checked[0].type)", at: offset, notes: [function.signature])
                return nil
            }
        case .known:
            guard arity(1) else { return nil }
            return Typed(node: .call(function, nodes), type: .bool)
        case .default:
            guard arity(2) else { return nil }
            guard checked[0].type.accepts(checked[1].type) else {
                error("'default' needs a fallback of the value's type: \(checked[0].type), found \(checked[1].type)",
                      at: arguments[1].startOffset)
                return nil
            }
            let unit = mergedUnit(checked[0].unit, checked[1].unit, what: "the arguments of 'default'", at: offset)
            return Typed(node: .call(function, nodes), type: checked[0].type.unified(with: checked[1].type), unit: unit)
        }
    }
}
