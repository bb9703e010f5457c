import Foundation

/// Semi-analytic orbital decay: the orbit-averaged drag rates of semi-major axis and eccentricity, integrated
/// over days-long steps (an ISO 27852 §5.3 "Method 2" propagator, the approach of CNES STELA and NASA DAS).
///
/// **Equations** (docs/physics.md "Orbital lifetime", from Gauss's equations with tangential drag f_t = −½ρBv²,
/// B = Cd·A/m, averaged over the mean anomaly with r = a(1 − e cos E)):
///
///     ⟨da/dt⟩ = −(B√(μa)/2π) ∫₀^{2π} ρ(r) (1 + e cos E)^{3/2} / (1 − e cos E)^{1/2} dE
///     ⟨de/dt⟩ = −(B/2π) √(μ/a) (1 − e²) ∫₀^{2π} ρ(r) cos E [(1 + e cos E)/(1 − e cos E)]^{1/2} dE
///
/// Both integrands are even in E, so they are integrated over [0, π] and doubled. The density falls off
/// exponentially away from perigee with scale height H, so for an eccentric orbit the integrand is a spike of
/// width ≈ 1/√(ae/H) in E around perigee; the interval is cut into panels that grow geometrically from that
/// width, each integrated with 8-point Gauss–Legendre. A near-circular orbit uses one panel.
///
/// **Atmosphere rotation.** The atmosphere co-rotates with the Earth, so the air speed at perigee is lower than
/// the inertial speed by about ω r_p cos i. King-Hele's factor F = (1 − r_p ω cos i / v_p)² (King-Hele,
/// *Satellite Orbits in an Atmosphere*, 1987, §5; the same factor appears in Vallado 2013 §9.6) multiplies B;
/// it is 0.87–1.0 in LEO depending on inclination.
///
/// **Stepping.** Midpoint (2nd-order Runge–Kutta) steps whose length keeps the perigee change under 5 % of the
/// density scale height at perigee and the apogee change under 2 % of the apogee–perigee span; at most 365 days
/// under constant activity, 60 days when the activity varies (≈ 67 steps per 11-year cycle; halving it to 30 days
/// moves a 16-year mean-cycle lifetime by 2e-4 relative). The re-entry instant
/// is interpolated within the last step.
///
/// **Validity.** LEO-crossing orbits with e < 0.95. Not modelled: luni-solar and J2 effects on perigee height
/// (they matter for GTO and HEO, whose lifetimes are therefore indicative), solar radiation pressure,
/// attitude-dependent drag, lift.
public struct OrbitAveragedDecayModel: Sendable {
    public static let identifier = "steward-orbit-averaged-drag@1"

    public let atmosphere: any MeanAtmosphere
    public let settings: LifetimeSettings
    /// The atmosphere when it is the NRLMSISE-00 mean table, unwrapped once: every rate then freezes a value
    /// column from it and looks densities up with no existential call and no class or shared-storage retain.
    private let meanTable: NRLMSISE00MeanTable?

    public init(atmosphere: any MeanAtmosphere, settings: LifetimeSettings = .standard) {
        self.atmosphere = atmosphere
        self.settings = settings
        self.meanTable = atmosphere as? NRLMSISE00MeanTable
    }

    // MARK: Rates

    /// Orbit-averaged rates: da/dt in m/s and de/dt in 1/s.
    public struct Rates: Sendable, Hashable {
        public let semiMajorAxisMetresPerSecond: Double
        public let eccentricityPerSecond: Double
        /// Density scale height at perigee, m, when the rate computed it (eccentric orbits): the step-size
        /// control reuses it instead of looking the atmosphere up twice more.
        var perigeeScaleHeightM: Double? = nil
    }

