import Astrodynamics
import Foundation
import MissionModel
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// `solar_activity=file` and the forecast scenarios end to end: a hindcast of a real re-entry with observed
/// space weather, the forecast bounds ordering lifetimes, and the user's replacement files.
@Suite("Solar activity from files")
struct SolarActivityFileTests {
    /// Tiangong-1 (2011-053A, NORAD 37820), re-entered 2018-04-02 00:16 UTC (JSpOC, reported by Sky & Telescope,
    /// "Tiangong 1's Remote Reentry", 2018-04-02). Mass 8.5 t at launch (China's note verbale to UNOOSA,
    /// 14 Dec 2017); body a cylinder 10.4 m long, 3.35 m across (Earth Planets Space 71 (2019), "Tiangong-1's
    /// accelerated self-spin before reentry", Fig. 1). The solar arrays are left out: the body's tumbling mean
    /// area (≈ 32 m²) is the one an independent NRLMSISE-00 + observed-F10.7 run reproduces the decay with
    /// (docs/physics.md, "Validation"). TLEs: 2017-04-18 and 2017-07-25 element sets from public catalogue copies.
    static func tiangong(line1: String, line2: String) -> String {
        """
        format: steward/mission@1
        id: tiangong-1
        name: Tiangong-1 hindcast
        phase: operating
        operator: {name: China Manned Space Agency, country: CN}
        orbit:
          tle: |
            TIANGONG 1
            \(line1)
            \(line2)
        spacecraft:
          count: 1
          mass_kg: 8500
          dimensions_m: [3.35, 10.4]
          drag_coefficient: 2.2

        """
    }

    static let reentry = Date(timeIntervalSince1970: 1_522_628_160)   // 2018-04-02T00:16:00Z

    static func lifetimeDays(_ text: String, _ overrides: [String: RuleEngine.FactValue]) throws -> (Double, String) {
        let mission = try MissionLoader.load(text: text, file: "tiangong-1.yaml").get()
        let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: [:], overrides: overrides))
        guard case .known(let fact) = source.lookup("derived.lifetime.operational_orbit_years"),
              case .number(let years) = fact.value else {
            Issue.record("lifetime absent: \(source.lookup("derived.lifetime.operational_orbit_years"))")
            throw Unavailable("lifetime")
        }
        return (years * secondsPerYear / 86_400, fact.provenance.model ?? "")
    }

    @Test("Tiangong-1 hindcast with observed space weather lands within ±35 % of the observed decay",
          arguments: [
            ("1 37820U 11053A   17108.75840766  .00019738  00000-0  12544-3 0  9997",
             "2 37820  42.7593 203.1960 0018230  12.5951 125.9337 15.75851115318584", 1_492_539_126.0),
            ("1 37820U 11053A   17206.57682878  .00025514  00000-0  13004-3 0  9995",
             "2 37820  42.7593 324.6017 0020085 348.1948  81.3822 15.80564343334044", 1_500_990_638.0),
          ])
    func tiangongHindcast(_ tle: (String, String, Double)) throws {
        let observed = Self.reentry.timeIntervalSince1970 / 86_400 - tle.2 / 86_400   // 348.3 d and 250.4 d
        let (days, model) = try Self.lifetimeDays(Self.tiangong(line1: tle.0, line2: tle.1),
                                                  ["solar_activity": .string("file")])
        #expect(abs(days / observed - 1) < 0.35, "modelled \(days) d, observed \(observed) d")
        #expect(model.contains("CelesTrak SW-All updated 2025-07-21"), "\(model)")
    }

    @Test("forecast_low ≥ forecast ≥ forecast_high lifetimes, and the bounds come from cycles 20–24")
    func forecastBounds() throws {
        let mission = try DerivedFactsTests.example("kestrel-eo.yaml")
        func years(_ scenario: String) throws -> Double {
            let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(
                ruleset: [:], overrides: ["solar_activity": .string(scenario)]))
            return try DerivedFactsTests.number(source, "derived.lifetime.operational_orbit_years")
        }
        let low = try years("forecast_low"), nominal = try years("forecast"), high = try years("forecast_high")
        #expect(low > nominal * 1.2 && nominal > high * 1.1, "low \(low), nominal \(nominal), high \(high)")
        let spread = try #require(SpaceWeatherHistory.embedded.cycleSpreadFactors)
        #expect(spread.cycles == "20–24")
        // Peaks of 13-month smoothed observed F10.7 156, 205, 213, 199, 146 sfu (computed from the file):
        #expect(abs(spread.high - 1.251) < 0.01 && abs(spread.low - 0.675) < 0.01, "\(spread)")
    }

    @Test("a NOAA SWPC forecast supplies the bounds for its months")
    func noaaForecast() throws {
        var months: [String] = []
        for year in 2025...2040 {
            for month in 1...12 {
                months.append("{\"time-tag\": \"\(year)-\(String(format: "%02d", month))\", \"predicted_ssn\": 80, "
                              + "\"high_ssn\": 100, \"low_ssn\": 60, \"predicted_f10.7\": 120.5, \"high_f10.7\": 180.0, \"low_f10.7\": 80.0}")
            }
        }
        let path = try ScratchDirectory.file("predicted-solar-cycle.json", "[\n" + months.joined(separator: ",\n") + "\n]\n")
        defer { ScratchDirectory.remove(holding: path) }
        let mission = try DerivedFactsTests.example("kestrel-eo.yaml")
        func years(_ scenario: String) throws -> (Double, String) {
            let source = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(
                ruleset: [:], overrides: ["solar_activity": .string(scenario), "solar_forecast": .string(path)]))
            guard case .known(let fact) = source.lookup("derived.lifetime.operational_orbit_years"),
                  case .number(let value) = fact.value else { throw Unavailable("lifetime") }
            return (value, fact.provenance.model ?? "")
        }
        let (high, model) = try years("forecast_high")
        let (low, _) = try years("forecast_low")
        #expect(low > 2 * high)
        #expect(model.contains("NOAA SWPC predicted cycle"))
    }

    @Test("a malformed forecast or space-weather file is a located error")
    func malformedFiles() throws {
        let forecast = try ScratchDirectory.file("f.json", "[\n  {\"time-tag\": \"2026-01\", \"predicted_f10.7\": 120},\n  {\"time-tag\": \"2026-13\", \"predicted_f10.7\": 120}\n]\n")
        defer { ScratchDirectory.remove(holding: forecast) }
        #expect(throws: DiagnosticError.self) { try SpaceWeatherFiles.forecast(path: forecast) }
        do {
            _ = try SpaceWeatherFiles.forecast(path: forecast)
        } catch {
            #expect(error.description.contains("f.json:3:3"), "\(error.description)")
        }
        let directory = try ScratchDirectory.make("sw")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            _ = try SpaceWeatherFiles.history(path: directory.path)
            Issue.record("a directory was read")
        } catch {
            #expect(error.description.contains("not a regular file"))
        }
        #expect(throws: DiagnosticError.self) { try SpaceWeatherFiles.history(path: "/dev/zero") }
    }
}
