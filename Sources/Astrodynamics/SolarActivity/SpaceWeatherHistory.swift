import Foundation

/// Recorded and predicted solar and geomagnetic activity, day by day then month by month, as a CelesTrak
/// space-weather file gives it (``CelesTrakSpaceWeatherFile``; docs/physics.md, "Space weather files").
///
/// Only what the decay model reads is kept: the **observed** F10.7 (flux at the Earth's actual distance, the one
/// NRLMSISE-00 was built on — not the 1-AU adjusted column), its 81-day centred mean, and the daily Ap.
/// Daily rows are the file's OBSERVED block followed by its DAILY_PREDICTED block, contiguous; monthly rows are
/// the MONTHLY_PREDICTED block (no Ap there: ``monthlyAp`` is used).
public final class SpaceWeatherHistory: Sendable {
    /// Where the data came from, for provenance: e.g. "CelesTrak SW-All updated 2025-07-21 (embedded snapshot)".
    public let source: String
    /// The file's UPDATED date, `yyyy-mm-dd`.
    public let updated: String
    /// Day number (days since 1970-01-01 UTC) of the first daily row.
    public let firstDay: Int
    /// How many of the daily rows are observed; the rest are the daily predictions.
    public let observedDays: Int
    /// Daily observed F10.7, sfu.
    public let f107: [Float]
    /// Daily 81-day centred mean of the observed F10.7, sfu.
    public let f107Centred81: [Float]
    /// Daily Ap.
    public let ap: [Float]
    /// Day number of the first day of each predicted month, ascending.
    public let monthStartDays: [Int]
    public let monthlyF107: [Float]
    public let monthlyF107Centred81: [Float]

    /// Ap for the monthly predictions and beyond: 15, the long-term mean CNES STELA uses (as ``MeanSolarCycle``).
    public static let monthlyAp = MeanSolarCycle.ap

    public init(source: String, updated: String, firstDay: Int, observedDays: Int, f107: [Float], f107Centred81: [Float],
                ap: [Float], monthStartDays: [Int], monthlyF107: [Float], monthlyF107Centred81: [Float]) {
        precondition(f107.count == f107Centred81.count && f107.count == ap.count && observedDays <= f107.count)
        precondition(monthStartDays.count == monthlyF107.count && monthlyF107.count == monthlyF107Centred81.count)
        self.source = source
        self.updated = updated
        self.firstDay = firstDay
        self.observedDays = observedDays
        self.f107 = f107
        self.f107Centred81 = f107Centred81
        self.ap = ap
        self.monthStartDays = monthStartDays
        self.monthlyF107 = monthlyF107
        self.monthlyF107Centred81 = monthlyF107Centred81
    }

    /// The same data under another source name (a user file keeps its path in the name).
    public func named(_ source: String) -> SpaceWeatherHistory {
        SpaceWeatherHistory(source: source, updated: updated, firstDay: firstDay, observedDays: observedDays, f107: f107,
                            f107Centred81: f107Centred81, ap: ap, monthStartDays: monthStartDays,
                            monthlyF107: monthlyF107, monthlyF107Centred81: monthlyF107Centred81)
    }

    /// Which part of the file an instant falls in.
    public enum Part: Sendable, Equatable {
        case beforeFile, observed, dailyPredicted, monthlyPredicted, afterFile
    }

