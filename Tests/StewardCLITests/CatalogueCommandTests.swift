import Foundation
import StewardTestSupport
import Testing

/// `steward import` and `steward rate --catalog` end to end, on the built binary.
@Suite struct CatalogueCommandTests {
    static let gpJSON = "Tests/CatalogueTests/Fixtures/omm/iss_2008-09-20.gp.json"

    @Test func importWritesDescriptorsThatCheckAndRefusesToOverwrite() throws {
        let directory = try ScratchDirectory.make("import-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try StewardBinary.run(["import", "Tests/CatalogueTests/Fixtures/omm/mario_2023-04-25.celestrak.omm.xml",
                                           "--output-dir", directory.path])
        #expect(first.status == 0, "\(first.stderr)")
        let written = directory.appendingPathComponent("norad-55123.yaml").path
        let text = try String(contentsOfFile: written, encoding: .utf8)
        #expect(text.hasPrefix("# Imported by `steward import` from Tests/CatalogueTests/Fixtures/omm/mario_2023-04-25.celestrak.omm.xml, XML element /ndm/omm[1], NORAD 55123."))
        let check = try StewardBinary.run(["check", written])
        #expect(check.status == 0, "\(check.stderr)")
        let again = try StewardBinary.run(["import", "Tests/CatalogueTests/Fixtures/omm/mario_2023-04-25.celestrak.omm.xml",
                                           "--output-dir", directory.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("refusing to overwrite 1 existing file(s)"))
        #expect(try StewardBinary.run(["import", "Tests/CatalogueTests/Fixtures/omm/mario_2023-04-25.tle",
                                       "--output-dir", directory.path, "--force"]).status == 0)
    }

    @Test func importWithoutOutputDirectoryPrintsAYAMLStream() throws {
        let run = try StewardBinary.run(["import", Self.gpJSON])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("--- # norad-25544.yaml\n# Imported by `steward import` from \(Self.gpJSON), JSON record 0, NORAD 25544.\n"))
        #expect(run.stdout.contains("\n  omm: |\n    CCSDS_OMM_VERS = 3.0\n"))
    }

    @Test func rateCatalogRatesEveryObjectAndReportsBadRecordsWithExitTwo() throws {
        let csv = try ScratchDirectory.file("gp.csv", """
            OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY,NORAD_CAT_ID,MASS
            GOOD ONE,2020-001A,2020-01-01T00:00:00,15.2,.001,53,0,0,0,1,260
            BAD,2020-001B,2020-01-01T00:00:00,15.2,.001,253,0,0,0,2,
            GOOD TWO,2020-001C,2020-01-01T00:00:00,15.3,.001,97.5,0,0,0,3,

            """)
        defer { ScratchDirectory.remove(holding: csv) }
        let run = try StewardBinary.run(["rate", "--catalog", csv, "--format", "json"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(csv):3:45: error: INCLINATION must be between 0 and 180 deg, found 253"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ratings = try #require(json["ratings"] as? [[String: Any]])
        #expect(ratings.count == 2)
        #expect(ratings.compactMap { ($0["mission"] as? [String: Any])?["id"] as? String } == ["norad-1", "norad-3"])
        // The mass came from the catalogue's line 2.
        #expect(run.stdout.contains("\(csv):2:"))
    }

    @Test func rateCatalogFromGPJSONSucceeds() throws {
        let run = try StewardBinary.run(["rate", "--catalog", Self.gpJSON])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("ISS (ZARYA) (norad-25544)\n"))
    }

    @Test func usageErrors() throws {
        #expect(try StewardBinary.run(["rate", "--catalog", Self.gpJSON, "Examples/iss.yaml"]).status == 64)
        #expect(try StewardBinary.run(["rate", "--satcat", "x.csv", "Examples/iss.yaml"]).status == 64)
        #expect(try StewardBinary.run(["import"]).status == 64)
    }

    @Test(arguments: [["import", "--help"], ["rate", "--help"]])
    func helpFitsEightyColumnsWithExamplesAndExitCodes(arguments: [String]) throws {
        let run = try StewardBinary.run(arguments, environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:") && run.stdout.contains("Exit codes:"))
        #expect(run.stdout.contains("--catalog") || arguments[0] == "import")
        // ArgumentParser does not wrap its one-line USAGE summary; everything else must fit.
        for line in run.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") { #expect(line.count <= 80, "\(line)") }
    }
}
