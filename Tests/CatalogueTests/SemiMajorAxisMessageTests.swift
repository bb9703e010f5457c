import Astrodynamics
import Foundation
import StewardTestSupport
import Testing
@testable import Catalogue

/// OMMs that give SEMI_MAJOR_AXIS instead of MEAN_MOTION (CCSDS 502.0-B-3 table 4-3: one or the other).
///
/// Expected values come from python-sgp4 2.27 (PyPI `sgp4`): the SEMI_MAJOR_AXIS of an SGP4 message is turned into
/// the Kozai mean motion n = √(GM/a³) (Orekit's `OmmParser` relation between the two keywords) and handed to
/// `Satrec.sgp4init`, whose un-Kozai'd `satrec.a × 6378.135 km` is the oracle; ccsds-ndm 3.1.1 reads the test
/// messages as valid OMMs. Script: `Fixtures/omm/semi_major_axis_oracle.py`, run 2026-12-06; the ISS elements are
/// those of Examples/iss.yaml (Fixtures/omm/iss_2008-09-20.omm.kvn).
@Suite struct SemiMajorAxisMessageTests {
    /// The ISS fixture with MEAN_MOTION replaced by `replacement` (and, optionally, the theory changed).
    static func issKVN(replacing replacement: String, theory: String = "SGP4") throws -> String {
        try String(contentsOf: Repository.url("Tests/CatalogueTests/Fixtures/omm/iss_2008-09-20.omm.kvn"), encoding: .utf8)
            .replacingOccurrences(of: "MEAN_MOTION = 15.72125391", with: replacement)
            .replacingOccurrences(of: "MEAN_ELEMENT_THEORY = SGP4", with: "MEAN_ELEMENT_THEORY = \(theory)")
    }

    static func errors(_ result: CatalogueReadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? "?"): \($0.message)" }
    }

    @Test func sgp4SemiMajorAxisWithoutGMIsAKozaiAxisUnderWGS72() throws {
        let result = CatalogueReader.read(text: try Self.issKVN(replacing: "SEMI_MAJOR_AXIS = 6730.96 [km]"), file: "iss.kvn")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        // python-sgp4: n = 15.721263345551293 rev/day, satrec.a × R = 6731.468277179387 km.
        #expect(abs(record.elements.meanMotionRevPerDay - 15.721263345551293) <= 1e-12)
        #expect(abs(record.semiMajorAxisKm - 6731.468277179387) <= 1e-6)
        #expect(record.semiMajorAxisSource == .sgp4MeanMotion)
    }

    @Test func sgp4SemiMajorAxisUsesTheMessagesGM() throws {
        let xml = try String(contentsOf: Repository.url("Tests/CatalogueTests/Fixtures/omm/iss_2008-09-20.omm.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<MEAN_MOTION>15.72125391</MEAN_MOTION>", with: "<SEMI_MAJOR_AXIS units=\"km\">6730.96</SEMI_MAJOR_AXIS>")
            .replacingOccurrences(of: "</MEAN_ANOMALY>", with: "</MEAN_ANOMALY><GM>398600.4418</GM>")
        let result = CatalogueReader.read(text: xml, file: "iss.xml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        // python-sgp4 with n = √(398600.4418/a³): n = 15.721256281644504 rev/day, a = 6731.470293272705 km.
        #expect(abs(record.elements.meanMotionRevPerDay - 15.721256281644504) <= 1e-12)
        #expect(abs(record.semiMajorAxisKm - 6731.470293272705) <= 1e-6)
        #expect(record.gravitationalParameter == 398_600.4418)
    }

    /// The Keplerian axis of the ISS's Kozai mean motion gives back the TLE's orbit: the two keywords of table 4-3
    /// describe one element set.
    @Test func keplerAxisOfTheKozaiMeanMotionGivesTheTLEsOrbit() throws {
        let result = CatalogueReader.read(text: try Self.issKVN(replacing: "SEMI_MAJOR_AXIS = 6730.962693182629"), file: "iss.kvn")
        let record = try #require(result.records.first, "\(result.diagnostics)")
        #expect(abs(record.semiMajorAxisKm - OrbitMessageAgreementTests.issSemiMajorAxisKm) <= 1e-9)
    }

    @Test func otherTheoriesStateTheirMeanSemiMajorAxis() throws {
        let result = CatalogueReader.read(text: try Self.issKVN(replacing: "SEMI_MAJOR_AXIS = 6731.5", theory: "DSST"), file: "iss.kvn")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        #expect(record.semiMajorAxisKm == 6731.5)
        #expect(record.semiMajorAxisSource == .stated(km: 6731.5))
        #expect(record.meanElementTheory == "DSST")
        // The element set keeps the Keplerian n under WGS-84's μ, 398600.4418 km³/s²: √(μ/a³) · 86400/2π.
        let expected = (398_600.4418 / (6731.5 * 6731.5 * 6731.5)).squareRoot() * 86_400 / (2 * Double.pi)
        #expect(abs(record.elements.meanMotionRevPerDay - expected) <= 1e-12)
    }

    @Test func bothOrNeitherKeywordIsALocatedError() throws {
        let both = CatalogueReader.read(text: try Self.issKVN(replacing: "MEAN_MOTION = 15.72125391\nSEMI_MAJOR_AXIS = 6730.96"), file: "iss.kvn")
        #expect(both.records.isEmpty)
        #expect(Self.errors(both) == ["iss.kvn:12:19: give SEMI_MAJOR_AXIS or MEAN_MOTION, not both (CCSDS 502.0-B-3 table 4-3), found both"])
        #expect(both.diagnostics.first?.notes == ["MEAN_MOTION given at iss.kvn:11:15"])

        let neither = CatalogueReader.read(text: try Self.issKVN(replacing: ""), file: "iss.kvn")
        #expect(neither.records.isEmpty)
        #expect(Self.errors(neither) == ["iss.kvn:1:1: missing mandatory keyword: expected SEMI_MAJOR_AXIS (km) or MEAN_MOTION (rev/day)"])
    }

    @Test func meanMotionOfAnotherTheoryAndAForeignGMAreErrors() throws {
        let dsst = CatalogueReader.read(text: try Self.issKVN(replacing: "MEAN_MOTION = 15.72125391", theory: "DSST"), file: "iss.kvn")
        #expect(Self.errors(dsst).first?.hasPrefix("iss.kvn:9:23: MEAN_MOTION is a Kozai mean motion only for SGP theories") == true)
        let moon = CatalogueReader.read(text: try Self.issKVN(replacing: "SEMI_MAJOR_AXIS = 6730.96\nGM = 4902.8"), file: "iss.kvn")
        #expect(Self.errors(moon) == ["iss.kvn:12:6: GM must be between 398000 and 399000 km**3/s**2, found 4902.8"])
        let unit = CatalogueReader.read(text: try Self.issKVN(replacing: "SEMI_MAJOR_AXIS = 6730960 [m]"), file: "iss.kvn")
        #expect(Self.errors(unit) == ["iss.kvn:11:19: SEMI_MAJOR_AXIS is in km, found unit [m]"])
    }
}
