import Foundation
import Testing
import StewardTestSupport

/// Plausibility warnings (issue 14): valid but implausible values are reported at their line as warnings by
/// `check`, `facts` and `rate`; the descriptor stays valid unless `--warnings-as-errors` is given (exit 2).
@Suite struct PlausibilityWarningTests {
    /// The measured case: a 4.2 kg CubeSat with dimensions in the wrong unit and a perigee in metres.
    static let implausible = """
    format: steward/mission@1
    id: slip
    name: Unit slips
    orbit: {perigee_km: 525000, apogee_km: 535000, inclination_deg: 97.5, epoch: 2027-03-15}
    spacecraft:
      mass_kg: 4.2
      dimensions_m: [10, 10, 34]
      drag_area_m2: 0.05
    operations: {duration_years: 2}

    """

    @Test func checkWarnsAtEachLineAndStaysValid() throws {
        let path = try ScratchDirectory.file("slip.yaml", Self.implausible)
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["check", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("valid (slip"))
        #expect(run.stderr.contains("\(path):7:17: warning: implausible bulk density 0.00124 kg/m³ from mass_kg 4.2 and dimensions_m [10, 10, 34]"), "\(run.stderr)")
        #expect(run.stderr.contains("\(path):8:17: warning: drag_area_m2 0.05 differs more than 10×"), "\(run.stderr)")
        #expect(run.stderr.contains("\(path):4:21: warning: altitude 525,000 km is beyond the Moon's distance"), "\(run.stderr)")
        #expect(run.stderr.contains("\(path):4:40: warning: altitude 535,000 km"), "\(run.stderr)")
        let strict = try StewardBinary.run(["check", "--warnings-as-errors", path])
        #expect(strict.status == 2)
    }

    @Test func rateAndFactsPrintWarningsAndProceed() throws {
        let path = try ScratchDirectory.file("slip.yaml", Self.implausible)
        defer { ScratchDirectory.remove(holding: path) }
        let facts = try StewardBinary.run(["facts", path])
        #expect(facts.status == 0)
        #expect(facts.stderr.contains("warning: implausible bulk density"))
        let rate = try StewardBinary.run(["rate", path])
        #expect(rate.status == 0)
        #expect(rate.stderr.contains("warning: implausible bulk density"))
        #expect(try StewardBinary.run(["rate", "--warnings-as-errors", path]).status == 2)
        #expect(try StewardBinary.run(["facts", "--warnings-as-errors", path]).status == 2)
    }

    /// The README's old example: `--assume f107=150` under the default mean cycle changes nothing.
    @Test func unusedAssumptionWarns() throws {
        let unused = try StewardBinary.run(["facts", "Examples/kestrel-eo.yaml", "--assume", "f107=150"])
        #expect(unused.status == 0)
        #expect(unused.stderr.contains("warning: --assume f107=150 has no effect under solar_activity=mean_cycle"), "\(unused.stderr)")
        let used = try StewardBinary.run(["facts", "Examples/kestrel-eo.yaml", "--assume", "solar_activity=constant", "--assume", "f107=150"])
        #expect(!used.stderr.contains("warning"), "\(used.stderr)")
        let strict = try StewardBinary.run(["rate", "Examples/kestrel-eo.yaml", "--warnings-as-errors", "--assume", "f107=150"])
        #expect(strict.status == 2)
        // nasa-std-8719.14c sets solar_activity=constant itself, so f107 is read there.
        let ruleset = try StewardBinary.run(["rate", "Examples/kestrel-eo.yaml", "--ruleset", "nasa-std-8719.14c",
                                             "--assume", "f107=150"])
        #expect(!ruleset.stderr.contains("has no effect"), "\(ruleset.stderr)")
    }

    @Test func everyExampleIsFreeOfWarnings() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Repository.url("Examples").path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { "Examples/\($0)" }
        let run = try StewardBinary.run(["check", "--warnings-as-errors"] + examples)
        #expect(run.status == 0, "\(run.stderr)")
    }
}