    /// ⟨da/dt⟩ and ⟨de/dt⟩ for an orbit of semi-major axis `semiMajorAxisM` (m) and eccentricity `e` under the
    /// given drag term B = Cd·A/m (m²/kg) and activity.
    public func rates(semiMajorAxisM a: Double, eccentricity e: Double, inclinationDeg: Double,
                      dragCoefficientTimesAreaOverMass b: Double, weather: SpaceWeather) -> Rates {
        guard let (e, aKm, perigeeAltitudeKm, effectiveB) = rateGeometry(semiMajorAxisM: a, eccentricity: e,
                                                                         inclinationDeg: inclinationDeg, b: b) else {
            return Rates(semiMajorAxisMetresPerSecond: 0, eccentricityPerSecond: 0)
        }

        if e < 1e-9 {
            let rhoPerigee = meanDensity(altitudeKm: perigeeAltitudeKm, weather: weather, inclinationDeg: inclinationDeg)
            // Circular: the density is the same all round, so both integrals are exact with one evaluation
            // (∫₀^π dE = π, ∫₀^π cos E dE = 0).
            return Rates(semiMajorAxisMetresPerSecond: -effectiveB * (Earth.mu * a).squareRoot() * rhoPerigee,
                         eccentricityPerSecond: 0)
        }
        // Every other look-up of this rate is at this weather and inclination, between perigee (and the probe
        // above it) and apogee: freeze the atmosphere over that range once.
        let apogeeAltitudeKm = aKm * (1 + e) - Earth.equatorialRadiusKm
        let range = perigeeAltitudeKm...max(apogeeAltitudeKm, perigeeAltitudeKm + 10)
        if let table = meanTable {
            let column = table.frozenColumn(weather: weather, inclinationDeg: inclinationDeg, altitudeRangeKm: range)
            return eccentricRates(a: a, e: e, perigeeAltitudeKm: perigeeAltitudeKm, effectiveB: effectiveB) {
                table.density(in: column, altitudeKm: $0)
            }
        }
        let profile = atmosphere.profile(weather: weather, inclinationDeg: inclinationDeg, altitudeRangeKm: range)
        return eccentricRates(a: a, e: e, perigeeAltitudeKm: perigeeAltitudeKm, effectiveB: effectiveB) {
            profile.density(altitudeKm: $0)
        }
    }

    /// The rates as ``rates(semiMajorAxisM:eccentricity:inclinationDeg:dragCoefficientTimesAreaOverMass:weather:)``
    /// computes them, with the mean table's look-ups on a decay run's inclination slice: the table's interpolation,
    /// its sums grouped per run, so the values agree to rounding and a rate allocates nothing.
    private func rates(semiMajorAxisM a: Double, eccentricity e: Double, inclinationDeg: Double,
                       dragCoefficientTimesAreaOverMass b: Double, weather: SpaceWeather,
                       slice: inout NRLMSISE00MeanTable.InclinationSlice) -> Rates {
        guard let (e, aKm, perigeeAltitudeKm, effectiveB) = rateGeometry(semiMajorAxisM: a, eccentricity: e,
                                                                         inclinationDeg: inclinationDeg, b: b) else {
            return Rates(semiMajorAxisMetresPerSecond: 0, eccentricityPerSecond: 0)
        }
        if e < 1e-9 {
            // Circular (see the public rates), with the perigee scale height the step control would look up.
            slice.prepare(f107: weather.f107Average, ap: weather.ap,
                          altitudeRangeKm: perigeeAltitudeKm...(perigeeAltitudeKm + 10))
            let rhoPerigee = slice.density(altitudeKm: perigeeAltitudeKm)
            let rhoAbove = slice.density(altitudeKm: perigeeAltitudeKm + 10)
            return Rates(semiMajorAxisMetresPerSecond: -effectiveB * (Earth.mu * a).squareRoot() * rhoPerigee,
                         eccentricityPerSecond: 0,
                         perigeeScaleHeightM: rhoAbove > 0 && rhoAbove < rhoPerigee ? 10_000 / log(rhoPerigee / rhoAbove) : nil)
        }
        let apogeeAltitudeKm = aKm * (1 + e) - Earth.equatorialRadiusKm
        slice.prepare(f107: weather.f107Average, ap: weather.ap,
                      altitudeRangeKm: perigeeAltitudeKm...max(apogeeAltitudeKm, perigeeAltitudeKm + 10))
        return eccentricRates(a: a, e: e, perigeeAltitudeKm: perigeeAltitudeKm, effectiveB: effectiveB) {
            slice.density(altitudeKm: $0)
        }
    }

