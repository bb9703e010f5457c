/// Evaluates compiled nodes. Total: every path returns a `Value`; nothing traps, nothing loops beyond
/// the size of the lists involved.
enum Evaluator {
    static func evaluate(_ node: CompiledNode, in context: inout EvaluationContext) -> Value {
        switch node {
        case .constant(let value):
            return .known(value)

        case .fact(let slot):
            return context.value(slot)

        case .list(let items):
            var values: [FactValue] = []
            values.reserveCapacity(items.count)
            for item in items {
                switch evaluate(item, in: &context) {
                case .known(let value): values.append(value)
                case .unknown(let reason): return .unknown(reason: reason)
                }
            }
            return .known(.list(values))

        case .negate(let operand):
            let value = evaluate(operand, in: &context)
            guard let x = value.number else { return passUnknown(value) }
            return .known(.number(-x))

        case .not(let operand):
            let value = evaluate(operand, in: &context)
            guard let flag = value.bool else { return passUnknown(value) }
            return .known(.bool(!flag))

        case .arithmetic(let op, let left, let right):
            let l = evaluate(left, in: &context)
            let r = evaluate(right, in: &context)
            guard let a = l.number else { return passUnknown(l) }
            guard let b = r.number else { return passUnknown(r) }
            return arithmetic(op, a, b)

        case .order(let op, let left, let right):
            let l = evaluate(left, in: &context)
            let r = evaluate(right, in: &context)
            guard let a = l.number else { return passUnknown(l) }
            guard let b = r.number else { return passUnknown(r) }
            switch op {
            case .less: return .known(.bool(a < b))
            case .lessEqual: return .known(.bool(a <= b))
            case .greater: return .known(.bool(a > b))
            case .greaterEqual: return .known(.bool(a >= b))
            }

        case .equal(let left, let right, let negated):
            let l = evaluate(left, in: &context)
            let r = evaluate(right, in: &context)
            guard case .known(let a) = l else { return l }
            guard case .known(let b) = r else { return r }
            return .known(.bool((a == b) != negated))

        case .and(let left, let right):
            // Kleene conjunction: false wins over unknown; the right side is skipped when the left is false.
            let l = evaluate(left, in: &context)
            if l.bool == false { return l }
            let r = evaluate(right, in: &context)
            if r.bool == false { return r }
            if case .unknown = l { return l }
            return r

        case .or(let left, let right):
            // Kleene disjunction: true wins over unknown.
            let l = evaluate(left, in: &context)
            if l.bool == true { return l }
            let r = evaluate(right, in: &context)
            if r.bool == true { return r }
            if case .unknown = l { return l }
            return r

        case .member(let element, let collection):
            let e = evaluate(element, in: &context)
            let c = evaluate(collection, in: &context)
            guard case .known(let needle) = e else { return e }
            guard case .known(.list(let items)) = c else { return passUnknown(c) }
            return .known(.bool(items.contains(needle)))

        case .conditional(let condition, let whenTrue, let whenFalse):
            let c = evaluate(condition, in: &context)
            guard let flag = c.bool else { return passUnknown(c) }
            return evaluate(flag ? whenTrue : whenFalse, in: &context)

        case .call(let function, let arguments):
            return call(function, arguments, in: &context)
        }
    }

    /// An unknown operand passes through; a known operand of the wrong shape cannot happen after type
    /// checking, but is still answered with unknown rather than a trap.
    private static func passUnknown(_ value: Value) -> Value {
        if case .unknown = value { return value }
        return .unknown(reason: "internal: operand of unexpected type")
    }

    static func arithmetic(_ op: ArithmeticOperator, _ a: Double, _ b: Double) -> Value {
        // Operand texts are formatted only on the failure paths: formatting doubles is far dearer than the arithmetic.
        func text(_ x: Double) -> String { NumberFormatting.shortest(x) }
        switch op {
        case .add: return Value.finite(a + b, "\(text(a)) + \(text(b))")
        case .subtract: return Value.finite(a - b, "\(text(a)) - \(text(b))")
        case .multiply: return Value.finite(a * b, "\(text(a)) * \(text(b))")
        case .divide:
            guard b != 0 else { return .unknown(reason: "division by zero (\(text(a)) / 0)") }
            return Value.finite(a / b, "\(text(a)) / \(text(b))")
        case .power:
            if a < 0, b != b.rounded() {
                return .unknown(reason: "a negative number to a fractional power (\(text(a)) ^ \(text(b)))")
            }
            if a == 0, b < 0 { return .unknown(reason: "zero to a negative power (0 ^ \(text(b)))") }
            return Value.finite(pow(a, b), "\(text(a)) ^ \(text(b))")
        }
    }

