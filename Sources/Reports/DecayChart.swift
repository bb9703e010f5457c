import RuleEngine

/// The decay curve a rating carries for its reports: perigee and apogee altitude over the post-mission years.
///
/// Reporters never recompute physics, so StewardKit hands the lifetime model's history to this function and
/// the series travel inside the `Rating`; the HTML page draws them.
public enum DecayChart {
    /// One point of the history: years after the end of the mission, perigee and apogee altitude (km).
    public struct Sample: Sendable, Hashable {
        public var timeYears: Double
        public var perigeeAltitudeKm: Double
        public var apogeeAltitudeKm: Double

        public init(timeYears: Double, perigeeAltitudeKm: Double, apogeeAltitudeKm: Double) {
            self.timeYears = timeYears
            self.perigeeAltitudeKm = perigeeAltitudeKm
            self.apogeeAltitudeKm = apogeeAltitudeKm
        }
    }

    /// The apogee and perigee curves, or none when the history has fewer than two samples (nothing to draw).
    public static func series(from samples: [Sample]) -> [ChartSeries] {
        guard samples.count >= 2 else { return [] }
        func curve(_ name: String, _ altitude: (Sample) -> Double) -> ChartSeries {
            ChartSeries(name: name, xLabel: "time after end of mission", xUnit: "years",
                        yLabel: "altitude", yUnit: "km",
                        points: samples.map { [$0.timeYears, altitude($0)] })
        }
        return [curve("apogee", \.apogeeAltitudeKm), curve("perigee", \.perigeeAltitudeKm)]
    }
}
