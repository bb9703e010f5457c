import Foundation
import Testing
@testable import StewardKit
import StewardTestSupport

/// The logic behind the commands, tested without spawning the binary.
@Suite struct AssumptionOverrideTests {
    @Test func parsesNumbersAndWords() throws {
        #expect(try AssumptionOverride.parse("f107=150") == AssumptionOverride(key: "f107", value: .number(150)))
        #expect(try AssumptionOverride.parse("solar_activity = constant") == AssumptionOverride(key: "solar_activity", value: .string("constant")))
        #expect(try AssumptionOverride.parse("target_residual_lifetime_years=2.5e1") == AssumptionOverride(key: "target_residual_lifetime_years", value: .number(25)))
    }

    @Test func rejectsMalformedArguments() {
        let cases: [(String, String)] = [
            ("f107", "expected key=value, found 'f107'"),
            ("=3", "missing key before '=' in '=3'"),
            ("f107=", "missing value after '=' for assumption 'f107'"),
            ("f107=.nan", "assumption 'f107' must be a finite number, found '.nan'"),
        ]
        for (argument, message) in cases {
            do {
                _ = try AssumptionOverride.parse(argument)
                Issue.record("\(argument) should be rejected")
            } catch {
                #expect(error.message == message)
            }
        }
    }
}

@Suite struct FactsReportTests {
    @Test func textShowsComputedNumbersToFourSignificantDigitsAndJSONKeepsThem() throws {
        let mission = try MissionLoader.load(text: """
        format: steward/mission@1
        id: t
        name: T
        orbit: {perigee_km: 500.123456789, apogee_km: 510}
        spacecraft: {mass_kg: 4}
        """, file: "t.yaml").get()
        let report = FactsReport(mission: mission)
        let text = report.text()
        let rows = text.split(separator: "\n").map(String.init)
        // Declared values are echoed as written; computed and derived ones are rounded for reading.
        #expect(rows.contains { $0.contains("orbit.perigee_km") && $0.contains("500.123456789 km") })
        #expect(rows.contains { $0.contains("orbit.semi_major_axis_km") && $0.contains("6883 km") })
        let period = try #require(rows.first { $0.hasPrefix("  derived.orbit.period_min") })
        #expect(period.range(of: #"  9[0-9]\.[0-9]{2} min"#, options: .regularExpression) != nil, "\(period)")
        // No 17-digit numbers anywhere in the text; the JSON keeps them.
        let others = text.replacingOccurrences(of: "500.123456789", with: "")
        #expect(others.range(of: #"[0-9]\.[0-9]{5,}"#, options: .regularExpression) == nil, "\(others)")
        #expect(report.json().contains("\"value\": 6883.19872839"))
    }

    @Test func laterAssumptionsWinAndAreSorted() throws {
        let mission = try MissionLoader.load(text: """
        format: steward/mission@1
        id: t
        name: T
        orbit: {perigee_km: 500, apogee_km: 510}
        spacecraft: {mass_kg: 4}
        """, file: "t.yaml").get()
        let report = FactsReport(mission: mission, assumptions: [
            AssumptionOverride(key: "f107", value: .number(100)),
            AssumptionOverride(key: "ap", value: .number(15)),
            AssumptionOverride(key: "f107", value: .number(150)),
        ])
        #expect(report.latestAssumptions.map(\.key) == ["ap", "f107"])
        #expect(report.latestAssumptions.last?.value == .number(150))
        let json = report.json()
        #expect(json.hasPrefix("{\n  \"assumptions\": {\n    \"ap\": 15,\n    \"f107\": 150\n  },\n  \"facts\": {\n"))
        #expect(json.hasSuffix("  \"format\": \"steward/facts@1\",\n  \"mission\": \"t\"\n}\n"))
        #expect(json.contains("\"orbit.perigee_km\": {\n      \"origin\": \"declared\",\n      \"source\": \"t.yaml:4:21\",\n      \"unit\": \"km\",\n      \"value\": 500\n    }"))
        #expect(json.contains("\"orbit.semi_major_axis_km\": {\n      \"inputs\": [\"orbit.perigee_km\", \"orbit.apogee_km\"],\n      \"origin\": \"computed_from_descriptor\",\n      \"source\": \"t.yaml:4:21\",\n      \"unit\": \"km\",\n      \"value\": 6883.137\n    }"))
    }

    @Test func checkingKeepsGoingAfterABadFile() {
        let outcomes = MissionChecking.check(paths: ["/no/such/file.yaml", Repository.url("Examples/aurora-3u.yaml").path])
        #expect(outcomes.map(\.isValid) == [false, true])
        #expect(MissionChecking.summary(of: outcomes[0]) == "/no/such/file.yaml: invalid (1 error)")
    }
}
