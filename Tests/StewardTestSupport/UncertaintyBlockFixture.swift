import Foundation
import RuleEngine

/// An `uncertainty` block made by hand as `steward rate --samples 1000 --seed 1` would fill it, for the report
/// tests (golden files, the HTML layout test): 920 of 1,000 draws gold and 80 silver under the starter
/// ruleset's tiers, percentiles of the post-mission lifetime and casualty risk, five inputs drawn and one not,
/// and a 60-point altitude band decaying from 550 km to re-entry after 5.6 (p5), 10.3 (p50) and 23.4 (p95)
/// years. The numbers are illustrative and mutually consistent (the histogram's silver bins hold the 80
/// silver draws, the band's re-entry times are the lifetime's percentiles); they are not the output of the
/// Monte Carlo engine.
public enum UncertaintyBlockFixture {
    /// Years after the end of the mission at which the band is sampled: 0 to 29.5 in half years.
    public static let bandTimes = (0..<60).map { Double($0) * 0.5 }

    /// Mean altitude of an orbit that starts at 550 km and reaches 100 km (counted there afterwards) after
    /// `lifetime` years, falling faster as it gets lower; rounded to 0.1 km so the golden files are stable.
    public static func altitude(at years: Double, lifetime: Double) -> Double {
        let remaining = max(0, 1 - years / lifetime)
        return ((100 + 450 * pow(remaining, 0.45)) * 10).rounded() / 10
    }

    public static let block = RatingUncertainty(
        samples: 1000, seed: 1, method: "latin-hypercube",
        inputs: [
            UncertainInputSummary(input: "drag_coefficient", distribution: "uniform(1.87, 2.53)", nominal: 2.2, unit: nil,
                                  origin: "ruleset", source: "uncertainty_drag_coefficient: ± 15% (fixture)"),
            UncertainInputSummary(input: "drag_area_m2", distribution: "uniform(0.034, 0.046)", nominal: 0.04, unit: "m²",
                                  origin: "descriptor", source: "missions/orbis-6u.yaml:52:17"),
            UncertainInputSummary(input: "mass_kg", distribution: "triangular(7.8, 8, 8.1)", nominal: 8, unit: "kg",
                                  origin: "descriptor", source: "missions/orbis-6u.yaml:53:12"),
            UncertainInputSummary(input: "solar_activity", distribution: "uniform(0.7, 1.25)", nominal: 1, unit: nil,
                                  origin: "override", source: "uncertainty_solar_activity=uniform(0.7, 1.25)"),
            UncertainInputSummary(input: "disposal_success", distribution: "bernoulli(0.95)", nominal: 0.95, unit: nil,
                                  origin: "default", source: "Bernoulli on end_of_life.success_probability (fixture)"),
            UncertainInputSummary(input: "material_properties", distribution: "uniform(0.9, 1.1)", nominal: 1, unit: nil,
                                  origin: "default", source: "± 10% on melting temperature and heat of fusion (fixture)",
                                  notDrawn: "no re-entry components declared"),
        ],
        tiers: [
            TierProbability(tier: "platinum", draws: 0, samples: 1000),
            TierProbability(tier: "gold", draws: 920, samples: 1000),
            TierProbability(tier: "silver", draws: 80, samples: 1000),
            TierProbability(tier: "bronze", draws: 0, samples: 1000),
        ],
        score: DrawStatistics(mean: 0.7862, standardDeviation: 0.0421, min: 0.6124, p5: 0.6731, p50: 0.7903, p90: 0.8344,
                              p95: 0.8418, max: 0.8493, standardErrorOfMean: 0.0421 / 1000.0.squareRoot()),
        unscoredDraws: 0,
        // Twenty bins of 0.05: 25 + 55 silver draws in [0.60, 0.70), 180 + 330 + 410 gold draws in [0.70, 0.85).
        scoreHistogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 55, 180, 330, 410, 0, 0, 0],
        facts: [
            FactStatistics(path: "derived.lifetime.post_mission_years", unit: "years", nominal: 10.1,
                           statistics: DrawStatistics(mean: 11.62, standardDeviation: 5.41, min: 3.93, p5: 5.6, p50: 10.3,
                                                      p90: 19.8, p95: 23.4, max: 24.6, standardErrorOfMean: 0.171),
                           absentDraws: 0),
            FactStatistics(path: "derived.reentry.casualty_risk", unit: "probability", nominal: 3.0e-5,
                           statistics: DrawStatistics(mean: 3.3e-5, standardDeviation: 1.2e-5, min: 0.9e-5, p5: 1.8e-5,
                                                      p50: 3.1e-5, p90: 4.9e-5, p95: 5.6e-5, max: 8.7e-5,
                                                      standardErrorOfMean: 3.8e-7),
                           absentDraws: 0),
        ],
        altitudeBand: bandTimes.map { years in
            AltitudeBandPoint(timeYears: years, p5: altitude(at: years, lifetime: 5.6),
                              p50: altitude(at: years, lifetime: 10.3), p95: altitude(at: years, lifetime: 23.4))
        })

}
