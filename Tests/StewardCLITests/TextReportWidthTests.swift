import Foundation
import Testing

/// `steward rate` prints a text report that fits an 80-column terminal, for every bundled example.
@Suite struct TextReportWidthTests {
    /// A line may pass the width only when it holds one word after its indent (a URL or a long fact path,
    /// left whole so it can be copied).
    static func overlong(_ report: String, width: Int) -> [String] {
        report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            line.count > width && line.drop { $0 == " " }.contains(" ")
        }
    }

    @Test("every example's text report fits 80 columns; multi-line expressions stay on their indented lines")
    func examplesFit80Columns() throws {
        let examples = StewardBinary.repositoryRoot.appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 9)
        for file in files {
            let run = try StewardBinary.run(["rate", "Examples/\(file)"], environment: ["COLUMNS": "80"])
            #expect(run.stdout.contains("Findings"), "\(file): \(run.stderr)")
            #expect(Self.overlong(run.stdout, width: 80).isEmpty, "\(file): \(Self.overlong(run.stdout, width: 80))")
            // Within the verdict block, every line is a heading or an indented continuation: a line break
            // copied from a ruleset expression would start a line at column 1 (or at the ruleset's indent).
            let header = run.stdout.components(separatedBy: "\n\n").first ?? ""
            for line in header.split(separator: "\n").dropFirst(2) {
                #expect(["Ruleset ", "Tiers: ", "Capped at ", "Unknowns: ", "  "].contains { line.hasPrefix($0) } && !line.hasPrefix("   "),
                        "\(file): \(line)")
            }
        }
    }

    @Test("the text report follows COLUMNS when standard output is not a terminal (60 and 140 columns)")
    func followsColumns() throws {
        let narrow = try StewardBinary.run(["rate", "Examples/kestrel-eo.yaml"], environment: ["COLUMNS": "60"])
        #expect(Self.overlong(narrow.stdout, width: 60).isEmpty, "\(Self.overlong(narrow.stdout, width: 60))")
        let wide = try StewardBinary.run(["rate", "Examples/kestrel-eo.yaml"], environment: ["COLUMNS": "140"])
        #expect(Self.overlong(wide.stdout, width: 140).isEmpty)
        #expect(wide.stdout.split(separator: "\n").contains { $0.count > 80 }, "a 140-column report uses the width")
    }
}
