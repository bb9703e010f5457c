import Foundation
import Reports
import RuleEngine
import StewardKit
import StewardTestSupport
import Testing

/// `steward rate` writes a batch a few hundred missions at a time instead of holding every rating (the fleet's
/// JSON held 4 GB); its report must be byte for byte the one the whole batch renders to at once.
@Suite("rate streams its report")
struct RateStreamingTests {
    static let files = ["Examples/aurora-3u.yaml", "Examples/envisat.yaml", "Examples/kestrel-eo.yaml",
                        "Examples/missing.yaml", "Examples/helios-geo.yaml"]

    /// The report as `steward rate` rendered it before streaming: every rating first, then the format's
    /// `render(_:options:)` with the CLI's options (no colour, 80 columns, ruleset hashes, paths relative to the
    /// repository, where the runs below start).
    static func renderedAtOnce(_ format: ReportFormat, charts: Bool?) throws -> String {
        let root = Repository.root.path
        let lts = try #require(RulesetResolver().resolve("lts-2019").ruleset)
        let ratings = RatingPipeline.rate(files: files, rulesets: [lts]).flatMap(\.ratings)
        #expect(ratings.count == 4)
        let hashes = RulesetResolver().sha256ByRulesetID(references: ["lts-2019"], compiled: [lts])
        return format.render(ratings) { rating in
            var options = RatingReport.options(for: rating, colour: false, rulesetSHA256: hashes, timestamp: nil,
                                               textWidth: 80, workingDirectory: root)
            options.charts = charts
            return options
        }
    }

    @Test("text and JSON, to a file and to standard output, equal the batch rendered at once",
          arguments: [(ReportFormat.text, [String]()), (.json, []), (.json, ["--charts"]), (.json, ["--no-charts"])])
    func byteIdentical(format: ReportFormat, flags: [String]) throws {
        let charts: Bool? = flags.isEmpty ? nil : flags == ["--charts"]
        let expected = try Self.renderedAtOnce(format, charts: charts)
        let target = try ScratchDirectory.file("report.out", "previous report\n")
        defer { ScratchDirectory.remove(holding: target) }
        let arguments = ["rate"] + Self.files + ["--format", format.rawValue] + flags
        let toFile = try StewardBinary.run(arguments + ["--output", target])
        #expect(toFile.status == 2, "the missing descriptor: \(toFile.stderr)")
        #expect(toFile.stdout.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == expected)
        let toStandardOutput = try StewardBinary.run(arguments)
        #expect(toStandardOutput.stdout == expected)
        // No temporary file is left beside the report.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path)
        #expect(siblings == ["report.out"])
    }

