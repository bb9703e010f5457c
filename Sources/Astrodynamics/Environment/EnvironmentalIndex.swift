import Foundation

/// A mission's marginal contribution to long-term collision risk, in the spirit of ESA's environmental index
/// (ECOB, Letizia et al.; ESA Space Environment Report 2025 §7.1) and the Criticality of Spacecraft Index
/// (Rossi et al. 2015): risk = probability of a catastrophic collision × severity of the fragmentation.
///
/// index = Σ_t Σ_shells dN(h) · S(h) / (same sum for the reference spacecraft), where
/// - dN(h) = f(h) · n(h) · v_rel · A · Δt is the expected number of collisions with tracked objects while the
///   orbit spends the fraction f(h) of its time in shell h (as in `CollisionProbabilityModel`, with the same
///   avoidance credit on the operational phase), summed over operations and the post-mission history — the
///   successful- and failed-disposal branches weighted by their probabilities;
/// - S(h) = N_frag(M) · L_frag(h) · n̄_active(h) is the severity: fragments ≥ 10 cm from the NASA standard
///   breakup model (`NASABreakupModel`), their residual lifetime (`FragmentResidualLifetime`, capped at 200 yr),
///   and the density of active satellites around that altitude (UCS 2023-05-01 table) averaged over ±200 km,
///   because a cloud spreads in semi-major axis by Δa ≈ 2a·Δv/v ≈ 2 × 7,000 km × 0.1/7.5 ≈ ±190 km for the
///   ~100 m/s ejection speeds of the breakup model's 10-cm fragments (Johnson et al. 2001).
///
/// Reference (index = 1): a 1,000 kg spacecraft of 5 m² cross-section, passive, 25 years in a circular 800 km,
/// 98° orbit — a medium satellite at the most crowded debris altitudes for the IADC 25-year limit (Steward's
/// choice of yardstick). The fleet index is count × the per-spacecraft index.
public struct EnvironmentalIndexModel: Sendable {
    public struct Result: Sendable, Hashable {
        /// Per-spacecraft index relative to the reference (`derived.environment.index` for one spacecraft).
        public var index: Double
        /// count × index.
        public var fleetIndex: Double
        /// Expected catastrophic collisions per spacecraft (probability-weighted over the disposal branches).
        public var expectedCollisions: Double
        /// Fragments ≥ 10 cm one catastrophic collision would make.
        public var fragmentCount: Double
        /// The un-normalised risk sums, for transparency.
        public var risk: Double
        public var referenceRisk: Double
        /// Probability-weighted years with part of the orbit above the tracked-object table (2000 km for the
        /// shipped one), where no collision flux is modelled; non-zero means the index is a lower bound.
        public var yearsOutsideTable: Double
    }

    public let trackedObjects: SpatialDensityTable
    public let activeSatellites: SpatialDensityTable
    public let avoidanceCredit: Double
    /// Per tracked-object shell: n(h) × L_frag(h) × n̄_active(h), precomputed so evaluation is a weighted sum.
    private let severityWeightedDensity: [Double]
    /// Σ dN·S of the reference spacecraft.
    public private(set) var referenceRisk: Double

    /// Half-width of the altitude band the fragment cloud is assumed to spread over, km.
    public static let fragmentSpreadKm = 200.0

    /// The reference spacecraft the index is normalised to (see the type's documentation).
    public static let referenceExposure = EnvironmentalExposure(
        massKg: 1000, crossSectionM2: 5, inclinationDeg: 98, operationalPerigeeKm: 800, operationalApogeeKm: 800,
        operationalYears: 25, performsCollisionAvoidance: false, successfulDisposal: OrbitHistory(samples: []))

    /// The model with the shipped tables and the default avoidance credit.
    public static let standard = EnvironmentalIndexModel()

    public init(trackedObjects: SpatialDensityTable = .trackedObjects2019,
                activeSatellites: SpatialDensityTable = .activeSatellites2023,
                avoidanceCredit: Double = CollisionProbabilityModel.defaultAvoidanceCredit) {
        self.trackedObjects = trackedObjects
        self.activeSatellites = activeSatellites
        self.avoidanceCredit = min(1, max(0, avoidanceCredit))
        self.severityWeightedDensity = trackedObjects.shells.map { shell in
            let middle = (shell.lowKm + shell.highKm) / 2
            var sum = 0.0, weight = 0.0
            for active in activeSatellites.shells {
                let activeMiddle = (active.lowKm + active.highKm) / 2
                guard abs(activeMiddle - middle) <= Self.fragmentSpreadKm else { continue }
                sum += active.objectsPerKm3 * active.volumeKm3
                weight += active.volumeKm3
            }
            let activeDensity = weight > 0 ? sum / weight : 0
            return shell.objectsPerKm3 * FragmentResidualLifetime.years(altitudeKm: middle) * activeDensity
        }
        let referenceExposure = Self.referenceExposure
        self.referenceRisk = 0 // set once every other property is, so the instance can compute it
        self.referenceRisk = unnormalisedRisk(referenceExposure).risk
    }

