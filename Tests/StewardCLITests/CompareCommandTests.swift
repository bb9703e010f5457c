import Foundation
import StewardTestSupport
import Testing

/// `steward compare` and `steward rules diff` end to end, on the built binary.
@Suite struct CompareCommandTests {
    static let pair = ["Examples/aurora-3u.yaml", "Examples/kestrel-eo.yaml"]

    @Test("two missions: verdict rows, scores, differing facts and an attribution whose residual is shown; ≤ 100 columns")
    func twoMissionsText() throws {
        let run = try StewardBinary.run(["compare"] + Self.pair)
        #expect(run.status == 0, "\(run.stderr)")
        for label in ["Tier", "Score", "Caps", "Stars", "Sections and guidelines", "Facts that differ", "orbit.perigee_km (km)",
                      "Score difference kestrel-eo − aurora-3u", "residual"] {
            #expect(run.stdout.contains(label), "missing \(label)")
        }
        let long = run.stdout.split(separator: "\n").filter { $0.count > 100 }
        #expect(long.isEmpty, "lines over 100 columns: \(long)")
        let examples = try FileManager.default.contentsOfDirectory(atPath: Repository.url("Examples").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/\($0)" }
        let all = try StewardBinary.run(["compare"] + examples)
        #expect(all.status == 0, "\(all.stderr)")
        let wide = all.stdout.split(separator: "\n").filter { $0.count > 100 }
        #expect(wide.isEmpty, "\(examples.count) columns: lines over 100 columns: \(wide.prefix(3))")
    }

    @Test("text and markdown of two examples match their golden files (STEWARD_UPDATE_GOLDEN=1 rewrites them)")
    func golden() throws {
        let text = try StewardBinary.run(["compare"] + Self.pair)
        #expect(text.status == 0, "\(text.stderr)")
        try RateCommandTests.expectGolden(text.stdout, "compare-aurora-3u-kestrel-eo.txt")
        let markdown = try StewardBinary.run(["compare"] + Self.pair + ["--format", "markdown"])
        try RateCommandTests.expectGolden(markdown.stdout, "compare-aurora-3u-kestrel-eo.md")
    }

    @Test("a mission compared with itself: no facts differ, score difference 0")
    func selfComparison() throws {
        let run = try StewardBinary.run(["compare", "Examples/iss.yaml", "Examples/iss.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Facts that differ (0)"))
        #expect(run.stdout.contains("Score difference") && run.stdout.contains(": 0.0000"))
    }

    @Test("--fail-on-regression: exit 1 when the tier drops (naming the rules), 0 when it rises or holds")
    func regressionExitCodes() throws {
        let worse = try StewardBinary.run(["compare", "--baseline", "Examples/helios-geo.yaml", "Examples/envisat.yaml", "--fail-on-regression"])
        #expect(worse.status == 1, "\(worse.stderr)")
        #expect(worse.stderr.contains("regression: tier dropped"))
        #expect(worse.stderr.contains("B.8-"), "names a rule that caused it: \(worse.stderr)")
        let better = try StewardBinary.run(["compare", "--baseline", "Examples/envisat.yaml", "Examples/helios-geo.yaml", "--fail-on-regression"])
        #expect(better.status == 0, "\(better.stderr)")
        let same = try StewardBinary.run(["compare", "--baseline", "Examples/iss.yaml", "Examples/iss.yaml", "--fail-on-regression", "--tolerance", "0.01"])
        #expect(same.status == 0, "\(same.stderr)")
        let unflagged = try StewardBinary.run(["compare", "--baseline", "Examples/helios-geo.yaml", "Examples/envisat.yaml"])
        #expect(unflagged.status == 0, "without --fail-on-regression a regression is reported, not failed")
    }

    @Test("--tolerance: a score drop within it passes, beyond it fails, and the rule behind it is named")
    func toleranceBoundsTheScoreDrop() throws {
        let original = try String(contentsOf: Repository.url("Examples/aurora-3u.yaml"), encoding: .utf8)
        #expect(original.contains("design_for_demise: true"))
        let changed = try ScratchDirectory.file("aurora-no-demise.yaml",
                                                original.replacingOccurrences(of: "design_for_demise: true", with: "design_for_demise: false"))
        defer { ScratchDirectory.remove(holding: changed) }
        let strict = try StewardBinary.run(["compare", "--baseline", "Examples/aurora-3u.yaml", changed, "--fail-on-regression"])
        #expect(strict.status == 1, "\(strict.stderr)")
        #expect(strict.stderr.contains("score fell by 0.0225") && strict.stderr.contains("B.9-design-for-demise"))
        #expect(strict.stdout.contains("spacecraft.design_for_demise"), "the changed fact is listed")
        let lenient = try StewardBinary.run(["compare", "--baseline", "Examples/aurora-3u.yaml", changed, "--fail-on-regression",
                                             "--tolerance", "0.05"])
        #expect(lenient.status == 0, "\(lenient.stderr)")
    }

    /// The keys documented in one table of docs/comparison-json.md: (name, optional).
    static func documentedKeys(under heading: String) throws -> [(String, Bool)] {
        let text = try String(contentsOf: Repository.url("docs/comparison-json.md"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix(heading) }) else { return [] }
        var keys: [(String, Bool)] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let optional = cells.count > 1 && cells[1].hasSuffix("?")
            for name in cells[0].components(separatedBy: "`").enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) {
                keys.append((name, optional))
            }
        }
        return keys
    }

    static func expectDocumented(_ object: [String: Any], heading: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let documented = try documentedKeys(under: heading)
        #expect(!documented.isEmpty, "no table under \(heading)", sourceLocation: sourceLocation)
        let names = Set(documented.map(\.0))
        for key in object.keys { #expect(names.contains(key), "\(heading): key \(key) is not documented", sourceLocation: sourceLocation) }
        for (key, optional) in documented where !optional {
            #expect(object[key] != nil, "\(heading): documented key \(key) missing", sourceLocation: sourceLocation)
        }
    }

    @Test("JSON: steward/comparison@1 with exactly the keys docs/comparison-json.md documents, at every level")
    func jsonMatchesDocs() throws {
        let run = try StewardBinary.run(["compare", "--baseline", "Examples/helios-geo.yaml", "Examples/envisat.yaml", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "steward/comparison@1")
        try Self.expectDocumented(object, heading: "## Top level")
        let columns = try #require(object["columns"] as? [[String: Any]])
        #expect(columns.count == 2)
        for column in columns { try Self.expectDocumented(column, heading: "## `columns[]`") }
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(!facts.isEmpty)
        for fact in facts {
            try Self.expectDocumented(fact, heading: "## `facts[]`")
            #expect((fact["values"] as? [Any])?.count == 2 && (fact["sources"] as? [Any])?.count == 2)
        }
        let attributions = try #require(object["attributions"] as? [[String: Any]])
        let attribution = try #require(attributions.first)
        try Self.expectDocumented(attribution, heading: "## `attributions[]`")
        #expect(abs(try #require(attribution["residual"] as? Double)) <= 1e-12)
        let regression = try #require(object["regression"] as? [String: Any])
        try Self.expectDocumented(regression, heading: "## `regression`")
        // The rules[] entries are documented in a sentence: every key used must be named there.
        let docs = try String(contentsOf: Repository.url("docs/comparison-json.md"), encoding: .utf8)
        let sentence = try #require(docs.components(separatedBy: "Each `rules[]` entry:").last?.components(separatedBy: "\n\n").first)
        for rule in try #require(attribution["rules"] as? [[String: Any]]) {
            for key in rule.keys { #expect(sentence.contains("`\(key)`") || sentence.contains("`\(key)?`"), "rules[] key \(key) undocumented") }
        }
    }

    @Test("markdown and the compliance matrix: one mission under several rulesets")
    func complianceMatrix() throws {
        let run = try StewardBinary.run(["compare", "Examples/kestrel-eo.yaml", "--ruleset", "lts-2019", "--ruleset", "fcc-2024",
                                         "--ruleset", "iadc-2025", "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| Every required rule holds |"))
        #expect(run.stdout.contains("### Required rules not met, by ruleset"))
        #expect(run.stdout.contains("`B.9-casualty-risk`"))
    }

    @Test("--assume against --versus: the assumption and what it changes")
    func assumptionSets() throws {
        let run = try StewardBinary.run(["compare", "Examples/aurora-3u.yaml", "--assume", "solar_activity=constant",
                                         "--assume", "f107=70", "--versus", "f107=250"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("assumptions.f107"))
        #expect(run.stdout.contains("derived.lifetime.post_mission_years"))
    }

    @Test("HTML: side-by-side charts, no horizontal overflow at 390 and 1,280 px",
          .requiresTool(BrowserLayout.chromium != nil, "needs chromium (.ci/run installs it)"))
    func htmlFits() throws {
        let missions = try StewardBinary.run(["compare", "Examples/aurora-3u.yaml", "Examples/kestrel-eo.yaml",
                                              "Examples/meridian-broadband.yaml", "--format", "html"])
        let rulesets = try StewardBinary.run(["compare", "Examples/oneweb-gen1.yaml", "--ruleset", "lts-2019", "--ruleset", "fcc-2024",
                                              "--format", "html"])
        for run in [missions, rulesets] {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        }
        #expect(missions.stdout.contains("compare-guidelines"), "side-by-side guideline chart")
        #expect(missions.stdout.contains("compare-decay"), "decay curves on one chart")
        let measurements = try BrowserLayout.measure(pages: [("missions", missions.stdout), ("rulesets", rulesets.stdout)],
                                                     widths: [390, 1280])
        #expect(measurements.count == 4)
        for measurement in measurements {
            let label = "\(measurement.page) at \(measurement.width) px"
            #expect(measurement.scrollWidth <= measurement.innerWidth,
                    "\(label): page is \(measurement.scrollWidth) px wide; starts at \(measurement.culprits)")
            #expect(measurement.brokenIDs.isEmpty, "\(label): \(measurement.brokenIDs)")
        }
    }

    @Test("a missing file among several: located error, exit 2, the others still compared")
    func missingFile() throws {
        let run = try StewardBinary.run(["compare", "Examples/aurora-3u.yaml", "Examples/nope.yaml", "Examples/kestrel-eo.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Examples/nope.yaml"))
        #expect(run.stdout.contains("Score difference kestrel-eo − aurora-3u"))
    }

    @Test("an invalid descriptor among several: file:line:col error, exit 2, the others still compared")
    func invalidFile() throws {
        let path = try ScratchDirectory.file("hostile.yaml", """
        format: steward/mission@1
        id: hostile
        name: [not, a, string]
        surprise_key: 1
        """)
        defer { ScratchDirectory.remove(holding: path) }
        let run = try StewardBinary.run(["compare", "Examples/aurora-3u.yaml", path, "Examples/iss.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("hostile.yaml:"), "\(run.stderr)")
        #expect(run.stdout.contains("Score difference iss − aurora-3u"))
    }

    @Test("usage errors exit 64; an unknown ruleset exits 2")
    func usageErrors() throws {
        let cases: [[String]] = [
            ["compare", "Examples/aurora-3u.yaml", "--versus", "f107=200"],
            ["compare", "Examples/aurora-3u.yaml"],
            ["compare", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "--fail-on-regression"],
            ["compare", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "--ruleset", "lts-2019", "--ruleset", "fcc-2024"],
            ["compare", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "--format", "htlm"],
        ]
        for arguments in cases {
            let run = try StewardBinary.run(arguments)
            #expect(run.status == 64, "\(arguments): \(run.status) \(run.stderr)")
        }
        let unknown = try StewardBinary.run(["compare", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "--ruleset", "lts-2091"])
        #expect(unknown.status == 2, "\(unknown.stderr)")
    }

    @Test("compare --help and rules diff --help: examples, exit codes, lines within 80 columns")
    func helpAt80Columns() throws {
        for arguments in [["compare", "--help"], ["rules", "diff", "--help"]] {
            let run = try StewardBinary.run(arguments, environment: ["COLUMNS": "80"])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Examples:") && run.stdout.contains("Exit codes:"))
            let long = run.stdout.split(separator: "\n").filter { $0.count > 80 }
            #expect(long.isEmpty, "\(arguments): \(long)")
        }
    }

    @Test("rules diff with missions: changed rules, and each mission's move attributed to rules")
    func rulesDiff() throws {
        let run = try StewardBinary.run(["rules", "diff", "starter", "lts-2019", "--missions", "Examples/aurora-3u.yaml", "Examples/iss.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ruleset diff: starter"))
        #expect(run.stdout.contains("Missions (2 rated"))
        #expect(run.stdout.contains("residual"))
        let same = try StewardBinary.run(["rules", "diff", "lts-2019", "lts-2019"])
        #expect(same.stdout.contains("No differences"))
        let path = try ScratchDirectory.file("list.yaml", "[1, 2, 3]\n")
        defer { ScratchDirectory.remove(holding: path) }
        let invalid = try StewardBinary.run(["rules", "diff", "starter", "lts-2019", "--missions", path, "Examples/iss.yaml"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("list.yaml:1:1: error"))
        #expect(invalid.stdout.contains("Missions (1 rated"), "the valid mission is still rated")
    }

    @Test("rate with several missions ends with a one-line-per-rating summary")
    func rateSummaryTable() throws {
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "Examples/iss.yaml", "Examples/helios-geo.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        let tail = try #require(run.stdout.components(separatedBy: "Summary (3 ratings)\n").last)
        let rows = tail.split(separator: "\n")
        #expect(rows.count == 4)
        #expect(rows[1].hasPrefix("  aurora-3u") && rows[1].contains("silver"))
        #expect(rows[2].hasPrefix("  iss") && rows[2].contains("unrated") && rows[2].contains("B.9-casualty-risk"))
        #expect(rows.allSatisfy { $0.count <= 80 })
    }
}
