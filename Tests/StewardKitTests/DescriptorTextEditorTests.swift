import Foundation
import MissionModel
import StewardTestSupport
import Testing
@testable import StewardKit

/// Edits keep every comment and every untouched line, and give valid descriptors with the new values.
@Suite struct DescriptorTextEditorTests {
    static let base = """
    # header comment
    format: steward/mission@1
    id: t
    name: Test
    orbit: {perigee_km: 500, apogee_km: 510, inclination_deg: 97}
    spacecraft:
      mass_kg: 10   # measured
      passivation: {batteries: false}
      components:
        - {name: tank, material: titanium, mass_kg: 2, shape: sphere, dimensions_m: [0.3]}
    operations:
      conjunction_assessment:
        phases:
          - operations
    end_of_life:
      strategy: natural_decay

    """

    func edited(_ edits: [FieldEdit], _ text: String = base, file: String = "t.yaml") throws -> (String, Mission) {
        let result = try #require(DescriptorTextEditor.apply(edits, to: text, file: file))
        return (result, try MissionLoader.load(text: result, file: file).get())
    }

    @Test func replacesScalarsInFlowAndBlockKeepingComments() throws {
        let (text, mission) = try edited([
            FieldEdit(path: "spacecraft.passivation.batteries", value: .bare("true")),
            FieldEdit(path: "spacecraft.components[0].material", value: .word("aluminium")),
            FieldEdit(path: "end_of_life.strategy", value: .word("uncontrolled_reentry")),
        ])
        #expect(mission.spacecraft.passivation?.batteries == .planned)
        #expect(mission.spacecraft.components?[0].material == .aluminium)
        #expect(mission.endOfLife?.strategy == .uncontrolledReentry)
        #expect(text.contains("# header comment") && text.contains("mass_kg: 10   # measured"))
        #expect(text.components(separatedBy: "\n").count == Self.base.components(separatedBy: "\n").count)
    }

    @Test func insertsIntoFlowAndBlockMappingsAndCreatesParents() throws {
        let (text, mission) = try edited([
            FieldEdit(path: "spacecraft.passivation.propellant", value: .word("not_applicable")),
            FieldEdit(path: "spacecraft.removal_interface", value: .word("grapple_fixture")),
            FieldEdit(path: "operations.ephemeris_sharing.covariance", value: .bare("true")),
            FieldEdit(path: "cooperation.capacity_building", value: .bare("true")),
        ])
        #expect(text.contains("passivation: {batteries: false, propellant: not_applicable}"))
        #expect(mission.spacecraft.removalInterface == .grappleFixture)
        #expect(mission.operations?.ephemerisSharing?.covariance == true)
        #expect(mission.cooperation?.capacityBuilding == true)
        #expect(text.contains("\n  removal_interface: grapple_fixture\n"))
        #expect(text.contains("\n  ephemeris_sharing:\n    covariance: true\n"))
    }

    @Test func replacesABlockListKeepingItsStyle() throws {
        let (text, mission) = try edited([
            FieldEdit(path: "operations.conjunction_assessment.phases", value: .words(["early_orbit", "operations"])),
        ])
        #expect(mission.operations?.conjunctionAssessment?.phases == [.earlyOrbit, .operations])
        #expect(text.contains("    phases:\n      - early_orbit\n      - operations\nend_of_life:"))
    }

    @Test func editsJSONAsJSON() throws {
        let path = "Examples/aurora-3u.json"
        let original = try String(contentsOf: Repository.url(path), encoding: .utf8)
        let (text, mission) = try edited([
            FieldEdit(path: "spacecraft.removal_interface", value: .word("docking_plate")),
            FieldEdit(path: "operations.ephemeris_sharing.covariance", value: .bare("true")),
        ], original, file: path)
        #expect(mission.spacecraft.removalInterface == .dockingPlate)
        #expect(mission.operations?.ephemerisSharing?.covariance == true)
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "not JSON any more:\n\(text)")
    }

    @Test func unifiedDiffAppliesWithPatch() throws {
        let (text, _) = try edited([FieldEdit(path: "spacecraft.removal_interface", value: .word("none")),
                                    FieldEdit(path: "end_of_life.strategy", value: .word("uncontrolled_reentry"))])
        let diff = UnifiedDiff.make(old: Self.base, new: text, path: "t.yaml")
        #expect(diff.hasPrefix("--- t.yaml\n+++ t.yaml\n@@ "))
        guard let patch = requireTool("patch", why: "apply the diff") else { return }
        let folder = try ScratchDirectory.make("improve-diff")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.base.write(to: folder.appendingPathComponent("t.yaml"), atomically: true, encoding: .utf8)
        try diff.write(to: folder.appendingPathComponent("o.diff"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(patch)' -s -p0 < o.diff"]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("t.yaml"), encoding: .utf8) == text)
    }
}
