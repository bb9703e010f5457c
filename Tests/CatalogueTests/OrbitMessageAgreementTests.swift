import Astrodynamics
import Foundation
import StewardTestSupport
import Testing
@testable import Catalogue

/// The same object in every format gives the same mean elements and semi-major axis as its TLE, and the
/// values python-sgp4 computes from independent messages.
@Suite struct OrbitMessageAgreementTests {
    static let fixtures = "Tests/CatalogueTests/Fixtures/omm/"

    static func read(_ name: String) -> CatalogueReadResult {
        CatalogueReader.read(contentsOf: Repository.url(fixtures + name).path, displayName: name)
    }

    /// python-sgp4 2.27: Satrec.a × 6378.135 km for the ISS TLE of Examples/iss.yaml (fixtures README).
    static let issSemiMajorAxisKm = 6731.470970158624
    static let issTLE = """
        1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927
        2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537
        """

    @Test(arguments: [
        ("iss_2008-09-20.omm.kvn", CatalogueFormat.ommKVN), ("iss_2008-09-20.omm.xml", .ommXML),
        ("iss_2008-09-20.gp.csv", .gpCSV), ("iss_2008-09-20.gp.json", .gpJSON),
        ("iss_2008-09-20.ccsds-ndm.omm.kvn", .ommKVN), ("iss_2008-09-20.ccsds-ndm.omm.xml", .ommXML),
    ])
    func issMessagesAgreeWithTheTLE(name: String, format: CatalogueFormat) throws {
        let result = Self.read(name)
        #expect(result.format == format)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        #expect(result.records.count == 1)
        let tle = try TwoLineElementSet.parse(Self.issTLE).get()
        #expect(abs(record.semiMajorAxisKm - tle.semiMajorAxisKm) <= 1e-9)
        #expect(abs(record.semiMajorAxisKm - Self.issSemiMajorAxisKm) <= 1e-9)
        #expect(record.elements.meanMotionRevPerDay == tle.meanMotionRevPerDay)
        #expect(record.elements.eccentricity == tle.eccentricity)
        #expect(record.elements.inclinationDeg == tle.inclinationDeg)
        #expect(abs(record.elements.epoch.timeIntervalSince(tle.epoch)) < 1e-3)
        #expect(record.elements.bstarPerEarthRadius == tle.bstarPerEarthRadius)
        #expect(record.noradCatalogNumber == 25544)
        #expect(record.objectID == "1998-067A")
        #expect(record.objectName == "ISS (ZARYA)")
        #expect(record.elements.elementSetNumber == 292 && record.elements.revolutionNumber == 56353)
    }

    /// Real CelesTrak XML and CSV of MARIO (NORAD 55123), with the TLE CelesTrak published for it.
    @Test(arguments: ["mario_2023-04-25.celestrak.omm.xml", "mario_2023-04-25.celestrak.gp.csv", "mario_2023-04-25.tle"])
    func celestrakMessagesAgreeWithPythonSGP4(name: String) throws {
        let result = Self.read(name)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        #expect(abs(record.semiMajorAxisKm - 6655.620765905384) <= 1e-9)
        #expect(record.noradCatalogNumber == 55123)
        #expect(record.elements.bstarPerEarthRadius == 0.1568e-2)
        #expect(record.elements.meanMotionFirstDerivativeRevPerDay2 == 0.787702e-2)
    }

    @Test func nineDigitCatalogueNumbersAndStringNumbersAreRead() throws {
        let json = """
            [{"OBJECT_NAME":"TEST","OBJECT_ID":"2024-001A","EPOCH":"2024-01-01T00:00:00.000000","MEAN_MOTION":"15.5",
              "ECCENTRICITY":".0012","INCLINATION":"97.4","RA_OF_ASC_NODE":"10","ARG_OF_PERICENTER":"20","MEAN_ANOMALY":"30",
              "NORAD_CAT_ID":"270000123","BSTAR":"-.22483E-4","CCSDS_OMM_VERS":"2.0","OBJECT_TYPE":"PAYLOAD"}]
            """
        let result = CatalogueReader.read(text: json, file: "st.json")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        #expect(record.noradCatalogNumber == 270_000_123)
        #expect(record.elements.eccentricity == 0.0012)
        #expect(record.elements.bstarPerEarthRadius == -0.22483e-4)
    }

    @Test func physicalPropertiesAreReadWithTheirKeywordLocations() throws {
        let kvn = try String(contentsOf: Repository.url(Self.fixtures + "iss_2008-09-20.omm.kvn"), encoding: .utf8)
            .replacingOccurrences(of: "EPHEMERIS_TYPE = 0", with: "MASS = 419725 [kg]\nDRAG_AREA = 1500\nDRAG_COEFF = 2.2\nEPHEMERIS_TYPE = 0")
        let result = CatalogueReader.read(text: kvn, file: "iss.kvn")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        #expect(record.physical.massKg?.value == 419_725)
        #expect(record.physical.massKg?.location.description == "iss.kvn:17:8")
        #expect(record.physical.dragAreaM2?.value == 1500)
        #expect(record.physical.dragCoefficient?.value == 2.2)

        let xml = """
            <omm id="CCSDS_OMM_VERS" version="3.0"><header><CREATION_DATE/><ORIGINATOR/></header><body><segment>
            <metadata><OBJECT_NAME>X</OBJECT_NAME><OBJECT_ID>2020-001A</OBJECT_ID><CENTER_NAME>EARTH</CENTER_NAME>
            <REF_FRAME>TEME</REF_FRAME><TIME_SYSTEM>UTC</TIME_SYSTEM><MEAN_ELEMENT_THEORY>SGP4</MEAN_ELEMENT_THEORY></metadata>
            <data><meanElements><EPOCH>2020-064T10:34:41.4264</EPOCH><MEAN_MOTION>15.2</MEAN_MOTION><ECCENTRICITY>0.001</ECCENTRICITY>
            <INCLINATION>53</INCLINATION><RA_OF_ASC_NODE>1</RA_OF_ASC_NODE><ARG_OF_PERICENTER>2</ARG_OF_PERICENTER><MEAN_ANOMALY>3</MEAN_ANOMALY></meanElements>
            <spacecraftParameters><MASS units="kg">260</MASS></spacecraftParameters>
            <userDefinedParameters><USER_DEFINED parameter="DRAG_AREA">4.5</USER_DEFINED></userDefinedParameters>
            </data></segment></body></omm>
            """
        let xmlResult = CatalogueReader.read(text: xml, file: "x.xml")
        #expect(!xmlResult.hasErrors, "\(xmlResult.diagnostics)")
        let xmlRecord = try #require(xmlResult.records.first)
        #expect(xmlRecord.physical.massKg?.value == 260)
        #expect(xmlRecord.physical.massKg?.location.line == 6)
        #expect(xmlRecord.physical.dragAreaM2?.keyword == "USER_DEFINED_DRAG_AREA")
    }

    @Test(arguments: [("15.72125391", 15.72125391), (".1845686", 0.1845686), ("-.22483E-4", -0.22483e-4), ("-1.6E-7", -1.6e-7), ("0", 0.0), ("+2.", 2.0)])
    func decimalForms(text: String, value: Double) {
        #expect(RecordBuilder.parseDecimal(text) == value)
    }

    @Test(arguments: ["1,5", "nan", "inf", "0x1p3", ".", "1e", "", " 1", "1.5.2"])
    func rejectedDecimals(text: String) {
        #expect(RecordBuilder.parseDecimal(text) == nil)
    }
}