    /// What both rate paths derive first: e clamped to [0, 0.99], a in km, the perigee altitude, and B scaled by the
    /// atmosphere-rotation factor; nil when there is no drag (B or a not positive).
    @inline(__always)
    private func rateGeometry(semiMajorAxisM a: Double, eccentricity e: Double, inclinationDeg: Double, b: Double)
        -> (e: Double, aKm: Double, perigeeAltitudeKm: Double, effectiveB: Double)? {
        guard b > 0, a > 0 else { return nil }
        let e = min(max(e, 0), 0.99)
        let aKm = a / 1000
        let perigeeAltitudeKm = aKm * (1 - e) - Earth.equatorialRadiusKm
        return (e, aKm, perigeeAltitudeKm, b * rotationFactor(semiMajorAxisM: a, eccentricity: e, inclinationDeg: inclinationDeg))
    }

    /// The atmosphere's mean density, without the existential call when it is the mean table (the same function,
    /// so the same value).
    @inline(__always)
    private func meanDensity(altitudeKm: Double, weather: SpaceWeather, inclinationDeg: Double) -> Double {
        if let table = meanTable {
            return table.meanDensity(altitudeKm: altitudeKm, weather: weather, inclinationDeg: inclinationDeg)
        }
        return atmosphere.meanDensity(altitudeKm: altitudeKm, weather: weather, inclinationDeg: inclinationDeg)
    }

    /// The rates of an eccentric orbit (see the type's equations) with `density` frozen at its weather and
    /// inclination.
    @inline(__always)
    private func eccentricRates(a: Double, e: Double, perigeeAltitudeKm: Double, effectiveB: Double,
                                density: (Double) -> Double) -> Rates {
        let aKm = a / 1000
        // Panel layout from the density scale height at perigee: [0, π] for a near-circular orbit, else
        // [0, w], [w, 2w], [2w, 4w], … up to π.
        let rhoPerigee = density(perigeeAltitudeKm)
        var firstPanelWidth = Double.pi
        var perigeeScaleHeightM: Double?
        if e > 0, rhoPerigee > 0 {
            let probeKm = 10.0
            let rhoAbove = density(perigeeAltitudeKm + probeKm)
            let scaleHeightKm = rhoAbove > 0 && rhoAbove < rhoPerigee ? probeKm / log(rhoPerigee / rhoAbove) : 1000
            if rhoAbove > 0 && rhoAbove < rhoPerigee { perigeeScaleHeightM = scaleHeightKm * 1000 }
            let sharpness = aKm * e / scaleHeightKm
            if sharpness > 2 { firstPanelWidth = 1 / sharpness.squareRoot() }
        }

        let nodes = GaussLegendre8.nodes, weights = GaussLegendre8.weights
        var semiMajorAxisIntegral = 0.0
        var eccentricityIntegral = 0.0
        let singlePanel = firstPanelWidth == Double.pi
        var lower = 0.0, upper = firstPanelWidth
        while true {
            let half = (upper - lower) / 2, middle = (upper + lower) / 2
            for node in 0..<4 {
                let weight = weights[node] * half
                for index in 0..<2 {
                    let sign = index == 0 ? -1.0 : 1.0
                    // Near-circular orbits use the one panel [0, π], whose nodes never move: their cosines are
                    // tabulated once (the same expression, so the same values).
                    let cosE = singlePanel ? GaussLegendre8.wholePanelCosines[2 * node + index]
                                           : cos(middle + sign * nodes[node] * half)
                    let radiusKm = aKm * (1 - e * cosE)
                    let rho = density(radiusKm - Earth.equatorialRadiusKm)
                    if rho <= 0 { continue }
                    let plus = 1 + e * cosE, minus = 1 - e * cosE
                    semiMajorAxisIntegral += weight * rho * plus * (plus / minus).squareRoot()
                    eccentricityIntegral += weight * rho * cosE * (plus / minus).squareRoot()
                }
            }
            if upper == Double.pi { break }
            lower = upper
            upper = min(upper * 2, Double.pi)
        }
        // ∫₀^{2π} = 2∫₀^π; the 1/2π prefactor becomes 1/π.
        let dadt = -effectiveB * (Earth.mu * a).squareRoot() / Double.pi * semiMajorAxisIntegral
        let dedt = e > 0 ? -effectiveB * (Earth.mu / a).squareRoot() * (1 - e * e) / Double.pi * eccentricityIntegral : 0
        return Rates(semiMajorAxisMetresPerSecond: dadt, eccentricityPerSecond: dedt, perigeeScaleHeightM: perigeeScaleHeightM)
    }

