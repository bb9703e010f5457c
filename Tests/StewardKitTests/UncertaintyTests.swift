import Foundation
import MissionModel
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// The Monte Carlo engine behind `--samples`: zero-width draws equal the point rating, the 1/C_D law holds
/// draw by draw, results depend on the seed alone, and compliance moves the right way with the solar band.
@Suite("Uncertainty (Monte Carlo)")
struct UncertaintyTests {
    static func example(_ name: String) throws -> Mission {
        try MissionLoader.load(contentsOf: Repository.root.appendingPathComponent("Examples/\(name)").path).get()
    }

    static func facts(_ name: String, _ overrides: [String: RuleEngine.FactValue] = [:]) throws -> MissionFactSource {
        MissionFactSource(mission: try example(name), assumptions: PhysicsAssumptions(overrides: overrides))
    }

    static func number(_ lookup: FactLookup) -> Double? {
        if case .known(let fact) = lookup, case .number(let value) = fact.value { return value }
        return nil
    }

    static let lts: CompiledRuleset = RulesetResolver().resolve("lts-2019").ruleset!

    /// Drawing every input at exactly its nominal value, with no model shared with the point rating, must
    /// reproduce every derived fact bit for bit: the draws go through the same code as the point rating.
    @Test("a draw at the nominal values, sharing nothing, reproduces every derived fact exactly",
          arguments: ["kestrel-eo.yaml", "aurora-3u.yaml", "envisat.yaml", "oneweb-gen1.yaml"])
    func nominalDrawEqualsPointEstimate(name: String) throws {
        let source = try Self.facts(name)
        let nominal = source.derived
        let drag = try nominal.nominalDrag.get()
        let components = source.mission.spacecraft.components?.count ?? 0
        let draw = DrawInputs(dragCoefficient: drag.dragCoefficient, dragAreaM2: drag.areaM2, massKg: drag.massKg,
                              solarActivityFactor: 1, disposalSucceeds: nil,
                              materialFactors: Array(repeating: 1, count: components))
        let drawn = DerivedFacts(drawing: draw, drawn: Set(UncertainInput.allCases), from: nominal)
        var compared = 0
        for definition in DerivedFacts.all where !DerivedFacts.ensemblePaths.contains(definition.descriptor.path) {
            let path = definition.descriptor.path
            switch (nominal.lookup(path), drawn.lookup(path)) {
            case (.known(let a), .known(let b)):
                #expect(a.value == b.value, "\(name): \(path) \(a.value) ≠ \(b.value)")
                compared += 1
            case (.absent(let a), .absent(let b)):
                #expect(a == b, "\(name): \(path)")
            case (let a, let b):
                Issue.record("\(name): \(path) \(a) vs \(b)")
            }
        }
        #expect(compared > 10)
        // And nothing was shared: the draw ran its own decay models.
        #expect(drawn.counter.counts["post_mission_lifetime"] == 1 || drawn.counter.counts["post_mission_lifetime"] == nil)
    }

