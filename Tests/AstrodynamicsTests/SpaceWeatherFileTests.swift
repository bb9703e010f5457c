import Foundation
import Testing
@testable import Astrodynamics
import StewardTestSupport

/// The CelesTrak SW-All reader and the embedded snapshot: the snapshot is what the generator makes from
/// `Data/space_weather/`, rows decode to the file's values, and malformed files get located errors.
@Suite("Space weather files")
struct SpaceWeatherFileTests {
    static let dataFile = "Data/space_weather/SW-All_2025-07-21.txt"
    static let generatedFile = "Sources/Astrodynamics/Data/EmbeddedSpaceWeather.swift"

    /// The one test that parses the 3.3 MB file: the checked-in snapshot must equal the generator's output.
    @Test("embedded snapshot is fresh (regenerate with STEWARD_REGENERATE=1)")
    func fresh() throws {
        let root = Repository.root
        let text = try String(contentsOf: root.appendingPathComponent(Self.dataFile), encoding: .utf8)
        let history = try CelesTrakSpaceWeatherFile.parse(text, source: "test")
        #expect(history.observedDays == 24_765 && history.f107.count == 24_765 + 39 && history.monthStartDays.count == 194)
        let expected = SpaceWeatherSnapshotGenerator.source(from: history, dataFile: Self.dataFile)
        let url = root.appendingPathComponent(Self.generatedFile)
        if ProcessInfo.processInfo.environment["STEWARD_REGENERATE"] == "1" {
            try Data(expected.utf8).write(to: url)
        }
        let actual = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "EmbeddedSpaceWeather.swift is stale: run STEWARD_REGENERATE=1 swift test --filter SpaceWeatherFileTests")
    }

    /// Values read off the file by hand (row 2017-11-24: observed F10.7 74.1, centred 72.5, Ap 9; the research
    /// notes checked the same row column by column).
    @Test("embedded rows decode to the file's observed columns")
    func decodedRows() {
        let history = SpaceWeatherHistory.embedded
        let day = CalendarDay(year: 2017, month: 11, day: 24)
        let next = Date(timeIntervalSince1970: Double(day.dayNumber + 1) * 86_400 + 3600)
        let weather = history.weather(at: Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + 3600))
        #expect(weather?.f107Average == Double(Float(72.5)) && weather?.ap == 9)
        #expect(history.weather(at: next)?.f107 == Double(Float(74.1)))   // the previous day's flux
        #expect(history.part(at: Date(timeIntervalSince1970: 1_500_000_000)) == .observed)
        #expect(history.part(at: Date(timeIntervalSince1970: 1_800_000_000)) == .monthlyPredicted)
        #expect(history.part(at: Date(timeIntervalSince1970: 2_400_000_000)) == .afterFile)
        #expect(history.span.contains("monthly predictions to 2041-10"))
    }

    static let header = "DATATYPE CssiSpaceWeather\nVERSION 1.2\nUPDATED 2025 Jul 21 10:37:15 UTC\n"
    static let row = "2017 11 24 2514  9 13 17 20 13 20 17 20 23 143   5   6   7   5   7   6   7   9   9 0.4 1   0  72.2 0  71.8  72.9  74.1  72.5  73.3"

    @Test("malformed files get line and column", arguments: [
        ("BEGIN OBSERVED\n" + row + "\nEND OBSERVED\n", 1, "DATATYPE"),
        (header + "NUM_OBSERVED_POINTS 2\nBEGIN OBSERVED\n" + row + "\nEND OBSERVED\n", 7, "NUM_OBSERVED_POINTS"),
        (header + "BEGIN OBSERVED\n" + String(row.prefix(115)) + "\nEND OBSERVED\n", 5, "before the observed F10.7"),
        (header + "BEGIN OBSERVED\n" + row.replacingOccurrences(of: "74.1", with: "7x.1") + "\nEND OBSERVED\n", 5, "113"),
        (header + "BEGIN OBSERVED\n" + row + "\n" + row + "\nEND OBSERVED\n", 6, "consecutive"),
        (header + "BEGIN OBSERVED\n" + row + "\n", 5, "no END"),
        (header + "hello\n", 4, "keyword"),
    ])
    func malformed(_ sample: (String, Int, String)) {
        do {
            _ = try CelesTrakSpaceWeatherFile.parse(sample.0, source: "t")
            Issue.record("accepted: \(sample.2)")
        } catch {
            #expect(error.line == sample.1, "\(error)")
            #expect(error.description.contains(sample.2), "\(error)")
        }
    }

    @Test("a minimal file parses and drives the scenario; after it the mean cycle continues")
    func minimal() throws {
        let history = try CelesTrakSpaceWeatherFile.parse(Self.header + "BEGIN OBSERVED\n" + Self.row + "\nEND OBSERVED\n", source: "t")
        let scenario = SolarActivityScenario.recorded(RecordedSolarActivity(history: history), kind: .file)
        let day = Date(timeIntervalSince1970: Double(CalendarDay(year: 2017, month: 11, day: 24).dayNumber) * 86_400)
        #expect(scenario.weather(at: day).ap == 9)
        let later = Date(timeIntervalSince1970: 2_000_000_000)
        #expect(scenario.weather(at: later) == MeanSolarCycle().weather(at: later))
        #expect(scenario.maximumStepSeconds(at: day) == 5 * 86_400)
    }
}