    /// The smallest or largest of the arguments, each a number or a list of numbers, folded without
    /// building an intermediate array.
    private static func extreme(_ function: BuiltinFunction, _ arguments: [CompiledNode],
                                in context: inout EvaluationContext) -> Value {
        var best: Double?
        func take(_ x: Double) {
            if let current = best {
                best = function == .min ? Swift.min(current, x) : Swift.max(current, x)
            } else {
                best = x
            }
        }
        for argument in arguments {
            let value = evaluate(argument, in: &context)
            switch value {
            case .known(.number(let x)): take(x)
            case .known(.list(let items)):
                for item in items {
                    guard case .number(let x) = item else { return .unknown(reason: "internal: list of non-numbers") }
                    take(x)
                }
            default: return passUnknown(value)
            }
        }
        guard let best else { return .unknown(reason: "\(function.rawValue) of an empty list") }
        return .known(.number(best))
    }

    private static func call(_ function: BuiltinFunction, _ arguments: [CompiledNode],
                             in context: inout EvaluationContext) -> Value {
        switch function {
        case .known:
            return .known(.bool(evaluate(arguments[0], in: &context).isKnown))
        case .default:
            let value = evaluate(arguments[0], in: &context)
            return value.isKnown ? value : evaluate(arguments[1], in: &context)
        case .len:
            switch evaluate(arguments[0], in: &context) {
            case .known(.list(let items)): return .known(.number(Double(items.count)))
            case .known(.string(let text)): return .known(.number(Double(text.count)))
            case let other: return passUnknown(other)
            }
        case .contains:
            let haystack = evaluate(arguments[0], in: &context)
            let needle = evaluate(arguments[1], in: &context)
            guard case .known(let n) = needle else { return needle }
            switch (haystack, n) {
            case (.known(.list(let items)), _): return .known(.bool(items.contains(n)))
            case (.known(.string(let text)), .string(let part)): return .known(.bool(part.isEmpty || text.contains(part)))
            default: return passUnknown(haystack)
            }
        case .min, .max:
            return extreme(function, arguments, in: &context)
        case .abs, .sqrt, .ln, .log10, .exp:
            let value = evaluate(arguments[0], in: &context)
            guard let x = value.number else { return passUnknown(value) }
            return BuiltinFunction.unary(function, x)
        case .clamp:
            let x = evaluate(arguments[0], in: &context)
            let low = evaluate(arguments[1], in: &context)
            let high = evaluate(arguments[2], in: &context)
            guard let xv = x.number else { return passUnknown(x) }
            guard let lv = low.number else { return passUnknown(low) }
            guard let hv = high.number else { return passUnknown(high) }
            guard lv <= hv else {
                return .unknown(reason: "clamp with low (\(NumberFormatting.shortest(lv))) above high (\(NumberFormatting.shortest(hv)))")
            }
            return .known(.number(Swift.min(Swift.max(xv, lv), hv)))
        case .interp:
            let x = evaluate(arguments[0], in: &context)
            let xs = evaluate(arguments[1], in: &context)
            let ys = evaluate(arguments[2], in: &context)
            guard let xv = x.number else { return passUnknown(x) }
            guard case .known(.list(let xItems)) = xs else { return passUnknown(xs) }
            guard case .known(.list(let yItems)) = ys else { return passUnknown(ys) }
            let xNumbers = xItems.compactMap { if case .number(let n) = $0 { return n } else { return nil } }
            let yNumbers = yItems.compactMap { if case .number(let n) = $0 { return n } else { return nil } }
            return BuiltinFunction.interpolate(xv, xs: xNumbers, ys: yNumbers)
        }
    }
}

import Foundation
