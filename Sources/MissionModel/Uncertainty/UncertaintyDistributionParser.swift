import Diagnostics

/// Why the text of a distribution could not be read: what was expected where, and what was found there.
///
/// `offset` counts Unicode scalars from the start of the text (0-based), the unit of file columns and of
/// `ScalarLocator`, which turns it into the `file:line:col` of the character inside a YAML scalar.
public struct UncertaintySyntaxError: Error, Sendable, Hashable {
    /// 0-based offset, in Unicode scalars, of the first character of the offending token in the text.
    public var offset: Int
    /// What the text should have had there, e.g. `a standard deviation of at least 0`.
    public var expected: String
    /// What it had, e.g. `-0.1`, `'unifrom'`, `end of text`.
    public var found: String
    /// Hints such as a did-you-mean for a misspelt distribution name.
    public var notes: [String]

    public init(offset: Int, expected: String, found: String, notes: [String] = []) {
        self.offset = offset
        self.expected = expected
        self.found = found
        self.notes = notes
    }

    /// `expected …, found …`, the message diagnostics show after the field's path.
    public var message: String { "expected \(expected), found \(found)" }
}

extension UncertaintyDistribution {
    /// The distribution names of the call forms, in the order the documentation lists them.
    public static let names = ["uniform", "triangular", "normal", "bernoulli", "fixed"]

    /// The forms, for notes under syntax errors.
    public static let syntaxSummary =
        "forms: uniform(low, high), triangular(low, mode, high), normal(mean, sd), bernoulli(p), fixed(x), x ± d, x ± p%, ± d, ± p%, or a number; '+/-' may stand for '±'"

    /// Reads the text syntax of docs/mission-format.md ("uncertainty"): `uniform(a, b)`, `triangular(a, mode, b)`,
    /// `normal(mean, sd)`, `bernoulli(p)`, `fixed(x)`, a plain number `x` (fixed), `x ± d` and `x ± p%` (uniform
    /// around x), `± d` and `± p%` (uniform around the nominal value, ``aroundNominal(halfWidth:relative:)``).
    /// `+/-` is accepted for `±`; spaces and tabs may stand between any two tokens. Numbers are decimals with an
    /// optional sign and exponent (`2`, `-0.5`, `.5`, `1e-3`, `2.5E+2`). The checks that need no input are made
    /// here, located at the offending number: spreads and half-widths at least 0, percentages below 100,
    /// probabilities in [0, 1], low ≤ mode ≤ high. Which input a distribution suits is ``validate(for:)``'s.
    public static func parse(_ text: String) throws(UncertaintySyntaxError) -> UncertaintyDistribution {
        var parser = DistributionTextParser(text)
        return try parser.parse()
    }

    /// Nil when the distribution suits `input`, else a message `expected …, found …`: disposal success takes
    /// only `bernoulli(p)` or `fixed(0|1)` and no other input takes `bernoulli`; every value a draw can take lies
    /// in ``UncertainInput/validRange`` (for `normal`, the mean: the draws are truncated to the range). A
    /// `± d`/`± p%` around the nominal value is checked only for its width here: check ``resolved(nominal:)``'s
    /// result again once the nominal value is known. Also repeats the checks ``parse(_:)`` makes, for
    /// distributions built in code.
    public func validate(for input: UncertainInput) -> String? {
        if let problem = argumentProblem { return "expected \(problem.expected), found \(problem.found) in \(text)" }
        // A fixed value is quoted as the number it is (it is usually written as a plain number).
        let found = { if case .fixed(let value) = self { return NumberFormatting.shortest(value) } else { return readableText } }()
        let range = input.validRange
        if input == .disposalSuccess {
            switch self {
            case .bernoulli: return nil
            case .fixed(let value) where value == 0 || value == 1: return nil
            default: return "expected bernoulli(p), fixed(0) or fixed(1) for \(input.rawValue), found \(found)"
            }
        }
        let values: [Double]
        switch self {
        case .bernoulli:
            return "expected a distribution of \(input.rawValue) values (bernoulli is for disposal_success only), found \(found)"
        case .fixed(let value): values = [value]
        case .uniform(let low, let high): values = [low, high]
        case .triangular(let low, _, let high): values = [low, high]
        case .normal(let mean, _): values = [mean]
        case .aroundNominal: values = []
        }
        guard values.allSatisfy(range.contains) else {
            let unit = input.unit.map { " \($0)" } ?? ""
            let what = { if case .normal = self { return "a mean" } else { return "values" } }()
            return "expected \(what) from \(NumberFormatting.shortest(range.lowerBound)) to \(NumberFormatting.shortest(range.upperBound))\(unit) for \(input.rawValue), found \(found)"
        }
        return nil
    }

