import Foundation
import Testing
import StewardTestSupport

/// `steward check` end to end, on the built binary.
@Suite struct CheckCommandTests {
    @Test func validExampleExitsZero() throws {
        let run = try StewardBinary.run(["check", "Examples/aurora-3u.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout == "Examples/aurora-3u.yaml: valid (aurora-3u, 86 declared facts)\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func everyExampleIsValid() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Repository.url("Examples").path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { "Examples/\($0)" }
        let run = try StewardBinary.run(["check"] + examples)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == examples.count)
    }

    @Test func invalidFileExitsTwoAndEveryFileIsChecked() throws {
        let bad = try ScratchDirectory.file("mission.yaml", """
        format: steward/mission@1
        id: broken
        name: Broken
        orbit: {perigee_km: 800, apogee_km: 700}
        spacecraft: {mass_kg: -1, colour: red}
        """)
        defer { ScratchDirectory.remove(holding: bad) }
        let run = try StewardBinary.run(["check", bad, "Examples/aurora-3u.yaml"])
        #expect(run.status == 2)
        #expect(run.stdout == "\(bad): invalid (3 errors)\nExamples/aurora-3u.yaml: valid (aurora-3u, 86 declared facts)\n")
        // Compiler-style blocks: located one-liner, the source line, a caret under the column.
        #expect(run.stderr == """
        \(bad):4:21: error: 'orbit.perigee_km' must be at most apogee_km (700), found 800
          orbit: {perigee_km: 800, apogee_km: 700}
                              ^
        \(bad):5:23: error: 'spacecraft.mass_kg' must be greater than 0 kg, found -1
          spacecraft: {mass_kg: -1, colour: red}
                                ^
        \(bad):5:27: error: unknown key 'colour' in 'spacecraft'
          spacecraft: {mass_kg: -1, colour: red}
                                    ^

        """)
    }

    @Test("a bad uncertainty section exits 2 with each error at the character inside its string")
    func badUncertaintySectionExitsTwo() throws {
        let bad = try ScratchDirectory.file("mission.yaml", """
        format: steward/mission@1
        id: unsure
        name: Unsure
        orbit: {perigee_km: 500, apogee_km: 520}
        spacecraft: {mass_kg: 4}
        uncertainty:
          drag_coefficient: normal(2.2, -0.1)
          drag_area_m2: unifrom(0.03, 0.05)
          disposal_success: bernoulli(1.2)
        """)
        defer { ScratchDirectory.remove(holding: bad) }
        let run = try StewardBinary.run(["check", bad])
        #expect(run.status == 2)
        #expect(run.stdout == "\(bad): invalid (3 errors)\n")
        #expect(run.stderr.contains("""
        \(bad):7:33: error: 'uncertainty.drag_coefficient': expected a standard deviation of at least 0, found -0.1
            drag_coefficient: normal(2.2, -0.1)
                                          ^
        """), "\(run.stderr)")
        #expect(run.stderr.contains("\(bad):8:17: error: 'uncertainty.drag_area_m2': expected a distribution name (uniform, triangular, normal, bernoulli, fixed), found 'unifrom'"))
        #expect(run.stderr.contains("did you mean 'uniform'?"))
        #expect(run.stderr.contains("\(bad):9:31: error: 'uncertainty.disposal_success': expected a probability from 0 to 1, found 1.2"))
    }

    @Test func missingFileIsInvalidInput() throws {
        let run = try StewardBinary.run(["check", "no/such/mission.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr == "no/such/mission.yaml:1:1: error: cannot read file: no such file\n")
    }

    @Test func malformedInputIsReportedFast() throws {
        let garbage = try ScratchDirectory.file("mission.yaml", String(repeating: "{[\"'&*!|>", count: 20_000))
        defer { ScratchDirectory.remove(holding: garbage) }
        let start = ContinuousClock.now
        let run = try StewardBinary.run(["check", garbage])
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(garbage):1:"))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try StewardBinary.run(["check"]).status == 64)
        #expect(try StewardBinary.run(["frobnicate"]).status == 64)
        #expect(try StewardBinary.run(["check", "--no-such-flag", "x.yaml"]).status == 64)
    }

    @Test func helpShowsExamplesAndVersionPrints() throws {
        for command in [["--help"], ["check", "--help"], ["facts", "--help"]] {
            let run = try StewardBinary.run(command)
            #expect(run.status == 0)
            #expect(run.stdout.contains("Examples:"), "\(command)")
            #expect(run.stdout.contains("steward check Examples/aurora-3u.yaml") || run.stdout.contains("steward facts Examples/aurora-3u.yaml"))
        }
        let version = try StewardBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }
}
