import RuleEngine

/// The words and numbers every report uses for a rating's `uncertainty` block, so the text, Markdown and HTML
/// reports say the same thing the same way: percentages with one decimal and a space before `%` ("92.0 %"),
/// draw counts with thousands separators ("1,000"), tier names capitalised ("Gold", "Unrated").
enum UncertaintyWording {
    /// "92.0 %": a share in [0, 1] as a percentage with one decimal.
    static func percent(_ share: Double) -> String { NumberFormatting.fixed(share * 100, decimals: 1) + " %" }

    /// "92 %" for a headline: whole percent, except that a share which is not exactly 0 or 1 never reads as
    /// "0 %" or "100 %" (995 of 1,000 draws is "99.5 %", 99,999 of 100,000 is "> 99.9 %").
    static func headlinePercent(_ share: Double) -> String {
        let whole = (share * 100).rounded()
        if (whole == 0 && share > 0) || (whole == 100 && share < 1) {
            let tenth = NumberFormatting.fixed(share * 100, decimals: 1)
            if tenth == "0.0" { return "< 0.1 %" }
            if tenth == "100.0" { return "> 99.9 %" }
            return tenth + " %"
        }
        return NumberFormatting.fixed(whole, decimals: 0) + " %"
    }

    /// "(92 % of draws)": the share of draws that reached the rating's own tier, for the one-line verdict.
    static func headline(_ rating: Rating) -> String? {
        guard let block = rating.uncertainty else { return nil }
        let share = block.probability(ofTier: rating.tier)?.probability ?? 0
        return "(\(headlinePercent(share)) of draws)"
    }

    /// "Gold 92.0 % ± 0.9 % (95 %: 90.2–93.5 %)" without the name: the probability, its standard error and
    /// its Wilson interval.
    static func probability(_ entry: TierProbability) -> String {
        "\(percent(entry.probability)) ± \(percent(entry.standardError)) (95 %: \(range(entry.wilsonLow, entry.wilsonHigh)))"
    }

    /// "90.2–93.5 %": a Wilson interval.
    static func range(_ low: Double, _ high: Double) -> String {
        NumberFormatting.fixed(low * 100, decimals: 1) + "–" + NumberFormatting.fixed(high * 100, decimals: 1) + " %"
    }

    /// A tier name for display: "Gold"; nil (below every tier) is "Unrated", as everywhere else.
    static func tierName(_ tier: String?) -> String {
        guard let tier, !tier.isEmpty else { return "Unrated" }
        return tier.prefix(1).uppercased() + tier.dropFirst()
    }

    /// "1,000": a count with thousands separators.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// "1,000 draws, latin-hypercube sampling, seed 1": what to pass to reproduce the block.
    static func run(_ block: RatingUncertainty) -> String {
        "\(count(block.samples)) draw\(block.samples == 1 ? "" : "s"), \(block.method) sampling, seed \(block.seed)"
    }

    /// The sentence saying what the probabilities mean.
    static func meaning(_ block: RatingUncertainty) -> String {
        "Each probability is the share of \(count(block.samples)) draws of the uncertain inputs that reached that tier; "
            + "± is the binomial standard error, an upper bound for Latin-hypercube sampling; the 95 % range is "
            + "the Wilson score interval."
    }

    /// A score with the reports' three decimals.
    static func score(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 3) }

    /// A fact value with four significant digits (`NumberFormatting.readable`).
    static func value(_ value: Double) -> String { NumberFormatting.readable(value) }

    /// "p5 5.2, p50 9.87, p95 23.6 years" for a fact; scores use `score` instead.
    static func percentiles(_ statistics: DrawStatistics, unit: String?, format: (Double) -> String = value) -> String {
        "p5 \(format(statistics.p5)), p50 \(format(statistics.p50)), p95 \(format(statistics.p95))"
            + (unit.map { $0.isEmpty ? "" : " " + $0 } ?? "")
    }

    /// "descriptor", "ruleset", "--assume" or "Steward's default": where an input's distribution came from.
    static func origin(_ input: UncertainInputSummary) -> String {
        switch input.origin {
        case "override": return "--assume"
        case "default": return "Steward's default"
        default: return input.origin
        }
    }

    /// "nominal 2.2" with the input's unit when it has one.
    static func nominal(_ input: UncertainInputSummary) -> String? {
        input.nominal.map { "nominal " + value($0) + (input.unit.map { $0.isEmpty ? "" : " " + $0 } ?? "") }
    }
}
