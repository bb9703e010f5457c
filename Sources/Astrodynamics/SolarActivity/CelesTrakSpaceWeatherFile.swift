import Foundation

/// A malformed space-weather or forecast file: what is wrong and where (1-based line and column).
public struct SpaceWeatherFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// Reader for CelesTrak's space-weather file `SW-All.txt`, `DATATYPE CssiSpaceWeather`, `VERSION 1.2`
/// (T.S. Kelso, CelesTrak, "Space Weather Data Documentation", celestrak.org/SpaceData/SpaceWx-format.php,
/// updated 2023-05-26; the file header repeats the Fortran format
/// `FORMAT(I4,I3,I3,I5,I3,8I3,I4,8I4,I4,F4.1,I2,I4,F6.1,I2,5F6.1)`).
///
/// The file is `DATATYPE`, `VERSION` and `UPDATED` lines, `#` comments, then blocks
/// `NUM_<NAME>_POINTS n` / `BEGIN <NAME>` / n rows / `END <NAME>` for OBSERVED, DAILY_PREDICTED and
/// MONTHLY_PREDICTED (MONTHLY_FIT, listed by the format page, is read and ignored). Rows are fixed columns (blanks
/// move the tokens of predicted rows, so they are never split on whitespace). Columns used, 0-based:
/// year 0–4, month 4–7, day 7–10, Ap 78–82, observed F10.7 112–118, its 81-day centred mean 118–124.
/// Every problem is reported with its line and column.
public enum CelesTrakSpaceWeatherFile {
    /// Larger files are refused (the 2025 file is 3.3 MB and grows by about 50 kB a year).
    public static let maximumBytes = 20_000_000

    struct Field {
        let name: String
        let range: Range<Int>
    }

    static let year = Field(name: "year", range: 0..<4)
    static let month = Field(name: "month", range: 4..<7)
    static let day = Field(name: "day", range: 7..<10)
    static let ap = Field(name: "Ap", range: 78..<82)
    static let f107 = Field(name: "observed F10.7", range: 112..<118)
    static let f107Centred81 = Field(name: "observed 81-day centred F10.7", range: 118..<124)

