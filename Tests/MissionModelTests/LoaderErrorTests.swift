import Diagnostics
import Testing
@testable import MissionModel

/// Every error class of the loader, each with the exact line and column it must point at.
@Suite struct LoaderErrorTests {
    @Test func minimalMissionIsValid() throws {
        let mission = try load(minimalMission).get()
        #expect(mission.id == "test")
        #expect(mission.spacecraft.count == 1)
        #expect(mission.orbit.centralBody == .earth)
    }

    @Test func unknownKeyWithDidYouMean() throws {
        let text = minimalMission.replacingOccurrences(of: "  perigee_km: 500", with: "  perige_km: 500")
        let result = load(text)
        let diagnostic = try #require(result.diagnostics.first { $0.message.contains("unknown key") })
        #expect(diagnostic.description == "m.yaml:5:3: error: unknown key 'perige_km' in 'orbit'")
        #expect(diagnostic.notes == ["did you mean 'perigee_km'?"])
    }

    @Test func unknownTopLevelKey() {
        #expect(errorSummaries(minimalMission + "\nspacecarft: {}") == ["10:1: unknown key 'spacecarft' in document"])
    }

    @Test func wrongType() {
        let text = minimalMission.replacingOccurrences(of: "mass_kg: 4", with: "mass_kg: four")
        #expect(errorSummaries(text) == ["9:12: 'spacecraft.mass_kg' must be a number, found a string \"four\""])
    }

