import Foundation

/// NOAA SWPC's predicted solar cycle, `predicted-solar-cycle.json`
/// (services.swpc.noaa.gov/json/solar-cycle/predicted-solar-cycle.json): one JSON array, one object per month,
/// `{"time-tag": "YYYY-MM", "predicted_f10.7": n, "high_f10.7": n, "low_f10.7": n, …}`. The values are smoothed
/// monthly F10.7 (sfu) — used as both daily and 81-day flux, like Steward's mean cycle — with SWPC's expected
/// range as high/low (SWPC does not state a percentile). `time-tag` and `predicted_f10.7` are required; other
/// keys (`predicted_ssn`, the quartile fields of newer issues) are ignored.
public struct SolarCycleForecast: Sendable, Hashable {
    public var source: String
    /// Day number of the first day of each month, ascending.
    public var monthStartDays: [Int]
    public var predicted: [Double]
    public var high: [Double?]
    public var low: [Double?]

    public static let maximumBytes = 5_000_000

    /// Parses the JSON text. Errors carry the line and column of the offending month's object.
    public static func parse(_ text: String, source: String) throws(SpaceWeatherFileError) -> SolarCycleForecast {
        let starts = objectStarts(text)
        guard let data = text.data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data, options: []) else {
            throw SpaceWeatherFileError(line: 1, column: 1, "not valid JSON (expected NOAA SWPC's predicted-solar-cycle.json)")
        }
        guard let months = root as? [Any] else {
            throw SpaceWeatherFileError(line: 1, column: 1, "expected a JSON array of monthly objects")
        }
        guard !months.isEmpty else { throw SpaceWeatherFileError(line: 1, column: 1, "the forecast has no months") }
        var result = SolarCycleForecast(source: source, monthStartDays: [], predicted: [], high: [], low: [])
        for (index, element) in months.enumerated() {
            let place = index < starts.count ? starts[index] : (1, 1)
            func fail(_ message: String) -> SpaceWeatherFileError {
                SpaceWeatherFileError(line: place.0, column: place.1, "month \(index + 1): \(message)")
            }
            guard let object = element as? [String: Any] else { throw fail("expected an object") }
            guard let tag = object["time-tag"] as? String else { throw fail("missing \"time-tag\" (\"YYYY-MM\")") }
            let parts = tag.split(separator: "-").map { Int($0) }
            guard parts.count == 2, let year = parts[0], let month = parts[1],
                  CalendarDay(year: year, month: month, day: 1).isValid else {
                throw fail("\"time-tag\" must be \"YYYY-MM\", found \"\(tag)\"")
            }
            let day = CalendarDay(year: year, month: month, day: 1).dayNumber
            if let last = result.monthStartDays.last, day <= last { throw fail("months must ascend, found \(tag)") }
            func flux(_ key: String, required: Bool) throws(SpaceWeatherFileError) -> Double? {
                guard let value = object[key], !(value is NSNull) else {
                    if required { throw fail("missing \"\(key)\"") }
                    return nil
                }
                guard let number = (value as? NSNumber)?.doubleValue, number.isFinite,
                      (1...2000).contains(number) else {
                    throw fail("\"\(key)\" must be a flux from 1 to 2000 sfu, found \(value)")
                }
                return number
            }
            guard let predicted = try flux("predicted_f10.7", required: true) else { continue }
            result.monthStartDays.append(day)
            result.predicted.append(predicted)
            result.high.append(try flux("high_f10.7", required: false))
            result.low.append(try flux("low_f10.7", required: false))
        }
        return result
    }

    /// The month's values at a day, nil outside the forecast.
    public func month(at day: Int) -> (predicted: Double, high: Double?, low: Double?)? {
        guard let first = monthStartDays.first, day >= first,
              day < CalendarDay(dayNumber: monthStartDays.last!).addingMonths(1).dayNumber else { return nil }
        var index = 0
        while index + 1 < monthStartDays.count, monthStartDays[index + 1] <= day { index += 1 }
        return (predicted[index], high[index], low[index])
    }

    /// Line and column of each top-level array element's `{`, so errors can point at the month.
    static func objectStarts(_ text: String) -> [(Int, Int)] {
        var starts: [(Int, Int)] = []
        var depth = 0, line = 1, column = 0, inString = false, escaped = false
        for byte in text.utf8 {
            column += 1
            if byte == 10 { line += 1; column = 0; continue }
            if inString {
                if escaped { escaped = false } else if byte == 92 { escaped = true } else if byte == 34 { inString = false }
                continue
            }
            switch byte {
            case 34: inString = true
            case 91, 123:
                if byte == 123, depth == 1 { starts.append((line, column)) }
                depth += 1
            case 93, 125: depth -= 1
            default: break
            }
        }
        return starts
    }
}