    @Test("--output-dir writes, as the missions are rated, the files of the whole batch rendered at once")
    func directoryByteIdentical() throws {
        let root = Repository.root.path
        let ids = ["lts-2019", "starter"]
        let rulesets = try ids.map { try #require(RulesetResolver().resolve($0).ruleset) }
        let ratings = RatingPipeline.rate(files: Self.files + ["Examples/aurora-3u.json"], rulesets: rulesets).flatMap(\.ratings)
        let hashes = RulesetResolver().sha256ByRulesetID(references: ids, compiled: rulesets)
        let formats: [ReportFormat] = [.sarif, .junit, .html, .badge, .json, .text, .markdown, .github]
        let expected = ReportDirectory.files(for: ratings, formats: formats) { rating in
            RatingReport.options(for: rating, colour: false, rulesetSHA256: hashes, timestamp: nil, workingDirectory: root)
        }
        let directory = try ScratchDirectory.make("rate-dir")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try StewardBinary.run(["rate"] + Self.files + ["Examples/aurora-3u.json", "--ruleset", "lts-2019", "--ruleset", "starter",
                                         "--format", formats.map(\.rawValue).joined(separator: ","), "--output-dir", directory.path])
        #expect(run.status == 2, "the missing descriptor: \(run.stderr)")
        #expect(run.stderr.contains("wrote \(expected.count) files"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == expected.map(\.name).sorted())
        for file in expected {
            let written = try String(contentsOfFile: directory.appendingPathComponent(file.name).path, encoding: .utf8)
            #expect(written == file.contents, "\(file.name)")
        }
    }

    @Test("--output-dir refuses a file that is an input: by name (steward.json) or through a hard link (a page)")
    func directoryRefusesInputs() throws {
        let scratch = try ScratchDirectory.make("steward-dir-clobber")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let json = try Data(contentsOf: Repository.url("Examples/aurora-3u.json"))
        try json.write(to: out.appendingPathComponent("steward.json"))
        let yaml = try Data(contentsOf: Repository.url("Examples/envisat.yaml"))
        try yaml.write(to: scratch.appendingPathComponent("m.yaml"))
        try FileManager.default.linkItem(atPath: scratch.appendingPathComponent("m.yaml").path,
                                         toPath: out.appendingPathComponent("envisat.html").path)
        let byName = try StewardBinary.run(["rate", "out/steward.json", "m.yaml", "--format", "json", "--output-dir", "out"], in: scratch.path)
        #expect(byName.status == 64 && byName.stderr.contains("would overwrite the input out/steward.json"), "\(byName.stderr)")
        let byLink = try StewardBinary.run(["rate", "m.yaml", "--format", "html", "--output-dir", "out"], in: scratch.path)
        #expect(byLink.status == 64 && byLink.stderr.contains("would overwrite the input m.yaml"), "\(byLink.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("steward.json")) == json)
        #expect(try Data(contentsOf: scratch.appendingPathComponent("m.yaml")) == yaml)
    }

    /// SIGTERM rather than SIGINT: a test run started in the background of a script ignores SIGINT, and so,
    /// rightly, does the binary it starts. Both take the same path.
    @Test("an interrupted streamed report leaves the previous file and no temporary file, and ends the run by the signal")
    func interruptedRun() throws {
        let signal = SIGTERM
        guard let binary = StewardBinary.url else { throw StewardBinary.MissingBinary() }
        let scratch = try ScratchDirectory.make("steward-interrupt")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("fleet.json")
        try Data("previous\n".utf8).write(to: output)
        // Long enough to be interrupted mid-run: the examples forty times over.
        let examples = try FileManager.default.contentsOfDirectory(atPath: Repository.url("Examples").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/" + $0 }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["rate"] + Array(repeating: examples, count: 40).joined() + ["--format", "json", "--output", output.path]
        process.currentDirectoryURL = StewardBinary.repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary file exists, i.e. the report is being streamed.
        var streaming = false
        for _ in 0..<200 where !streaming {
            Thread.sleep(forTimeInterval: 0.05)
            streaming = try FileManager.default.contentsOfDirectory(atPath: scratch.path).contains { $0.hasPrefix(".fleet.json.steward-") }
        }
        #expect(streaming)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["fleet.json"])
    }

    @Test("a run that rates nothing, or fails on a warning, leaves the previous file as it was")
    func previousFileKept() throws {
        let target = try ScratchDirectory.file("report.json", "previous report\n")
        defer { ScratchDirectory.remove(holding: target) }
        let nothing = try StewardBinary.run(["rate", "Examples/missing.yaml", "--format", "json", "--output", target])
        #expect(nothing.status == 2)
        let warning = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "Examples/envisat.yaml", "--format", "json",
                                             "--output", target, "--assume", "no_such_assumption=1", "--warnings-as-errors"])
        #expect(warning.status != 0, "\(warning.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous report\n")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path)
        #expect(siblings == ["report.json"])
    }
}

/// The physics memos (``Astrodynamics/PhysicsMemo``) let a batch's identical satellites share their decay runs and
/// re-entry outcomes; a report must not show whether they did.
@Suite("rate's physics memos change nothing")
struct PhysicsMemoReportTests {
    @Test("Every example, twice over under two names, rates to the same bytes with the memos on and off",
          arguments: [("lts-2019", ["json", "text"]), ("france-lose-2024", ["json"])])
    func memosChangeNoByte(ruleset: String, formats: [String]) throws {
        let scratch = try ScratchDirectory.make("memo-batch")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let examples = Repository.root.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".yaml") {
            // The copies sit next to each other in the batch's order, as a constellation's satellites do.
            for copy in ["a", "b"] {
                try FileManager.default.copyItem(at: examples.appendingPathComponent(name),
                                                 to: scratch.appendingPathComponent("\(name.dropLast(5))-\(copy).yaml"))
            }
        }
        for format in formats {
            let on = try StewardBinary.run(["rate", scratch.path, "--ruleset", ruleset, "--format", format])
            let off = try StewardBinary.run(["rate", scratch.path, "--ruleset", ruleset, "--format", format],
                                            environment: ["STEWARD_PHYSICS_MEMO": "off"])
            #expect(on.status == off.status && on.stderr == off.stderr)
            #expect(on.stdout == off.stdout, "\(format) under \(ruleset) differs with the memos off")
            #expect(on.stdout.count > 10_000)
        }
    }
}