    /// King-Hele's atmosphere-rotation factor F = (1 − r_p ω cos i / v_p)², or 1 when rotation is off.
    public func rotationFactor(semiMajorAxisM a: Double, eccentricity e: Double, inclinationDeg: Double) -> Double {
        guard settings.includesAtmosphereRotation else { return 1 }
        let perigeeRadius = a * (1 - e)
        let perigeeSpeed = (Earth.mu * (1 + e) / perigeeRadius).squareRoot()
        let ratio = perigeeRadius * Earth.rotationRate * cos(inclinationDeg * Double.pi / 180) / perigeeSpeed
        return (1 - ratio) * (1 - ratio)
    }

    /// Mean semi-major-axis decay rate at an instant, km/day (positive when decaying).
    public func decayRateKmPerDay(orbit: EarthOrbit, drag: DragProfile, at date: Date,
                                  scenario: SolarActivityScenario) -> Double {
        let rates = rates(semiMajorAxisM: orbit.semiMajorAxisKm * 1000, eccentricity: orbit.eccentricity,
                          inclinationDeg: orbit.inclinationDeg,
                          dragCoefficientTimesAreaOverMass: drag.dragCoefficientTimesAreaOverMass,
                          weather: scenario.weather(at: date))
        return -rates.semiMajorAxisMetresPerSecond * 86_400 / 1000
    }

    // MARK: Propagation

    /// Propagates decay from `start` until re-entry or the horizon.
    public func estimate(orbit: EarthOrbit, drag: DragProfile, start: Date,
                         scenario: SolarActivityScenario) -> LifetimeEstimate {
        estimate(orbit: orbit, drag: drag, start: start, scenario: scenario, run: .full)
    }

    /// How far and how finely a decay run goes, for searches that only need part of the answer
    /// (``PerigeeLifetimeSearch``). The defaults are the documented model.
    struct Run: Sendable {
        /// Multiplies every step-length limit (the perigee and apogee criteria and the longest step). A coarse
        /// run (4) costs about a quarter and locates where a lifetime crosses a target; it never decides it.
        var stepScale = 1.0
        /// Stop at the end of the first step past this many years without re-entry; the outcome is then
        /// `.beyondHorizon` with the time reached (a lower bound of the lifetime, not the model's horizon).
        /// Every step before is the full run's own, so a run that re-enters before the stop is bit-identical to it.
        var stopAfterYears = Double.infinity
        /// Late steps grow (see `stepLength`): lifetimes move by < 1e-4, but the history is sampled at other
        /// instants, which moves facts integrated along it (collision, environment) by up to 1e-3. Only the
        /// disposal search's probes, which need lifetimes alone, take them; every fact's run keeps the perigee
        /// criterion throughout.
        var relaxesLateSteps = false

        static let full = Run()
    }

