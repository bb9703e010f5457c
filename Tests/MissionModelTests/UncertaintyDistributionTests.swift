import Foundation
import Testing
@testable import MissionModel

/// The distribution text syntax (`UncertaintyDistribution.parse`), its validation per input, its canonical text
/// and its quantiles.
@Suite struct UncertaintyDistributionTests {
    static func parse(_ text: String) -> Result<UncertaintyDistribution, UncertaintySyntaxError> {
        do { return .success(try UncertaintyDistribution.parse(text)) } catch { return .failure(error) }
    }

    static func failure(_ text: String) -> UncertaintySyntaxError? {
        if case .failure(let error) = parse(text) { return error }
        return nil
    }

    static let forms: [(String, UncertaintyDistribution)] = [
        ("uniform(2.0, 2.6)", .uniform(low: 2.0, high: 2.6)),
        ("uniform(2,2.6)", .uniform(low: 2, high: 2.6)),
        ("  uniform ( 2 ,\t2.6 )  ", .uniform(low: 2, high: 2.6)),
        ("triangular(4.0, 4.2, 4.3)", .triangular(low: 4.0, mode: 4.2, high: 4.3)),
        ("normal(2.2, 0.15)", .normal(mean: 2.2, sd: 0.15)),
        ("normal(2.2, 0)", .normal(mean: 2.2, sd: 0)),
        ("bernoulli(0.9)", .bernoulli(0.9)),
        ("bernoulli(1)", .bernoulli(1)),
        ("fixed(2.2)", .fixed(2.2)),
        ("fixed(-0.5)", .fixed(-0.5)),
        ("2.2", .fixed(2.2)),
        (" 4 ", .fixed(4)),
        ("1e-3", .fixed(0.001)),
        ("2.5E+2", .fixed(250)),
        (".5", .fixed(0.5)),
        ("+3.", .fixed(3)),
        ("2.2 ± 0.3", .uniform(low: 2.2 - 0.3, high: 2.2 + 0.3)),
        ("2.2±0.3", .uniform(low: 2.2 - 0.3, high: 2.2 + 0.3)),
        ("2.2 +/- 0.3", .uniform(low: 2.2 - 0.3, high: 2.2 + 0.3)),
        ("2.2+/-0.3", .uniform(low: 2.2 - 0.3, high: 2.2 + 0.3)),
        ("2.2 ± 15%", .uniform(low: 2.2 - 2.2 * 15 / 100, high: 2.2 + 2.2 * 15 / 100)),
        ("2.2 ± 15 %", .uniform(low: 2.2 - 2.2 * 15 / 100, high: 2.2 + 2.2 * 15 / 100)),
        ("4 ± 0", .uniform(low: 4, high: 4)),
        ("± 15%", .aroundNominal(halfWidth: 15, relative: true)),
        ("±15%", .aroundNominal(halfWidth: 15, relative: true)),
        ("+/- 15%", .aroundNominal(halfWidth: 15, relative: true)),
        ("± 0.3", .aroundNominal(halfWidth: 0.3, relative: false)),
        ("\t+/-0.3\t", .aroundNominal(halfWidth: 0.3, relative: false)),
        ("± 0%", .aroundNominal(halfWidth: 0, relative: true)),
    ]

    @Test("every form reads, with or without spaces, with ± or +/-", arguments: forms)
    func parsesEveryForm(_ text: String, _ expected: UncertaintyDistribution) throws {
        #expect(try UncertaintyDistribution.parse(text) == expected)
    }

