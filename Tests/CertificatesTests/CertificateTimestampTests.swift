import Foundation
import Testing
@testable import Certificates
import StewardTestSupport

@Suite("Certificate timestamps")
struct CertificateTimestampTests {
    /// Seconds since the Unix epoch for fixed instants, computed with Python 3.11
    /// `datetime.fromisoformat(...).replace(tzinfo=timezone.utc).timestamp()`.
    static let known: [(String, Int64)] = [
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59Z", -1),
        ("2000-03-01T00:00:00Z", 951_868_800),
        ("2026-11-28T19:37:39Z", 1_795_894_659),
        ("2400-02-29T12:00:00Z", 13_574_606_400),
        ("0001-01-01T00:00:00Z", -62_135_596_800),
        ("9999-12-31T23:59:59Z", 253_402_300_799),
    ]

    @Test("parses and prints known instants", arguments: known)
    func knownInstants(text: String, seconds: Int64) throws {
        let timestamp = try #require(CertificateTimestamp(iso8601: text))
        #expect(timestamp.secondsSince1970 == seconds)
        #expect(CertificateTimestamp(secondsSince1970: seconds).iso8601 == text)
    }

    @Test("agrees with Foundation's ISO 8601 formatter over many instants")
    func agreesWithFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            // 1900 … 2200
            let seconds = Int64(generator.next() % 9_467_280_000) - 2_208_988_800
            let timestamp = CertificateTimestamp(secondsSince1970: seconds)
            #expect(timestamp.iso8601 == formatter.string(from: timestamp.date))
            #expect(CertificateTimestamp(iso8601: timestamp.iso8601) == timestamp)
        }
    }

    @Test("rejects every other spelling", arguments: [
        "2026-11-28", "2026-11-28T00:00:00", "2026-11-28T00:00:00+00:00", "2026-11-28T00:00:00.000Z",
        "2026-11-28t00:00:00Z", "2026-11-28 00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
        "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-28T24:00:00Z",
        "2026-11-28T23:60:00Z", "2026-11-28T23:59:60Z", "0000-01-01T00:00:00Z", "+026-11-28T00:00:00Z", "２０２６-11-28T00:00:00Z",
    ])
    func rejects(text: String) {
        #expect(CertificateTimestamp(iso8601: text) == nil)
    }

    @Test("leap days that exist are accepted")
    func leapDays() {
        #expect(CertificateTimestamp(iso8601: "2024-02-29T00:00:00Z") != nil)
        #expect(CertificateTimestamp(iso8601: "2000-02-29T00:00:00Z") != nil)
    }

    @Test("from a Date truncates to the second; adding days adds 86 400 s each")
    func dateConversion() {
        let timestamp = CertificateTimestamp(Date(timeIntervalSince1970: 1_795_894_659.999))
        #expect(timestamp.secondsSince1970 == 1_795_894_659)
        #expect(CertificateTimestamp(Date(timeIntervalSince1970: -0.5)).secondsSince1970 == -1)
        #expect(timestamp.adding(days: 365).iso8601 == "2027-11-28T19:37:39Z")
    }

    @Test("--date accepts a day or a full timestamp; SOURCE_DATE_EPOCH accepts plain decimal seconds")
    func options() {
        #expect(CertificateTimestamp(dateOption: "2026-11-28")?.iso8601 == "2026-11-28T00:00:00Z")
        #expect(CertificateTimestamp(dateOption: "2026-11-28T12:30:00Z")?.iso8601 == "2026-11-28T12:30:00Z")
        #expect(CertificateTimestamp(dateOption: "28/11/2026") == nil)
        #expect(CertificateTimestamp(sourceDateEpoch: "1795894659")?.iso8601 == "2026-11-28T19:37:39Z")
        #expect(CertificateTimestamp(sourceDateEpoch: "0")?.secondsSince1970 == 0)
        for bad in ["", "-1", "+5", "1.5", " 5", "5 ", "1e9", "999999999999"] {
            #expect(CertificateTimestamp(sourceDateEpoch: bad) == nil, "\(bad)")
        }
    }
}