    /// A regular expression (ECMA 262, for JSON Schema) for the text forms `input` may take: the syntax of
    /// ``parse(_:)`` with spreads, half-widths and probabilities unsigned. Looser than the parser (ranges, order
    /// of bounds and percentages are the loader's), never stricter: a text it refuses, the loader refuses too.
    public static func textPattern(for input: UncertainInput) -> String {
        let space = "[ \\t]*"
        let digits = "(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
        let signed = "[-+]?" + digits, unsigned = "\\+?" + digits
        func call(_ name: String, _ arguments: [String]) -> String {
            name + space + "\\(" + space + arguments.joined(separator: space + "," + space) + space + "\\)"
        }
        let plusMinus = "(?:±|\\+/-)"
        let forms: [String]
        if input == .disposalSuccess {
            forms = [call("bernoulli", [unsigned]), call("fixed", [unsigned]), unsigned]
        } else {
            let width = plusMinus + space + unsigned + space + "%?"
            forms = [call("uniform", [signed, signed]), call("triangular", [signed, signed, signed]),
                     call("normal", [signed, unsigned]), call("fixed", [signed]),
                     signed + "(?:" + space + width + ")?", width]
        }
        return "^" + space + "(?:" + forms.joined(separator: "|") + ")" + space + "$"
    }

    /// The first argument (0-based, in writing order) that breaks a rule every input shares, with the rule.
    var argumentProblem: (argument: Int, expected: String, found: String)? {
        func n(_ value: Double) -> String { NumberFormatting.shortest(value) }
        let arguments: [Double]
        switch self {
        case .fixed(let value): arguments = [value]
        case .uniform(let low, let high): arguments = [low, high]
        case .triangular(let low, let mode, let high): arguments = [low, mode, high]
        case .normal(let mean, let sd): arguments = [mean, sd]
        case .bernoulli(let p): arguments = [p]
        case .aroundNominal(let half, _): arguments = [half]
        }
        if let index = arguments.firstIndex(where: { !$0.isFinite }) {
            return (index, "a finite number", n(arguments[index]))
        }
        switch self {
        case .fixed:
            return nil
        case .uniform(let low, let high):
            return high < low ? (1, "a high bound of at least the low bound \(n(low))", n(high)) : nil
        case .triangular(let low, let mode, let high):
            if high < low { return (2, "a high bound of at least the low bound \(n(low))", n(high)) }
            if mode < low || mode > high { return (1, "a mode from \(n(low)) to \(n(high)) (the low and high bounds)", n(mode)) }
            return nil
        case .normal(_, let sd):
            return sd < 0 ? (1, "a standard deviation of at least 0", n(sd)) : nil
        case .bernoulli(let p):
            return (0...1).contains(p) ? nil : (0, "a probability from 0 to 1", n(p))
        case .aroundNominal(let half, let relative):
            if half < 0 { return (0, "a half-width of at least 0", n(half) + (relative ? "%" : "")) }
            if relative, half >= 100 { return (0, "a percentage of at least 0 and below 100", n(half) + "%") }
            return nil
        }
    }
}

/// A recursive-descent reader of one distribution's text, over its Unicode scalars (so offsets are columns).
private struct DistributionTextParser {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// A number as written, with where it starts.
    struct Number {
        var value: Double
        var offset: Int
        var text: String
    }

    mutating func parse() throws(UncertaintySyntaxError) -> UncertaintyDistribution {
        skipSpace()
        let distribution: UncertaintyDistribution
        if index == scalars.count {
            throw failure("a distribution such as uniform(2.0, 2.6), 2.2 ± 0.3, ± 15% or a number")
        } else if isLetter(scalars[index]) {
            distribution = try call()
        } else if plusMinusLength() > 0 {
            distribution = try aroundNominal()
        } else {
            distribution = try centred()
        }
        skipSpace()
        guard index == scalars.count else { throw failure("the end of the text") }
        return distribution
    }

