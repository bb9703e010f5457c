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
        if case let .twoLineElements(tle) = mission.orbit.definition { return tle.inclinationDeg }
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

    func orbitFact(_ path: String) -> Result<Fact, Unavailable> {
        let orbit = mission.orbit
        let body = orbit.centralBody.rawValue
        let form = "from \(orbit.definition.formName) about the \(body == "sun" ? "Sun" : body == "moon" ? "Moon" : "Earth")"
        switch path {
        case "derived.orbit.semi_major_axis_km":
            return fact(.number(orbit.semiMajorAxisKm), unit: "km", model: "two-body geometry " + form)
        case "derived.orbit.eccentricity":
            return fact(.number(orbit.eccentricity), unit: nil, model: "two-body geometry " + form)
        case "derived.orbit.period_min":
            let a = orbit.semiMajorAxisKm
            guard a > 0, orbit.eccentricity < 1 else { return .failure(Unavailable("orbit is not bound (e ≥ 1)")) }
            let period = 2 * Double.pi * (a * a * a / orbit.centralBody.gravitationalParameterKm3PerS2).squareRoot() / 60
            return fact(.number(period), unit: "min", model: "Kepler's third law, T = 2π√(a³/μ) " + form)
        case "derived.orbit.regime":
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
            return fact(.string(regime.rawValue), unit: nil, model: "Steward regime classification (ESA/IADC bands) " + form)
        case "derived.orbit.in_leo_protected_region", "derived.orbit.in_geo_protected_region":
            let isLEO = path.hasSuffix("leo_protected_region")
            guard orbit.centralBody == .earth else {
                return fact(.bool(false), unit: nil, model: "IADC-02-01 §3.3.2 protected regions (not in Earth orbit)")
            }
            guard case .success(let earth) = earthOrbit else {
                // Membership depends on altitudes only (region B's latitude bound is applied conservatively).
                let crosses = isLEO ? orbit.perigeeKm <= IADCProtectedRegions.regionACeilingKm
                    : orbit.perigeeKm <= IADCProtectedRegions.regionBAltitudeKm.upperBound
                        && orbit.apogeeKm >= IADCProtectedRegions.regionBAltitudeKm.lowerBound
                return fact(.bool(crosses), unit: nil, model: "IADC-02-01 §3.3.2 protected regions (in or crossing)")
            }
            let crosses = isLEO ? IADCProtectedRegions.crossesRegionA(earth) : IADCProtectedRegions.crossesRegionB(earth)
            return fact(.bool(crosses), unit: nil, model: "IADC-02-01 §3.3.2 protected regions (in or crossing)")
        case "derived.orbit.decay_rate_km_per_day":
            return decayRate()
        default:
            return .failure(Unavailable("no derived fact '\(path)'"))
        }
    }

    private func decayRate() -> Result<Fact, Unavailable> {
        do throws(Unavailable) {
            let settings = try resolved.get()
            let orbit = try earthOrbit.get()
            let drag = try self.drag.get()
            let start = try epoch.get()
            let model = try lifetimeModel.get()
            counter.record("decay_rate")
            let rate = model.decayRateKmPerDay(orbit: orbit, drag: drag, epoch: start,
                                               scenario: settings.scenario(orbit: orbit, drag: drag))
            return fact(.number(rate.value), unit: "km/day", model: rate.model, keys: DerivedAssumptions.lifetimeKeys,
                        extra: dragProvenance(drag))
        } catch {
            return .failure(error)
        }
    }
}
