import Foundation
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// The derived-fact providers on the example missions: every path answers, with catalogued units and full
/// provenance, plausible values, and precise reasons when a fact cannot be computed.
@Suite("Derived facts")
struct DerivedFactsTests {
    static let repository = Repository.root

    static func example(_ name: String) throws -> Mission {
        let path = repository.appendingPathComponent("Examples").appendingPathComponent(name).path
        return try MissionLoader.load(contentsOf: path).get()
    }

    static func source(_ name: String, _ overrides: [String: RuleEngine.FactValue] = [:]) throws -> MissionFactSource {
        MissionFactSource(mission: try example(name), assumptions: PhysicsAssumptions(ruleset: [:], overrides: overrides))
    }

    static func number(_ source: MissionFactSource, _ path: String) throws -> Double {
        guard case .known(let fact) = source.lookup(path) else {
            Issue.record("\(path) absent: \(source.lookup(path))")
            throw Unavailable(path)
        }
        guard case .number(let value) = fact.value else { throw Unavailable(path) }
        return value
    }

    static func reason(_ source: MissionFactSource, _ path: String) -> String? {
        if case .absent(let reason) = source.lookup(path) { return reason }
        return nil
    }

    @Test("every example answers every derived path: a catalogued value with model, or a reason")
    func everyExampleAnswers() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 9)
        var known = 0
        for name in names {
            let source = try Self.source(name)
            for (path, lookup) in source.derivedFacts {
                let descriptor = try #require(StewardFactCatalog.standard[path])
                switch lookup {
                case .known(let fact):
                    known += 1
                    #expect(descriptor.type.accepts(fact.value.type), "\(name) \(path): \(fact.value.type)")
                    #expect(fact.unit == descriptor.unit, "\(name) \(path): unit \(fact.unit ?? "nil")")
                    #expect(fact.provenance.kind == .derived)
                    #expect(!(fact.provenance.model ?? "").isEmpty, "\(name) \(path)")
                    if case .number(let value) = fact.value { #expect(value.isFinite, "\(name) \(path)") }
                case .absent(let reason):
                    #expect(!reason.contains("not wired"), "\(name) \(path)")
                    #expect(reason.count > 15, "\(name) \(path): \(reason)")
                }
            }
        }
        #expect(known > 150)
        // Every LEO example with area and epoch yields every orbit and lifetime fact.
        let kestrel = try Self.source("kestrel-eo.yaml")
        for (path, lookup) in kestrel.derivedFacts where path.hasPrefix("derived.orbit.") || path.hasPrefix("derived.lifetime.") {
            if case .absent(let reason) = lookup { Issue.record("kestrel \(path): \(reason)") }
        }
    }

    @Test("a lunar orbiter gets orbit geometry but precise reasons for the Earth-only models")
    func lunarMissionReasons() throws {
        let source = try Self.source("selene-lunar-orbiter.yaml")
        guard case .known(let regime) = source.lookup("derived.orbit.regime") else { throw Unavailable("regime") }
        #expect(regime.value == .string("lunar"))
        #expect(try Self.number(source, "derived.orbit.period_min") > 100)
        for path in ["derived.lifetime.post_mission_years", "derived.collision.probability_large_debris",
                     "derived.reentry.casualty_risk", "derived.orbit.decay_rate_km_per_day"] {
            #expect(Self.reason(source, path)?.contains("orbit.central_body is moon") == true, "\(path)")
        }
        #expect(source.postMissionHistory == nil)
    }

    /// NASA-STD-8719.14C §4.3.3.2 (rule of thumb): below ~600 km a spacecraft usually decays within 25 years;
    /// above ~700 km it stays for many decades to centuries.
    @Test("lifetimes agree with the NASA-STD-8719.14C rule of thumb")
    func lifetimePlausibility() throws {
        let aurora = try Self.source("aurora-3u.yaml") // 525 × 540 km 3U CubeSat
        let auroraYears = try Self.number(aurora, "derived.lifetime.post_mission_years")
        #expect(auroraYears > 0.5 && auroraYears < 25)
        #expect(try Self.number(aurora, "derived.lifetime.operational_orbit_years") < 25)
        guard case .known(let beyond) = aurora.lookup("derived.lifetime.beyond_horizon") else { throw Unavailable("beyond") }
        #expect(beyond.value == .bool(false))
        // kestrel-eo operates at 710 × 729 km: natural decay from there takes decades (rule of thumb: > 700 km).
        let kestrel = try Self.source("kestrel-eo.yaml")
        #expect(try Self.number(kestrel, "derived.lifetime.operational_orbit_years") > 25)
        // Envisat at 768 km stays far beyond 25 years. (The operator-side estimate is ~150 years, SpaceNews 2010;
        // the descriptor's 26 × 10 × 5 m envelope gives a 220 m² tumbling area, larger than the real mean
        // cross-section, so Steward's figure is shorter — see docs/physics.md, derived facts.)
        #expect(try Self.number(Self.source("envisat.yaml"), "derived.lifetime.post_mission_years") > 40)
        let rate = try Self.number(aurora, "derived.orbit.decay_rate_km_per_day")
        #expect(abs(rate) > 1e-4 && abs(rate) < 1, "decay rate \(rate) km/day at ~530 km")
        let history = try #require(aurora.postMissionHistory)
        #expect(history.samples.count > 2)
        #expect(abs((history.samples.last?.timeYears ?? 0) - auroraYears) < 1e-6)
    }

    @Test("higher solar flux shortens the lifetime; the provenance names the values used")
    func solarFluxOverride() throws {
        let high = try Self.source("aurora-3u.yaml", ["solar_activity": .string("constant"), "f107": .number(250)])
        let low = try Self.source("aurora-3u.yaml", ["solar_activity": .string("constant"), "f107": .number(70)])
        let highYears = try Self.number(high, "derived.lifetime.post_mission_years")
        let lowYears = try Self.number(low, "derived.lifetime.post_mission_years")
        #expect(highYears < lowYears / 2, "f107=250: \(highYears) y, f107=70: \(lowYears) y")
        guard case .known(let fact) = high.lookup("derived.lifetime.post_mission_years") else { return }
        let used = fact.provenance.assumptions ?? [:]
        #expect(used["solar_activity"] == "constant")
        #expect(used["f107"] == "250")
        #expect(used["atmosphere"] == "nrlmsise00")
        #expect(used["drag_coefficient"] != nil)
        // The mean cycle does not use f107, so the provenance does not show it.
        let standard = try Self.source("aurora-3u.yaml")
        guard case .known(let meanFact) = standard.lookup("derived.lifetime.post_mission_years") else { return }
        #expect(meanFact.provenance.assumptions?["solar_activity"] == "mean_cycle")
        #expect(meanFact.provenance.assumptions?["f107"] == nil)
        // A longer target residual lifetime needs less Δv.
        let strict = try Self.source("kestrel-eo.yaml", ["target_residual_lifetime_years": .number(5)])
        let lax = try Self.source("kestrel-eo.yaml", ["target_residual_lifetime_years": .number(25)])
        #expect(try Self.number(strict, "derived.disposal.delta_v_required_m_s")
                > Self.number(lax, "derived.disposal.delta_v_required_m_s"))
    }

    @Test("each model runs once per mission however many paths read it")
    func memoisation() throws {
        let source = try Self.source("kestrel-eo.yaml")
        for _ in 0..<3 {
            _ = source.derivedFacts
            _ = source.postMissionHistory
        }
        let counts = source.derivedModelInvocations
        #expect(counts["post_mission_lifetime"] == 1)
        #expect(counts["operational_lifetime"] == 1)
        #expect(counts["reentry_survivability"] == 1)
        #expect(counts["collision_probability"] == 1)
        #expect(counts["environmental_index"] == 1)
        #expect(counts["disposal_required"] == 1)
        for (name, count) in counts { #expect(count == 1, "\(name) ran \(count) times") }
        // Nothing runs before a derived path is asked for.
        let lazy = try Self.source("kestrel-eo.yaml")
        _ = lazy.lookup("spacecraft.mass_kg")
        #expect(lazy.derivedModelInvocations.isEmpty)
        _ = lazy.lookup("derived.trackability.trackable")
        #expect(lazy.derivedModelInvocations["post_mission_lifetime"] == nil)
    }

    @Test("controlled re-entry risk is (1 − success probability) × the uncontrolled risk")
    func controlledReentryRisk() throws {
        var mission = try Self.example("kestrel-eo.yaml")
        let uncontrolled = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        let risk = try Self.number(uncontrolled, "derived.reentry.casualty_risk")
        #expect(risk > 0)
        mission.endOfLife?.strategy = .controlledReentry
        mission.endOfLife?.successProbability = 0.95
        let controlled = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        let controlledRisk = try Self.number(controlled, "derived.reentry.casualty_risk")
        #expect(abs(controlledRisk - 0.05 * risk) < 1e-12 * max(1, risk))
        mission.endOfLife?.successProbability = nil
        let unknown = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        #expect(Self.reason(unknown, "derived.reentry.casualty_risk")?.contains("end_of_life.success_probability") == true)
        // Fleet = count × per spacecraft.
        mission = try Self.example("meridian-broadband.yaml")
        let fleet = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        let per = try Self.number(fleet, "derived.reentry.casualty_risk")
        #expect(abs(try Self.number(fleet, "derived.reentry.casualty_risk_fleet") - per * Double(mission.spacecraft.count))
                <= 1e-12 * max(per, 1e-30) * Double(mission.spacecraft.count))
    }

    @Test("absent facts name the missing descriptor paths")
    func precisePaths() throws {
        var mission = try Self.example("kestrel-eo.yaml")
        mission.spacecraft.components = nil
        mission.operations?.durationYears = nil
        mission.spacecraft.propulsion?.ispS = nil
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        #expect(Self.reason(source, "derived.reentry.casualty_area_m2")?.contains("spacecraft.components") == true)
        #expect(Self.reason(source, "derived.lifetime.post_mission_years")?.contains("operations.duration_years") == true)
        #expect(Self.reason(source, "derived.disposal.delta_v_available_m_s")?.contains("spacecraft.propulsion.isp_s") == true)
        // The operational lifetime does not need the mission duration.
        #expect(try Self.number(source, "derived.lifetime.operational_orbit_years") > 25)
        // ISS: no components, controlled re-entry without a declared success probability.
        let iss = try Self.source("iss.yaml")
        #expect(Self.reason(iss, "derived.reentry.surviving_components")?.contains("spacecraft.components") == true)
        #expect(try Self.number(iss, "derived.lifetime.post_mission_years") == 0)
    }

    @Test("disposal: Δv from the rocket equation, GEO re-orbit from the IADC formula")
    func disposal() throws {
        // kestrel: 25 kg reserved of 500-odd kg at Isp 220 s: Δv = 220 g₀ ln(m₀/(m₀ − 25)).
        let kestrelMission = try Self.example("kestrel-eo.yaml")
        let kestrel = MissionFactSource(mission: kestrelMission, assumptions: PhysicsAssumptions())
        let m0 = try #require(kestrelMission.spacecraft.massKg)
        let expected = 220 * 9.80665 * log(m0 / (m0 - 25))
        #expect(abs(try Self.number(kestrel, "derived.disposal.delta_v_available_m_s") - expected) < 1e-9)
        let margin = try Self.number(kestrel, "derived.disposal.delta_v_margin_m_s")
        #expect(abs(margin - (expected - (try Self.number(kestrel, "derived.disposal.delta_v_required_m_s")))) < 1e-9)
        // helios-geo: ΔH = 235 + 1000·C_R·A/m (IADC-02-01 §5.3.1), typically ~300 km for a GEO satellite.
        let helios = try Self.source("helios-geo.yaml")
        let raise = try Self.number(helios, "derived.disposal.geo_graveyard_min_raise_km")
        #expect(raise > 235 && raise < 400)
        // Hohmann Δv for ~300 km above GEO is ~11 m/s (≈ 3.6 m/s per 100 km, NASA-STD-8719.14C §4.6).
        let required = try Self.number(helios, "derived.disposal.delta_v_required_m_s")
        #expect(required > 8 && required < 15)
        #expect(Self.reason(kestrel, "derived.disposal.geo_graveyard_min_raise_km")?.contains("LEO") == true)
        // GEO is above the tracked-object table: the collision probability says so instead of claiming 0.
        #expect(Self.reason(helios, "derived.collision.probability_large_debris")?.contains("above it") == true)
    }

    @Test("collision avoidance credit lowers the probability only for a manoeuvrable, screened spacecraft")
    func collisionCredit() throws {
        let kestrel = try Self.source("kestrel-eo.yaml")
        let without = try Self.number(kestrel, "derived.collision.probability_large_debris")
        let with = try Self.number(kestrel, "derived.collision.probability_large_debris_with_avoidance")
        #expect(without > 1e-6 && without < 0.1)
        #expect(with < without)
        let aurora = try Self.source("aurora-3u.yaml") // no propulsion
        #expect(try Self.number(aurora, "derived.collision.probability_large_debris")
                == Self.number(aurora, "derived.collision.probability_large_debris_with_avoidance"))
        let full = try Self.source("kestrel-eo.yaml", ["collision_avoidance_credit": .number(1)])
        #expect(try Self.number(full, "derived.collision.probability_large_debris_with_avoidance") < with)
    }

    @Test("environment: derelicts, object-years and a fleet index that scales with the count")
    func environment() throws {
        let mission = try Self.example("meridian-broadband.yaml")
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        let count = Double(mission.spacecraft.count)
        let success = try #require(mission.endOfLife?.successProbability)
        #expect(abs(try Self.number(source, "derived.environment.expected_derelicts") - count * (1 - success)) < 1e-9)
        let index = try Self.number(source, "derived.environment.index")
        #expect(index > 0)
        #expect(abs(try Self.number(source, "derived.environment.index_fleet") - count * index) < 1e-9 * count * index)
        #expect(try Self.number(source, "derived.environment.object_years_in_leo") >= count * 5)
    }

    @Test("a descriptor without inclination gets the regime only where inclination cannot change it")
    func regimeWithoutInclination() throws {
        func source(_ orbit: String) throws -> MissionFactSource {
            let mission = try MissionLoader.load(text: """
            format: steward/mission@1
            id: t
            name: T
            orbit: \(orbit)
            spacecraft: {mass_kg: 4, dimensions_m: [0.1, 0.1, 0.34]}
            """, file: "t.yaml").get()
            return MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        }
        let leo = try source("{perigee_km: 500, apogee_km: 510}")
        guard case .known(let regime) = leo.lookup("derived.orbit.regime") else { throw Unavailable("regime") }
        #expect(regime.value == .string("LEO"))
        #expect(Self.reason(leo, "derived.lifetime.operational_orbit_years")?.contains("orbit.inclination_deg") == true)
        let gto = try source("{perigee_km: 250, apogee_km: 35943}")
        #expect(Self.reason(gto, "derived.orbit.regime")?.contains("orbit.inclination_deg") == true)
    }

    @Test("a decay that ends before the horizon gives the same history, so the same collision and environment facts, whatever the horizon")
    func horizonDoesNotMoveFactsOfADecayThatEndsBeforeIt() throws {
        // Envisat re-enters after ~57 years; the horizon (150, 200 or 1,000 years) must not change the sampling.
        var seen: [Double: [Double]] = [:]
        for horizon in [150.0, 200.0, 1000.0] {
            let source = try Self.source("envisat.yaml", ["horizon_years": .number(horizon)])
            seen[horizon] = [try Self.number(source, "derived.lifetime.post_mission_years"),
                             try Self.number(source, "derived.collision.probability_large_debris"),
                             try Self.number(source, "derived.environment.index")]
        }
        #expect(try #require(seen[150])[0] < 150)
        #expect(seen[150] == seen[200] && seen[200] == seen[1000], "\(seen)")
    }
}
