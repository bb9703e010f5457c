import Foundation

extension SpaceWeatherHistory {
    /// The CelesTrak SW-All snapshot compiled into the binary (`Data/space_weather/SW-All_2025-07-21.txt`, reduced
    /// to the columns the decay model reads by the generator in the tests; docs/physics.md, "Space weather files").
    /// Decoded once, on first use: about 75,000 integers.
    public static let embedded: SpaceWeatherHistory = {
        let daily = integers(EmbeddedSpaceWeather.daily)
        let monthly = integers(EmbeddedSpaceWeather.monthly)
        precondition(daily.count % 3 == 0 && monthly.count % 4 == 0, "EmbeddedSpaceWeather.swift is corrupt")
        let first = integers(EmbeddedSpaceWeather.firstDay)
        let firstDay = CalendarDay(year: first[0], month: first[1], day: first[2]).dayNumber
        var f107: [Float] = [], centred: [Float] = [], ap: [Float] = []
        f107.reserveCapacity(daily.count / 3); centred.reserveCapacity(daily.count / 3); ap.reserveCapacity(daily.count / 3)
        for index in stride(from: 0, to: daily.count, by: 3) {
            f107.append(Float(daily[index]) / 10)
            centred.append(Float(daily[index + 1]) / 10)
            ap.append(Float(daily[index + 2]))
        }
        var starts: [Int] = [], monthlyF107: [Float] = [], monthlyCentred: [Float] = []
        for index in stride(from: 0, to: monthly.count, by: 4) {
            starts.append(CalendarDay(year: monthly[index], month: monthly[index + 1], day: 1).dayNumber)
            monthlyF107.append(Float(monthly[index + 2]) / 10)
            monthlyCentred.append(Float(monthly[index + 3]) / 10)
        }
        return SpaceWeatherHistory(source: "CelesTrak SW-All updated \(EmbeddedSpaceWeather.updated) (embedded snapshot)",
                                   updated: EmbeddedSpaceWeather.updated, firstDay: firstDay,
                                   observedDays: EmbeddedSpaceWeather.observedDays, f107: f107, f107Centred81: centred,
                                   ap: ap, monthStartDays: starts, monthlyF107: monthlyF107,
                                   monthlyF107Centred81: monthlyCentred)
    }()

    /// The non-negative integers in `text`, in order; any other character separates them.
    static func integers(_ text: String) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.utf8.count / 4)
        var value = 0, inNumber = false
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                value = value * 10 + Int(byte - 48)
                inNumber = true
            } else if inNumber {
                result.append(value)
                value = 0
                inNumber = false
            }
        }
        if inNumber { result.append(value) }
        return result
    }

    /// The compact text the embedded snapshot stores (what the generator writes): daily triples
    /// "F10.7×10 centred×10 Ap", ten days a line; monthly "yyyy-mm F10.7×10 centred×10", one a line.
    public func compactDaily() -> String {
        var lines: [String] = []
        var line: [String] = []
        for index in 0..<f107.count {
            line.append("\(Int((f107[index] * 10).rounded())) \(Int((f107Centred81[index] * 10).rounded())) \(Int(ap[index].rounded()))")
            if line.count == 10 { lines.append(line.joined(separator: ",")); line = [] }
        }
        if !line.isEmpty { lines.append(line.joined(separator: ",")) }
        return lines.joined(separator: "\n")
    }

    public func compactMonthly() -> String {
        monthStartDays.indices.map { index in
            let day = CalendarDay(dayNumber: monthStartDays[index])
            return String(format: "%04d-%02d ", day.year, day.month)
                + "\(Int((monthlyF107[index] * 10).rounded())) \(Int((monthlyF107Centred81[index] * 10).rounded()))"
        }.joined(separator: "\n")
    }
}

extension SpaceWeatherHistory {
    /// The UPDATED date of the embedded snapshot, without decoding it.
    public static var embeddedUpdated: String { EmbeddedSpaceWeather.updated }
}
