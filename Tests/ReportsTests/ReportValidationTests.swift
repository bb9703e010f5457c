import Foundation
import RuleEngine
import StewardTestSupport
import Testing
@testable import Reports

/// External validators run from the tests: Python `jsonschema` for SARIF, `xmllint --schema` for JUnit.
/// A test whose validator is missing skips with the reason, or fails under `CI=true` (`.requiresTool`);
/// `.ci/run` installs both validators. The schemas are in the repository (Tests/Fixtures/schemas/README.md).
enum ExternalValidators {
    /// `<repo>/Tests/Fixtures/schemas`: outside every test target's folder, so SwiftPM builds none of it.
    static let schemas = RatingFixture.root.appendingPathComponent("Tests/Fixtures/schemas")
    static let sarifSchema = schemas.appendingPathComponent("sarif-schema-2.1.0.json")
    static let junitSchema = schemas.appendingPathComponent("JUnit.xsd")

    static func executable(_ name: String) -> String? { ExternalTool.find(name) }

    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static let python: String? = {
        guard let python = executable("python3"), let run = try? run(python, ["-c", "import jsonschema"]), run.status == 0 else { return nil }
        return python
    }()

    static let xmllint: String? = executable("xmllint")

    static var sarifReady: Bool { python != nil && FileManager.default.fileExists(atPath: sarifSchema.path) }
    static var junitReady: Bool { xmllint != nil && FileManager.default.fileExists(atPath: junitSchema.path) }