    @Test("the canonical text reads back as the same distribution, and is a fixed point")
    func canonicalTextRoundTrips() throws {
        let distributions: [UncertaintyDistribution] = [
            .fixed(2.2), .fixed(-0.5), .fixed(0), .fixed(1e-6), .fixed(3e15), .uniform(low: 2, high: 2.6),
            .uniform(low: 0.1 + 0.2, high: 1.0 / 3), .triangular(low: 4, mode: 4.2, high: 4.3),
            .normal(mean: 2.2, sd: 0.15), .bernoulli(0.9), .bernoulli(0), .aroundNominal(halfWidth: 15, relative: true),
            .aroundNominal(halfWidth: 0.025, relative: false),
        ]
        for distribution in distributions {
            let text = distribution.text
            let read = try UncertaintyDistribution.parse(text)
            #expect(read == distribution, "\(text)")
            #expect(read.text == text)
        }
        #expect(UncertaintyDistribution.aroundNominal(halfWidth: 15, relative: true).text == "± 15%")
        #expect(try UncertaintyDistribution.parse("uniform( 2.0 ,2.60 )").text == "uniform(2, 2.6)")
        #expect(try UncertaintyDistribution.parse("+/-  15 %").text == "± 15%")
    }

    /// (text, offset in Unicode scalars, expected, found, first note when it matters)
    static let badTexts: [(String, Int, String, String, String?)] = [
        ("normal(2.2, -0.1)", 12, "a standard deviation of at least 0", "-0.1", nil),
        ("± -5%", 2, "a half-width of at least 0", "-5%", nil),
        ("2.2 +/- -0.3", 8, "a half-width of at least 0", "-0.3", nil),
        ("± 100%", 2, "a percentage of at least 0 and below 100", "100%", nil),
        ("2.2 ± 150 %", 6, "a percentage of at least 0 and below 100", "150%", nil),
        ("bernoulli(1.2)", 10, "a probability from 0 to 1", "1.2", nil),
        ("bernoulli(-0.1)", 10, "a probability from 0 to 1", "-0.1", nil),
        ("unifrom(1,2)", 0, "a distribution name (uniform, triangular, normal, bernoulli, fixed)", "'unifrom'", "did you mean 'uniform'?"),
        ("  Normal(1, 2)", 2, "a distribution name (uniform, triangular, normal, bernoulli, fixed)", "'Normal'", "did you mean 'normal'?"),
        ("gauss(1, 2)", 0, "a distribution name (uniform, triangular, normal, bernoulli, fixed)", "'gauss'", nil),
        ("uniform(2.6, 2.0)", 13, "a high bound of at least the low bound 2.6", "2.0", nil),
        ("triangular(4, 4.5, 4.3)", 14, "a mode from 4 to 4.3 (the low and high bounds)", "4.5", nil),
        ("triangular(4, 3.9, 4.3)", 14, "a mode from 4 to 4.3 (the low and high bounds)", "3.9", nil),
        ("triangular(4.3, 4.2, 4)", 21, "a high bound of at least the low bound 4.3", "4", nil),
        ("uniform(1)", 9, "',' and high: uniform(low, high) takes 2 numbers", "')'", nil),
        ("uniform(1, 2, 3)", 12, "')': uniform(low, high) takes 2 numbers", "','", nil),
        ("normal(2.2, 0.1", 15, "')': normal(mean, sd) takes 2 numbers", "end of text", nil),
        ("fixed()", 6, "a number for x", "')'", nil),
        ("uniform 1, 2", 8, "'(' after 'uniform', as in uniform(low, high)", "'1'", nil),
        ("uniform(a, 2)", 8, "a number for low", "'a'", nil),
        ("", 0, "a distribution such as uniform(2.0, 2.6), 2.2 ± 0.3, ± 15% or a number", "end of text", nil),
        ("   ", 3, "a distribution such as uniform(2.0, 2.6), 2.2 ± 0.3, ± 15% or a number", "end of text", nil),
        ("2.2 x", 4, "'±' or the end of the text after the number", "'x'", nil),
        ("2.2 ± ", 6, "a number for the half-width", "end of text", nil),
        ("± 15% more", 6, "the end of the text", "'more'", nil),
        ("uniform(1, 2) + 1", 14, "the end of the text", "'+'", nil),
        ("1e999", 0, "a finite number", "1e999", nil),
        ("2,2", 1, "'±' or the end of the text after the number", "','", nil),
        ("+-15%", 0, "a number", "'+'", nil),
    ]

