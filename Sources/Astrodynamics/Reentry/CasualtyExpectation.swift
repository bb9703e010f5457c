/// Expected number of casualties from a re-entry: E = D_A × PD (NASA-STD-8719.14C eq. 4.7-2), where PD is the
/// population density under the orbit, weighted by the time the orbit spends over each latitude band.
public struct CasualtyExpectation: Sendable, Hashable {
    /// Time-weighted population density under the orbit, people per m².
    public var populationDensityPerM2: Double
    /// Population year used and how its figures were obtained.
    public var populationYear: PopulationYear
    /// Debris casualty area, m².
    public var casualtyAreaM2: Double
    /// E for one uncontrolled re-entry (`derived.reentry.casualty_risk` when the re-entry is uncontrolled).
    public var uncontrolledRisk: Double
    /// Probability that the controlled-re-entry burn fails (nil for an uncontrolled re-entry).
    public var failedBurnProbability: Double?
    /// Risk per spacecraft as the regimes count it: uncontrolled, or P(failed burn) × uncontrolled for a planned
    /// controlled re-entry (NASA-STD-8719.14C Req. 4.7-1c).
    public var riskPerSpacecraft: Double
    /// Number of identical spacecraft and the fleet's total, count × per spacecraft (`casualty_risk_fleet`).
    public var spacecraftCount: Int
    public var fleetRisk: Double

    /// Time-weighted population density for an orbit of `inclinationDeg`, people/m².
    public static func populationDensityPerM2(inclinationDeg: Double, year: PopulationYear,
                                              table: PopulationByLatitude = .gpw4) -> Double {
        var density = 0.0
        for band in table.bands where band.areaKm2 > 0 {
            let weight = LatitudeDwell.fractionOfTime(southDeg: band.southLatitudeDeg, northDeg: band.northLatitudeDeg,
                                                      inclinationDeg: inclinationDeg)
            guard weight > 0 else { continue }
            density += weight * year.population(of: band) / band.areaKm2
        }
        return density * 1e-6 // people per km² → per m²
    }

    /// The density from ``densityMemo`` when the embedded table was asked about the same inclination and year
    /// before (a constellation's satellites share both), else computed. Another table is never memoised: it is
    /// recognised by its storage, so a table of equal values read from elsewhere is simply computed each time.
    static func memoisedPopulationDensityPerM2(inclinationDeg: Double, year: PopulationYear,
                                               table: PopulationByLatitude) -> Double {
        guard table.sharesStorage(with: .gpw4) else {
            return populationDensityPerM2(inclinationDeg: inclinationDeg, year: year, table: table)
        }
        return densityMemo.value(for: DensityKey(inclination: inclinationDeg.bitPattern, year: year)) {
            populationDensityPerM2(inclinationDeg: inclinationDeg, year: year, table: table)
        }
    }

    /// Densities of the embedded table already computed, by inclination (bit pattern) and population year.
    static let densityMemo = PhysicsMemo<DensityKey, Double>(generationSize: 1024)

    struct DensityKey: Hashable, Sendable {
        let inclination: UInt64
        let year: PopulationYear
    }

    /// - Parameters:
    ///   - failedBurnProbability: for a planned controlled re-entry, the probability the targeting burn fails
    ///     (then the spacecraft comes down uncontrolled); nil for an uncontrolled re-entry.
    public init(casualtyAreaM2: Double, inclinationDeg: Double, populationYear: PopulationYear,
                failedBurnProbability: Double? = nil, spacecraftCount: Int = 1,
                table: PopulationByLatitude = .gpw4) {
        self.casualtyAreaM2 = casualtyAreaM2
        self.populationYear = populationYear
        self.populationDensityPerM2 = Self.memoisedPopulationDensityPerM2(inclinationDeg: inclinationDeg,
                                                                          year: populationYear, table: table)
        self.uncontrolledRisk = casualtyAreaM2 * populationDensityPerM2
        let failure = failedBurnProbability.map { min(1, max(0, $0)) }
        self.failedBurnProbability = failure
        self.riskPerSpacecraft = uncontrolledRisk * (failure ?? 1)
        self.spacecraftCount = spacecraftCount
        self.fleetRisk = riskPerSpacecraft * Double(max(0, spacecraftCount))
    }
}
