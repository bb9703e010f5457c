import Diagnostics
import Testing
@testable import MissionModel

/// The descriptor's `uncertainty:` section: read into `Mission.uncertainty`, every error at its line and column
/// (inside the string where the problem is one character of it).
@Suite struct UncertaintySectionTests {
    /// The minimal mission (9 lines) with an `uncertainty:` section from line 10, its entries from line 11.
    static func mission(_ entries: String...) -> String {
        minimalMission + "\nuncertainty:\n" + entries.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    @Test("the design's example section reads into a distribution per input, each located")
    func readsTheSection() throws {
        let text = Self.mission("drag_coefficient: ± 15%", "drag_area_m2: uniform(0.03, 0.05)",
                                "mass_kg: triangular(4.0, 4.2, 4.3)", "solar_activity: uniform(0.7, 1.25)",
                                "disposal_success: bernoulli(0.9)", "material_properties: +/- 10%")
        let result = load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let mission = try result.get()
        let distributions = try #require(mission.uncertainty?.distributions)
        #expect(distributions == [
            .dragCoefficient: .aroundNominal(halfWidth: 15, relative: true),
            .dragAreaM2: .uniform(low: 0.03, high: 0.05),
            .massKg: .triangular(low: 4.0, mode: 4.2, high: 4.3),
            .solarActivity: .uniform(low: 0.7, high: 1.25),
            .disposalSuccess: .bernoulli(0.9),
            .materialProperties: .aroundNominal(halfWidth: 10, relative: true),
        ])
        #expect(mission.locations["uncertainty"]?.line == 11)
        let mass = try #require(mission.locations["uncertainty.mass_kg"])
        #expect((mass.line, mass.column) == (13, 12))
        // Not declared facts: the distributions are inputs of the Monte Carlo run, reported in its output.
        #expect(!mission.declaredFacts.contains { $0.path.hasPrefix("uncertainty") })
    }

    @Test("v1 descriptors without the section stay valid, with no uncertainty")
    func sectionIsOptional() throws {
        #expect(try load(minimalMission).get().uncertainty == nil)
        #expect(try load(minimalMission + "\nuncertainty: {}\n").get().uncertainty == MissionUncertainty())
    }

    @Test("plain numbers are fixed values; quoted text and flow mappings read the same")
    func numbersAndQuotedText() throws {
        let mission = try load(Self.mission("mass_kg: 4.1", "drag_area_m2: 1_000", "disposal_success: 1",
                                            "drag_coefficient: \"2.2 ± 0.1\"", "solar_activity: '± 20%'")).get()
        let distributions = try #require(mission.uncertainty?.distributions)
        #expect(distributions[.massKg] == .fixed(4.1))
        #expect(distributions[.dragAreaM2] == .fixed(1000))
        #expect(distributions[.disposalSuccess] == .fixed(1))
        #expect(distributions[.dragCoefficient] == .uniform(low: 2.2 - 0.1, high: 2.2 + 0.1))
        #expect(distributions[.solarActivity] == .aroundNominal(halfWidth: 20, relative: true))
        let flow = try load(minimalMission + "\nuncertainty: {mass_kg: \"uniform(3.9, 4.1)\"}\n").get()
        #expect(flow.uncertainty?.distributions[.massKg] == .uniform(low: 3.9, high: 4.1))
    }

    @Test("unquoted in a flow mapping, the comma ends the value: the error says to quote it")
    func flowMappingNeedsQuotes() throws {
        let result = load(minimalMission + "\nuncertainty: {mass_kg: uniform(3.9, 4.1)}\n")
        let error = try #require(result.diagnostics.first)
        #expect(error.description == "m.yaml:10:35: error: 'uncertainty.mass_kg': expected ',' and high: uniform(low, high) takes 2 numbers, found end of text")
        #expect(error.notes.first == "a ',' inside { } or [ ] ends an unquoted value: quote the distribution, e.g. {mass_kg: \"uniform(1, 2)\"}")
    }

    @Test("each bad entry is an error at its line and the column of the offending character", arguments: [
        // A negative spread: the column of the minus sign.
        ("drag_coefficient: normal(2.2, -0.1)",
         "11:33: 'uncertainty.drag_coefficient': expected a standard deviation of at least 0, found -0.1"),
        ("drag_coefficient: ± -5%", "11:23: 'uncertainty.drag_coefficient': expected a half-width of at least 0, found -5%"),
        ("material_properties: 1 +/- -0.1", "11:30: 'uncertainty.material_properties': expected a half-width of at least 0, found -0.1"),
        ("drag_coefficient: ± 120%",
         "11:23: 'uncertainty.drag_coefficient': expected a percentage of at least 0 and below 100, found 120%"),
        // A probability outside [0, 1].
        ("disposal_success: bernoulli(1.2)", "11:31: 'uncertainty.disposal_success': expected a probability from 0 to 1, found 1.2"),
        // An unknown distribution name.
        ("drag_area_m2: unifrom(1, 2)",
         "11:17: 'uncertainty.drag_area_m2': expected a distribution name (uniform, triangular, normal, bernoulli, fixed), found 'unifrom'"),
        // Low above high, mode outside.
        ("mass_kg: uniform(5, 4)", "11:23: 'uncertainty.mass_kg': expected a high bound of at least the low bound 5, found 4"),
        ("mass_kg: triangular(4.0, 4.5, 4.3)",
         "11:28: 'uncertainty.mass_kg': expected a mode from 4 to 4.3 (the low and high bounds), found 4.5"),
        // Values outside the input's range: at the start of the value.
        ("solar_activity: uniform(0.01, 2)", "11:19: 'uncertainty.solar_activity': expected values from 0.05 to 5 for solar_activity, found uniform(0.01, 2)"),
        ("drag_coefficient: 20", "11:21: 'uncertainty.drag_coefficient': expected values from 0.1 to 10 for drag_coefficient, found 20"),
        ("mass_kg: normal(0, 1)", "11:12: 'uncertainty.mass_kg': expected a mean from 0.001 to 1000000000 kg for mass_kg, found normal(0, 1)"),
        // Bernoulli only for disposal success, and disposal success only Bernoulli (or fixed 0 or 1).
        ("mass_kg: bernoulli(0.5)",
         "11:12: 'uncertainty.mass_kg': expected a distribution of mass_kg values (bernoulli is for disposal_success only), found bernoulli(0.5)"),
        ("disposal_success: 0.9", "11:21: 'uncertainty.disposal_success': expected bernoulli(p), fixed(0) or fixed(1) for disposal_success, found 0.9"),
        ("disposal_success: ± 5%",
         "11:21: 'uncertainty.disposal_success': expected bernoulli(p), fixed(0) or fixed(1) for disposal_success, found ± 5%"),
        // Quoted: the column still lands on the character (after the opening quote).
        ("drag_coefficient: \"normal(2.2, -0.1)\"",
         "11:34: 'uncertainty.drag_coefficient': expected a standard deviation of at least 0, found -0.1"),
        ("drag_coefficient: 'uniform(2.6, 2.0)'",
         "11:35: 'uncertainty.drag_coefficient': expected a high bound of at least the low bound 2.6, found 2.0"),
        ("drag_coefficient: \"20\"", "11:22: 'uncertainty.drag_coefficient': expected values from 0.1 to 10 for drag_coefficient, found 20"),
        // Not a scalar, or not a distribution at all.
        ("mass_kg: true", "11:12: 'uncertainty.mass_kg' must be a distribution such as \"uniform(2.0, 2.6)\" or \"± 15%\", or a number, found a boolean (true)"),
        ("mass_kg: [1, 2]", "11:12: 'uncertainty.mass_kg' must be a distribution such as \"uniform(2.0, 2.6)\" or \"± 15%\", or a number, found a list"),
        ("mass_kg:", "11:11: 'uncertainty.mass_kg' must be a distribution such as \"uniform(2.0, 2.6)\" or \"± 15%\", or a number, found null"),
        ("mass_kg: .inf", "11:12: 'uncertainty.mass_kg' must be a finite number, found .inf"),
        ("mass_kg: 4 kg", "11:14: 'uncertainty.mass_kg': expected '±' or the end of the text after the number, found 'kg'"),
    ])
    func badEntryIsLocated(_ entry: String, _ expected: String) {
        #expect(errorSummaries(Self.mission(entry)) == [expected])
    }

    @Test("an unknown key in the section is an error with a did-you-mean")
    func unknownKey() throws {
        let result = load(Self.mission("drag_coeficient: ± 10%"))
        let error = try #require(result.diagnostics.first)
        #expect(error.description == "m.yaml:11:3: error: unknown key 'drag_coeficient' in 'uncertainty'")
        #expect(error.notes == ["did you mean 'drag_coefficient'?"])
        #expect(errorSummaries(Self.mission("attitude: ± 10%")) == ["11:3: unknown key 'attitude' in 'uncertainty'"])
    }

    @Test("an unknown distribution name suggests the closest, and lists the forms")
    func unknownNameNotes() throws {
        let error = try #require(load(Self.mission("mass_kg: unifrom(3.9, 4.1)")).diagnostics.first)
        #expect(error.notes == ["did you mean 'uniform'?", UncertaintyDistribution.syntaxSummary])
    }

    @Test("every bad entry of a section is reported, not only the first")
    func everyErrorReported() {
        #expect(errorSummaries(Self.mission("mass_kg: uniform(5, 4)", "disposal_success: bernoulli(2)")) == [
            "11:23: 'uncertainty.mass_kg': expected a high bound of at least the low bound 5, found 4",
            "12:31: 'uncertainty.disposal_success': expected a probability from 0 to 1, found 2",
        ])
    }

    @Test("a JSON descriptor's strings are located inside their quotes")
    func jsonIsLocated() {
        let second = #" "spacecraft": {"mass_kg": 4}, "uncertainty": {"drag_coefficient": "normal(2.2, -0.1)"}}"#
        let json = #"{"format": "steward/mission@1", "id": "j", "name": "J", "orbit": {"perigee_km": 500, "apogee_km": 510},"# + "\n" + second
        let errors = load(json, file: "m.json").diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        let column = second.components(separatedBy: "-0.1")[0].unicodeScalars.count + 1
        #expect(errors == ["2:\(column)"])
    }
}
