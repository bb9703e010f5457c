import Foundation
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// Keeps the catalogue rulesets compile against in step with what the descriptor loader produces.
@Suite("Fact catalogue")
struct StewardFactCatalogTests {
    static let repository = Repository.root

    static func exampleMissions() throws -> [Mission] {
        let folder = repository.appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".json")
        }.sorted()
        return try files.map { try MissionLoader.load(contentsOf: folder.appendingPathComponent($0).path).get() }
    }

    @Test("every declared fact of every example is catalogued with the type it actually has")
    func declaredFactsAreCatalogued() throws {
        let catalog = StewardFactCatalog.standard
        let missions = try Self.exampleMissions()
        #expect(missions.count >= 8)
        for mission in missions {
            for (path, fact) in DeclaredFactAdapter.facts(of: mission) where !path.contains("[") {
                guard let descriptor = catalog[path] else {
                    Issue.record("\(mission.id): '\(path)' is declared but not in StewardFactCatalog")
                    continue
                }
                #expect(descriptor.type.accepts(fact.value.type), "\(mission.id): \(path) is \(fact.value.type), catalogued as \(descriptor.type)")
                // Both modules read units from key suffixes with their own tables (neither may depend on the
                // other); this keeps the two tables in step for every path a descriptor can declare.
                #expect(descriptor.unit == fact.unit, "\(path): catalogued in \(descriptor.unit ?? "-"), declared in \(fact.unit ?? "-")")
            }
        }
    }

    @Test("passivation items become strings so that true, false and not_applicable share one type")
    func passivationIsTriState() throws {
        let missions = try Self.exampleMissions()
        let values = Set(missions.flatMap { mission in
            DeclaredFactAdapter.facts(of: mission).filter { $0.key.hasPrefix("spacecraft.passivation.") }.map(\.value.value)
        })
        #expect(!values.isEmpty)
        for value in values {
            #expect([RuleEngine.FactValue.string("true"), .string("false"), .string("not_applicable")].contains(value))
        }
    }

    @Test("derived facts carry the names of docs/physics.md")
    func derivedNames() {
        let paths = Set(StewardFactCatalog.derived.map(\.path))
        for name in ["derived.orbit.regime", "derived.orbit.decay_rate_km_per_day", "derived.lifetime.post_mission_years",
                     "derived.lifetime.operational_orbit_years", "derived.disposal.delta_v_required_m_s",
                     "derived.disposal.delta_v_available_m_s", "derived.disposal.geo_graveyard_min_raise_km",
                     "derived.reentry.surviving_components", "derived.reentry.casualty_area_m2",
                     "derived.reentry.casualty_risk", "derived.reentry.casualty_risk_fleet",
                     "derived.collision.probability_large_debris", "derived.environment.index",
                     "derived.environment.object_years_in_leo", "derived.environment.expected_derelicts",
                     "derived.trackability.trackable", "derived.orbit.in_leo_protected_region",
                     "derived.orbit.in_geo_protected_region", "derived.orbit.period_min"] {
            #expect(paths.contains(name), "missing \(name)")
        }
    }

    @Test("each derived fact is declared once, by its provider, and the catalogue is the union of those declarations")
    func derivedDeclaredOnce() {
        let declared = DerivedFacts.all.map(\.descriptor)
        #expect(Set(declared.map(\.path)).count == declared.count)
        #expect(StewardFactCatalog.derived.map(\.path) == declared.map(\.path))
        #expect(StewardFactCatalog.derived.count == 36)
        for descriptor in declared {
            #expect(DerivedFacts.definitions[descriptor.path]?.descriptor.path == descriptor.path)
            #expect(StewardFactCatalog.standard[descriptor.path]?.unit == descriptor.unit)
            #expect(StewardFactCatalog.standard[descriptor.path]?.origin == .derived)
        }
    }
}
