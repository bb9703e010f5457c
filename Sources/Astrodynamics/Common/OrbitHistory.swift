/// How an orbit's perigee and apogee evolve over time: the output of the lifetime model, the input of the
/// collision and environment models, and the data behind the reports' decay chart.
public struct OrbitHistory: Sendable, Hashable, Codable {
    public struct Sample: Sendable, Hashable, Codable {
        /// Years since the start of the history.
        public var timeYears: Double
        public var perigeeAltitudeKm: Double
        public var apogeeAltitudeKm: Double

        public init(timeYears: Double, perigeeAltitudeKm: Double, apogeeAltitudeKm: Double) {
            self.timeYears = timeYears
            self.perigeeAltitudeKm = perigeeAltitudeKm
            self.apogeeAltitudeKm = apogeeAltitudeKm
        }
    }

    /// Samples in increasing time, first at t = 0.
    public var samples: [Sample]

    public init(samples: [Sample]) {
        self.samples = samples
    }
}
