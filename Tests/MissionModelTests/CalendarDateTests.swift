import Foundation
import Testing
@testable import MissionModel

@Suite struct CalendarDateTests {
    func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) throws -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        return try #require(calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)))
    }

    @Test func datesAreMidnightUTC() throws {
        #expect(CalendarDate("2027-03-15")?.date == (try utc(2027, 3, 15)))
        #expect(CalendarDate("2027-03-15")?.text == "2027-03-15")
    }

    @Test func dateTimesHonourTheirOffset() throws {
        #expect(CalendarDate("2027-03-15T06:30:00Z")?.date == (try utc(2027, 3, 15, 6, 30)))
        #expect(CalendarDate("2027-03-15T08:30:00+02:00")?.date == (try utc(2027, 3, 15, 6, 30)))
        #expect(CalendarDate("2027-03-15T06:30Z")?.date == (try utc(2027, 3, 15, 6, 30)))
        let fractional = try #require(CalendarDate("2008-09-20T12:25:40.104Z"))
        #expect(abs(fractional.date.timeIntervalSince(try utc(2008, 9, 20, 12, 25, 40)) - 0.104) < 1e-6)
    }

    @Test func calendarIsChecked() {
        for bad in ["2027-02-29", "2100-02-29", "2027-04-31", "2027-00-10", "2027-1-05", "2027-03-15T24:00Z",
                    "2027-03-15T10:60Z", "2027-03-15T10:00", "2027-03-15T10:00+2", "2027-03-15Z", "1900-01-01", ""] {
            #expect(CalendarDate(bad) == nil, "\(bad)")
        }
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2028-02-29") != nil)
    }

    @Test func roundTripsFromDates() throws {
        let date = try utc(2008, 9, 20, 12, 25, 40).addingTimeInterval(0.104)
        #expect(CalendarDate(date: date).text == "2008-09-20T12:25:40.104Z")
    }
}
