import Diagnostics
import Foundation
import StewardTestSupport
import Testing
@testable import MissionModel

/// `orbit.omm`: a message file next to the descriptor (confined to its directory) or inline KVN.
@Suite struct OrbitMessageDescriptorTests {
    static let fixtures = Repository.url("Tests/CatalogueTests/Fixtures/omm")

    /// A scratch directory with the descriptor `mission.yaml` and the given files.
    static func folder(descriptor: String, files: [String: String] = [:]) throws -> URL {
        let directory = try ScratchDirectory.make("omm-descriptor")
        try Data(descriptor.utf8).write(to: directory.appendingPathComponent("mission.yaml"))
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return directory
    }

    static func descriptor(omm: String, spacecraft: String = "  mass_kg: 4") -> String {
        "format: steward/mission@1\nid: t\nname: T\norbit:\n  omm: \(omm)\nspacecraft:\n\(spacecraft)\n"
    }

    static func errors(_ result: MissionLoadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? "?"): \($0.message)" }
    }

    @Test func fileNextToTheDescriptorGivesTheSameOrbitAsTheTLE() throws {
        let kvn = try String(contentsOf: Self.fixtures.appendingPathComponent("iss_2008-09-20.omm.kvn"), encoding: .utf8)
        let directory = try Self.folder(descriptor: Self.descriptor(omm: "orbits/iss.kvn"), files: ["orbits/iss.kvn": kvn])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = MissionLoader.load(contentsOf: directory.appendingPathComponent("mission.yaml").path, displayName: "mission.yaml")
        #expect(Self.errors(result).isEmpty, "\(result.diagnostics)")
        let mission = try #require(result.mission)
        let iss = try #require(MissionLoader.load(contentsOf: repositoryRoot.appendingPathComponent("Examples/iss.yaml").path).mission)
        #expect(abs(mission.orbit.semiMajorAxisKm - iss.orbit.semiMajorAxisKm) <= 1e-9)
        #expect(mission.orbit.definition.formName == "omm")
        #expect(mission.orbit.inclinationDeg == 51.6416)
        #expect(mission.declaredFacts.contains { $0.path == "orbit.omm.norad_cat_id" })
    }

    @Test func physicalPropertiesFillOnlyWhatTheDescriptorLeavesOut() throws {
        let kvn = try String(contentsOf: Self.fixtures.appendingPathComponent("iss_2008-09-20.omm.kvn"), encoding: .utf8)
            .replacingOccurrences(of: "EPHEMERIS_TYPE = 0", with: "MASS = 419725\nDRAG_AREA = 1500\nDRAG_COEFF = 2.3\nEPHEMERIS_TYPE = 0")
        let directory = try Self.folder(descriptor: Self.descriptor(omm: "iss.kvn", spacecraft: "  drag_coefficient: 2.2"),
                                        files: ["iss.kvn": kvn])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = MissionLoader.load(contentsOf: directory.appendingPathComponent("mission.yaml").path, displayName: "mission.yaml")
        let mission = try #require(result.mission, "\(result.diagnostics)")
        #expect(mission.spacecraft.massKg == 419_725)
        #expect(mission.spacecraft.dragAreaM2 == 1500)
        #expect(mission.spacecraft.dragCoefficient == 2.2)
        let facts = Dictionary(uniqueKeysWithValues: mission.declaredFacts.map { ($0.path, $0) })
        #expect(facts["spacecraft.mass_kg"]?.location.description == "iss.kvn:17:8")
        #expect(facts["spacecraft.drag_area_m2"]?.location.description == "iss.kvn:18:13")
        #expect(facts["spacecraft.drag_coefficient"]?.location.description == "mission.yaml:7:21")
    }

    @Test func inlineKVNErrorsPointIntoTheDescriptor() throws {
        let text = """
            format: steward/mission@1
            id: t
            name: T
            orbit:
              omm: |
                CCSDS_OMM_VERS = 3.0
                CREATION_DATE = 2026-12-06T00:00:00
                ORIGINATOR = X
                OBJECT_NAME = X
                OBJECT_ID = 2020-001A
                CENTER_NAME = EARTH
                REF_FRAME = TEME
                TIME_SYSTEM = UTC
                MEAN_ELEMENT_THEORY = SGP4
                EPOCH = 2020-01-01T00:00:00
                MEAN_MOTION = 15.5
                ECCENTRICITY = 0.001
                INCLINATION = 253
                RA_OF_ASC_NODE = 0
                ARG_OF_PERICENTER = 0
                MEAN_ANOMALY = 0
            spacecraft:
              mass_kg: 4
            """
        #expect(Self.errors(MissionLoader.load(text: text, file: "m.yaml")) == ["m.yaml:18:19: INCLINATION must be between 0 and 180 deg, found 253"])
        let fixed = MissionLoader.load(text: text.replacingOccurrences(of: "= 253", with: "= 53"), file: "m.yaml")
        #expect(Self.errors(fixed).isEmpty)
        #expect(fixed.mission?.orbit.inclinationDeg == 53)
    }

    /// A DSST message states its mean semi-major axis, which is used as written (docs/mission-format.md, orbit.omm).
    @Test func semiMajorAxisOfAnotherTheoryIsUsedAsWritten() throws {
        let text = """
            format: steward/mission@1
            id: t
            name: T
            orbit:
              omm: |
                CCSDS_OMM_VERS = 3.0
                CREATION_DATE = 2026-12-06T00:00:00
                ORIGINATOR = X
                OBJECT_NAME = X
                OBJECT_ID = 2020-001A
                CENTER_NAME = EARTH
                REF_FRAME = EME2000
                TIME_SYSTEM = UTC
                MEAN_ELEMENT_THEORY = DSST
                EPOCH = 2020-01-01T00:00:00
                SEMI_MAJOR_AXIS = 6928.137 [km]
                ECCENTRICITY = 0.001
                INCLINATION = 97.6
                RA_OF_ASC_NODE = 0
                ARG_OF_PERICENTER = 0
                MEAN_ANOMALY = 0
            spacecraft:
              mass_kg: 4
            """
        let result = MissionLoader.load(text: text, file: "m.yaml")
        #expect(Self.errors(result).isEmpty, "\(result.diagnostics)")
        let orbit = try #require(result.mission?.orbit)
        #expect(orbit.semiMajorAxisKm == 6928.137)
        #expect(abs(orbit.perigeeKm - (6928.137 * 0.999 - 6378.137)) <= 1e-9)
        #expect(orbit.inclinationDeg == 97.6)
    }

    @Test(arguments: [
        ("/etc/passwd", "is an absolute path"), ("../outside.kvn", "contains '..'"), ("sub/../../x", "contains '..'"),
        ("missing.kvn", "does not exist"), ("link.kvn", "outside the descriptor's directory"), ("fifo.kvn", "not a regular file"),
        ("dir", "not a regular file"),
    ])
    func pathsOutsideTheDescriptorsDirectoryAreRefused(path: String, reason: String) throws {
        let directory = try Self.folder(descriptor: Self.descriptor(omm: path))
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link.kvn").path, withDestinationPath: "/etc/hostname")
        #expect(mkfifo(directory.appendingPathComponent("fifo.kvn").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("dir"), withIntermediateDirectories: true)
        let result = MissionLoader.load(contentsOf: directory.appendingPathComponent("mission.yaml").path, displayName: "mission.yaml")
        let found = Self.errors(result)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("mission.yaml:5:8: 'orbit.omm' cannot be read:") == true)
        #expect(found.first?.contains(reason) == true, "\(found)")
    }

    @Test func aFilePathNeedsADescriptorOnDisk() {
        #expect(Self.errors(MissionLoader.load(text: Self.descriptor(omm: "iss.kvn"), file: "m.yaml")).first?.contains("not read from a file") == true)
    }

    @Test func ommAndTLETogetherIsAnError() {
        let text = Self.descriptor(omm: "iss.kvn").replacingOccurrences(of: "orbit:\n", with: "orbit:\n  tle: [a, b]\n")
        #expect(Self.errors(MissionLoader.load(text: text, file: "m.yaml")).contains { $0.contains("both as tle and as omm") })
    }

    @Test func massMayBeUnknown() throws {
        let result = MissionLoader.load(text: minimalMission.replacingOccurrences(of: "  mass_kg: 4", with: "  count: 1"), file: "m.yaml")
        let mission = try #require(result.mission)
        #expect(mission.spacecraft.massKg == nil)
        #expect(!mission.declaredFacts.contains { $0.path == "spacecraft.mass_kg" })
    }
}
