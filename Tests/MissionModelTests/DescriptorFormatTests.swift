import Diagnostics
import Foundation
import Testing
@testable import MissionModel

/// The field table the loader and the schema share: well-formed, and read by the loader.
@Suite struct DescriptorFormatTests {
    @Test("keys are unique in every section, and every number range and orbit form is sound")
    func tableIsWellFormed() {
        func check(_ section: DescriptorSection, _ path: String) {
            #expect(Set(section.keys).count == section.keys.count, "duplicate key in '\(path)'")
            for form in section.alternatives { #expect(form.keys.allSatisfy { section[$0] != nil }, "\(path): \(form.name)") }
            for field in section.fields {
                if case .number(let range) = field.value { #expect(range.minimum < range.maximum, "\(path).\(field.key)") }
                if let child = section.child(field.key) { check(child, "\(path).\(field.key)") }
            }
        }
        check(DescriptorFormat.mission, "")
        #expect(DescriptorFormat.mission.flattened().count > 90)
        #expect(DescriptorFormat.mission.child("orbit")?.alternatives.map(\.name)
                == ["perigee_km/apogee_km", "semi_major_axis_km/eccentricity", "tle", "omm"])
    }

    @Test("a text field given a plain number is a located error; quoted, it is text")
    func textMustBeText() throws {
        let base = "format: steward/mission@1\nid: t\nname: T\norbit: {perigee_km: 500, apogee_km: 520}\nspacecraft: {mass_kg: 10}\n"
        let result = MissionLoader.load(text: base + "launch:\n  vehicle: 5\n", file: "t.yaml")
        let error = try #require(result.diagnostics.first)
        #expect(error.message == "'launch.vehicle' must be text, found a number (5)")
        #expect(error.location?.line == 7 && error.location?.column == 12)
        #expect(error.notes == ["quote it to use it as text: \"5\""])
        let quoted = MissionLoader.load(text: base + "launch:\n  vehicle: \"5\"\n", file: "t.yaml")
        #expect(quoted.diagnostics.isEmpty)
        #expect(quoted.mission?.launch?.vehicle == "5")
        let list = MissionLoader.load(text: base + "cooperation: {partners: [ESA, 7]}\n", file: "t.yaml")
        #expect(list.diagnostics.map(\.message) == ["'cooperation.partners[1]' must be text, found a number (7)"])
    }

    /// Texts that are blank as `CharacterSet.whitespaces` has it (the former check trimmed them with Foundation).
    @Test("a text field of only blanks is an error; any other character makes it text",
          arguments: ["\" \"", "\"\\t\"", "\"\u{3000}\"", "\"\u{A0} \u{2009}\"", "\"\u{200B}\"", "\" x \""])
    func blankText(_ quoted: String) throws {
        let base = "format: steward/mission@1\nid: t\nname: T\norbit: {perigee_km: 500, apogee_km: 520}\nspacecraft: {mass_kg: 10}\n"
        let result = MissionLoader.load(text: base + "launch:\n  vehicle: \(quoted)\n", file: "t.yaml")
        let text = try #require(try YAMLLoader.load(text: "v: \(quoted)", file: "v.yaml").root.entries?.first?.value.scalar?.text)
        let blank = text.trimmingCharacters(in: .whitespaces).isEmpty
        #expect(result.diagnostics.map(\.message) == (blank ? ["'launch.vehicle' must not be empty"] : []))
        #expect(result.mission?.launch?.vehicle == (blank ? nil : text))
    }
}