    /// The run, from ``runMemo`` when the same one was made before, else propagated. Only runs on the embedded
    /// NRLMSISE-00 table and a built-in activity scenario are kept: their inputs are all values (recorded activity
    /// is named by its file, not its contents, so those runs are always made afresh).
    func estimate(orbit: EarthOrbit, drag: DragProfile, start: Date, scenario: SolarActivityScenario,
                  run: Run) -> LifetimeEstimate {
        guard meanTable?.isEmbeddedStandard == true, scenario.recorded == nil else {
            return propagate(orbit: orbit, drag: drag, start: start, scenario: scenario, run: run)
        }
        let key = RunKey(orbit: orbit, drag: drag, start: start, scenario: scenario, settings: settings, run: run)
        return Self.runMemo.value(for: key) {
            propagate(orbit: orbit, drag: drag, start: start, scenario: scenario, run: run)
        }
    }

    /// Decay runs already made (≈ 10 kB each: the history is at most ``LifetimeSettings/maximumHistorySamples``
    /// samples); a disposal search makes up to a dozen per mission.
    static let runMemo = PhysicsMemo<RunKey, LifetimeEstimate>(generationSize: 512)

    /// Everything a run on the embedded table depends on. The orbit, start, run and drag numbers are compared by bit
    /// pattern, so −0 and +0 never stand in for each other there; the scenario and settings by value.
    struct RunKey: Hashable, Sendable {
        /// The orbit, the start, the run's step scale and stop, and the drag profile's numbers.
        let numbers: [UInt64]
        let areaBasis: String
        let scenario: SolarActivityScenario
        let settings: LifetimeSettings
        let relaxesLateSteps: Bool

        init(orbit: EarthOrbit, drag: DragProfile, start: Date, scenario: SolarActivityScenario,
             settings: LifetimeSettings, run: Run) {
            numbers = [orbit.semiMajorAxisKm, orbit.eccentricity, orbit.inclinationDeg, start.timeIntervalSinceReferenceDate,
                       run.stepScale, run.stopAfterYears, drag.massKg, drag.dragCoefficient, drag.areaM2].map(\.bitPattern)
            areaBasis = drag.areaBasis
            self.scenario = scenario
            self.settings = settings
            relaxesLateSteps = run.relaxesLateSteps
        }
    }

