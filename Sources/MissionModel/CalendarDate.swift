import Foundation

/// A date or date-time from a descriptor (ISO 8601), kept with the text the user wrote.
///
/// Accepted: `YYYY-MM-DD` (midnight UTC), `YYYY-MM-DDThh:mm[:ss[.fff]]` followed by `Z` or `±hh:mm`.
/// Calendar validity is checked (no 31 April, 29 February only in leap years), because a date that
/// Foundation would silently roll over must be an error instead.
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var date: Date

    public var description: String { text }

    /// Nil unless `text` is a valid ISO 8601 date or date-time with explicit UTC offset.
    /// Years a mission date may fall in: from the first artificial satellite's year to the end of the tables.
    public static let acceptedYears = 1957...2200

    /// Why `text`, which `init?(_:)` refused, is refused, when it has the `YYYY-MM-DD` shape: its year is out of
    /// range or the day does not exist. Nil for text that is not shaped like a date at all.
    public static func refusal(of text: String) -> String? {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        if !acceptedYears.contains(year) {
            return "must be between \(acceptedYears.lowerBound)-01-01 and \(acceptedYears.upperBound)-12-31"
        }
        guard (1...12).contains(month) else { return "has no month \(month): months are 01 to 12" }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let length = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...length).contains(day) else { return "is not a calendar date: month \(parts[1]) of \(year) has \(length) days" }
        return nil
    }

    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var value = 0
            for s in scalars[from..<(from + count)] {
                guard ("0"..."9").contains(s) else { return nil }
                value = value * 10 + Int(s.value - 48)
            }
            return value
        }
        guard scalars.count >= 10, let year = digits(0, 4), scalars[4] == "-", let month = digits(5, 2),
              scalars[7] == "-", let day = digits(8, 2) else { return nil }
        guard Self.acceptedYears.contains(year), (1...12).contains(month) else { return nil }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let monthLengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day >= 1, day <= monthLengths[month - 1] else { return nil }
        var seconds = 0.0
        var offsetSeconds = 0
        if scalars.count > 10 {
            guard scalars[10] == "T" || scalars[10] == "t" || scalars[10] == " ",
                  let hour = digits(11, 2), scalars.count > 13, scalars[13] == ":", let minute = digits(14, 2),
                  hour < 24, minute < 60 else { return nil }
            seconds = Double(hour * 3600 + minute * 60)
            var index = 16
            if index < scalars.count, scalars[index] == ":" {
                guard let second = digits(index + 1, 2), second < 61 else { return nil }
                seconds += Double(second)
                index += 3
                if index < scalars.count, scalars[index] == "." {
                    var fraction = "0."
                    index += 1
                    let start = index
                    while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                        fraction.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    guard index > start, let value = Double(fraction) else { return nil }
                    seconds += value
                }
            }
            guard index < scalars.count else { return nil }
            if scalars[index] == "Z" || scalars[index] == "z" {
                guard index == scalars.count - 1 else { return nil }
            } else if scalars[index] == "+" || scalars[index] == "-" {
                guard index + 6 == scalars.count, let oh = digits(index + 1, 2), scalars[index + 3] == ":",
                      let om = digits(index + 4, 2), oh < 24, om < 60 else { return nil }
                offsetSeconds = (oh * 3600 + om * 60) * (scalars[index] == "-" ? -1 : 1)
            } else {
                return nil
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard let midnight = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        self.text = text
        self.date = midnight.addingTimeInterval(seconds - Double(offsetSeconds))
    }
}
