import Astrodynamics
import Diagnostics
import Foundation
import MissionModel
import RuleEngine

/// The physics assumptions, typed and validated: what the providers actually use.
///
/// Values come from the ruleset's `assumptions:` block with `--assume` overrides on top (``PhysicsAssumptions``);
/// any key neither gives takes the default listed in ``DerivedAssumptions/specs``. The defaults equal the
/// default ruleset's block (`Rulesets/lts-2019.yaml`: mean_cycle, nrlmsise00, C_D 2.2, 25 years, population
/// 2020), so `steward facts` without a ruleset shows the numbers `steward rate` uses.
public struct DerivedAssumptions: Sendable, Hashable {
    public enum SolarActivity: String, Sendable, Hashable, CaseIterable {
        case constant
        case losEquivalent = "los_equivalent"
        case meanCycle = "mean_cycle"
        /// Observed history, then the file's predictions, then the mean cycle (docs/physics.md, "Space weather files").
        case file
        /// As `file`, with NOAA SWPC's predicted cycle for its months when `solar_forecast` is given.
        case forecast
        case forecastHigh = "forecast_high"
        case forecastLow = "forecast_low"
    }

    public enum Atmosphere: String, Sendable, Hashable, CaseIterable {
        /// `NRLMSISE00MeanTable.standard`: orbit-averaged NRLMSISE-00 densities tabulated once.
        case nrlmsise00
        /// `ExponentialAtmosphere`: Vallado's piecewise exponential model, no solar dependence.
        case exponential
    }

    public var solarActivity: SolarActivity = .meanCycle
    /// F10.7 for `solar_activity=constant`, sfu. Default: the mean of Steward's mean cycle (70–155 sfu).
    public var f107: Double = MeanSolarCycle.meanF107
    /// Ap for `solar_activity=constant`. Default 15, the Ap CNES STELA uses with constant activity.
    public var ap: Double = MeanSolarCycle.ap
    public var atmosphere: Atmosphere = .nrlmsise00
    /// C_D used when the descriptor declares none (CNES STELA default; NASA-STD-8719.14C Fig. 4.3-1).
    public var dragCoefficient: Double = DragProfile.defaultDragCoefficient
    /// Residual-lifetime target the disposal Δv is sized for (IADC / ISO 24113 25-year rule).
    public var targetResidualLifetimeYears: Double = 25
    /// Year of the population grid used for casualty risk.
    public var populationYear: Int = 2020
    /// Fraction of operational collision risk removed by avoidance (Steward's default; see
    /// `CollisionProbabilityModel.defaultAvoidanceCredit`, which states it has no published source).
    public var collisionAvoidanceCredit: Double = CollisionProbabilityModel.defaultAvoidanceCredit
    /// Longest time a decay is propagated, years (LifetimeSettings default: 200).
    public var horizonYears: Double = LifetimeSettings.standard.horizonYears
    /// Perigee altitude that ends a decay, km (LifetimeSettings default: 100).
    public var reentryAltitudeKm: Double = LifetimeSettings.standard.reentryPerigeeAltitudeKm
    /// C_R used for the GEO re-orbit formula when the descriptor declares none: 1.5, CNES STELA's default
    /// reflectivity (CNES/patrius `utils/Constants.java`), the top of the 1.2–1.5 range
    /// IADC-02-01 §5.3.1.1 calls typical (so the conservative, larger raise).
    public var reflectivityCoefficient: Double = 1.5
    /// A user-rebuilt tracked-object table (`steward density-table`), or nil for the shipped 2019 table.
    public var densityTable: String?
    /// A CelesTrak SW-All file replacing the embedded snapshot, or nil.
    public var spaceWeather: String?
    /// NOAA SWPC predicted-solar-cycle JSON for the forecast scenarios, or nil.
    public var solarForecast: String?
    /// A `steward/materials@1` file replacing built-in thermal properties, or nil.
    public var materials: String?
    /// Monte Carlo draws for the tier probabilities (`--samples`); 0 runs none.
    public var uncertaintySamples: Int = 0
    /// Seed of the Monte Carlo draws (`--seed`).
    public var uncertaintySeed: UInt64 = 1
    /// Distributions the ruleset or `--assume` gives (`uncertainty_<input>`), by input; a descriptor's own
    /// `uncertainty:` section takes precedence, Steward's defaults fill the rest (``UncertaintyPlan``).
    public var uncertaintyDistributions: [UncertainInput: UncertaintyDistribution] = [:]

    /// Draws behind the percentile and probability facts when no `--samples` is given.
    public static let defaultEnsembleSamples = 256

    public init() {}