    @Test func unknownEnumValueSuggestsTheClosest() throws {
        let result = load(minimalMission + "\nphase: operatng")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.description == "m.yaml:10:8: error: 'phase' has an unknown value 'operatng'")
        #expect(diagnostic.notes.first == "did you mean 'operating'?")
    }

    @Test func zeroAndNegativeMass() {
        let zero = minimalMission.replacingOccurrences(of: "mass_kg: 4", with: "mass_kg: 0")
        #expect(errorSummaries(zero) == ["9:12: 'spacecraft.mass_kg' must be greater than 0 kg, found 0"])
        let negative = minimalMission.replacingOccurrences(of: "mass_kg: 4", with: "mass_kg: -2.5")
        #expect(errorSummaries(negative) == ["9:12: 'spacecraft.mass_kg' must be greater than 0 kg, found -2.5"])
    }

    @Test func perigeeAboveApogee() {
        let text = minimalMission.replacingOccurrences(of: "perigee_km: 500", with: "perigee_km: 720")
        #expect(errorSummaries(text) == ["5:15: 'orbit.perigee_km' must be at most apogee_km (510), found 720"])
    }

    @Test func inclinationOutOfRange() {
        let text = minimalMission.replacingOccurrences(of: "inclination_deg: 97.4", with: "inclination_deg: 181")
        #expect(errorSummaries(text) == ["7:20: 'orbit.inclination_deg' must be between 0 and 180 deg, found 181"])
    }

    @Test func probabilityOutOfRange() {
        let text = minimalMission + "\nend_of_life:\n  success_probability: 1.2"
        #expect(errorSummaries(text) == ["11:24: 'end_of_life.success_probability' must be between 0 and 1, found 1.2"])
    }

    @Test func nonFiniteNumbers() {
        let infinite = minimalMission.replacingOccurrences(of: "apogee_km: 510", with: "apogee_km: .inf")
        #expect(errorSummaries(infinite) == ["6:14: 'orbit.apogee_km' must be a finite number, found .inf"])
        let nan = minimalMission.replacingOccurrences(of: "mass_kg: 4", with: "mass_kg: .nan")
        #expect(errorSummaries(nan) == ["9:12: 'spacecraft.mass_kg' must be a finite number, found .nan"])
    }

    @Test func invalidDates() {
        // Shaped like a date but impossible: the message says why (the range case is in HostileMissionTests).
        #expect(errorSummaries(minimalMission + "\nlaunch:\n  date: 2027-02-29")
                == ["11:9: 'launch.date' is not a calendar date: month 02 of 2027 has 28 days, found '2027-02-29'"])
        #expect(errorSummaries(minimalMission + "\nlaunch:\n  date: 2027-13-01")
                == ["11:9: 'launch.date' has no month 13: months are 01 to 12, found '2027-13-01'"])
        for bad in ["27-03-15", "2027-03-15T25:00Z", "2027-03-15T10:00", "tomorrow"] {
            let summaries = errorSummaries(minimalMission + "\nlaunch:\n  date: \(bad)")
            #expect(summaries == ["11:9: 'launch.date' must be an ISO 8601 date (YYYY-MM-DD) or date-time with a UTC offset, found '\(bad)'"],
                    "\(bad)")
        }
        // Leap day and an offset date-time are fine.
        #expect(errorSummaries(minimalMission + "\nlaunch:\n  date: 2028-02-29").isEmpty)
        #expect(errorSummaries(minimalMission + "\nlaunch:\n  date: 2027-03-15T06:30:00+02:00").isEmpty)
    }

    @Test func invalidCountryCodes() throws {
        #expect(errorSummaries(minimalMission + "\noperator:\n  country: XX")
            == ["11:12: 'operator.country' must be an ISO 3166-1 alpha-2 country code, found 'XX'"])
        // `NO` must stay Norway (YAML 1.2 core schema: not a boolean); lower case gets a hint.
        #expect(errorSummaries(minimalMission + "\noperator:\n  country: NO").isEmpty)
        let lower = try #require(load(minimalMission + "\noperator:\n  country: fr").diagnostics.first)
        #expect(lower.notes == ["did you mean 'FR'? (codes are upper case)"])
        #expect(CountryCode.assigned.count == 249)
    }

    @Test func missingRequiredKeys() {
        let text = """
        format: steward/mission@1
        name: No id
        orbit: {perigee_km: 500, apogee_km: 510}
        """
        #expect(errorSummaries(text) == [
            "1:1: missing required key 'id' in document",
            "1:1: missing required key 'spacecraft' in document",
        ])
    }

    @Test func wrongFormat() throws {
        let text = minimalMission.replacingOccurrences(of: "steward/mission@1", with: "steward/ruleset@1")
        let diagnostic = try #require(load(text).diagnostics.first)
        #expect(diagnostic.description == "m.yaml:1:9: error: unsupported format 'steward/ruleset@1': expected 'steward/mission@1'")
    }

    @Test func duplicateKey() {
        let text = minimalMission + "\n  mass_kg: 5"
        let result = load(text)
        #expect(result.diagnostics.map(\.description) == ["m.yaml:10:3: error: duplicate key 'mass_kg' in a mapping: each key may appear once"])
        #expect(result.diagnostics.first?.notes == ["first defined at m.yaml:9:3"])
        let flow = load(minimalMission + "\noperator: {name: A, country: NO, name: B}")
        #expect(flow.diagnostics.map(\.description) == ["m.yaml:10:34: error: duplicate key 'name' in a mapping: each key may appear once"])
    }

    @Test func orbitGivenTwice() {
        let text = minimalMission.replacingOccurrences(of: "  inclination_deg: 97.4", with: "  semi_major_axis_km: 6880\n  inclination_deg: 97.4")
        #expect(errorSummaries(text) == ["7:23: 'orbit' is given both as perigee_km/apogee_km and as semi_major_axis_km/eccentricity: give exactly one form"])
    }

    @Test func orbitFormIncompleteOrMissing() {
        let incomplete = minimalMission.replacingOccurrences(of: "  apogee_km: 510\n", with: "")
        #expect(errorSummaries(incomplete) == ["5:3: missing required key 'apogee_km' in 'orbit' (perigee_km is given)"])
        let none = minimalMission.replacingOccurrences(of: "  perigee_km: 500\n  apogee_km: 510\n", with: "")
        #expect(errorSummaries(none) == ["5:3: 'orbit' must give the orbit as perigee_km and apogee_km, as semi_major_axis_km and eccentricity, as tle, or as omm"])
    }

    @Test func semiMajorAxisBelowTheSurface() {
        let text = minimalMission.replacingOccurrences(of: "  perigee_km: 500\n  apogee_km: 510", with: "  semi_major_axis_km: 880\n  eccentricity: 0.001")
        #expect(errorSummaries(text) == ["5:23: the orbit's perigee would be 5499 km below the surface of the earth (equatorial radius 6378.137 km)"])
    }

    @Test func componentShapeNeedsMatchingDimensions() {
        let text = minimalMission + """

          components:
            - {name: tank, material: titanium, mass_kg: 1, shape: cylinder, dimensions_m: [0.3]}
        """
        #expect(errorSummaries(text) == ["11:83: 'spacecraft.components[0].dimensions_m' must list 2 lengths (diameter, length), found 1"])
    }

    @Test func componentsHeavierThanTheSpacecraft() {
        let text = minimalMission + """

          components:
            - {name: tank, material: titanium, mass_kg: 3, shape: sphere, dimensions_m: [0.3], count: 2}
        """
        #expect(errorSummaries(text) == ["11:5: 'spacecraft.components' add up to 6 kg, more than spacecraft.mass_kg (4)"])
    }

    @Test func reservedPropellantAboveLoaded() {
        let text = minimalMission + """

          propulsion: {type: chemical, isp_s: 220, propellant_kg: 1, reserved_for_disposal_kg: 1.5}
        """
        #expect(errorSummaries(text) == ["10:88: 'spacecraft.propulsion.reserved_for_disposal_kg' must be at most propellant_kg (1), found 1.5"])
    }

    @Test func passivationAcceptsBooleansOrNotApplicable() {
        let good = minimalMission + "\n  passivation: {batteries: true, propellant: not_applicable}"
        #expect(errorSummaries(good).isEmpty)
        let bad = minimalMission + "\n  passivation: {batteries: yes}"
        #expect(errorSummaries(bad) == ["10:28: 'spacecraft.passivation.batteries' must be true, false or not_applicable, found a string \"yes\""])
    }

    @Test func invalidYAMLSyntaxIsLocated() throws {
        let text = "format: steward/mission@1\nid: [unclosed\nname: x\n"
        let diagnostic = try #require(load(text).diagnostics.first)
        #expect(diagnostic.description == "m.yaml:3:5: error: invalid YAML: did not find expected ',' or ']'")
        #expect(diagnostic.notes == ["while parsing a flow sequence at line 2, column 5"])
        let tab = try #require(load("format: steward/mission@1\nid: x\n\tname: y\n").diagnostics.first)
        #expect(tab.description == "m.yaml:3:1: error: invalid YAML: found a tab character that violates indentation")
        let nested = try #require(load("a: b: c\n").diagnostics.first)
        #expect(nested.description == "m.yaml:1:5: error: invalid YAML: mapping values are not allowed in this context")
    }

    @Test func collectsEveryErrorOfAFile() {
        let text = """
        format: steward/mission@1
        id: Not Valid
        name: Many errors
        phase: desing
        orbit:
          perigee_km: 800
          apogee_km: 700
          inclination_deg: -1
        spacecraft:
          mass_kg: 0
          count: 2.5
        end_of_life: {success_probability: 2}
        """
        let summaries = errorSummaries(text)
        #expect(summaries.count == 7)
        #expect(summaries.map { $0.prefix(while: { $0 != " " }) } == ["2:5:", "4:8:", "6:15:", "8:20:", "10:12:", "11:10:", "12:36:"])
    }

    @Test func tleErrorsPointIntoTheFile() {
        // Line 1 of the ISS element set with its last digit changed from 7 to 8: a checksum error at column 69.
        let text = minimalMission.replacingOccurrences(of: "  perigee_km: 500\n  apogee_km: 510\n  inclination_deg: 97.4", with: """
          tle: |
            1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2928
            2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537
        """)
        #expect(errorSummaries(text) == ["6:73: invalid two-line element set: checksum mismatch: line 1 sums to 7, but its checksum digit is 8"])
    }

    @Test func tleListFormErrorsPointIntoTheFile() {
        let text = minimalMission.replacingOccurrences(of: "  perigee_km: 500\n  apogee_km: 510\n  inclination_deg: 97.4", with: """
          tle:
            - "ISS (ZARYA)"
            - "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927"
            - "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537"
          inclination_deg: 51.6
        """)
        #expect(errorSummaries(text) == ["9:20: 'orbit.inclination_deg' cannot be given with 'tle': the element set already states it"])
        let badField = text.replacingOccurrences(of: "  inclination_deg: 51.6", with: "")
            .replacingOccurrences(of: "51.6416", with: "51.64x6")
        let summaries = errorSummaries(badField)
        #expect(summaries.contains("8:16: invalid two-line element set: inclination must be a decimal number, found ' 51.64x6'"))
    }
}
