import Diagnostics
import Testing
@testable import MissionModel

@Suite struct DeclaredFactTests {
    func facts(_ text: String) throws -> [String: DeclaredFact] {
        let mission = try load(text).get()
        return Dictionary(uniqueKeysWithValues: mission.declaredFacts.map { ($0.path, $0) })
    }

    @Test func declaredValuesCarryUnitsAndLocations() throws {
        let facts = try facts(minimalMission)
        let perigee = try #require(facts["orbit.perigee_km"])
        #expect(perigee.value == .number(500))
        #expect(perigee.unit == "km")
        #expect(perigee.location.description == "m.yaml:5:15")
        #expect(perigee.origin == .declared)
        #expect(facts["spacecraft.mass_kg"]?.unit == "kg")
        #expect(facts["orbit.inclination_deg"]?.unit == "deg")
        #expect(facts["id"]?.value == .string("test"))
    }

    @Test func absentSectionsAreNotFacts() throws {
        let facts = try facts(minimalMission)
        #expect(facts["end_of_life.strategy"] == nil)
        #expect(facts["spacecraft.propulsion.type"] == nil)
        #expect(facts["launch.date"] == nil)
    }

    @Test func defaultsAreMarked() throws {
        let facts = try facts(minimalMission)
        #expect(facts["spacecraft.count"]?.value == .number(1))
        #expect(facts["spacecraft.count"]?.origin == .defaulted)
        #expect(facts["orbit.central_body"]?.value == .string("earth"))
        #expect(facts["orbit.central_body"]?.origin == .defaulted)
    }

    @Test func apsidesFormComputesElements() throws {
        let facts = try facts(minimalMission)
        // a = 6378.137 + (500 + 510) / 2; e = (ra − rp) / (ra + rp).
        guard case .number(let a)? = facts["orbit.semi_major_axis_km"]?.value,
              case .number(let e)? = facts["orbit.eccentricity"]?.value else {
            Issue.record("missing computed elements")
            return
        }
        #expect(abs(a - 6883.137) < 1e-9)
        #expect(abs(e - 10.0 / (2 * 6883.137)) < 1e-12)
        #expect(facts["orbit.semi_major_axis_km"]?.origin == .computedFromDescriptor(inputs: ["orbit.perigee_km", "orbit.apogee_km"]))
    }

    @Test func elementsFormComputesApsides() throws {
        let text = minimalMission.replacingOccurrences(of: "  perigee_km: 500\n  apogee_km: 510", with: "  semi_major_axis_km: 6878.137\n  eccentricity: 0.001")
        let facts = try facts(text)
        guard case .number(let perigee)? = facts["orbit.perigee_km"]?.value,
              case .number(let apogee)? = facts["orbit.apogee_km"]?.value else {
            Issue.record("missing computed apsides")
            return
        }
        #expect(abs(perigee - (6878.137 * 0.999 - 6378.137)) < 1e-9)
        #expect(abs(apogee - (6878.137 * 1.001 - 6378.137)) < 1e-9)
        #expect(facts["orbit.perigee_km"]?.location.description == "m.yaml:5:23")
    }

    @Test func tleFormComputesEverything() throws {
        let text = minimalMission.replacingOccurrences(of: "  perigee_km: 500\n  apogee_km: 510\n  inclination_deg: 97.4", with: """
          tle: |
            1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927
            2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537
        """)
        let facts = try facts(text)
        #expect(facts["orbit.inclination_deg"]?.value == .number(51.6416))
        #expect(facts["orbit.epoch"]?.value == .string("2008-09-20T12:25:40.104Z"))
        #expect(facts["orbit.tle.catalog_number"]?.value == .number(25544))
        guard case .number(let perigee)? = facts["orbit.perigee_km"]?.value else {
            Issue.record("missing perigee")
            return
        }
        // a(1 − e) − R⊕ with a from SGP4 (python-sgp4 2.27: 6731.470970 km) and R⊕ = 6378.137 km (WGS 84).
        #expect(abs(perigee - (6731.470970 * (1 - 0.0006703) - 6378.137)) < 1e-3)
        #expect(facts["orbit.perigee_km"]?.origin == .computedFromDescriptor(inputs: ["orbit.tle"]))
        #expect(facts["orbit.perigee_km"]?.location.description == "m.yaml:5:8")
    }

    @Test func epochDefaultsToLaunchDate() throws {
        let facts = try facts(minimalMission + "\nlaunch: {date: 2027-03-15}")
        #expect(facts["orbit.epoch"]?.value == .string("2027-03-15"))
        #expect(facts["orbit.epoch"]?.origin == .computedFromDescriptor(inputs: ["launch.date"]))
    }

    @Test func unitsFollowKeySuffixes() {
        #expect(UnitSuffix.unit(forPath: "spacecraft.deployables[0].area_m2") == "m²")
        #expect(UnitSuffix.unit(forPath: "spacecraft.dimensions_m") == "m")
        #expect(UnitSuffix.unit(forPath: "spacecraft.propulsion.isp_s") == "s")
        #expect(UnitSuffix.unit(forPath: "operations.duration_years") == "years")
        #expect(UnitSuffix.unit(forPath: "operations.ephemeris_sharing.update_interval_hours") == "h")
        #expect(UnitSuffix.unit(forPath: "operations.conjunction_assessment.action_threshold_pc") == "probability")
        #expect(UnitSuffix.unit(forPath: "derived.orbit.decay_rate_km_per_day") == "km/day")
        #expect(UnitSuffix.unit(forPath: "spacecraft.tracking.gnss_receiver") == nil)
    }

    @Test func listsAndPassivationValues() throws {
        let text = minimalMission + """

          passivation: {batteries: true, propellant: not_applicable}
          components:
            - {name: tank, material: titanium, mass_kg: 1, shape: sphere, dimensions_m: [0.3]}
        """
        let facts = try facts(text)
        #expect(facts["spacecraft.passivation.batteries"]?.value == .bool(true))
        #expect(facts["spacecraft.passivation.propellant"]?.value == .string("not_applicable"))
        #expect(facts["spacecraft.components"]?.value == .strings(["tank"]))
        #expect(facts["spacecraft.components[0].dimensions_m"]?.value == .numbers([0.3]))
        #expect(facts["spacecraft.components[0].count"]?.origin == .defaulted)
    }
}