    /// Integrates the decay (see the type's documentation).
    func propagate(orbit: EarthOrbit, drag: DragProfile, start: Date, scenario: SolarActivityScenario,
                   run: Run) -> LifetimeEstimate {
        let b = drag.dragCoefficientTimesAreaOverMass
        let inclination = orbit.inclinationDeg
        let reentryRadius = (Earth.equatorialRadiusKm + settings.reentryPerigeeAltitudeKm) * 1000
        let horizonSeconds = settings.horizonYears * secondsPerYear
        let stopAfterSeconds = run.stopAfterYears * secondsPerYear

        var a = orbit.semiMajorAxisKm * 1000
        var e = orbit.eccentricity
        var t = 0.0
        var steps = 0
        var recorder = HistoryRecorder(first: Self.sample(t: 0, a: a, e: e), finalAltitudeKm: settings.reentryPerigeeAltitudeKm,
                                       limit: settings.maximumHistorySamples)

        // The mean table at this run's inclination, sliced once (``NRLMSISE00MeanTable/InclinationSlice``).
        var slice = meanTable.map { NRLMSISE00MeanTable.InclinationSlice(table: $0, inclinationDeg: inclination) }
        func rates(_ a: Double, _ e: Double, weather: SpaceWeather) -> Rates {
            if slice != nil {
                return self.rates(semiMajorAxisM: a, eccentricity: e, inclinationDeg: inclination,
                                  dragCoefficientTimesAreaOverMass: b, weather: weather, slice: &slice!)
            }
            return self.rates(semiMajorAxisM: a, eccentricity: e, inclinationDeg: inclination,
                              dragCoefficientTimesAreaOverMass: b, weather: weather)
        }
        func rates(_ a: Double, _ e: Double, _ t: Double) -> Rates {
            rates(a, e, weather: scenario.weather(at: start.addingTimeInterval(t)))
        }

        var outcome: LifetimeOutcome = .beyondHorizon(horizonYears: settings.horizonYears)
        if a * (1 - e) <= reentryRadius {
            outcome = .reentered(years: 0)
        } else if Self.isBeyondDrag(rates(a, e, 0), a: a, e: e, horizonSeconds: horizonSeconds) {
            // Far above the atmosphere (MEO, GEO, graveyard orbits): nothing to integrate.
            t = horizonSeconds
        } else {
            while t < horizonSeconds {
                let now = start.addingTimeInterval(t), weather = scenario.weather(at: now)
                let r1 = rates(a, e, weather: weather)
                let dt = min(run.stepScale * min(stepLength(a: a, e: e, rates: r1, inclinationDeg: inclination, weather: weather,
                                                             elapsedSeconds: t, relaxesLateSteps: run.relaxesLateSteps),
                                                 scenario.maximumStepSeconds(at: now)),
                             horizonSeconds - t)
                let midA = a + 0.5 * dt * r1.semiMajorAxisMetresPerSecond
                let midE = max(0, e + 0.5 * dt * r1.eccentricityPerSecond)
                let r2 = rates(midA, midE, t + 0.5 * dt)
                let newA = a + dt * r2.semiMajorAxisMetresPerSecond
                let newE = max(0, e + dt * r2.eccentricityPerSecond)
                steps += 1
                let oldPerigee = a * (1 - e), newPerigee = newA * (1 - newE)
                if newPerigee <= reentryRadius {
                    // Linear interpolation of the perigee crossing inside the step.
                    let fraction = oldPerigee > newPerigee ? (oldPerigee - reentryRadius) / (oldPerigee - newPerigee) : 1
                    t += dt * min(max(fraction, 0), 1)
                    a = reentryRadius / max(1 - newE, 1e-9)
                    e = newE
                    outcome = .reentered(years: t / secondsPerYear)
                    break
                }
                a = newA
                e = newE
                t += dt
                recorder.offer(Self.sample(t: t, a: a, e: e))
                if t > stopAfterSeconds {
                    outcome = .beyondHorizon(horizonYears: t / secondsPerYear)
                    break
                }
            }
        }
        let history = recorder.finish(with: Self.sample(t: t, a: a, e: e))
        return LifetimeEstimate(outcome: outcome, history: history, model: Self.identifier,
                                atmosphere: atmosphere.identifier, solarActivity: scenario.identifier,
                                assumptions: assumptions(drag: drag, scenario: scenario), steps: steps)
    }

    /// True when even a thousand times the initial rate would lower perigee by less than a kilometre over the
    /// whole horizon. Density at such heights varies over the solar cycle by far less than that factor, and
    /// decay only speeds up once perigee has come down, so the orbit cannot re-enter within the horizon and
    /// the step-by-step integration (centuries of 60-day steps at GEO) is skipped.
    static func isBeyondDrag(_ initial: Rates, a: Double, e: Double, horizonSeconds: Double) -> Bool {
        let perigeeRate = abs(initial.semiMajorAxisMetresPerSecond * (1 - e) - a * initial.eccentricityPerSecond)
        return perigeeRate * horizonSeconds * 1_000 < 1_000
    }

    /// Step length, s, from the accuracy limits described on the type.
    /// A step may grow once it is shorter than the elapsed time over this (see `stepLength`).
    static let lateStepElapsedFraction = 400.0
    /// The most a late step grows.
    static let lateStepGrowthLimit = 4.0

