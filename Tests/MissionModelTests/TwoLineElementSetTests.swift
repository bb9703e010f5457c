import Astrodynamics
import Foundation
import Testing
import StewardTestSupport

/// The parser against a published element set: the ISS TLE used as the worked example of the format on
/// Wikipedia ("Two-line element set", retrieved 2026; epoch 2008-09-20), whose checksums are 7 and 7.
@Suite struct TwoLineElementSetTests {
    static let line1 = "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927"
    static let line2 = "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537"

    @Test func parsesEveryFieldOfThePublishedISSElementSet() throws {
        let tle = try TwoLineElementSet.parse("ISS (ZARYA)\n\(Self.line1)\n\(Self.line2)\n").get()
        #expect(tle.title == "ISS (ZARYA)")
        #expect(tle.catalogNumber == 25544)
        #expect(tle.classification == "U")
        #expect(tle.internationalDesignator == "98067A")
        #expect(abs(tle.meanMotionFirstDerivativeRevPerDay2 - -0.00002182) < 1e-15)
        #expect(tle.meanMotionSecondDerivativeRevPerDay3 == 0)
        #expect(abs(tle.bstarPerEarthRadius - -0.11606e-4) < 1e-15)
        #expect(tle.elementSetNumber == 292)
        #expect(tle.inclinationDeg == 51.6416)
        #expect(tle.rightAscensionOfAscendingNodeDeg == 247.4627)
        #expect(tle.eccentricity == 0.0006703)
        #expect(tle.argumentOfPerigeeDeg == 130.5360)
        #expect(tle.meanAnomalyDeg == 325.0288)
        #expect(tle.meanMotionRevPerDay == 15.72125391)
        #expect(tle.revolutionNumber == 56353)
    }

    @Test func epochIsDayOfYearInUTC() throws {
        let tle = try TwoLineElementSet.parse(lines: [Self.line1, Self.line2]).get()
        // Day 264.51782528 of leap year 2008 = 20 September 2008, 12:25:40.104 UTC.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let expected = try #require(calendar.date(from: DateComponents(year: 2008, month: 9, day: 20, hour: 12, minute: 25, second: 40)))
        #expect(abs(tle.epoch.timeIntervalSince(expected) - 0.104) < 1e-3)
    }

    @Test func semiMajorAxisMatchesSGP4Initialisation() throws {
        let tle = try TwoLineElementSet.parse(lines: [Self.line1, Self.line2]).get()
        // Oracle: python-sgp4 2.27 (Rhodes), Satrec.twoline2rv(line1, line2, WGS72).a × 6378.135 km
        // = 6731.470970 km (the Brouwer mean semi-major axis after SGP4's un-Kozai step).
        #expect(abs(tle.semiMajorAxisKm - 6731.470970) < 1e-3)
    }

    @Test func checksumFollowsTheFormat() {
        #expect(TwoLineElementSet.checksum(of: Self.line1) == 7)
        #expect(TwoLineElementSet.checksum(of: Self.line2) == 7)
    }

    @Test func reportsEveryBrokenFieldWithItsColumn() throws {
        var broken = Array(Self.line1)
        broken[7] = "X"                     // classification (column 8)
        broken[68] = "7"                   // checksum unchanged: 'X' is not a digit, sum stays 7
        let failure = try #require(parseFailure(lines: [String(broken), Self.line2]))
        #expect(failure.errors.map { "\($0.line):\($0.column)" } == ["1:8"])
        #expect(failure.errors[0].message == "classification must be U, C or S, found 'X'")
    }

    @Test func rejectsWrongLengthsAndLineNumbers() throws {
        let short = try #require(parseFailure(lines: [String(Self.line1.dropLast()), Self.line2]))
        #expect(short.errors.map(\.description) == ["TLE line 1, column 69: element line 1 must be 69 characters long, found 68"])
        let swapped = try #require(parseFailure(lines: [Self.line2, Self.line1]))
        #expect(swapped.errors.contains { $0.line == 1 && $0.column == 1 && $0.message == "line 1 must start with '1', found '2'" })
        let one = try #require(parseFailure(lines: [Self.line1]))
        #expect(one.errors.first?.message == "expected two element lines (optionally after a title line), found 1 non-empty lines")
    }

    @Test func rejectsMismatchedCatalogueNumbers() throws {
        var line2 = Array(Self.line2)
        line2[6] = "5"                       // 25544 → 25545; checksum 7 → 8
        line2[68] = "8"
        let failure = try #require(parseFailure(lines: [Self.line1, String(line2)]))
        #expect(failure.errors.map(\.description) == ["TLE line 2, column 3: catalogue number 25545 differs from line 1 (25544)"])
    }

    @Test func acceptsAlpha5CatalogueNumbers() throws {
        // Alpha-5 (Space-Track, 2020): 'A' stands for 10 in the leading digit, so A0001 is 100001.
        func withCatalog(_ line: String) -> String {
            var chars = Array(line)
            chars.replaceSubrange(2..<7, with: Array("A0001"))
            let body = String(chars.prefix(68))
            return body + String(TwoLineElementSet.checksum(of: body))
        }
        let tle = try TwoLineElementSet.parse(lines: [withCatalog(Self.line1), withCatalog(Self.line2)]).get()
        #expect(tle.catalogNumber == 100_001)
    }

    @Test func mutatedElementSetsNeverCrashAndLocateEveryError() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("0123456789 .-+ABCUZ\u{7F}é\t")
        for _ in 0..<3000 {
            var lines = [Array(Self.line1), Array(Self.line2)]
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let which = Int.random(in: 0...1, using: &random)
                guard !lines[which].isEmpty else { continue }
                let at = Int.random(in: 0..<lines[which].count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: lines[which][at] = alphabet.randomElement(using: &random) ?? " "
                case 1: lines[which].insert(alphabet.randomElement(using: &random) ?? " ", at: at)
                default: lines[which].remove(at: at)
                }
            }
            if case .failure(let failure) = TwoLineElementSet.parse(lines: lines.map { String($0) }) {
                #expect(!failure.errors.isEmpty)
                #expect(failure.errors.allSatisfy { (1...2).contains($0.line) && (1...70).contains($0.column) })
            }
        }
    }

    func parseFailure(lines: [String]) -> TwoLineElementSet.ParseErrors? {
        if case .failure(let errors) = TwoLineElementSet.parse(lines: lines) { return errors }
        return nil
    }
}
