import Foundation

/// The solar and geomagnetic activity assumed over a decay: the largest single uncertainty of any orbital
/// lifetime (ISO 27852 §5; Oltrogge & Chao, AAS 07-261). A rating must say which assumption it used, so a
/// scenario carries a stable ``identifier`` and a human ``description`` for reports.
public struct SolarActivityScenario: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Fixed F10.7 and Ap for the whole decay, as NASA-STD-8719.14C Fig. 4.3-1 uses (F10.7 = 100 or 150).
        case constant
        /// CNES STELA's constant equivalent activity for the French Space Operations Act (LOS).
        case losEquivalent = "los_equivalent"
        /// A mean 11-year cycle, anchored to the real cycle phase at the epoch.
        case meanCycle = "mean_cycle"
        /// Observed and predicted activity from a space-weather file, then the mean cycle (``RecordedSolarActivity``).
        case file
        /// The same data with a bound: nominal prediction, or its high or low bound.
        case forecast
        case forecastHigh = "forecast_high"
        case forecastLow = "forecast_low"
    }

    public let kind: Kind
    /// Daily and 81-day F10.7 and Ap for `constant` and `losEquivalent`; unused by `meanCycle`.
    public let fixedWeather: SpaceWeather
    /// The cycle model for `meanCycle`.
    public let cycle: MeanSolarCycle?
    /// The data for `file` and the `forecast` kinds.
    public let recorded: RecordedSolarActivity?
    /// Factor k on the flux above the quiet Sun, F = 67 + (F − 67)·k, applied to every modelled or predicted
    /// value (never to observed data): one Monte Carlo draw of a stronger or weaker activity than the scenario's
    /// (docs/physics.md, "Uncertainty"). 1 leaves the scenario exactly as it is.
    public let activityFactor: Double

    init(kind: Kind, fixedWeather: SpaceWeather, cycle: MeanSolarCycle?, recorded: RecordedSolarActivity? = nil,
         activityFactor: Double = 1) {
        self.kind = kind
        self.fixedWeather = fixedWeather
        self.cycle = cycle
        self.recorded = recorded
        self.activityFactor = activityFactor
    }

    /// This scenario with its modelled and predicted flux above the quiet Sun scaled by `factor`
    /// (compounding any factor it already has).
    public func scalingActivity(by factor: Double) -> SolarActivityScenario {
        guard factor != 1 else { return self }
        return SolarActivityScenario(kind: kind, fixedWeather: fixedWeather, cycle: cycle, recorded: recorded,
                                     activityFactor: activityFactor * factor)
    }

    /// `weather` with its flux above the quiet Sun multiplied by ``activityFactor``.
    func scaledByActivityFactor(_ weather: SpaceWeather) -> SpaceWeather {
        guard activityFactor != 1 else { return weather }
        let base = SpaceWeatherHistory.quietSunF107
        return SpaceWeather(f107: base + (weather.f107 - base) * activityFactor,
                            f107Average: base + (weather.f107Average - base) * activityFactor, ap: weather.ap)
    }

    /// Activity from data (see ``RecordedSolarActivity``); `kind` is `file` or one of the forecast kinds.
    public static func recorded(_ data: RecordedSolarActivity, kind: Kind) -> SolarActivityScenario {
        SolarActivityScenario(kind: kind, fixedWeather: SpaceWeather(f107: MeanSolarCycle.meanF107, ap: MeanSolarCycle.ap),
                              cycle: MeanSolarCycle(), recorded: data)
    }

    /// Stable identifier for reports and provenance, e.g. `constant(f107=150,ap=15)`.
    public var identifier: String {
        guard activityFactor == 1 else {
            return unscaledIdentifier + "×activity(\(Self.format2(activityFactor)))"
        }
        return unscaledIdentifier
    }

    private var unscaledIdentifier: String {
        switch kind {
        case .constant:
            return "constant(f107=\(Self.format(fixedWeather.f107)),ap=\(Self.format(fixedWeather.ap)))"
        case .losEquivalent:
            return "los_equivalent(f107=\(Self.format(fixedWeather.f107)),ap=\(Self.format(fixedWeather.ap)))"
        case .meanCycle:
            return "mean_cycle(\(MeanSolarCycle.identifier))"
        case .file, .forecast, .forecastHigh, .forecastLow:
            return "\(kind.rawValue)(\(recorded?.identifier ?? ""))"
        }
    }

    /// One sentence for a report, saying what was assumed and where it comes from.
    public var description: String {
        switch kind {
        case .constant:
            return "Constant solar activity: F10.7 = \(Self.format(fixedWeather.f107)) sfu, Ap = \(Self.format(fixedWeather.ap))."
        case .losEquivalent:
            return "CNES STELA LOS equivalent constant activity: F10.7 = \(Self.format(fixedWeather.f107)) sfu "
                + "(194.4 + 3.17 ln(Cd·A/m) − 6.86 ln(h_apogee)), Ap = 15."
        case .meanCycle:
            return MeanSolarCycle.summary
        case .file, .forecast, .forecastHigh, .forecastLow:
            return recorded?.description ?? MeanSolarCycle.summary
        }
    }

    /// Fixed F10.7 (daily = 81-day average) and Ap.
    public static func constant(f107: Double, ap: Double) -> SolarActivityScenario {
        SolarActivityScenario(kind: .constant, fixedWeather: SpaceWeather(f107: f107, ap: ap), cycle: nil)
    }

    /// CNES STELA "LOS" mean-constant equivalent activity (CNES/patrius `StelaLOSConstantSolarActivity`, v4.16;
    /// docs/physics.md "Solar activity scenarios"): F10.7_eq = 194.4 + 3.17·ln(Cd·A/m) − 6.86·ln(h_apogee/km), Ap = 15.
    ///
    /// STELA computes it from the orbit and drag properties so that a single constant value reproduces the
    /// lifetime a variable-activity run would give; the formula is an empirical fit, valid for LEO apogees.
    /// - Parameters:
    ///   - dragCoefficientTimesAreaOverMass: Cd·A/m, m²/kg (STELA uses Cd = 2.2 when Cd is not constant).
    ///   - apogeeAltitudeKm: apogee altitude. STELA measures it above 6378.13646 km; the 1.5 m difference from
    ///     Steward's WGS 84 radius changes F10.7_eq by < 1e-5 sfu and is ignored.
    public static func losEquivalent(dragCoefficientTimesAreaOverMass: Double, apogeeAltitudeKm: Double) -> SolarActivityScenario {
        let f107 = losEquivalentF107(dragCoefficientTimesAreaOverMass: dragCoefficientTimesAreaOverMass,
                                     apogeeAltitudeKm: apogeeAltitudeKm)
        return SolarActivityScenario(kind: .losEquivalent, fixedWeather: SpaceWeather(f107: f107, ap: losAp), cycle: nil)
    }

    /// The LOS formula alone. Inputs are clamped to tiny positive values so the logarithms stay finite.
    public static func losEquivalentF107(dragCoefficientTimesAreaOverMass: Double, apogeeAltitudeKm: Double) -> Double {
        194.4 + 3.17 * log(max(dragCoefficientTimesAreaOverMass, 1e-9)) - 6.86 * log(max(apogeeAltitudeKm, 1e-3))
    }

    /// Ap of the LOS equivalent activity (CNES/patrius `utils/Constants.java`).
    public static let losAp = 15.0

    /// A mean 11-year cycle whose phase at `epoch` is the real one (cycle 25 timing; see ``MeanSolarCycle``).
    public static func meanCycle() -> SolarActivityScenario {
        SolarActivityScenario(kind: .meanCycle, fixedWeather: SpaceWeather(f107: MeanSolarCycle.meanF107, ap: MeanSolarCycle.ap),
                              cycle: MeanSolarCycle())
    }

    /// The activity driving the atmosphere at an instant.
    public func weather(at date: Date) -> SpaceWeather {
        switch kind {
        case .constant, .losEquivalent:
            return scaledByActivityFactor(fixedWeather)
        case .meanCycle:
            return scaledByActivityFactor((cycle ?? MeanSolarCycle()).weather(at: date))
        case .file, .forecast, .forecastHigh, .forecastLow:
            guard let recorded else { return scaledByActivityFactor(MeanSolarCycle().weather(at: date)) }
            return recorded.weather(at: date, activityFactor: activityFactor)
        }
    }

    /// Whether ``weather(at:)`` changes with time; a propagator may take longer steps when it does not.
    public var isTimeVarying: Bool { kind != .constant && kind != .losEquivalent }

    /// Longest step an orbit-averaged propagator may take from `date` and still follow the activity: a year for
    /// constant activity, 60 days for the mean cycle, the data's resolution for recorded activity.
    public func maximumStepSeconds(at date: Date) -> Double {
        if let recorded { return recorded.maximumStepSeconds(at: date) }
        return (isTimeVarying ? 60.0 : 365.0) * 86_400
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
