import Diagnostics
import Foundation
@testable import MissionModel
import Testing

/// Hostile descriptors (issue 11): tags that would change a value's type, JSON that is not JSON, dates out of
/// range, and files that are not regular files.
private typealias SourceLocation = Diagnostics.SourceLocation

@Suite("Hostile descriptors")
struct HostileMissionTests {
    @Test("'!!str 4.2' is a string, refused where a number is expected, exactly like '4.2'")
    func stringTagIsAString() {
        let tagged = errorSummaries(minimalMission.replacingOccurrences(of: "mass_kg: 4", with: "mass_kg: !!str 4.2"))
        let quoted = errorSummaries(minimalMission.replacingOccurrences(of: "mass_kg: 4", with: "mass_kg: '4.2'"))
        #expect(tagged == ["9:12: 'spacecraft.mass_kg' must be a number, found a string \"4.2\""])
        #expect(quoted.count == 1 && quoted.first?.hasSuffix("must be a number, found a string \"4.2\"") == true)
    }

    @Test("foreign tags are located errors, even on fields whose type they would pass")
    func foreignTags() {
        let name = errorSummaries(minimalMission.replacingOccurrences(of: "name: Test mission", with: "name: !!python/object:os.system ls"))
        #expect(name == ["3:7: YAML tag '!!python/object:os.system' is not allowed: Steward reads only the core schema's tags (!!str, !!int, !!float, !!bool, !!null, !!map and !!seq)"])
        let binary = errorSummaries(minimalMission.replacingOccurrences(of: "name: Test mission", with: "name: !!binary aGVsbG8="))
        #expect(binary.first?.hasPrefix("3:7: YAML tag '!!binary' is not allowed") == true)
    }

    @Test("a .json descriptor is strict JSON")
    func strictJSONDescriptor() {
        let json = """
            {"format": "steward/mission@1", "id": "m1", "name": "J",
             "orbit": {"perigee_km": 525, "apogee_km": 535, "inclination_deg": 97.5},
             "spacecraft": {"mass_kg": 4.2,},}
            """
        let result = load(json, file: "m.json")
        #expect(result.diagnostics.map(\.message) == ["invalid JSON: trailing comma before '}'"])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "m.json", line: 3, column: 32))
        let valid = load(json.replacingOccurrences(of: "4.2,}", with: "4.2}").replacingOccurrences(of: "},}", with: "}}"), file: "m.json")
        #expect(!valid.hasErrors)
    }

    @Test("a date out of range says the range; an impossible day says so")
    func dateMessages() {
        for (date, message) in [("1900-01-01", "'launch.date' must be between 1957-01-01 and 2200-12-31, found '1900-01-01'"),
                                ("9999-12-31", "'launch.date' must be between 1957-01-01 and 2200-12-31, found '9999-12-31'"),
                                ("2027-02-30", "'launch.date' is not a calendar date: month 02 of 2027 has 28 days, found '2027-02-30'")] {
            let errors = errorSummaries(minimalMission + "\nlaunch:\n  date: \(date)\n")
            #expect(errors == ["11:9: \(message)"])
        }
        #expect(errorSummaries(minimalMission + "\nlaunch:\n  date: soon\n").first?.contains("must be an ISO 8601 date") == true)
    }

    @Test("a FIFO named as a descriptor is refused at once")
    func fifoDescriptor() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("steward-fifo-\(UUID().uuidString).yaml").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = MissionLoader.load(contentsOf: path)
        #expect(result.diagnostics.map(\.message) == ["cannot read file: not a regular file (a named pipe)"])
    }

    @Test("a TLE error inside a quoted line with escapes is located at the source column, past the escape")
    func tleCaretAfterEscape() {
        let text = """
            format: steward/mission@1
            id: m1
            name: L
            orbit:
              tle:
                - "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927"
                - "\\u0032 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563538"
            spacecraft: {mass_kg: 4.2}
            """
        let errors = load(text).diagnostics.filter { $0.severity == .error }
        #expect(errors.first?.message.contains("checksum") == true, "\(errors)")
        #expect(errors.first?.location == SourceLocation(file: "m.yaml", line: 7, column: 81))
    }
}