    /// One assumption key: its type, allowed values and default, for validation and documentation.
    public struct Spec: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case choice([String])
            case number(ClosedRange<Double>)
            case integer(ClosedRange<Int>)
            case path
            /// A distribution in the `uncertainty:` syntax (docs/mission-format.md), checked for the input.
            case distribution(UncertainInput)
        }
        public var key: String
        public var kind: Kind
        public var defaultText: String
        public var doc: String
    }

    /// Every key the providers read (snake_case, as in rulesets and `--assume`).
    public static let specs: [Spec] = [
        Spec(key: "ap", kind: .number(0...400), defaultText: "15",
             doc: "Geomagnetic Ap index for solar_activity=constant."),
        Spec(key: "atmosphere", kind: .choice(Atmosphere.allCases.map(\.rawValue)), defaultText: "nrlmsise00",
             doc: "Mean atmosphere: nrlmsise00 (tabulated NRLMSISE-00) or exponential (Vallado)."),
        Spec(key: "collision_avoidance_credit", kind: .number(0...1), defaultText: "0.9",
             doc: "Fraction of operational collision risk removed by avoidance manoeuvres (Steward's assumption)."),
        Spec(key: "density_table", kind: .path, defaultText: "shipped 2019-03-19 table",
             doc: "CSV written by `steward density-table`, replacing the tracked-object table."),
        Spec(key: "drag_coefficient", kind: .number(0.5...5), defaultText: "2.2",
             doc: "C_D when the descriptor declares none."),
        Spec(key: "f107", kind: .number(50...400), defaultText: "112.5",
             doc: "Solar flux F10.7 in sfu for solar_activity=constant."),
        Spec(key: "horizon_years", kind: .number(1...1000), defaultText: "200",
             doc: "Longest decay propagated; longer lifetimes are reported as the horizon."),
        Spec(key: "materials", kind: .path, defaultText: "built-in",
             doc: "steward/materials@1 YAML file replacing the built-in thermal properties of the materials it names."),
        Spec(key: "population_year", kind: .integer(1900...2100), defaultText: "2020",
             doc: "Year of the population distribution for casualty risk."),
        Spec(key: "reentry_altitude_km", kind: .number(60...200), defaultText: "100",
             doc: "Perigee altitude at which a decay counts as re-entered."),
        Spec(key: "reflectivity_coefficient", kind: .number(1...2), defaultText: "1.5",
             doc: "C_R for the GEO re-orbit formula when the descriptor declares none."),
        Spec(key: "solar_activity", kind: .choice(SolarActivity.allCases.map(\.rawValue)), defaultText: "mean_cycle",
             doc: "constant (f107, ap), los_equivalent (CNES STELA LOS), mean_cycle, file (observed and predicted "
                + "space weather), forecast, forecast_high or forecast_low."),
        Spec(key: "solar_forecast", kind: .path, defaultText: "none",
             doc: "NOAA SWPC predicted-solar-cycle JSON for solar_activity=forecast, forecast_high, forecast_low."),
        Spec(key: "space_weather", kind: .path, defaultText: "embedded:CelesTrak SW-All 2025-07-21",
             doc: "CelesTrak SW-All.txt replacing the embedded snapshot for solar_activity=file and forecast*."),
        Spec(key: "target_residual_lifetime_years", kind: .number(0...200), defaultText: "25",
             doc: "Residual lifetime the disposal Δv is sized for."),
        Spec(key: "uncertainty_samples", kind: .integer(0...10_000), defaultText: "0",
             doc: "Monte Carlo draws for tier probabilities (--samples); 0 runs none. Percentile facts then use 256."),
        Spec(key: "uncertainty_seed", kind: .integer(0...9_007_199_254_740_991), defaultText: "1",
             doc: "Seed of the Monte Carlo draws (--seed); the same seed gives the same draws on any core count."),
    ] + UncertainInput.allCases.map { input in
        Spec(key: "uncertainty_\(input.rawValue)", kind: .distribution(input),
             defaultText: UncertaintyPlan.defaultText(for: input),
             doc: "Distribution of \(input.rawValue) in Monte Carlo draws, e.g. uniform(a, b), normal(m, sd), ± 15%.")
    }

    public static var keys: [String] { specs.map(\.key) }

    /// Why `value` is not acceptable for `key`, or nil when it is (unknown keys are the caller's concern).
    public static func problem(key: String, value: RuleEngine.FactValue) -> String? {
        guard let spec = specs.first(where: { $0.key == key }) else { return nil }
        switch (spec.kind, value) {
        case let (.choice(options), .string(text)):
            guard !options.contains(text) else { return nil }
            let hint = Suggestion.note(for: text, in: options).map { "; \($0)" } ?? ""
            return "assumption '\(key)' must be one of \(options.joined(separator: ", ")), found '\(text)'\(hint)"
        case let (.choice(options), other):
            return "assumption '\(key)' must be one of \(options.joined(separator: ", ")), found \(other.displayText)"
        case let (.number(range), .number(number)):
            guard number.isFinite, range.contains(number) else {
                return "assumption '\(key)' must be a number from \(NumberFormatting.shortest(range.lowerBound)) "
                    + "to \(NumberFormatting.shortest(range.upperBound)), found \(NumberFormatting.shortest(number))"
            }
            return nil
        case let (.integer(range), .number(number)):
            guard number == number.rounded(), range.contains(Int(exactly: number) ?? Int.min) else {
                return "assumption '\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), "
                    + "found \(NumberFormatting.shortest(number))"
            }
            return nil
        case (.number, let other), (.integer, let other):
            return "assumption '\(key)' must be a number, found \(other.displayText)"
        case (.path, .string(let text)):
            return text.isEmpty ? "assumption '\(key)' must be a file path" : nil
        case (.path, let other):
            return "assumption '\(key)' must be a file path, found \(other.displayText)"
        case (.distribution(let input), .string(let text)):
            do throws(UncertaintySyntaxError) {
                let distribution = try UncertaintyDistribution.parse(text)
                return distribution.validate(for: input).map { "assumption '\(key)': \($0)" }
            } catch {
                return "assumption '\(key)': \(error.message)"
            }
        case (.distribution(let input), .number(let value)):
            return UncertaintyDistribution.fixed(value).validate(for: input).map { "assumption '\(key)': \($0)" }
        case (.distribution, let other):
            return "assumption '\(key)' must be a distribution such as uniform(a, b) or ± 15%, found \(other.displayText)"
        }
    }

    /// Reads and validates the merged assumption values. Keys the physics does not use (a ruleset may keep its
    /// own, e.g. for rules to read as `assumptions.*`) are ignored; a bad value of a known key is an error.
    public init(values: [String: RuleEngine.FactValue]) throws(AssumptionParseError) {
        self.init()
        for key in values.keys.sorted() {
            guard let value = values[key] else { continue }
            if let problem = Self.problem(key: key, value: value) { throw AssumptionParseError(problem) }
            switch (key, value) {
            case ("solar_activity", .string(let text)): solarActivity = SolarActivity(rawValue: text) ?? solarActivity
            case ("atmosphere", .string(let text)): atmosphere = Atmosphere(rawValue: text) ?? atmosphere
            case ("f107", .number(let n)): f107 = n
            case ("ap", .number(let n)): ap = n
            case ("drag_coefficient", .number(let n)): dragCoefficient = n
            case ("target_residual_lifetime_years", .number(let n)): targetResidualLifetimeYears = n
            case ("population_year", .number(let n)): populationYear = Int(n)
            case ("collision_avoidance_credit", .number(let n)): collisionAvoidanceCredit = n
            case ("horizon_years", .number(let n)): horizonYears = n
            case ("reentry_altitude_km", .number(let n)): reentryAltitudeKm = n
            case ("reflectivity_coefficient", .number(let n)): reflectivityCoefficient = n
            case ("density_table", .string(let text)): densityTable = text
            case ("space_weather", .string(let text)): spaceWeather = text
            case ("solar_forecast", .string(let text)): solarForecast = text
            case ("materials", .string(let text)): materials = text
            case ("uncertainty_samples", .number(let n)): uncertaintySamples = Int(n)
            case ("uncertainty_seed", .number(let n)): uncertaintySeed = UInt64(n)
            default:
                guard key.hasPrefix("uncertainty_"),
                      let input = UncertainInput(rawValue: String(key.dropFirst("uncertainty_".count))) else { break }
                switch value {
                case .string(let text): uncertaintyDistributions[input] = try? UncertaintyDistribution.parse(text)
                case .number(let n): uncertaintyDistributions[input] = .fixed(n)
                default: break
                }
            }
        }
    }

    /// The value of each key as provenance text (snake_case keys), so a reader can reproduce a number.
    public func text(of key: String) -> String {
        switch key {
        case "solar_activity": return solarActivity.rawValue
        case "f107": return NumberFormatting.shortest(f107)
        case "ap": return NumberFormatting.shortest(ap)
        case "atmosphere": return atmosphere.rawValue
        case "drag_coefficient": return NumberFormatting.shortest(dragCoefficient)
        case "target_residual_lifetime_years": return NumberFormatting.shortest(targetResidualLifetimeYears)
        case "population_year": return String(populationYear)
        case "collision_avoidance_credit": return NumberFormatting.shortest(collisionAvoidanceCredit)
        case "horizon_years": return NumberFormatting.shortest(horizonYears)
        case "reentry_altitude_km": return NumberFormatting.shortest(reentryAltitudeKm)
        case "reflectivity_coefficient": return NumberFormatting.shortest(reflectivityCoefficient)
        case "density_table": return densityTable ?? "shipped:\(SpatialDensityTable.trackedObjects2019.epoch)"
        case "space_weather": return spaceWeather ?? "embedded:CelesTrak SW-All \(SpaceWeatherHistory.embeddedUpdated)"
        case "solar_forecast": return solarForecast ?? "none"
        case "materials": return materials ?? "built-in"
        case "uncertainty_samples": return String(uncertaintySamples)
        case "uncertainty_seed": return String(uncertaintySeed)
        default:
            if key.hasPrefix("uncertainty_"), let input = UncertainInput(rawValue: String(key.dropFirst("uncertainty_".count))) {
                return uncertaintyDistributions[input]?.text ?? UncertaintyPlan.defaultText(for: input)
            }
            return ""
        }
    }

    /// Provenance entries for the given keys. Keys the chosen scenario does not read (``isRead(_:)``) are left
    /// out, so the provenance never shows a value that was not used.
    public func provenance(_ keys: [String]) -> [String: String] {
        var entries: [String: String] = [:]
        for key in keys where isRead(key) {
            entries[key] = text(of: key)
        }
        return entries
    }

    /// Whether the solar-activity scenario reads `key`: `f107`/`ap` only with constant activity, `space_weather`
    /// only with the file and forecast scenarios, `solar_forecast` only with the forecast ones. Every other key
    /// is read whenever its model runs.
    public func isRead(_ key: String) -> Bool {
        switch key {
        case "f107", "ap": return solarActivity == .constant
        case "space_weather": return [.file, .forecast, .forecastHigh, .forecastLow].contains(solarActivity)
        case "solar_forecast": return [.forecast, .forecastHigh, .forecastLow].contains(solarActivity)
        case "materials": return materials != nil
        default: return true
        }
    }

    /// Keys every lifetime-based fact depends on.
    static let lifetimeKeys = ["solar_activity", "f107", "ap", "space_weather", "solar_forecast", "atmosphere",
                               "drag_coefficient", "horizon_years", "reentry_altitude_km"]

    var lifetimeSettings: LifetimeSettings {
        LifetimeSettings(reentryPerigeeAltitudeKm: reentryAltitudeKm, horizonYears: horizonYears)
    }

    var meanAtmosphere: any MeanAtmosphere {
        switch atmosphere {
        case .nrlmsise00: return NRLMSISE00MeanTable.standard
        case .exponential: return ExponentialAtmosphere()
        }
    }

    /// The solar-activity scenario for decay from `orbit` with `drag` (LOS equivalent depends on both). A file
    /// that cannot be read makes the lifetime facts absent with its located error as the reason.
    func scenario(orbit: EarthOrbit, drag: DragProfile) throws(Unavailable) -> SolarActivityScenario {
        switch solarActivity {
        case .constant: return .constant(f107: f107, ap: ap)
        case .losEquivalent: return .losEquivalent(drag: drag, orbit: orbit)
        case .meanCycle: return .meanCycle()
        case .file, .forecast, .forecastHigh, .forecastLow:
            return .recorded(try recordedActivity(), kind: SolarActivityScenario.Kind(rawValue: solarActivity.rawValue)!)
        }
    }

    /// The data behind the file and forecast scenarios, built once per process for each combination.
    func recordedActivity() throws(Unavailable) -> RecordedSolarActivity {
        do throws(DiagnosticError) {
            let history = try spaceWeather.map { path throws(DiagnosticError) in try SpaceWeatherFiles.history(path: path) }
                ?? .embedded
            let usesForecast = solarActivity != .file
            let forecast = usesForecast
                ? try solarForecast.map { path throws(DiagnosticError) in try SpaceWeatherFiles.forecast(path: path) } : nil
            let bound: RecordedSolarActivity.Bound
            switch solarActivity {
            case .forecastHigh: bound = .high
            case .forecastLow: bound = .low
            default: bound = .nominal
            }
            return RecordedSolarActivityCache.shared.value(history: history, forecast: forecast, bound: bound,
                                                           key: "\(spaceWeather ?? "")|\(forecast == nil ? "" : solarForecast ?? "")|\(bound)")
        } catch {
            throw Unavailable(error.description)
        }
    }
}
