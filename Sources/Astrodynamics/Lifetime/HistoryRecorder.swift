/// Keeps a bounded, representative subset of a decay trajectory: a sample whenever time, perigee or apogee has
/// moved by a set fraction of its total range since the last kept one, so both the slow decades and the fast
/// final weeks show on a chart.
struct HistoryRecorder {
    private(set) var samples: [OrbitHistory.Sample] = []
    private let timeStepYears: Double
    private let perigeeStepKm: Double
    private let apogeeStepKm: Double
    private let limit: Int

    /// The span the time criterion divides into steps: the default horizon. It is fixed rather than the run's
    /// horizon, so a decay that ends before the horizon is sampled the same whatever the horizon — and every
    /// fact integrated along the history (collision probability, environmental index) with it.
    static let referenceSpanYears = 200.0

    init(first: OrbitHistory.Sample, finalAltitudeKm: Double, limit: Int) {
        samples.append(first)
        // Three criteria each allow about a third of the budget; a longer decay is thinned evenly at the end.
        let share = Double(max(limit, 6)) / 3.2
        timeStepYears = Self.referenceSpanYears / share
        perigeeStepKm = max(first.perigeeAltitudeKm - finalAltitudeKm, 1) / share
        apogeeStepKm = max(first.apogeeAltitudeKm - finalAltitudeKm, 1) / share
        self.limit = max(limit, 2)
    }

    mutating func offer(_ sample: OrbitHistory.Sample) {
        guard let last = samples.last else { samples.append(sample); return }
        if sample.timeYears - last.timeYears >= timeStepYears
            || abs(sample.perigeeAltitudeKm - last.perigeeAltitudeKm) >= perigeeStepKm
            || abs(sample.apogeeAltitudeKm - last.apogeeAltitudeKm) >= apogeeStepKm {
            samples.append(sample)
        }
    }

    /// The history with `final` appended, thinned evenly if the budget was still exceeded.
    func finish(with final: OrbitHistory.Sample) -> OrbitHistory {
        var all = samples
        if let last = all.last, last.timeYears >= final.timeYears { all.removeLast() }
        all.append(final)
        guard all.count > limit else { return OrbitHistory(samples: all) }
        let stride = Double(all.count - 1) / Double(limit - 1)
        let thinned = (0..<limit).map { all[min(all.count - 1, Int((Double($0) * stride).rounded()))] }
        return OrbitHistory(samples: thinned)
    }
}
