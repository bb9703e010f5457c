import Foundation
import MissionModel
import RuleEngine
import StewardTestSupport
import Testing
@testable import StewardKit

/// `orbit.omm` in every format gives the same lifetime; a catalogue of several hundred objects imports into
/// descriptors that all pass `check`, and rates in one run with the malformed rows reported and the rest rated.
@Suite struct CatalogueRatingTests {
    static let omm = Repository.url("Tests/CatalogueTests/Fixtures/omm")
    static let ucs = Repository.url("Tests/StewardKitTests/Fixtures/ucs-gp-400.csv").path

    static func lifetime(_ mission: Mission) throws -> Double {
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions())
        guard case .known(let fact) = source.lookup("derived.lifetime.operational_orbit_years"), case .number(let years) = fact.value else {
            throw LifetimeMissing(reason: "\(source.lookup("derived.lifetime.operational_orbit_years"))")
        }
        return years
    }
    struct LifetimeMissing: Error { var reason: String }

    @Test func everyMessageFormatGivesTheSameLifetimeAsTheTLE() throws {
        let directory = try ScratchDirectory.make("omm-lifetime")
        defer { try? FileManager.default.removeItem(at: directory) }
        let spacecraft = "spacecraft:\n  mass_kg: 419725\n  drag_area_m2: 1500\n"
        let tleDescriptor = "format: steward/mission@1\nid: t\nname: T\norbit:\n  tle: |\n"
            + "    1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927\n"
            + "    2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537\n" + spacecraft
        let reference = try #require(MissionLoader.load(text: tleDescriptor, file: "tle.yaml").mission)
        let referenceYears = try Self.lifetime(reference)
        #expect(referenceYears > 0)
        for name in ["iss_2008-09-20.omm.kvn", "iss_2008-09-20.omm.xml", "iss_2008-09-20.gp.json", "iss_2008-09-20.gp.csv",
                     "iss_2008-09-20.ccsds-ndm.omm.kvn", "iss_2008-09-20.ccsds-ndm.omm.xml"] {
            try FileManager.default.copyItem(at: Self.omm.appendingPathComponent(name), to: directory.appendingPathComponent(name))
            let descriptor = directory.appendingPathComponent(name + ".yaml")
            try Data("format: steward/mission@1\nid: t\nname: T\norbit:\n  omm: \(name)\n\(spacecraft)".utf8).write(to: descriptor)
            let result = MissionLoader.load(contentsOf: descriptor.path)
            let mission = try #require(result.mission, "\(name): \(result.diagnostics)")
            #expect(abs(mission.orbit.semiMajorAxisKm - reference.orbit.semiMajorAxisKm) <= 1e-9, "\(name)")
            let years = try Self.lifetime(mission)
            #expect(abs(years - referenceYears) <= 1e-9 * referenceYears, "\(name): \(years) vs \(referenceYears)")
        }
    }

    @Test func severalHundredObjectsImportIntoDescriptorsThatAllPassCheck() throws {
        let outcome = CatalogueLoading.load(catalogue: Self.ucs)
        // Row 54 of the fixture holds UCS's own eccentricity 511.0 for Alfa Crux: reported, the rest kept.
        #expect(outcome.diagnostics.filter { $0.severity == .error }.map { $0.location?.line } == [54])
        #expect(outcome.objects.count == 399)
        let descriptors = CatalogueImport.descriptors(for: outcome.objects)
        #expect(Set(descriptors.map(\.fileName)).count == descriptors.count)
        let directory = try ScratchDirectory.make("import")
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = try CatalogueImport.write(descriptors, to: directory.path, force: false)
        #expect(paths.count == 399)
        for (path, object) in zip(paths, outcome.objects) {
            let checked = MissionChecking.check(path: path)
            #expect(checked.isValid, "\(path): \(checked.renderedDiagnostics)")
            // The written descriptor gives back the catalogue's orbit and mass exactly.
            let mission = try #require(checked.mission)
            #expect(mission.orbit.semiMajorAxisKm == object.record.semiMajorAxisKm)
            #expect(mission.spacecraft.massKg == object.record.physical.massKg?.value)
        }
        // A second import refuses to overwrite, and writes nothing.
        #expect(throws: CatalogueImport.WriteError.self) { try CatalogueImport.write(descriptors, to: directory.path, force: false) }
        #expect(try CatalogueImport.write(descriptors, to: directory.path, force: true).count == 399)
    }

    /// `steward import` of OMMs that give SEMI_MAJOR_AXIS: an SGP4 one is written with its Kozai MEAN_MOTION, a
    /// DSST one keeps its theory, frame, GM and axis; each descriptor loads back to the same semi-major axis.
    @Test func semiMajorAxisMessagesImportIntoDescriptorsWithTheSameOrbit() throws {
        let kvn = try String(contentsOf: Self.omm.appendingPathComponent("iss_2008-09-20.omm.kvn"), encoding: .utf8)
        let sgp4 = kvn.replacingOccurrences(of: "MEAN_MOTION = 15.72125391", with: "SEMI_MAJOR_AXIS = 6730.96\nGM = 398600.4418")
        let dsst = sgp4.replacingOccurrences(of: "MEAN_ELEMENT_THEORY = SGP4", with: "MEAN_ELEMENT_THEORY = DSST")
            .replacingOccurrences(of: "REF_FRAME = TEME", with: "REF_FRAME = EME2000")
            .replacingOccurrences(of: "BSTAR = -1.1606e-05\nMEAN_MOTION_DOT = -2.182e-05\nMEAN_MOTION_DDOT = 0.0\n", with: "")
        let directory = try ScratchDirectory.make("omm-import-sma")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text, theory) in [("sgp4.kvn", sgp4, "SGP4"), ("dsst.kvn", dsst, "DSST")] {
            let file = directory.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let outcome = CatalogueLoading.load(catalogue: file.path)
            #expect(!outcome.hasErrors, "\(outcome.renderedDiagnostics)")
            let object = try #require(outcome.objects.first)
            let written = CatalogueDescriptorWriter.descriptor(for: object, index: 0)
            #expect(written.contains("MEAN_ELEMENT_THEORY = \(theory)"), "\(written)")
            #expect(written.contains(theory == "DSST" ? "SEMI_MAJOR_AXIS = 6730.96" : "MEAN_MOTION = "), "\(written)")
            let loaded = MissionLoader.load(text: written, file: name + ".yaml")
            let mission = try #require(loaded.mission, "\(loaded.diagnostics)")
            #expect(mission.orbit.semiMajorAxisKm == object.record.semiMajorAxisKm, "\(name)")
            #expect(abs(mission.orbit.semiMajorAxisKm - (theory == "DSST" ? 6730.96 : 6731.470293272705)) <= 1e-6, "\(name)")
        }
    }

    @Test func aCatalogueRatesInOneRunWithFactsLocatedAtTheCatalogueLine() throws {
        let ruleset = try #require(RulesetResolver().resolve("lts-2019").ruleset)
        let rated = CatalogueRating.rate(catalogue: Self.ucs, rulesets: [ruleset])
        #expect(rated.results.count == 399)
        #expect(rated.results.allSatisfy { $0.ratings.count == 1 })
        // An object with a UCS dry mass has a lifetime; one without has it absent, never invented.
        let withMass = try #require(rated.outcome.objects.firstIndex { $0.record.physical.massKg != nil })
        let mission = try #require(rated.results[withMass].mission)
        #expect(mission.location(of: "spacecraft.mass_kg").file == Self.ucs)
        #expect(mission.location(of: "spacecraft.mass_kg").line == rated.outcome.objects[withMass].record.location.line)
        let withoutMass = try #require(rated.outcome.objects.firstIndex { $0.record.physical.massKg == nil })
        let source = MissionFactSource(mission: rated.outcome.objects[withoutMass].mission(index: withoutMass), assumptions: PhysicsAssumptions())
        guard case .absent(let reason) = source.lookup("derived.lifetime.operational_orbit_years") else {
            Issue.record("lifetime without a mass must be absent")
            return
        }
        #expect(reason.contains("mass_kg"))
    }
}
