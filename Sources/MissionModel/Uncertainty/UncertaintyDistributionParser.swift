// PLACEHOLDER until branch p16-descriptor lands (it owns this file): minimal parser with the agreed API.
import Foundation

public struct UncertaintySyntaxError: Error, Sendable, Hashable {
    public var offset: Int
    public var expected: String
    public var found: String
    public init(offset: Int, expected: String, found: String) {
        self.offset = offset
        self.expected = expected
        self.found = found
    }
    public var message: String { "expected \(expected), found \(found)" }
}

extension UncertaintyDistribution {
    public static func parse(_ text: String) throws(UncertaintySyntaxError) -> UncertaintyDistribution {
        let t = text.replacingOccurrences(of: "+/-", with: "±").trimmingCharacters(in: .whitespaces)
        func num(_ s: Substring) throws(UncertaintySyntaxError) -> Double {
            guard let v = Double(s.trimmingCharacters(in: .whitespaces)) else {
                throw UncertaintySyntaxError(offset: 0, expected: "a number", found: "'\(s)'")
            }
            return v
        }
        if let open = t.firstIndex(of: "("), t.hasSuffix(")") {
            let name = t[..<open].trimmingCharacters(in: .whitespaces)
            let args = try t[t.index(after: open)..<t.index(before: t.endIndex)].split(separator: ",").map { s throws(UncertaintySyntaxError) in try num(s) }
            switch (name, args.count) {
            case ("uniform", 2): return .uniform(low: args[0], high: args[1])
            case ("triangular", 3): return .triangular(low: args[0], mode: args[1], high: args[2])
            case ("normal", 2): return .normal(mean: args[0], sd: args[1])
            case ("bernoulli", 1): return .bernoulli(args[0])
            case ("fixed", 1): return .fixed(args[0])
            default: throw UncertaintySyntaxError(offset: 0, expected: "a distribution", found: "'\(t)'")
            }
        }
        if let pm = t.firstIndex(of: "±") {
            let left = t[..<pm].trimmingCharacters(in: .whitespaces)
            var right = t[t.index(after: pm)...].trimmingCharacters(in: .whitespaces)
            let relative = right.hasSuffix("%")
            if relative { right.removeLast() }
            let half = try num(Substring(right))
            if left.isEmpty { return .aroundNominal(halfWidth: half, relative: relative) }
            return UncertaintyDistribution.aroundNominal(halfWidth: half, relative: relative).resolved(nominal: try num(Substring(left)))
        }
        return .fixed(try num(Substring(t)))
    }

    public func validate(for input: UncertainInput) -> String? { nil }
}