    /// Validates with the schema's own draft (draft-04 for SARIF) and prints every error.
    static let jsonSchemaScript = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("/".join(str(p) for p in error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """

    static func temporaryFile(_ text: String, name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

@Suite("Report validation")
struct ReportValidationTests {
    @Test("SARIF validates against the OASIS SARIF 2.1.0 schema (Python jsonschema)",
          .requiresTool(ExternalValidators.sarifReady, "needs python3 with jsonschema (.ci/run installs it)"))
    func sarifSchema() throws {
        let python = try #require(ExternalValidators.python, "python3 with jsonschema is not installed")
        for (name, rating) in try ReportGolden.ratings() {
            for options in [ReportGolden.options, ReportOptions(displayPath: "/abs/path with space/m.yaml")] {
                let file = try ExternalValidators.temporaryFile(SARIFReporter(options: options).render(rating), name: "\(name).sarif")
                defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
                let run = try ExternalValidators.run(python, ["-c", ExternalValidators.jsonSchemaScript,
                                                              ExternalValidators.sarifSchema.path, file.path])
                #expect(run.status == 0, "\(name): \(run.output)")
            }
        }
    }

    @Test("one SARIF log for a batch: schema-valid, one run, fingerprints stable across runs and input order",
          .requiresTool(ExternalValidators.sarifReady, "needs python3 with jsonschema (.ci/run installs it)"))
    func sarifForSeveralRatings() throws {
        let python = try #require(ExternalValidators.python, "python3 with jsonschema is not installed")
        let ratings = try ReportGolden.ratings().map(\.rating)
        let options: (Rating) -> ReportOptions = { _ in ReportGolden.options }
        let log = SARIFReporter.render(ratings, options: options)
        let file = try ExternalValidators.temporaryFile(log, name: "batch.sarif")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ExternalValidators.run(python, ["-c", ExternalValidators.jsonSchemaScript,
                                                      ExternalValidators.sarifSchema.path, file.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(log.components(separatedBy: "\"tool\" :").count == 2, "one run for the whole batch")
        #expect(log.contains("\"automationDetails\""))
        // Fingerprints: the same set whatever the order of the inputs, and the same bytes run after run.
        func fingerprints(_ text: String) throws -> [String: Set<String>] {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let runs = object?["runs"] as? [[String: Any]] ?? []
            var byMission: [String: Set<String>] = [:]
            for result in runs.first?["results"] as? [[String: Any]] ?? [] {
                let mission = (result["properties"] as? [String: Any])?["mission"] as? String ?? ""
                let print = (result["partialFingerprints"] as? [String: String])?["stewardFinding/v1"] ?? ""
                byMission[mission, default: []].insert(print)
            }
            return byMission
        }
        let forward = try fingerprints(log)
        #expect(forward.values.reduce(0) { $0 + $1.count } == log.components(separatedBy: "\"ruleId\"").count - 1,
                "every result has its own fingerprint")
        #expect(try fingerprints(SARIFReporter.render(ratings.reversed(), options: options)) == forward)
        #expect(SARIFReporter.render(ratings, options: options) == log)
        // A single rating's fingerprints are those it has inside the batch.
        let alone = try fingerprints(SARIFReporter(options: ReportGolden.options).render(ratings[0]))
        #expect(alone[ratings[0].mission.id] == forward[ratings[0].mission.id])
    }

    @Test("one JUnit file for a batch validates against the Ant schema, one testsuite per rating",
          .requiresTool(ExternalValidators.junitReady, "needs xmllint, Debian package libxml2-utils (.ci/run installs it)"))
    func junitForSeveralRatings() throws {
        let xmllint = try #require(ExternalValidators.xmllint, "xmllint is not installed")
        let xml = JUnitReporter.render(try ReportGolden.ratings().map(\.rating), options: { _ in ReportGolden.options })
        #expect(xml.components(separatedBy: "<testsuite ").count == 3)
        let file = try ExternalValidators.temporaryFile(xml, name: "batch.xml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ExternalValidators.run(xmllint, ["--noout", "--schema", ExternalValidators.junitSchema.path, file.path])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("a broken SARIF log is rejected by the same check (the validator is really running)",
          .requiresTool(ExternalValidators.sarifReady, "needs python3 with jsonschema"))
    func sarifNegative() throws {
        let python = try #require(ExternalValidators.python, "python3 with jsonschema is not installed")
        let broken = SARIFReporter().render(try RatingFixture.rating()).replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"severe\"")
        let file = try ExternalValidators.temporaryFile(broken, name: "broken.sarif")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ExternalValidators.run(python, ["-c", ExternalValidators.jsonSchemaScript, ExternalValidators.sarifSchema.path, file.path])
        #expect(run.status != 0)
        #expect(run.output.contains("severe"))
    }

    @Test("JUnit validates against the Ant JUnit schema (xmllint --schema)",
          .requiresTool(ExternalValidators.junitReady, "needs xmllint, Debian package libxml2-utils (.ci/run installs it)"))
    func junitSchema() throws {
        let xmllint = try #require(ExternalValidators.xmllint, "xmllint is not installed")
        for (name, rating) in try ReportGolden.ratings() {
            for options in [ReportGolden.options, ReportOptions()] {
                let file = try ExternalValidators.temporaryFile(JUnitReporter(options: options).render(rating), name: "\(name).xml")
                defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
                let run = try ExternalValidators.run(xmllint, ["--noout", "--schema", ExternalValidators.junitSchema.path, file.path])
                #expect(run.status == 0, "\(name): \(run.output)")
                #expect(run.output.contains("validates"))
            }
        }
    }

    @Test("a JUnit file missing a required attribute is rejected (the validator is really running)",
          .requiresTool(ExternalValidators.junitReady, "needs xmllint"))
    func junitNegative() throws {
        let xmllint = try #require(ExternalValidators.xmllint, "xmllint is not installed")
        let broken = JUnitReporter().render(try RatingFixture.rating()).replacingOccurrences(of: " hostname=\"steward\"", with: "")
        let file = try ExternalValidators.temporaryFile(broken, name: "broken.xml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ExternalValidators.run(xmllint, ["--noout", "--schema", ExternalValidators.junitSchema.path, file.path])
        #expect(run.status != 0)
        #expect(run.output.contains("hostname"))
    }

    @Test("the HTML page renders in headless Chromium at phone and A4 widths to non-blank PNGs",
          .requiresTool(HeadlessChromium.executable != nil, "needs chromium (.ci/run installs it)"))
    func chromiumRender() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("rating.html")
        try Data(HTMLReporter(options: ReportGolden.options).render(try SecondRatingFixture.rating()).utf8).write(to: page)
        let blank = directory.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)
        // 390 px: a common phone width; 794 × 1123 px: A4 at 96 px per inch.
        for (width, height) in [(390, 2400), (794, 1123)] {
            let shot = try HeadlessChromium.screenshot(page, width: width, height: height, in: directory)
            let blankShot = try HeadlessChromium.screenshot(blank, width: width, height: height, in: directory)
            #expect(PNGInfo.size(of: shot)?.width == width)
            #expect(PNGInfo.size(of: shot)?.height == height)
            #expect(shot.count > 8 * blankShot.count, "page \(shot.count) bytes, blank \(blankShot.count) bytes")
        }
    }
}
