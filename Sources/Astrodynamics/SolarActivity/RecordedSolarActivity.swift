import Foundation

/// Solar activity read from data: a CelesTrak space-weather file (observed history, then its daily and monthly
/// predictions), optionally NOAA SWPC's predicted cycle, then Steward's mean cycle where the data end
/// (docs/physics.md, "Space weather files"). This is the recipe of CNES STELA's three-step activity
/// (CNES/patrius `Stela3StepsSolarActivity`: observed file, then predictions, then a long-term model).
///
/// A **bound** (high or low) scales the predicted flux — never the observed — around the quiet-Sun background:
/// F = 67 + (F_pred − 67)·k. Without a NOAA forecast, k comes from the spread of the complete cycles in the
/// file (``SpaceWeatherHistory/cycleSpreadFactors``: the strongest and weakest peak over the mean); with one,
/// its `high_f10.7`/`low_f10.7` are used for its months and k still covers the months after it.
public final class RecordedSolarActivity: Sendable, Hashable {
    public enum Bound: String, Sendable, Hashable {
        case nominal, high, low
    }

    public let history: SpaceWeatherHistory
    public let forecast: SolarCycleForecast?
    public let bound: Bound
    /// The factor on the flux above the quiet Sun (1 for the nominal prediction).
    public let factor: Double
    /// Which cycles the factor comes from, e.g. "20–24".
    public let spreadCycles: String?
    let longTerm = MeanSolarCycle()

    public init(history: SpaceWeatherHistory, forecast: SolarCycleForecast? = nil, bound: Bound = .nominal) {
        self.history = history
        self.forecast = forecast
        self.bound = bound
        let spread = history.cycleSpreadFactors
        switch bound {
        case .nominal: factor = 1
        case .high: factor = spread?.high ?? 1
        case .low: factor = spread?.low ?? 1
        }
        spreadCycles = bound == .nominal ? nil : spread?.cycles
    }

    public static func == (left: RecordedSolarActivity, right: RecordedSolarActivity) -> Bool {
        left === right || left.identifier == right.identifier
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    func scaled(_ weather: SpaceWeather, by k: Double) -> SpaceWeather {
        guard k != 1 else { return weather }
        let base = SpaceWeatherHistory.quietSunF107
        return SpaceWeather(f107: base + (weather.f107 - base) * k,
                            f107Average: base + (weather.f107Average - base) * k, ap: weather.ap)
    }

    public func weather(at date: Date) -> SpaceWeather { weather(at: date, activityFactor: 1) }

    /// The activity at `date` with every predicted or modelled value's flux above the quiet Sun also scaled by
    /// `activityFactor` (a Monte Carlo draw); observed values are never scaled.
    public func weather(at date: Date, activityFactor: Double) -> SpaceWeather {
        func scaled(_ weather: SpaceWeather) -> SpaceWeather { self.scaled(weather, by: factor * activityFactor) }
        switch history.part(at: date) {
        case .observed:
            return history.weather(at: date)!
        case .beforeFile:
            return self.scaled(longTerm.weather(at: date), by: activityFactor)
        case .dailyPredicted:
            return scaled(history.weather(at: date)!)
        case .monthlyPredicted, .afterFile:
            if let forecast, let month = forecast.month(at: SpaceWeatherHistory.dayNumber(date)) {
                let chosen: Double?
                switch bound {
                case .nominal: chosen = month.predicted
                case .high: chosen = month.high
                case .low: chosen = month.low
                }
                if let chosen {
                    return self.scaled(SpaceWeather(f107: chosen, f107Average: chosen, ap: SpaceWeatherHistory.monthlyAp),
                                       by: activityFactor)
                }
                return scaled(SpaceWeather(f107: month.predicted, f107Average: month.predicted, ap: SpaceWeatherHistory.monthlyAp))
            }
            if let weather = history.weather(at: date) { return scaled(weather) }
            return scaled(longTerm.weather(at: date))
        }
    }

    /// Longest propagation step that still resolves the data: five days where the file is daily (one-day steps
    /// change the Tiangong-1 hindcast by < 0.2 % and cost five times the steps over decades of history), half a
    /// month where it is monthly, the mean cycle's 60 days elsewhere.
    public func maximumStepSeconds(at date: Date) -> Double {
        switch history.part(at: date) {
        case .observed, .dailyPredicted: return 5 * 86_400
        case .monthlyPredicted: return 15 * 86_400
        case .beforeFile, .afterFile:
            if forecast?.month(at: SpaceWeatherHistory.dayNumber(date)) != nil { return 15 * 86_400 }
            return 60 * 86_400
        }
    }

    /// Stable text for provenance: the data source and date, the bound, and where the factor comes from.
    public var identifier: String {
        var text = history.source
        if let forecast { text += " + NOAA SWPC predicted cycle \(forecast.source)" }
        switch bound {
        case .nominal: break
        case .high, .low:
            text += "; \(bound.rawValue) bound"
            if let spreadCycles {
                text += ", flux above 67 sfu ×\(SolarActivityScenario.format2(factor)) (spread of cycles \(spreadCycles))"
            }
        }
        return text + "; then \(MeanSolarCycle.identifier)"
    }

    /// One sentence for reports.
    public var description: String {
        var text = "Solar activity from \(history.source) (\(history.span))"
        if let forecast {
            text += ", NOAA SWPC predicted solar cycle \(forecast.source) for its months"
        }
        switch bound {
        case .nominal: break
        case .high, .low:
            text += "; \(bound.rawValue) bound: predicted F10.7 above 67 sfu scaled by \(SolarActivityScenario.format2(factor))"
            if let spreadCycles { text += " (strongest/weakest of cycles \(spreadCycles) in the file over their mean)" }
            if forecast != nil { text += ", or the forecast's \(bound.rawValue)_f10.7 where given" }
        }
        return text + "; after the data, " + MeanSolarCycle.summary
    }
}

extension SolarActivityScenario {
    /// Two decimals, for factors.
    static func format2(_ value: Double) -> String { String(format: "%.2f", value) }
}