    @Test("zero-width distributions give every draw the point rating's tier and facts")
    func zeroWidthEqualsPointRating() throws {
        let overrides: [String: RuleEngine.FactValue] = [
            "uncertainty_samples": .number(64), "uncertainty_drag_coefficient": .string("± 0%"),
            "uncertainty_solar_activity": .string("fixed(1)"), "uncertainty_material_properties": .string("± 0%"),
        ]
        let mission = try Self.example("aurora-3u.yaml")
        let rating = RatingPipeline.rate(mission, file: nil, ruleset: Self.lts, overrides: overrides)
        let block = try #require(rating.uncertainty)
        #expect(block.samples == 64)
        #expect(block.tiers.first { $0.tier == rating.tier }?.probability == 1)
        #expect(block.score?.min == rating.score && block.score?.max == rating.score)
        #expect(block.facts.isEmpty, "no fact may vary: \(block.facts.map(\.path))")
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(overrides: overrides))
        let point = try #require(Self.number(source.lookup("derived.lifetime.post_mission_years")))
        for q in ["p50", "p90", "p95"] {
            #expect(Self.number(source.lookup("derived.lifetime.post_mission_years_\(q)")) == point)
        }
    }

    /// With constant solar activity the orbit-averaged decay rate is proportional to B = C_D·A/m, so the
    /// lifetime scales as 1/C_D at fixed everything else (docs/physics.md, "Uncertainty"); the mean over a
    /// uniform C_D on [2.0, 2.6] is then T(2.2)·2.2·ln(2.6/2.0)/0.6.
    @Test("lifetimes drawn from C_D alone follow the 1/C_D law draw by draw and in the mean")
    func lifetimeScalesAsInverseDragCoefficient() throws {
        let overrides: [String: RuleEngine.FactValue] = [
            "solar_activity": .string("constant"), "f107": .number(150), "uncertainty_samples": .number(200),
            "uncertainty_drag_coefficient": .string("uniform(2.0, 2.6)"), "uncertainty_solar_activity": .string("fixed(1)"),
            "uncertainty_material_properties": .string("± 0%"),
        ]
        let source = try Self.facts("aurora-3u.yaml", overrides)
        let point = try #require(Self.number(source.lookup("derived.lifetime.post_mission_years")))
        let ensemble = try source.derived.ensemble.get()
        #expect(ensemble.plan.drawnInputs == [.dragCoefficient])
        let lifetimes = ensemble.numbers("derived.lifetime.post_mission_years").values
        #expect(lifetimes.count == 200)
        for (draw, lifetime) in zip(ensemble.draws, lifetimes) {
            let cd = try #require(draw.draw?.dragCoefficient)
            #expect(abs(lifetime * cd / (point * 2.2) - 1) < 2e-3, "C_D \(cd): \(lifetime) years vs \(point) at 2.2")
        }
        let expectedMean = point * 2.2 * log(2.6 / 2.0) / 0.6
        let mean = lifetimes.reduce(0, +) / Double(lifetimes.count)
        let statistics = try #require(DrawStatistics(lifetimes))
        #expect(abs(mean - expectedMean) < max(3 * statistics.standardErrorOfMean, 2e-3 * expectedMean),
                "mean \(mean) vs analytic \(expectedMean)")
    }

    @Test("the same seed gives the same block; another seed other draws")
    func reproducibleForASeed() throws {
        let mission = try Self.example("kestrel-eo.yaml")
        let overrides: [String: RuleEngine.FactValue] = ["uncertainty_samples": .number(40), "uncertainty_seed": .number(7)]
        let first = RatingPipeline.rate(mission, file: nil, ruleset: Self.lts, overrides: overrides).uncertainty
        let second = RatingPipeline.rate(mission, file: nil, ruleset: Self.lts, overrides: overrides).uncertainty
        #expect(first != nil && first == second)
        var other = overrides
        other["uncertainty_seed"] = .number(8)
        let third = RatingPipeline.rate(mission, file: nil, ruleset: Self.lts, overrides: other).uncertainty
        #expect(third?.facts != first?.facts)
    }

    @Test("Latin hypercube: every stratum of every dimension used once, in [0, 1), reproducible")
    func latinHypercubeStratifies() {
        let cube = LatinHypercube(samples: 50, dimensions: 4, seed: 3)
        for dimension in 0..<4 {
            let strata = cube.points.map { Int($0[dimension] * 50) }.sorted()
            #expect(strata == Array(0..<50))
        }
        #expect(cube.points.flatMap { $0 }.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(LatinHypercube(samples: 50, dimensions: 4, seed: 3).points == cube.points)
        // A dimension's column does not depend on how many dimensions there are.
        #expect(LatinHypercube(samples: 50, dimensions: 6, seed: 3).points.map { $0[1] } == cube.points.map { $0[1] })
    }

    /// A lower solar activity lengthens lifetimes, so widening the band downwards can only lower the share of
    /// draws that decay within 25 years. The mission sits near the limit so the share is neither 0 nor 1.
    @Test("the probability of meeting 25 years falls when the solar band widens towards weak cycles")
    func complianceMovesWithTheSolarBand() throws {
        func probability(_ band: String) throws -> Double {
            let overrides: [String: RuleEngine.FactValue] = [
                "uncertainty_samples": .number(64), "uncertainty_solar_activity": .string(band),
                "uncertainty_drag_coefficient": .string("± 15%"),
            ]
            let source = try Self.facts("aurora-3u.yaml", overrides.merging(["target_residual_lifetime_years": .number(5)]) { $1 })
            return try #require(Self.number(source.lookup("derived.lifetime.p_post_mission_within_target")))
        }
        let narrow = try probability("uniform(0.9, 1.1)")
        let wide = try probability("uniform(0.4, 1.1)")
        #expect(narrow > wide, "narrow \(narrow), wide \(wide)")
        #expect(wide > 0 && narrow <= 1)
    }

    @Test("tier probabilities add up to one and carry binomial standard errors and Wilson intervals")
    func tierProbabilitiesAreConsistent() throws {
        let rating = RatingPipeline.rate(try Self.example("kestrel-eo.yaml"), file: nil, ruleset: Self.lts,
                                         overrides: ["uncertainty_samples": .number(50)])
        let block = try #require(rating.uncertainty)
        #expect(block.tiers.map(\.draws).reduce(0, +) == 50)
        #expect(abs(block.tiers.map(\.probability).reduce(0, +) - 1) < 1e-12)
        for tier in block.tiers {
            #expect(abs(tier.standardError - (tier.probability * (1 - tier.probability) / 50).squareRoot()) < 1e-15)
            #expect(tier.wilsonLow <= tier.probability && tier.probability <= tier.wilsonHigh)
        }
        #expect(block.scoreHistogram.reduce(0, +) == 50 - block.unscoredDraws)
        #expect(!block.altitudeBand.isEmpty)
        #expect(block.altitudeBand.allSatisfy { $0.p5 <= $0.p50 && $0.p50 <= $0.p95 })
    }

    @Test("Wilson interval matches a worked value")
    func wilsonWorkedValue() {
        // p̂ = 0.9, n = 100, z = 1.96: (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n) = 0.8256–0.9448 (Wilson 1927).
        let estimate = TierProbability(tier: "gold", draws: 90, samples: 100)
        #expect(abs(estimate.wilsonLow - 0.8256) < 5e-4 && abs(estimate.wilsonHigh - 0.9448) < 5e-4,
                "\(estimate.wilsonLow)–\(estimate.wilsonHigh)")
        #expect(abs(estimate.standardError - 0.03) < 1e-12)
    }

    @Test("Hyndman–Fan type 7 percentiles match NumPy's default")
    func percentilesMatchNumPy() {
        // numpy.percentile([1, 2, 3, 4, 10], [5, 50, 90, 95]) = [1.2, 3.0, 7.6, 8.8]
        let sorted = [1.0, 2, 3, 4, 10]
        #expect(abs(DrawStatistics.percentile(sorted, 5) - 1.2) < 1e-12)
        #expect(DrawStatistics.percentile(sorted, 50) == 3)
        #expect(abs(DrawStatistics.percentile(sorted, 90) - 7.6) < 1e-12)
        #expect(abs(DrawStatistics.percentile(sorted, 95) - 8.8) < 1e-12)
    }

    /// Without a declared success probability the environmental exposure is unknown; it must say so before
    /// running the 200-year failed-disposal decay it would weigh (oneweb-gen1 declares a disposal orbit but no
    /// probability). The Δv search may reuse that decay but never asks for it.
    @Test("an unknown success probability stops the exposure before the failed-disposal decay runs")
    func unknownSuccessSkipsTheFailureDecay() throws {
        let source = try Self.facts("oneweb-gen1.yaml")
        guard case .absent(let reason) = source.lookup("derived.environment.index") else {
            Issue.record("the environmental index needs end_of_life.success_probability")
            return
        }
        #expect(reason.contains("success_probability"))
        _ = source.lookup("derived.disposal.delta_v_required_m_s")
        #expect(source.derivedModelInvocations["failed_disposal_lifetime"] == nil)
    }
}