    @Test("bad text is refused at the offending character, expected vs found", arguments: badTexts)
    func refusesBadText(_ text: String, _ offset: Int, _ expected: String, _ found: String, _ note: String?) throws {
        let error = try #require(Self.failure(text), "'\(text)' was accepted")
        #expect(error.offset == offset, "\(text): \(error.message)")
        #expect(error.expected == expected, "\(text)")
        #expect(error.found == found, "\(text)")
        #expect(error.message == "expected \(expected), found \(found)")
        if let note { #expect(error.notes.first == note, "\(text): \(error.notes)") }
    }

    @Test("offsets count Unicode scalars: ± is one column")
    func offsetsCountScalars() throws {
        let error = try #require(Self.failure("±±"))
        #expect(error.offset == 1)
        #expect(Self.failure("± 5 é")?.offset == 4)
    }

    @Test("each input takes the distributions that suit it, within its range")
    func validatesPerInput() throws {
        func problem(_ text: String, _ input: UncertainInput) throws -> String? {
            try UncertaintyDistribution.parse(text).validate(for: input)
        }
        #expect(try problem("± 15%", .dragCoefficient) == nil)
        #expect(try problem("uniform(2.0, 2.6)", .dragCoefficient) == nil)
        #expect(try problem("uniform(0.03, 0.05)", .dragAreaM2) == nil)
        #expect(try problem("triangular(4.0, 4.2, 4.3)", .massKg) == nil)
        #expect(try problem("uniform(0.7, 1.25)", .solarActivity) == nil)
        #expect(try problem("bernoulli(0.9)", .disposalSuccess) == nil)
        #expect(try problem("fixed(1)", .disposalSuccess) == nil)
        #expect(try problem("0", .disposalSuccess) == nil)
        #expect(try problem("± 10%", .materialProperties) == nil)
        // Normal: the mean must be inside, the draws are truncated to the range.
        #expect(try problem("normal(0.2, 5)", .solarActivity) == nil)

        #expect(try problem("bernoulli(0.5)", .massKg)
                == "expected a distribution of mass_kg values (bernoulli is for disposal_success only), found bernoulli(0.5)")
        #expect(try problem("uniform(0.8, 1)", .disposalSuccess)
                == "expected bernoulli(p), fixed(0) or fixed(1) for disposal_success, found uniform(0.8, 1)")
        #expect(try problem("0.9", .disposalSuccess) == "expected bernoulli(p), fixed(0) or fixed(1) for disposal_success, found 0.9")
        #expect(try problem("± 5%", .disposalSuccess) == "expected bernoulli(p), fixed(0) or fixed(1) for disposal_success, found ± 5%")
        #expect(try problem("uniform(0.01, 2)", .solarActivity) == "expected values from 0.05 to 5 for solar_activity, found uniform(0.01, 2)")
        #expect(try problem("20", .dragCoefficient) == "expected values from 0.1 to 10 for drag_coefficient, found 20")
        #expect(try problem("1 ± 1", .solarActivity) == "expected values from 0.05 to 5 for solar_activity, found uniform(0, 2)")
        #expect(try problem("triangular(-1, 4, 5)", .massKg) == "expected values from 0.001 to 1000000000 kg for mass_kg, found triangular(-1, 4, 5)")
        #expect(try problem("normal(12, 1)", .dragCoefficient) == "expected a mean from 0.1 to 10 for drag_coefficient, found normal(12, 1)")
        // The rules the parser applies hold for values built in code too.
        #expect(UncertaintyDistribution.normal(mean: 2.2, sd: -0.1).validate(for: .dragCoefficient)
                == "expected a standard deviation of at least 0, found -0.1 in normal(2.2, -0.1)")
        #expect(UncertaintyDistribution.bernoulli(1.2).validate(for: .disposalSuccess)
                == "expected a probability from 0 to 1, found 1.2 in bernoulli(1.2)")
        #expect(UncertaintyDistribution.uniform(low: .nan, high: 1).validate(for: .massKg) != nil)
        // Around the nominal value: only the width here; the resolved distribution is checked once it is known.
        let around = try UncertaintyDistribution.parse("± 3")
        #expect(around.validate(for: .dragCoefficient) == nil)
        #expect(around.resolved(nominal: 2.2).validate(for: .dragCoefficient) != nil)
    }

    // MARK: - Quantiles

    @Test("uniform and triangular quantiles are the analytic inverse distribution functions")
    func uniformAndTriangularQuantiles() {
        let uniform = UncertaintyDistribution.uniform(low: 2.0, high: 2.6)
        for u in stride(from: 0.0, through: 0.999, by: 0.037) {
            #expect(abs(uniform.quantile(u) - (2.0 + 0.6 * u)) < 1e-15)
        }
        // Triangular(a, c, b): F(x) = (x−a)²/((b−a)(c−a)) for x ≤ c, 1 − (b−x)²/((b−a)(b−c)) above.
        let (a, c, b) = (0.0, 1.0, 3.0)
        let triangular = UncertaintyDistribution.triangular(low: a, mode: c, high: b)
        func cdf(_ x: Double) -> Double { x <= c ? (x - a) * (x - a) / ((b - a) * (c - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - c)) }
        for u in stride(from: 0.0, through: 0.999, by: 0.011) {
            #expect(abs(cdf(triangular.quantile(u)) - u) < 1e-12, "u = \(u)")
        }
        #expect(abs(triangular.quantile(1.0 / 12) - 0.5) < 1e-12)
        #expect(abs(triangular.quantile(1.0 / 3) - 1) < 1e-12)
        #expect(abs(triangular.quantile(5.0 / 6) - 2) < 1e-12)
        #expect(UncertaintyDistribution.triangular(low: 4, mode: 4, high: 4.3).quantile(0) == 4)
        #expect(UncertaintyDistribution.triangular(low: 4, mode: 4.3, high: 4.3).quantile(0.999_999) <= 4.3)
        #expect(UncertaintyDistribution.fixed(2.2).quantile(0.7) == 2.2)
        #expect(UncertaintyDistribution.bernoulli(0.9).quantile(0.89) == 1)
        #expect(UncertaintyDistribution.bernoulli(0.9).quantile(0.9) == 0)
    }

    @Test("Φ⁻¹ matches tabulated values to 1e-12")
    func normalQuantile() {
        // Φ⁻¹(0.975) = 1.959963984540054 and Φ⁻¹(0.05) = −1.6448536269514722: the standard normal quantiles
        // (e.g. scipy.stats.norm.ppf, which evaluates Cephes ndtri; both values also in NIST/SEMATECH
        // e-Handbook §1.3.6.7.1 to 3 decimals: 1.960 and 1.645).
        let standard = UncertaintyDistribution.normal(mean: 0, sd: 1)
        #expect(abs(standard.quantile(0.975) - 1.959963984540054) < 1e-12)
        #expect(abs(standard.quantile(0.05) - -1.6448536269514722) < 1e-12)
        #expect(abs(standard.quantile(0.5)) < 1e-15)
        let scaled = UncertaintyDistribution.normal(mean: 2.2, sd: 0.15)
        #expect(abs(scaled.quantile(0.975) - (2.2 + 0.15 * 1.959963984540054)) < 1e-12)
        // The tails of Acklam's approximation (p < 0.02425 and p > 0.97575), after the Halley step.
        #expect(abs(UncertaintyDistribution.inverseNormalCDF(0.001) - -3.090232306167813) < 1e-12)
        #expect(abs(UncertaintyDistribution.inverseNormalCDF(0.999) - 3.090232306167813) < 1e-12)
    }

    @Test("a truncated normal never draws outside the range, and follows the truncated distribution inside it")
    func truncatedNormalStaysInRange() {
        let cases: [(UncertaintyDistribution, ClosedRange<Double>)] = [
            (.normal(mean: 2.2, sd: 1), UncertainInput.dragCoefficient.validRange),
            (.normal(mean: 0.2, sd: 5), UncertainInput.solarActivity.validRange),
            (.normal(mean: 4.9, sd: 30), UncertainInput.solarActivity.validRange),
            (.normal(mean: 1, sd: 1e-9), 0.999_999_999_9...1.000_000_000_1),
        ]
        for (distribution, range) in cases {
            var previous = -Double.infinity
            for step in 0...1000 {
                let u = min(Double(step) / 1000, 1 - 1e-16)
                let value = distribution.quantile(u, within: range)
                #expect(range.contains(value), "\(distribution.text) at u = \(u): \(value)")
                #expect(value >= previous, "\(distribution.text) is not monotonic at u = \(u)")
                previous = value
            }
        }
        // Inside the range the draw is the truncated normal's quantile: (Φ(z) − Φ(α)) / (Φ(β) − Φ(α)) = u.
        let range = 0.05...5.0
        let (mean, sd) = (0.2, 0.5)
        let value = UncertaintyDistribution.normal(mean: mean, sd: sd).quantile(0.3, within: range)
        let phi = UncertaintyDistribution.normalCDF
        let low = phi((range.lowerBound - mean) / sd), high = phi((range.upperBound - mean) / sd)
        #expect(abs((phi((value - mean) / sd) - low) / (high - low) - 0.3) < 1e-12)
    }

    // MARK: - Schema pattern

    @Test("the schema's pattern accepts every form the parser reads and refuses what it cannot read")
    func schemaPatternAgreesWithTheParser() throws {
        let good = ["uniform(2.0, 2.6)", " uniform ( 2 ,\t2.6 ) ", "triangular(4.0, 4.2, 4.3)", "normal(2.2, 0.15)",
                    "normal(-1, +0.1)", "fixed(2.2)", "2.2", "1e-3", ".5", "+3.", "2.2 ± 0.3", "2.2+/-0.3", "2.2 ± 15 %",
                    "± 15%", "+/-15%", "±0.3"]
        let disposal = ["bernoulli(0.9)", "bernoulli( 1 )", "fixed(0)", "1", "0.0"]
        let bad = ["unifrom(1, 2)", "uniform(1)", "uniform(1, 2, 3)", "normal(2.2, -0.1)", "± -5%", "2.2 ± -1", "", "2.2 x",
                   "± 15% more", "Normal(1, 2)", "+-15%", "2,2", "uniform(1, 2", "fixed()"]
        func matches(_ text: String, _ input: UncertainInput) throws -> Bool {
            let regex = try NSRegularExpression(pattern: UncertaintyDistribution.textPattern(for: input))
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        for text in good {
            #expect(try matches(text, .dragCoefficient), "pattern refuses '\(text)'")
            #expect(!(try matches(text, .disposalSuccess)) || ["fixed(2.2)", "2.2", "1e-3", ".5", "+3."].contains(text), "'\(text)' for disposal")
            #expect(Self.failure(text) == nil, "parser refuses '\(text)'")
        }
        for text in disposal {
            #expect(try matches(text, .disposalSuccess), "pattern refuses '\(text)' for disposal_success")
        }
        #expect(!(try matches("bernoulli(0.9)", .dragCoefficient)))
        #expect(!(try matches("uniform(0.1, 0.2)", .disposalSuccess)))
        for text in bad {
            #expect(Self.failure(text) != nil, "parser accepts '\(text)'")
            #expect(!(try matches(text, .dragCoefficient)), "pattern accepts '\(text)'")
        }
    }
}