    public static func dayNumber(_ date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Day after the last monthly (or daily) row: where the file stops saying anything.
    public var endDay: Int {
        if let last = monthStartDays.last { return CalendarDay(dayNumber: last).addingMonths(1).dayNumber }
        return firstDay + f107.count
    }

    public func part(at date: Date) -> Part {
        let day = Self.dayNumber(date)
        if day < firstDay { return .beforeFile }
        if day < firstDay + observedDays { return .observed }
        if day < firstDay + f107.count { return .dailyPredicted }
        if day < endDay { return .monthlyPredicted }
        return .afterFile
    }

    /// The file's activity at an instant, nil before its first day or after its last month. F10.7 is the previous
    /// day's (NRLMSISE-00's convention), the 81-day mean and Ap the day's own.
    public func weather(at date: Date) -> SpaceWeather? {
        let day = Self.dayNumber(date)
        let index = day - firstDay
        if index >= 0, index < f107.count {
            let previous = max(index - 1, 0)
            return SpaceWeather(f107: Double(f107[previous]), f107Average: Double(f107Centred81[index]), ap: Double(ap[index]))
        }
        guard day >= firstDay + f107.count, day < endDay else { return nil }
        // Last month starting on or before the day.
        var low = 0, high = monthStartDays.count - 1
        guard high >= 0, day >= monthStartDays[0] else {
            return nil
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if monthStartDays[middle] <= day { low = middle } else { high = middle - 1 }
        }
        return SpaceWeather(f107: Double(monthlyF107[low]), f107Average: Double(monthlyF107Centred81[low]),
                            ap: Self.monthlyAp)
    }

    /// Last observed day and last predicted month, for descriptions.
    public var span: String {
        let first = CalendarDay(dayNumber: firstDay).text
        let lastObserved = CalendarDay(dayNumber: firstDay + observedDays - 1).text
        var text = "observed \(first) to \(lastObserved)"
        if f107.count > observedDays {
            text += ", daily predictions to \(CalendarDay(dayNumber: firstDay + f107.count - 1).text)"
        }
        if let last = monthStartDays.last {
            text += ", monthly predictions to \(CalendarDay(dayNumber: last).text.prefix(7))"
        }
        return text
    }

    // MARK: Spread of past cycles

    /// Quiet-Sun background flux, sfu: F10.7 never falls much below it (Clette, J. Space Weather Space Clim. 11, 2
    /// (2021), ≈ 67 sfu). Bounds scale the flux *above* it, so a weak cycle never goes below the quiet Sun.
    public static let quietSunF107 = 67.0

    /// Minima of the 13-month smoothed sunspot number that start cycles 20 to 25 (WDC-SILSO, Royal Observatory of
    /// Belgium, table of solar cycle minima and maxima, sidc.be/silso/cyclesminmax): 1964-10, 1976-03, 1986-09,
    /// 1996-08, 2008-12, 2019-12. A cycle's amplitude is the largest smoothed F10.7 between its minimum and the
    /// next; a month's error in these dates cannot move a maximum that lies years inside the cycle.
    public static let cycleMinima: [(cycle: Int, year: Int, month: Int)] = [
        (20, 1964, 10), (21, 1976, 3), (22, 1986, 9), (23, 1996, 8), (24, 2008, 12), (25, 2019, 12),
    ]

    /// Peak 13-month smoothed monthly-mean observed F10.7 of each complete cycle in the file (cycles 20–24 for the
    /// shipped snapshot; the file starts in 1957, inside cycle 19). Smoothing is the SILSO/NOAA 13-month running
    /// mean with half weight on the end months.
    public var cycleAmplitudes: [(cycle: Int, peakF107: Double)] {
        var sums: [Int: (Double, Int)] = [:]   // month index (year·12 + month − 1) → sum, count
        for index in 0..<observedDays {
            let day = CalendarDay(dayNumber: firstDay + index)
            let key = day.year * 12 + day.month - 1
            let entry = sums[key] ?? (0, 0)
            sums[key] = (entry.0 + Double(f107[index]), entry.1 + 1)
        }
        func mean(_ key: Int) -> Double? { sums[key].map { $0.0 / Double($0.1) } }
        func smoothed(_ key: Int) -> Double? {
            var total = 0.0
            for offset in -6...6 {
                guard let value = mean(key + offset) else { return nil }
                total += abs(offset) == 6 ? value / 24 : value / 12
            }
            return total
        }
        var result: [(Int, Double)] = []
        for (position, minimum) in Self.cycleMinima.enumerated().dropLast() {
            let next = Self.cycleMinima[position + 1]
            let start = minimum.year * 12 + minimum.month - 1, end = next.year * 12 + next.month - 1
            let values = (start..<end).map(smoothed)
            guard values.allSatisfy({ $0 != nil }) else { continue }
            result.append((minimum.cycle, values.compactMap { $0 }.max() ?? 0))
        }
        return result
    }

    /// Factors on the flux above the quiet Sun for the high and low bounds: (strongest − 67)/(mean − 67) and
    /// (weakest − 67)/(mean − 67) over the complete cycles in the file. Nil when the file holds fewer than two.
    public var cycleSpreadFactors: (high: Double, low: Double, cycles: String)? {
        let amplitudes = cycleAmplitudes
        guard amplitudes.count >= 2 else { return nil }
        let peaks = amplitudes.map(\.peakF107)
        let mean = peaks.reduce(0, +) / Double(peaks.count)
        guard mean > Self.quietSunF107 + 1 else { return nil }
        let base = Self.quietSunF107
        return ((peaks.max()! - base) / (mean - base), (peaks.min()! - base) / (mean - base),
                "\(amplitudes.first!.cycle)–\(amplitudes.last!.cycle)")
    }
}

/// A civil date in the proleptic Gregorian calendar, by day number since 1970-01-01 (H. Hinnant's
/// days-from-civil algorithm, chrono-Compatible Low-Level Date Algorithms).
public struct CalendarDay: Sendable, Hashable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whether the fields name a real date.
    public var isValid: Bool {
        month >= 1 && month <= 12 && day >= 1 && CalendarDay(dayNumber: dayNumber) == self
    }

    public func addingMonths(_ months: Int) -> CalendarDay {
        let index = year * 12 + month - 1 + months
        return CalendarDay(year: index / 12, month: index % 12 + 1, day: day)
    }

    /// `yyyy-mm-dd`.
    public var text: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}