    private func stepLength(a: Double, e: Double, rates: Rates, inclinationDeg: Double, weather: SpaceWeather,
                            elapsedSeconds: Double, relaxesLateSteps: Bool) -> Double {
        let scaleHeightM: Double
        if let known = rates.perigeeScaleHeightM {
            scaleHeightM = known
        } else {
            let perigeeAltitudeKm = a * (1 - e) / 1000 - Earth.equatorialRadiusKm
            let rho0 = meanDensity(altitudeKm: perigeeAltitudeKm, weather: weather, inclinationDeg: inclinationDeg)
            let rho1 = meanDensity(altitudeKm: perigeeAltitudeKm + 10, weather: weather, inclinationDeg: inclinationDeg)
            scaleHeightM = rho1 > 0 && rho1 < rho0 ? 10_000 / log(rho0 / rho1) : 100_000
        }
        let perigeeRate = abs(rates.semiMajorAxisMetresPerSecond * (1 - e) - a * rates.eccentricityPerSecond)
        let apogeeRate = abs(rates.semiMajorAxisMetresPerSecond * (1 + e) + a * rates.eccentricityPerSecond)
        var dt = Double.infinity
        if perigeeRate > 0 { dt = min(dt, 0.05 * scaleHeightM / perigeeRate) }
        if apogeeRate > 0 { dt = min(dt, max(0.02 * 2 * a * e, 0.05 * scaleHeightM) / apogeeRate) }
        if relaxesLateSteps, dt.isFinite, dt > 0 {
            // Late in a decay the perigee criterion makes steps far shorter than the time already elapsed, and their
            // error hardly matters to the lifetime: once a step is under 1/400 of the elapsed time it may grow by
            // √(t / 400 dt), at most fourfold (lifetimes move by < 1e-4; docs/physics.md "Disposal manoeuvres").
            dt *= min(max((elapsedSeconds / (Self.lateStepElapsedFraction * dt)).squareRoot(), 1), Self.lateStepGrowthLimit)
        }
        return max(dt, 1)
    }

    private static func sample(t: Double, a: Double, e: Double) -> OrbitHistory.Sample {
        OrbitHistory.Sample(timeYears: t / secondsPerYear,
                            perigeeAltitudeKm: a * (1 - e) / 1000 - Earth.equatorialRadiusKm,
                            apogeeAltitudeKm: a * (1 + e) / 1000 - Earth.equatorialRadiusKm)
    }

    func assumptions(drag: DragProfile, scenario: SolarActivityScenario) -> [String] {
        var list = [
            "Orbit-averaged tangential drag on a and e (Gauss–Legendre over eccentric anomaly), midpoint steps.",
            "Drag: Cd = \(drag.dragCoefficient), A = \(drag.areaM2) m² (\(drag.areaBasis)), m = \(drag.massKg) kg, "
                + "Cd·A/m = \(drag.dragCoefficientTimesAreaOverMass) m²/kg.",
            "Solar activity: \(scenario.description)",
            "Re-entry when perigee altitude ≤ \(settings.reentryPerigeeAltitudeKm) km; horizon \(settings.horizonYears) years.",
        ]
        list.append(settings.includesAtmosphereRotation
                    ? "Co-rotating atmosphere (King-Hele factor (1 − r_p ω cos i / v_p)²)."
                    : "Non-rotating atmosphere.")
        list.append("Not modelled: J2 and luni-solar perturbations of perigee, solar radiation pressure, attitude-dependent drag.")
        return list
    }
}

/// 8-point Gauss–Legendre rule on [−1, 1] (Abramowitz & Stegun, *Handbook of Mathematical Functions*,
/// Table 25.4): positive nodes and their weights; the rule is symmetric.
/// Fixed-size values, not arrays: a rate reads them without touching a reference count.
enum GaussLegendre8 {
    static let nodes: InlineArray<4, Double> = [0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363]
    static let weights: InlineArray<4, Double> = [0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763]
    /// cos E at the eight nodes of the panel [0, π], ordered (node, sign −1 then +1).
    static let wholePanelCosines: InlineArray<8, Double> = {
        var cosines = InlineArray<8, Double>(repeating: 0)
        for node in 0..<4 {
            for (index, sign) in [-1.0, 1.0].enumerated() {
                cosines[2 * node + index] = cos(Double.pi / 2 + sign * nodes[node] * (Double.pi / 2))
            }
        }
        return cosines
    }()
}
