import Foundation
import StewardTestSupport
import Testing

/// `steward init` and `steward schema` as a user runs them: output, files, exit codes and help.
@Suite struct InitAndSchemaCommandTests {
    @Test("init prints a descriptor that `steward check` accepts and `steward rate` rates")
    func initPrintsACheckableDescriptor() throws {
        let directory = try ScratchDirectory.make("steward-init-cli")
        for template in ["cubesat", "eo-sso", "constellation", "geo", "lunar", "upper-stage"] {
            let run = try StewardBinary.run(["init", "--template", template])
            #expect(run.status == 0, "\(template): \(run.stderr)")
            let file = directory.appendingPathComponent("\(template).yaml")
            try run.stdout.write(to: file, atomically: true, encoding: .utf8)
            let check = try StewardBinary.run(["check", file.path])
            #expect(check.status == 0 && check.stderr.isEmpty, "\(template): \(check.stderr)")
            let rate = try StewardBinary.run(["rate", file.path, "--ruleset", "lts-2019", "--format", "json"])
            #expect(rate.status == 0, "\(template): \(rate.stderr)")
            #expect(rate.stdout.contains("\"score\""))
        }
    }

    @Test("init --output writes the file, refuses to overwrite it (exit 1) unless --force")
    func initOutput() throws {
        let directory = try ScratchDirectory.make("steward-init-cli")
        let path = directory.appendingPathComponent("m.yaml").path
        let first = try StewardBinary.run(["init", "--output", path])
        #expect(first.status == 0 && first.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("# yaml-language-server: $schema="))
        try "edited\n".write(toFile: path, atomically: true, encoding: .utf8)
        let again = try StewardBinary.run(["init", "--template", "geo", "--output", path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; pass --force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited\n")
        let forced = try StewardBinary.run(["init", "--template", "geo", "--output", path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("id: my-geo-satellite"))
    }

    @Test("init --from-tle: a good element set fills the orbit; a bad one is a located error, exit 2")
    func initFromTLE() throws {
        let good = try ScratchDirectory.file("iss.tle", """
            ISS (ZARYA)
            1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927
            2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537

            """)
        let run = try StewardBinary.run(["init", "--from-tle", good])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  tle: |\n    ISS (ZARYA)\n    1 25544U"))
        let bad = try ScratchDirectory.file("bad.tle", "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2928\n2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537\n")
        let failed = try StewardBinary.run(["init", "--from-tle", bad])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("bad.tle:1:69: error: invalid two-line element set: checksum mismatch"))
        #expect(failed.stdout.isEmpty)
        let missing = try StewardBinary.run(["init", "--from-tle", "/nonexistent/x.tle"])
        #expect(missing.status == 2)
    }

    @Test("usage errors exit 64: unknown template, unknown schema")
    func usageErrors() throws {
        #expect(try StewardBinary.run(["init", "--template", "space-station"]).status == 64)
        #expect(try StewardBinary.run(["schema", "mision"]).status == 64)
        #expect(try StewardBinary.run(["schema"]).status == 64)
    }

    @Test("schema prints the committed schemas/ files byte for byte")
    func schemaMatchesRepository() throws {
        for name in ["mission", "ruleset", "rating", "certificate", "comparison"] {
            let run = try StewardBinary.run(["schema", name])
            #expect(run.status == 0)
            let committed = try String(contentsOf: Repository.url("schemas/\(name).schema.json"), encoding: .utf8)
            #expect(run.stdout == committed, "\(name)")
        }
    }

    @Test("the rating JSON of every example validates against the rating schema",
          .requiresTool(JSONSchemaOracle.isAvailable, "needs python3 with jsonschema and PyYAML"))
    func ratingJSONValidates() throws {
        var texts: [(name: String, text: String)] = []
        for example in ["aurora-3u.yaml", "iss.yaml", "selene-lunar-orbiter.yaml", "esc-a-gto.yaml"] {
            for ruleset in ["lts-2019", "esa-sdm-2023"] {
                let run = try StewardBinary.run(["rate", "Examples/\(example)", "--ruleset", ruleset, "--format", "json"])
                #expect(run.status == 0, "\(run.stderr)")
                texts.append(("\(example)-\(ruleset).json", run.stdout))
            }
        }
        let verdicts = try JSONSchemaOracle.validate(schema: Repository.url("schemas/rating.schema.json"), texts: texts)
        for (text, verdict) in zip(texts, verdicts) {
            #expect(verdict == nil, "\(text.name): \(verdict ?? "")")
        }
    }

    @Test("the comparison JSON of missions, a ruleset matrix and a baseline validates against the comparison schema",
          .requiresTool(JSONSchemaOracle.isAvailable, "needs python3 with jsonschema and PyYAML"))
    func comparisonJSONValidates() throws {
        let runs = [("missions.json", ["compare", "Examples/aurora-3u.yaml", "Examples/kestrel-eo.yaml"]),
                    ("rulesets.json", ["compare", "Examples/aurora-3u.yaml", "--ruleset", "lts-2019", "--ruleset", "fcc-2024"]),
                    ("baseline.json", ["compare", "--baseline", "Examples/helios-geo.yaml", "Examples/envisat.yaml"])]
        var texts: [(name: String, text: String)] = []
        for (name, arguments) in runs {
            let run = try StewardBinary.run(arguments + ["--format", "json"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            texts.append((name, run.stdout))
        }
        // Each mode appears, and the baseline carries its verdict, so the optional parts are exercised too.
        #expect(texts.map { $0.text.contains("\"mode\" : \"") } == [true, true, true])
        #expect(texts[2].text.contains("\"regression\" : {"))
        // The schema is not vacuous: an unknown mode and a count written as a word are rejected.
        let wrongMode = texts[0].text.replacingOccurrences(of: "\"mode\" : \"missions\"", with: "\"mode\" : \"fleets\"")
        let wrongCount = texts[1].text.replacingOccurrences(of: "\"bonus_rules\" : ", with: "\"bonus_rules\" : \"six\", \"x\" : ")
        #expect(wrongMode != texts[0].text && wrongCount != texts[1].text)
        let all = texts + [("wrong-mode.json", wrongMode), ("wrong-bonus-rules.json", wrongCount)]
        let verdicts = try JSONSchemaOracle.validate(schema: Repository.url("schemas/comparison.schema.json"), texts: all)
        for (text, verdict) in zip(texts, verdicts) {
            #expect(verdict == nil, "\(text.name): \(verdict ?? "")")
        }
        #expect(verdicts[3]?.contains("fleets") == true, "\(verdicts[3] ?? "valid")")
        #expect(verdicts[4]?.contains("six") == true, "\(verdicts[4] ?? "valid")")
    }

    @Test("init and schema --help show examples and exit codes and fit 80 columns")
    func helpFits80Columns() throws {
        for command in ["init", "schema"] {
            let run = try StewardBinary.run([command, "--help"], environment: ["COLUMNS": "80"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Examples:") && run.stdout.contains("Exit codes:"))
            let long = run.stdout.split(separator: "\n").filter { $0.count > 80 }
            #expect(long.isEmpty, "\(command): \(long)")
        }
    }
}