    /// Σ dN·S and Σ dN for one spacecraft.
    private func unnormalisedRisk(_ exposure: EnvironmentalExposure)
        -> (risk: Double, collisions: Double, yearsOutside: Double) {
        let velocityFactor = ImpactVelocity.meanKmPerS(inclinationDeg: exposure.inclinationDeg) * secondsPerYear * 1e-6
        let area = max(0, exposure.crossSectionM2)
        let fragments = NASABreakupModel.catastrophicFragmentCount(massKg: exposure.massKg)

        // Orbit-averaged n and n·L·n̄_active for one perigee/apogee pair.
        func rates(_ perigee: Double, _ apogee: Double) -> (collisions: Double, severity: Double) {
            var density = 0.0, weighted = 0.0
            for (index, fraction) in AltitudeShellOccupancy.fractions(perigeeKm: perigee, apogeeKm: apogee,
                                                                       in: trackedObjects) {
                density += fraction * trackedObjects.shells[index].objectsPerKm3
                weighted += fraction * severityWeightedDensity[index]
            }
            return (density * velocityFactor * area, weighted * velocityFactor * area * fragments)
        }
        let top = trackedObjects.coveredAltitudesKm.upperBound
        func integrate(_ history: OrbitHistory) -> (risk: Double, collisions: Double, yearsOutside: Double) {
            let samples = history.samples
            guard var previous = samples.first.map({ rates($0.perigeeAltitudeKm, $0.apogeeAltitudeKm) }) else {
                return (0, 0, 0)
            }
            var risk = 0.0, collisions = 0.0, yearsOutside = 0.0
            for index in samples.indices.dropFirst() {
                let current = rates(samples[index].perigeeAltitudeKm, samples[index].apogeeAltitudeKm)
                let years = max(0, samples[index].timeYears - samples[index - 1].timeYears)
                risk += 0.5 * (current.severity + previous.severity) * years
                collisions += 0.5 * (current.collisions + previous.collisions) * years
                if max(samples[index].perigeeAltitudeKm, samples[index].apogeeAltitudeKm) > top { yearsOutside += years }
                previous = current
            }
            return (risk, collisions, yearsOutside)
        }

        let credit = exposure.performsCollisionAvoidance ? avoidanceCredit : 0
        let operational = rates(exposure.operationalPerigeeKm, exposure.operationalApogeeKm)
        let operationalYears = max(0, exposure.operationalYears) * (1 - credit)
        var risk = operational.severity * operationalYears
        var collisions = operational.collisions * operationalYears
        var yearsOutside = max(exposure.operationalPerigeeKm, exposure.operationalApogeeKm) > top
            ? max(0, exposure.operationalYears) : 0

        let success = exposure.effectiveSuccessProbability
        let succeeded = integrate(exposure.successfulDisposal)
        risk += success * succeeded.risk
        collisions += success * succeeded.collisions
        yearsOutside += success * succeeded.yearsOutside
        if let failedHistory = exposure.failedDisposal, success < 1 {
            let failed = integrate(failedHistory)
            risk += (1 - success) * failed.risk
            collisions += (1 - success) * failed.collisions
            yearsOutside += (1 - success) * failed.yearsOutside
        }
        return (risk, collisions, yearsOutside)
    }

    public func evaluate(_ exposure: EnvironmentalExposure, spacecraftCount: Int = 1) -> Result {
        let (risk, collisions, yearsOutside) = unnormalisedRisk(exposure)
        let index = referenceRisk > 0 ? risk / referenceRisk : 0
        return Result(index: index, fleetIndex: index * Double(max(0, spacecraftCount)),
                      expectedCollisions: collisions,
                      fragmentCount: NASABreakupModel.catastrophicFragmentCount(massKg: exposure.massKg),
                      risk: risk, referenceRisk: referenceRisk, yearsOutsideTable: yearsOutside)
    }
}
