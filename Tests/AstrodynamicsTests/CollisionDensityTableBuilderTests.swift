import Testing
@testable import Astrodynamics

@Suite struct CollisionDensityTableBuilderTests {
    // The ISS element set used as the worked example of the TLE format (CelesTrak "NORAD Two-Line Element Set
    // Format"; Wikipedia "Two-line element set"), with valid checksums.
    let issLine1 = "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927"
    let issLine2 = "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537"

    @Test func readsTheWorkedExample() throws {
        let output = SpatialDensityTableBuilder.build(tleText: "ISS (ZARYA)\n\(issLine1)\n\(issLine2)\n",
                                                      epoch: "2008-09-20")
        #expect(output.issues.isEmpty)
        #expect(output.objectsRead == 1)
        // n = 15.72125391 rev/day → SGP4's un-Kozai'd a = 6731.470970 km (python-sgp4 2.27, satrec.a × 6378.135 km);
        // e = 0.0006703 → perigee 348.82 km, apogee 357.85 km above R = 6378.137 km: the object lies in the 340–360 km shell.
        let elements = try TwoLineElementSet.parse("\(issLine1)\n\(issLine2)").get()
        #expect(abs(elements.semiMajorAxisKm - 6731.470970) < 1e-6)
        #expect(abs(elements.semiMajorAxisKm * (1 - elements.eccentricity) - Earth.equatorialRadiusKm - 348.82) < 0.005)
        #expect(abs(elements.semiMajorAxisKm * (1 + elements.eccentricity) - Earth.equatorialRadiusKm - 357.85) < 0.005)
        let shell = try #require(output.table.shells.first { $0.lowKm == 340 })
        #expect(abs(shell.payloads - 1) < 1e-12)
        #expect(abs(shell.totalObjects - 1) < 1e-12)
        #expect(abs(shell.objectsPerKm3 * shell.volumeKm3 - 1) < 1e-12)
        #expect(output.table.shells.reduce(0) { $0 + $1.totalObjects } == 1)
    }

    @Test func classifiesByTitleLine() {
        let text = "0 SL-16 R/B\n\(issLine1)\n\(issLine2)\n"
        let output = SpatialDensityTableBuilder.build(tleText: text, epoch: "x")
        #expect(output.table.shells.reduce(0) { $0 + $1.rocketBodies } == 1)
    }

    @Test func malformedLinesAreReportedNotFatal() {
        let badChecksum = String(issLine2.dropLast()) + "0"
        let truncated = String(issLine2.prefix(40))
        let text = """
        GOOD
        \(issLine1)
        \(issLine2)
        BAD CHECKSUM
        \(issLine1.replacingOccurrences(of: "25544", with: "25545").dropLast())8
        \(badChecksum.replacingOccurrences(of: "25544", with: "25545"))
        ORPHAN LINE 2
        \(issLine2)
        TRUNCATED
        \(issLine1)
        \(truncated)
        \u{0}\u{1}garbage ü
        1 lonely line one
        """
        let output = SpatialDensityTableBuilder.build(tleText: text, epoch: "x")
        #expect(output.objectsRead == 1)
        #expect(output.issues.count == 4)
        #expect(output.issues.map(\.lineNumber) == [6, 8, 11, 13])
    }

    @Test func csvRoundTripOfShippedTable() {
        // Writing the table and reading it back gives the shipped figures (to the 4–5 digits they are written with).
        let written = NumericCSVRows.parse(SpatialDensityTable.trackedObjects2019.csv(), columns: 7)
        let shipped = NumericCSVRows.parse(EmbeddedCatalogSpatialDensity.csv, columns: 7)
        #expect(written.count == 90 && shipped.count == 90)
        for (row, original) in zip(written, shipped) {
            for (value, expected) in zip(row, original) {
                #expect(abs(value - expected) <= 1e-4 * abs(expected) + 1e-3)
            }
        }
    }
}
