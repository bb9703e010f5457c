/// What a fleet leaves in low Earth orbit: `derived.environment.object_years_in_leo` and `.expected_derelicts`.
public struct FleetEnvironmentalBurden: Sendable, Hashable {
    /// Spacecraft-years spent with perigee in LEO (≤ 2,000 km, IADC protected region A), over operations and the
    /// post-mission history (probability-weighted over the disposal branches).
    public var objectYearsInLEO: Double
    /// count × (1 − disposal success probability): spacecraft expected to be left uncontrolled.
    public var expectedDerelicts: Double

    /// Upper altitude of the LEO protected region, km (IADC Space Debris Mitigation Guidelines, region A).
    public static let leoCeilingKm = 2000.0

    public init(exposure: EnvironmentalExposure, spacecraftCount: Int, disposalSuccessProbability: Double) {
        let count = Double(max(0, spacecraftCount))
        let success = min(1, max(0, disposalSuccessProbability))
        var years = exposure.operationalPerigeeKm <= Self.leoCeilingKm ? max(0, exposure.operationalYears) : 0
        let branchSuccess = exposure.effectiveSuccessProbability
        years += branchSuccess * Self.yearsInLEO(exposure.successfulDisposal)
        if let failed = exposure.failedDisposal {
            years += (1 - branchSuccess) * Self.yearsInLEO(failed)
        }
        objectYearsInLEO = count * years
        expectedDerelicts = count * (1 - success)
    }

    /// Years of a history with perigee in LEO (an interval counts by the mean of its end points' membership).
    static func yearsInLEO(_ history: OrbitHistory) -> Double {
        var years = 0.0
        let samples = history.samples
        for index in samples.indices.dropFirst() {
            let inside = [samples[index - 1], samples[index]]
                .filter { $0.perigeeAltitudeKm <= leoCeilingKm && $0.perigeeAltitudeKm > 0 }.count
            years += Double(inside) / 2 * max(0, samples[index].timeYears - samples[index - 1].timeYears)
        }
        return years
    }
}
