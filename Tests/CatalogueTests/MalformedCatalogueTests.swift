import Diagnostics
import Foundation
import StewardTestSupport
import Testing
@testable import Catalogue

/// Bad and hostile files give located errors, and the good records of a catalogue are still read.
@Suite struct MalformedCatalogueTests {
    static let header = "OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY,NORAD_CAT_ID"

    func errors(_ result: CatalogueReadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? "?"): \($0.message)" }
    }

    @Test func csvBadCellIsLocatedAndOtherRowsAreRead() {
        let csv = Self.header + "\r\n"
            + "A,2020-001A,2020-01-01T00:00:00,15.1,.001,53,0,0,0,1\r\n"
            + "B,2020-001B,2020-01-01T00:00:00,15.x,.001,53,0,0,0,2\r\n"
            + "C,2020-001C,2020-01-01T00:00:00,15.2,.001,53,0,0,0,3\r\n"
        let result = CatalogueReader.read(text: csv, file: "gp.csv")
        #expect(result.records.map(\.noradCatalogNumber) == [1, 3])
        #expect(errors(result) == ["gp.csv:3:33: MEAN_MOTION must be a number (e.g. 15.72125391, .1845686 or -1.1606E-05), found '15.x'"])
    }

    @Test func csvShortRowAndUnknownColumn() {
        let csv = Self.header + ",SIZE\nA,2020-001A,2020-01-01T00:00:00,15.1,.001,53,0,0,0,1,3\nB,2020-001B\n"
        let result = CatalogueReader.read(text: csv, file: "gp.csv")
        let found = errors(result)
        #expect(found.contains { $0.hasPrefix("gp.csv:2:") && $0.contains("unknown OMM keyword 'SIZE'") })
        #expect(found.contains { $0.hasPrefix("gp.csv:3:") && $0.contains("2 fields") })
    }

    @Test func kvnErrorsAreLocated() {
        let kvn = """
            CCSDS_OMM_VERS = 3.0
            CREATION_DATE = 2026-12-06T00:00:00
            ORIGINATOR = TEST
            OBJECT_NAME = X
            OBJECT_ID = 2020-001A
            CENTER_NAME = EARTH
            REF_FRAME = TEME
            TIME_SYSTEM = UTC
            MEAN_ELEMENT_THEORY = SGP4
            EPOCH = 2020-13-01T00:00:00
            MEAN_MOTION = 15.5
            ECCENTRICITY = 1,5
            INCLINATON = 53
            RA_OF_ASC_NODE = 0
            ARG_OF_PERICENTER = 0
            MEAN_ANOMALY = 0
            """
        let result = CatalogueReader.read(text: kvn, file: "x.kvn")
        let found = errors(result)
        #expect(found.contains { $0.hasPrefix("x.kvn:10:9: EPOCH must be a UTC date-time") })
        #expect(found.contains { $0.hasPrefix("x.kvn:12:16: ECCENTRICITY must be a number") })
        #expect(found.contains { $0 == "x.kvn:13:14: unknown OMM keyword 'INCLINATON'" })
        #expect(result.records.isEmpty)
    }

    @Test func jsonErrorsAreLocatedByLineAndColumn() {
        let json = "[\n {\"OBJECT_NAME\": \"A\", \"EPOCH\": \"2020-01-01T00:00:00\", \"MEAN_MOTION\": 15.1, \"ECCENTRICITY\": 0.001, \"INCLINATION\": 53},\n {\"OBJECT_NAME\": \"B\", \"EPOCH\": \"2020-01-01T00:00:00\", \"MEAN_MOTION\": \"fast\", \"ECCENTRICITY\": 0.001, \"INCLINATION\": 53}\n]"
        let result = CatalogueReader.read(text: json, file: "gp.json")
        #expect(result.records.count == 1)
        #expect(errors(result).contains { $0.hasPrefix("gp.json:3:") && $0.contains("MEAN_MOTION must be a number") })
        let broken = CatalogueReader.read(text: "[{\"EPOCH\": \"x\",\n  \"MEAN_MOTION\": 15.1,,}]", file: "b.json")
        #expect(errors(broken).first?.hasPrefix("b.json:2:") == true)
    }

    @Test func malformedXMLGivesTheParsersLineAndColumn() {
        let xml = "<?xml version=\"1.0\"?>\n<omm id=\"CCSDS_OMM_VERS\" version=\"3.0\">\n<header>\n</omm>\n"
        let result = CatalogueReader.read(text: xml, file: "bad.xml")
        let found = errors(result)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("bad.xml:4:") == true)
    }

    @Test func xmlExternalEntityIsRefused() throws {
        let secret = try ScratchDirectory.file("secret.txt", "TOP SECRET")
        defer { ScratchDirectory.remove(holding: secret) }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE omm [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <omm id="CCSDS_OMM_VERS" version="3.0"><body><segment><metadata><OBJECT_NAME>&xxe;</OBJECT_NAME></metadata></segment></body></omm>
            """
        let result = CatalogueReader.read(text: xml, file: "xxe.xml")
        #expect(result.records.isEmpty)
        #expect(errors(result) == ["xxe.xml:2:1: XML document type declarations and entities are not accepted in an OMM"])
        #expect(!result.diagnostics.contains { $0.description.contains("TOP SECRET") })
    }

    @Test func deepXMLIsRefused() {
        let xml = String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000)
        let result = CatalogueReader.read(text: "<omm id=\"CCSDS_OMM_VERS\" version=\"3.0\">" + xml + "</omm>", file: "deep.xml")
        #expect(errors(result).contains { $0.contains("nesting is too deep") })
    }

    @Test func hugeAndNonRegularFilesAreRefusedBeforeReading() throws {
        let big = try ScratchDirectory.file("big.csv", Self.header + "\n" + String(repeating: "x", count: 2048))
        defer { ScratchDirectory.remove(holding: big) }
        let result = CatalogueReader.read(contentsOf: big, displayName: "big.csv", limits: CatalogueLimits(maxBytes: 1024))
        #expect(errors(result) == ["big.csv:1:1: file is too large: expected at most 1024 bytes, found \(Self.header.utf8.count + 1 + 2048)"])

        let directory = try ScratchDirectory.make("fifo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let fromFifo = CatalogueReader.read(contentsOf: fifo, displayName: "pipe.csv")
        #expect(errors(fromFifo) == ["pipe.csv:1:1: cannot read file: it is not a regular file"])
        let fromDirectory = CatalogueReader.read(contentsOf: directory.path, displayName: "dir")
        #expect(errors(fromDirectory) == ["dir:1:1: cannot read file: it is a directory"])
    }

    @Test func tleCatalogueErrorsPointAtTheFileLine() {
        let text = """
            ISS (ZARYA)
            1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927
            2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537
            BROKEN
            1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2928
            2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537
            """
        let result = CatalogueReader.read(text: text, file: "cat.tle")
        #expect(result.format == .tle)
        #expect(result.records.count == 1)
        #expect(errors(result).first?.hasPrefix("cat.tle:5:69: invalid two-line element set: checksum mismatch") == true)
    }

    @Test func satcatRowsAreReadByHeaderName() {
        let csv = """
            OBJECT_NAME,OBJECT_ID,NORAD_CAT_ID,OBJECT_TYPE,OPS_STATUS_CODE,OWNER,LAUNCH_DATE,LAUNCH_SITE,DECAY_DATE,PERIOD,INCLINATION,APOGEE,PERIGEE,RCS,DATA_STATUS_CODE,ORBIT_CENTER,ORBIT_TYPE
            VANGUARD 1,1958-002B,5,PAY,,US,1958-03-17,AFETR,,132.7,34.25,3832,650,0.122,,EA,ORB
            SL-3 R/B,1960-009B,44,R/B,D,CIS,1960-05-15,TYMSC,1960-05-20,,,,,,,EA,IMP
            BAD,1960-009C,4x,DEB,,CIS,1960-05-15,TYMSC,,,,,,,,EA,ORB
            """
        let result = SatelliteCatalogReader.read(csv, file: "satcat.csv")
        #expect(result.entries[5]?.spacecraftKind == "satellite")
        #expect(result.entries[5]?.radarCrossSectionM2 == 0.122)
        #expect(result.entries[44]?.spacecraftKind == "upper_stage")
        #expect(result.entries[44]?.decayDate == "1960-05-20")
        #expect(result.diagnostics.map { $0.location?.description ?? "" } == ["satcat.csv:4:15"])
    }
}
