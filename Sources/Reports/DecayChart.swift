import Astrodynamics
import RuleEngine

/// The decay curve a rating carries for its reports: perigee and apogee altitude over the post-mission years.
///
/// Reporters never recompute physics (DESIGN §1), so the lifetime model's history travels inside the `Rating`.
enum DecayChart {
    static func series(from history: OrbitHistory) -> [ChartSeries] {
        guard history.samples.count >= 2 else { return [] }
        func curve(_ name: String, _ altitude: (OrbitHistory.Sample) -> Double) -> ChartSeries {
            ChartSeries(name: name, xLabel: "time after end of mission", xUnit: "years",
                        yLabel: "altitude", yUnit: "km",
                        points: history.samples.map { [$0.timeYears, altitude($0)] })
        }
        return [curve("apogee", \.apogeeAltitudeKm), curve("perigee", \.perigeeAltitudeKm)]
    }
}
