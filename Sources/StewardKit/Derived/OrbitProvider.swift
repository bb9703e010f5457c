import Astrodynamics
import Foundation
import MissionModel
import RuleEngine

/// `derived.orbit.*`: the orbit in every form, its regime and protected regions, and the decay rate at epoch.
extension DerivedFacts {
    /// The operational orbit as an Earth orbit; unavailable around the Moon or the Sun, or without inclination.
    var earthOrbit: Result<EarthOrbit, Unavailable> {
        earthOrbitMemo.value("earth_orbit", counter: counter) {
            let orbit = mission.orbit
            guard orbit.centralBody == .earth else {
                return .failure(Unavailable("orbit.central_body is \(orbit.centralBody.rawValue): Steward's orbit, "
                                            + "drag and debris models cover Earth orbits only"))
            }
            guard let inclination = inclination else {
                return .failure(Unavailable("orbit.inclination_deg is not declared"))
            }
            do {
                return .success(try EarthOrbit(semiMajorAxisKm: orbit.semiMajorAxisKm, eccentricity: orbit.eccentricity,
                                               inclinationDeg: inclination))
            } catch {
                return .failure(Unavailable("orbit (\(orbit.definition.formName)) is not a valid Earth orbit: \(error)"))
            }
        }
    }

    /// Declared inclination, or the TLE's.
    var inclination: Double? {
        if let declared = mission.orbit.inclinationDeg { return declared }
        if let elements = mission.orbit.definition.meanElements { return elements.inclinationDeg }
        return nil
    }

    /// The orbit epoch, else the launch date: where decay starts.
    var epoch: Result<Date, Unavailable> {
        epochMemo.value("epoch", counter: counter) {
            if let epoch = mission.orbit.epoch { return .success(epoch.date) }
            if let launch = mission.launch?.date { return .success(launch.date) }
            return .failure(Unavailable("neither orbit.epoch nor launch.date is declared (decay needs a start date)"))
        }
    }

    static let orbitFacts: [DerivedFactDefinition] = [
        DerivedFactDefinition("derived.orbit.regime", .string,
                              doc: "LEO, MEO, GEO, GTO, HEO, cislunar, lunar or heliocentric.",
                              allowedValues: OrbitRegime.allCases.map(\.rawValue)) { $0.regime() },
        DerivedFactDefinition("derived.orbit.semi_major_axis_km", .number, unit: "km",
                              doc: "Semi-major axis from any orbit form.") {
            $0.fact(.number($0.mission.orbit.semiMajorAxisKm), model: "two-body geometry " + $0.orbitForm)
        },
        DerivedFactDefinition("derived.orbit.eccentricity", .number, doc: "Eccentricity from any orbit form.") {
            $0.fact(.number($0.mission.orbit.eccentricity), model: "two-body geometry " + $0.orbitForm)
        },
        DerivedFactDefinition("derived.orbit.period_min", .number, unit: "min", doc: "Orbital period.") { $0.period() },
        DerivedFactDefinition("derived.orbit.in_leo_protected_region", .bool,
                              doc: "Orbit is in or crosses IADC protected region A (below 2000 km).") {
            $0.inProtectedRegion(leo: true)
        },
        DerivedFactDefinition("derived.orbit.in_geo_protected_region", .bool,
                              doc: "Orbit is in or crosses IADC protected region B (GEO ±200 km, ±15°).") {
            $0.inProtectedRegion(leo: false)
        },
        DerivedFactDefinition("derived.orbit.decay_rate_km_per_day", .number, unit: "km/day",
                              doc: "Mean semi-major-axis decay at epoch.") { $0.decayRate() },
    ]

    /// "from <form> about the <body>", the tail of every geometric model description.
    private var orbitForm: String {
        let orbit = mission.orbit
        let body = orbit.centralBody.rawValue
        return "from \(orbit.definition.formName) about the \(body == "sun" ? "Sun" : body == "moon" ? "Moon" : "Earth")"
    }

    private func period() -> Result<Derivation, Unavailable> {
        let orbit = mission.orbit
        let a = orbit.semiMajorAxisKm
        guard a > 0, orbit.eccentricity < 1 else { return .failure(Unavailable("orbit is not bound (e ≥ 1)")) }
        let period = 2 * Double.pi * (a * a * a / orbit.centralBody.gravitationalParameterKm3PerS2).squareRoot() / 60
        return fact(.number(period), model: "Kepler's third law, T = 2π√(a³/μ) " + orbitForm)
    }

    private func regime() -> Result<Derivation, Unavailable> {
        let orbit = mission.orbit
        let body = Astrodynamics.CentralBody(rawValue: orbit.centralBody.rawValue) ?? .earth
        func classify(_ i: Double) -> OrbitRegime {
            OrbitRegime.classify(perigeeAltitudeKm: orbit.perigeeKm, apogeeAltitudeKm: orbit.apogeeKm,
                                 inclinationDeg: i, centralBody: body)
        }
        // Only the GTO/HEO split depends on the inclination; without one, answer only when it does not matter.
        let regime = classify(inclination ?? 0)
        if inclination == nil, classify(180) != regime {
            return .failure(Unavailable("orbit.inclination_deg is not declared (it separates GTO from HEO here)"))
        }
        return fact(.string(regime.rawValue), model: "Steward regime classification (ESA/IADC bands) " + orbitForm)
    }

    /// IADC protected region A (`leo`) or B.
    private func inProtectedRegion(leo isLEO: Bool) -> Result<Derivation, Unavailable> {
        let orbit = mission.orbit
        guard orbit.centralBody == .earth else {
            return fact(.bool(false), model: "IADC-02-01 §3.3.2 protected regions (not in Earth orbit)")
        }
        guard case .success(let earth) = earthOrbit else {
            // Membership depends on altitudes only (region B's latitude bound is applied conservatively).
            let crosses = isLEO ? orbit.perigeeKm <= IADCProtectedRegions.regionACeilingKm
                : orbit.perigeeKm <= IADCProtectedRegions.regionBAltitudeKm.upperBound
                    && orbit.apogeeKm >= IADCProtectedRegions.regionBAltitudeKm.lowerBound
            return fact(.bool(crosses), model: "IADC-02-01 §3.3.2 protected regions (in or crossing)")
        }
        let crosses = isLEO ? IADCProtectedRegions.crossesRegionA(earth) : IADCProtectedRegions.crossesRegionB(earth)
        return fact(.bool(crosses), model: "IADC-02-01 §3.3.2 protected regions (in or crossing)")
    }

    private func decayRate() -> Result<Derivation, Unavailable> {
        do throws(Unavailable) {
            let settings = try resolved.get()
            let orbit = try earthOrbit.get()
            let drag = try self.drag.get()
            let start = try epoch.get()
            let model = try lifetimeModel.get()
            counter.record("decay_rate")
            let rate = model.decayRateKmPerDay(orbit: orbit, drag: drag, epoch: start,
                                               scenario: try scenario(settings, orbit: orbit, drag: drag))
            return fact(.number(rate.value), model: rate.model, keys: DerivedAssumptions.lifetimeKeys,
                        extra: dragProvenance(drag))
        } catch {
            return .failure(error)
        }
    }
}