    /// Parses the text of an SW-All file. `source` names it in provenance.
    public static func parse(_ text: String, source: String) throws(SpaceWeatherFileError) -> SpaceWeatherHistory {
        var lines: [[UInt8]] = []
        lines.reserveCapacity(26_000)
        var current: [UInt8] = []
        current.reserveCapacity(140)
        for byte in text.utf8 {
            if byte == 10 {
                if current.last == 13 { current.removeLast() }
                lines.append(current)
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { lines.append(current) }

        var datatype = false, version = false
        var updated: String?
        var expected: [String: (count: Int, line: Int)] = [:]
        var block: (name: String, line: Int)?
        var rowsInBlock = 0
        var firstDay: Int?
        var observedDays = 0
        var f107: [Float] = [], centred: [Float] = [], ap: [Float] = []
        var monthStarts: [Int] = [], monthlyF107: [Float] = [], monthlyCentred: [Float] = []
        f107.reserveCapacity(26_000); centred.reserveCapacity(26_000); ap.reserveCapacity(26_000)
        var seenBlocks: Set<String> = []

        for (index, bytes) in lines.enumerated() {
            let number = index + 1
            if let open = block {
                let line = String(decoding: bytes, as: UTF8.self)
                if line.hasPrefix("END ") {
                    let name = String(line.dropFirst(4)).trimmingCharacters(in: .whitespaces)
                    guard name == open.name else {
                        throw SpaceWeatherFileError(line: number, column: 5, "expected 'END \(open.name)', found '\(line)'")
                    }
                    if let declared = expected[name], declared.count != rowsInBlock {
                        throw SpaceWeatherFileError(line: number, column: 1,
                            "block \(name) has \(rowsInBlock) rows but NUM_\(name)_POINTS on line \(declared.line) says \(declared.count)")
                    }
                    block = nil
                    continue
                }
                rowsInBlock += 1
                if open.name == "MONTHLY_FIT" { continue }
                let date = try Self.date(bytes, line: number)
                switch open.name {
                case "OBSERVED", "DAILY_PREDICTED":
                    let dayNumber = date.dayNumber
                    if let first = firstDay {
                        let expectedDay = first + f107.count
                        guard dayNumber == expectedDay else {
                            throw SpaceWeatherFileError(line: number, column: 1,
                                "expected the row for \(CalendarDay(dayNumber: expectedDay).text), found \(date.text) "
                                    + "(daily rows must be consecutive days)")
                        }
                    } else {
                        guard open.name == "OBSERVED" else {
                            throw SpaceWeatherFileError(line: number, column: 1, "DAILY_PREDICTED rows before any OBSERVED row")
                        }
                        firstDay = dayNumber
                    }
                    f107.append(Float(try Self.number(bytes, Self.f107, line: number, in: 1...2000)))
                    centred.append(Float(try Self.number(bytes, Self.f107Centred81, line: number, in: 1...2000)))
                    ap.append(Float(try Self.number(bytes, Self.ap, line: number, in: 0...400)))
                    if open.name == "OBSERVED" { observedDays += 1 }
                case "MONTHLY_PREDICTED":
                    guard date.day == 1 else {
                        throw SpaceWeatherFileError(line: number, column: 8, "monthly rows must fall on the 1st, found \(date.text)")
                    }
                    if let last = monthStarts.last, date.dayNumber <= last {
                        throw SpaceWeatherFileError(line: number, column: 1, "monthly rows must ascend, found \(date.text) after "
                                                    + CalendarDay(dayNumber: last).text)
                    }
                    monthStarts.append(date.dayNumber)
                    monthlyF107.append(Float(try Self.number(bytes, Self.f107, line: number, in: 1...2000)))
                    monthlyCentred.append(Float(try Self.number(bytes, Self.f107Centred81, line: number, in: 1...2000)))
                default:
                    break
                }
                continue
            }
            let line = String(decoding: bytes, as: UTF8.self)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            switch words.first ?? "" {
            case "DATATYPE":
                guard number == 1 || !datatype, words.count == 2, words[1] == "CssiSpaceWeather" else {
                    throw SpaceWeatherFileError(line: number, column: 1, "expected 'DATATYPE CssiSpaceWeather', found '\(trimmed)'")
                }
                datatype = true
            case "VERSION":
                guard words.count == 2, words[1].hasPrefix("1.") else {
                    throw SpaceWeatherFileError(line: number, column: 9, "expected 'VERSION 1.x' (1.2 is documented), found '\(trimmed)'")
                }
                version = true
            case "UPDATED":
                updated = try Self.updated(words, line: number)
            case "MONTHLY_FIT_TYPE":
                continue
            case let keyword where keyword.hasPrefix("NUM_") && keyword.hasSuffix("_POINTS"):
                let name = String(keyword.dropFirst(4).dropLast(7))
                guard words.count == 2, let count = Int(words[1]), count >= 0 else {
                    throw SpaceWeatherFileError(line: number, column: keyword.count + 2,
                                                "expected a row count after \(keyword), found '\(trimmed)'")
                }
                expected[name] = (count, number)
            case "BEGIN":
                guard datatype else {
                    throw SpaceWeatherFileError(line: 1, column: 1, "not a CelesTrak space-weather file: "
                                                + "the first line must be 'DATATYPE CssiSpaceWeather'")
                }
                let name = words.count == 2 ? words[1] : ""
                guard ["OBSERVED", "DAILY_PREDICTED", "MONTHLY_PREDICTED", "MONTHLY_FIT"].contains(name) else {
                    throw SpaceWeatherFileError(line: number, column: 7, "expected BEGIN OBSERVED, DAILY_PREDICTED, "
                                                + "MONTHLY_PREDICTED or MONTHLY_FIT, found '\(trimmed)'")
                }
                guard !seenBlocks.contains(name) else {
                    throw SpaceWeatherFileError(line: number, column: 7, "block \(name) appears twice")
                }
                seenBlocks.insert(name)
                block = (name, number)
                rowsInBlock = 0
            default:
                guard datatype else {
                    throw SpaceWeatherFileError(line: number, column: 1, "not a CelesTrak space-weather file: expected "
                                                + "'DATATYPE CssiSpaceWeather' first, found '\(String(trimmed.prefix(40)))'")
                }
                throw SpaceWeatherFileError(line: number, column: 1, "expected a keyword (DATATYPE, VERSION, UPDATED, "
                                            + "NUM_…_POINTS, BEGIN) or a '#' comment, found '\(String(trimmed.prefix(40)))'")
            }
        }
        if let open = block {
            throw SpaceWeatherFileError(line: lines.count, column: 1, "block \(open.name) opened on line \(open.line) has no END")
        }
        guard datatype else {
            throw SpaceWeatherFileError(line: 1, column: 1, "not a CelesTrak space-weather file: the first line must be 'DATATYPE CssiSpaceWeather'")
        }
        guard version else { throw SpaceWeatherFileError(line: 1, column: 1, "missing 'VERSION 1.2' line") }
        guard let updated else { throw SpaceWeatherFileError(line: 1, column: 1, "missing 'UPDATED yyyy Mon dd hh:mm:ss UTC' line") }
        guard let firstDay, observedDays > 0 else {
            throw SpaceWeatherFileError(line: lines.count, column: 1, "no OBSERVED rows")
        }
        if let firstMonth = monthStarts.first, firstMonth < firstDay + f107.count {
            throw SpaceWeatherFileError(line: 1, column: 1, "MONTHLY_PREDICTED starts \(CalendarDay(dayNumber: firstMonth).text), "
                                        + "inside the daily rows")
        }
        return SpaceWeatherHistory(source: source, updated: updated, firstDay: firstDay, observedDays: observedDays,
                                   f107: f107, f107Centred81: centred, ap: ap, monthStartDays: monthStarts,
                                   monthlyF107: monthlyF107, monthlyF107Centred81: monthlyCentred)
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `UPDATED 2025 Jul 21 10:37:15 UTC` → `2025-07-21`.
    static func updated(_ words: [String], line: Int) throws(SpaceWeatherFileError) -> String {
        guard words.count >= 4, let year = Int(words[1]), let month = months.firstIndex(of: words[2]),
              let day = Int(words[3]), CalendarDay(year: year, month: month + 1, day: day).isValid else {
            throw SpaceWeatherFileError(line: line, column: 9, "expected 'UPDATED yyyy Mon dd hh:mm:ss UTC', found '\(words.joined(separator: " "))'")
        }
        return CalendarDay(year: year, month: month + 1, day: day).text
    }

    static func date(_ bytes: [UInt8], line: Int) throws(SpaceWeatherFileError) -> CalendarDay {
        let y = try integer(bytes, year, line: line), m = try integer(bytes, month, line: line)
        let d = try integer(bytes, day, line: line)
        let date = CalendarDay(year: y, month: m, day: d)
        guard date.isValid else {
            throw SpaceWeatherFileError(line: line, column: 1, "'\(y) \(m) \(d)' is not a calendar date")
        }
        return date
    }

    static func text(_ bytes: [UInt8], _ field: Field, line: Int) throws(SpaceWeatherFileError) -> String {
        guard bytes.count >= field.range.upperBound else {
            throw SpaceWeatherFileError(line: line, column: bytes.count + 1,
                "row ends at column \(bytes.count), before the \(field.name) field (columns \(field.range.lowerBound + 1)–\(field.range.upperBound))")
        }
        return String(decoding: bytes[field.range], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    static func integer(_ bytes: [UInt8], _ field: Field, line: Int) throws(SpaceWeatherFileError) -> Int {
        let value = try text(bytes, field, line: line)
        guard let number = Int(value) else {
            throw SpaceWeatherFileError(line: line, column: field.range.lowerBound + 1,
                                        "expected an integer \(field.name), found '\(value)'")
        }
        return number
    }

    static func number(_ bytes: [UInt8], _ field: Field, line: Int, in range: ClosedRange<Double>) throws(SpaceWeatherFileError) -> Double {
        let value = try text(bytes, field, line: line)
        guard let number = Double(value), number.isFinite else {
            throw SpaceWeatherFileError(line: line, column: field.range.lowerBound + 1,
                                        "expected a number for \(field.name), found '\(value)'")
        }
        guard range.contains(number) else {
            throw SpaceWeatherFileError(line: line, column: field.range.lowerBound + 1,
                "\(field.name) \(value) is outside \(Int(range.lowerBound))–\(Int(range.upperBound))")
        }
        return number
    }
}