    /// `name(arguments)`.
    mutating func call() throws(UncertaintySyntaxError) -> UncertaintyDistribution {
        let start = index
        while index < scalars.count, isLetter(scalars[index]) || isDigit(scalars[index]) || scalars[index] == "_" { index += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<index]))
        let parameters: [String]
        switch name {
        case "uniform": parameters = ["low", "high"]
        case "triangular": parameters = ["low", "mode", "high"]
        case "normal": parameters = ["mean", "sd"]
        case "bernoulli": parameters = ["p"]
        case "fixed": parameters = ["x"]
        default:
            var notes = [UncertaintyDistribution.syntaxSummary]
            if let hint = Suggestion.note(for: name, in: UncertaintyDistribution.names) { notes.insert(hint, at: 0) }
            throw UncertaintySyntaxError(offset: start, expected: "a distribution name (\(UncertaintyDistribution.names.joined(separator: ", ")))",
                                         found: "'\(name)'", notes: notes)
        }
        let signature = "\(name)(\(parameters.joined(separator: ", ")))"
        skipSpace()
        guard index < scalars.count, scalars[index] == "(" else { throw failure("'(' after '\(name)', as in \(signature)") }
        index += 1
        var arguments: [Number] = []
        while true {
            skipSpace()
            if arguments.count == parameters.count {
                guard index < scalars.count, scalars[index] == ")" else {
                    throw failure(arguments.count == 1 ? "')': \(signature) takes 1 number" : "')': \(signature) takes \(parameters.count) numbers")
                }
                index += 1
                break
            }
            if !arguments.isEmpty {
                guard index < scalars.count, scalars[index] == "," else {
                    throw failure("',' and \(parameters[arguments.count]): \(signature) takes \(parameters.count) numbers")
                }
                index += 1
                skipSpace()
            }
            arguments.append(try number(parameters[arguments.count]))
        }
        let values = arguments.map(\.value)
        let distribution: UncertaintyDistribution
        switch name {
        case "uniform": distribution = .uniform(low: values[0], high: values[1])
        case "triangular": distribution = .triangular(low: values[0], mode: values[1], high: values[2])
        case "normal": distribution = .normal(mean: values[0], sd: values[1])
        case "bernoulli": distribution = .bernoulli(values[0])
        default: distribution = .fixed(values[0])
        }
        if let problem = distribution.argumentProblem {
            let argument = arguments[problem.argument]
            throw UncertaintySyntaxError(offset: argument.offset, expected: problem.expected, found: argument.text)
        }
        return distribution
    }

    /// `± d` or `± p%`, around the nominal value.
    mutating func aroundNominal() throws(UncertaintySyntaxError) -> UncertaintyDistribution {
        index += plusMinusLength()
        skipSpace()
        let (half, relative) = try halfWidth()
        return .aroundNominal(halfWidth: half, relative: relative)
    }

    /// A number alone (fixed), or `x ± d` / `x ± p%` (uniform around x).
    mutating func centred() throws(UncertaintySyntaxError) -> UncertaintyDistribution {
        let centre = try number(nil)
        skipSpace()
        if index == scalars.count { return .fixed(centre.value) }
        guard plusMinusLength() > 0 else { throw failure("'±' or the end of the text after the number") }
        index += plusMinusLength()
        skipSpace()
        let (half, relative) = try halfWidth()
        let width = relative ? abs(centre.value) * half / 100 : half
        let low = centre.value - width, high = centre.value + width
        guard low.isFinite, high.isFinite else {
            throw UncertaintySyntaxError(offset: centre.offset, expected: "bounds that are finite numbers", found: centre.text)
        }
        return .uniform(low: low, high: high)
    }

    /// The number after `±`, and whether a `%` follows it; checked to be at least 0 (and below 100 for a %).
    mutating func halfWidth() throws(UncertaintySyntaxError) -> (Double, Bool) {
        let half = try number("the half-width")
        skipSpace()
        var relative = false
        if index < scalars.count, scalars[index] == "%" {
            relative = true
            index += 1
        }
        if let problem = UncertaintyDistribution.aroundNominal(halfWidth: half.value, relative: relative).argumentProblem {
            throw UncertaintySyntaxError(offset: half.offset, expected: problem.expected, found: half.text + (relative ? "%" : ""))
        }
        return (half.value, relative)
    }

    /// `[-+]? (digits (. digits?)? | . digits) ([eE] [-+]? digits)?`, finite.
    mutating func number(_ what: String?) throws(UncertaintySyntaxError) -> Number {
        let start = index
        func digits() -> Int {
            var count = 0
            while index < scalars.count, isDigit(scalars[index]) { index += 1; count += 1 }
            return count
        }
        if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" { index += 1 }
        var mantissa = digits()
        if index < scalars.count, scalars[index] == "." {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else {
            index = start
            throw failure(what.map { "a number for \($0)" } ?? "a number")
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            let exponentStart = index
            index += 1
            if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" { index += 1 }
            if digits() == 0 { index = exponentStart }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        guard let value = Double(text), value.isFinite else {
            throw UncertaintySyntaxError(offset: start, expected: "a finite number", found: text)
        }
        return Number(value: value, offset: start, text: text)
    }

    /// Length of `±` or `+/-` at the current position, 0 when neither is there.
    func plusMinusLength() -> Int {
        guard index < scalars.count else { return 0 }
        if scalars[index] == "±" { return 1 }
        if index + 2 < scalars.count, scalars[index] == "+", scalars[index + 1] == "/", scalars[index + 2] == "-" { return 3 }
        return 0
    }

    mutating func skipSpace() {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
    }

    /// An error at the current position: `expected`, found the token there.
    func failure(_ expected: String) -> UncertaintySyntaxError {
        UncertaintySyntaxError(offset: index, expected: expected, found: token(), notes: [UncertaintyDistribution.syntaxSummary])
    }

    /// The token at the current position, quoted, for messages: a word, a number-like run, or one character.
    func token() -> String {
        guard index < scalars.count else { return "end of text" }
        var end = index + 1
        let first = scalars[index]
        if isLetter(first) {
            while end < scalars.count, isLetter(scalars[end]) || isDigit(scalars[end]) || scalars[end] == "_" { end += 1 }
        } else if isDigit(first) || first == "." || first == "-" || first == "+" {
            while end < scalars.count, isDigit(scalars[end]) || scalars[end] == "." || scalars[end] == "e" || scalars[end] == "E" { end += 1 }
        }
        return "'\(String(String.UnicodeScalarView(scalars[index..<end])))'"
    }

    func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
}
