import Foundation

/// The reference mode: a direct numerical integration of the equations of motion (ISO 27852 §5.2 "Method 1"),
/// used to check the semi-analytic model and to benchmark it. Far too slow for ratings (it integrates every
/// revolution), exact up to its step size otherwise.
///
/// Forces: two-body gravity, optionally the J2 zonal harmonic, and drag a = −½ ρ B |v_rel| v_rel with
/// v_rel = v − ω × r when the atmosphere co-rotates. Density comes from a ``PointAtmosphere`` at the actual
/// position and instant: altitude r − R⊕ (Steward's altitude convention, above the equatorial radius),
/// geocentric latitude, east longitude from the Greenwich mean sidereal time (IAU 1982 GMST polynomial,
/// Vallado 2013 eq. 3-45, linear terms), day of year and UT seconds from the epoch.
///
/// Integrator: classical fixed-step Runge–Kutta 4 in the inertial frame.
///
/// Initial state: at perigee, on the ascending node (argument of perigee 0), with the Keplerian perigee speed;
/// with J2 on, that speed is tuned so the orbit's time-averaged radius matches the mean orbit requested.
///
/// Decay ends when the instantaneous altitude falls to ``LifetimeSettings/reentryPerigeeAltitudeKm``, the
/// counterpart of the semi-analytic perigee criterion.
public struct NumericalDecayPropagator: Sendable {
    public static let identifier = "steward-numerical-rk4@1"

    public let atmosphere: any PointAtmosphere
    public let settings: LifetimeSettings
    /// Integration step, s.
    public let stepSeconds: Double
    public let includesJ2: Bool

    public init(atmosphere: any PointAtmosphere, settings: LifetimeSettings = .standard, stepSeconds: Double = 20,
                includesJ2: Bool = true) {
        self.atmosphere = atmosphere
        self.settings = settings
        self.stepSeconds = stepSeconds
        self.includesJ2 = includesJ2
    }

    struct State {
        var r: SIMD3<Double>
        var v: SIMD3<Double>
    }

    /// Calendar context of the epoch, so each force evaluation needs no calendar arithmetic.
    struct Clock {
        let startDayOfYear: Int
        let startSecondsOfDay: Double
        let startGMSTRadians: Double

        init(epoch: Date) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            startDayOfYear = calendar.ordinality(of: .day, in: .year, for: epoch) ?? 1
            let midnight = calendar.startOfDay(for: epoch)
            startSecondsOfDay = epoch.timeIntervalSince(midnight)
            // GMST (degrees) = 280.46061837 + 360.98564736629 × (JD_UT1 − 2451545.0), UT1 ≈ UTC.
            let julianDate = epoch.timeIntervalSince1970 / 86_400 + 2_440_587.5
            let degrees = (280.46061837 + 360.98564736629 * (julianDate - 2_451_545.0))
                .truncatingRemainder(dividingBy: 360)
            startGMSTRadians = degrees * Double.pi / 180
        }

        func dayAndSeconds(after t: Double) -> (day: Int, seconds: Double) {
            let total = startSecondsOfDay + t
            let days = Int((total / 86_400).rounded(.down))
            return (((startDayOfYear - 1 + days) % 365 + 365) % 365 + 1, total - Double(days) * 86_400)
        }

        func gmst(after t: Double) -> Double { startGMSTRadians + Earth.rotationRate * t }
    }

    /// Propagates from `start` until re-entry or the horizon (keep the horizon short: this mode integrates
    /// every revolution).
    public func estimate(orbit: EarthOrbit, drag: DragProfile, start: Date,
                         scenario: SolarActivityScenario) -> LifetimeEstimate {
        let b = drag.dragCoefficientTimesAreaOverMass
        let clock = Clock(epoch: start)
        let inclination = orbit.inclinationDeg * Double.pi / 180
        let perigeeRadius = orbit.perigeeRadiusKm * 1000
        let speed = orbit.speedMetresPerSecond(atRadiusKm: orbit.perigeeRadiusKm)
        var state = State(r: SIMD3(perigeeRadius, 0, 0),
                          v: SIMD3(0, speed * cos(inclination), speed * sin(inclination)))
        if includesJ2 {
            state = meanMatchedState(state, orbit: orbit, clock: clock)
        }
        let stopRadius = (Earth.equatorialRadiusKm + settings.reentryPerigeeAltitudeKm) * 1000
        let horizon = settings.horizonYears * secondsPerYear

        var t = 0.0
        var steps = 0
        var recorder = HistoryRecorder(first: Self.sample(t: 0, state: state), finalAltitudeKm: settings.reentryPerigeeAltitudeKm,
                                       limit: settings.maximumHistorySamples)
        // Osculating perigee/apogee are recorded about once per revolution, as the minimum and maximum radius seen.
        var revolutionMinimum = Double.infinity, revolutionMaximum = 0.0, revolutionStart = 0.0
        let period = orbit.periodMinutes * 60
        var weather = scenario.weather(at: start)
        var weatherTime = 0.0
        var outcome: LifetimeOutcome = .beyondHorizon(horizonYears: settings.horizonYears)

        while t < horizon {
            if t - weatherTime >= 86_400 {
                weather = scenario.weather(at: start.addingTimeInterval(t))
                weatherTime = t
            }
            let h = stepSeconds
            let k1 = derivative(state, t, b, clock, weather)
            let k2 = derivative(State(r: state.r + 0.5 * h * k1.r, v: state.v + 0.5 * h * k1.v), t + 0.5 * h, b, clock, weather)
            let k3 = derivative(State(r: state.r + 0.5 * h * k2.r, v: state.v + 0.5 * h * k2.v), t + 0.5 * h, b, clock, weather)
            let k4 = derivative(State(r: state.r + h * k3.r, v: state.v + h * k3.v), t + h, b, clock, weather)
            let next = State(r: state.r + h / 6 * (k1.r + 2 * k2.r + 2 * k3.r + k4.r),
                             v: state.v + h / 6 * (k1.v + 2 * k2.v + 2 * k3.v + k4.v))
            steps += 1
            let oldRadius = Self.length(state.r), newRadius = Self.length(next.r)
            if newRadius <= stopRadius {
                let fraction = oldRadius > newRadius ? (oldRadius - stopRadius) / (oldRadius - newRadius) : 1
                t += h * min(max(fraction, 0), 1)
                state = next
                outcome = .reentered(years: t / secondsPerYear)
                break
            }
            state = next
            t += h
            revolutionMinimum = min(revolutionMinimum, newRadius)
            revolutionMaximum = max(revolutionMaximum, newRadius)
            if t - revolutionStart >= period {
                recorder.offer(OrbitHistory.Sample(timeYears: t / secondsPerYear,
                                                   perigeeAltitudeKm: revolutionMinimum / 1000 - Earth.equatorialRadiusKm,
                                                   apogeeAltitudeKm: revolutionMaximum / 1000 - Earth.equatorialRadiusKm))
                revolutionMinimum = .infinity
                revolutionMaximum = 0
                revolutionStart = t
            }
        }
        let history = recorder.finish(with: Self.sample(t: t, state: state))
        return LifetimeEstimate(outcome: outcome, history: history, model: Self.identifier,
                                atmosphere: atmosphere.identifier, solarActivity: scenario.identifier,
                                assumptions: [
                                    "Numerical RK4 integration, step \(stepSeconds) s; two-body"
                                        + (includesJ2 ? " + J2" : "") + " + drag.",
                                    "Drag: Cd·A/m = \(b) m²/kg; " + (settings.includesAtmosphereRotation
                                        ? "co-rotating atmosphere." : "non-rotating atmosphere."),
                                    "Solar activity: \(scenario.description)",
                                    "Stops when altitude ≤ \(settings.reentryPerigeeAltitudeKm) km; horizon \(settings.horizonYears) years.",
                                ],
                                steps: steps)
    }

    /// With J2 the osculating orbit through a given point differs from the mean orbit by short-period terms of
    /// several km, enough to bias a drag lifetime by 10 %. The semi-analytic model works in mean elements, so the
    /// initial speed is adjusted (Newton iterations on one drag-free revolution) until the time-averaged radius
    /// equals the Keplerian mean radius a(1 + e²/2) of the requested orbit.
    private func meanMatchedState(_ initial: State, orbit: EarthOrbit, clock: Clock) -> State {
        let target = orbit.semiMajorAxisKm * 1000 * (1 + orbit.eccentricity * orbit.eccentricity / 2)
        let period = orbit.periodMinutes * 60
        let steps = max(Int((period / stepSeconds).rounded(.up)), 8)
        let h = period / Double(steps)
        var state = initial
        for _ in 0..<4 {
            var s = state
            var radiusSum = 0.0
            for _ in 0..<steps {
                let k1 = derivative(s, 0, 0, clock, SpaceWeather(f107: 150, ap: 15))
                let k2 = derivative(State(r: s.r + 0.5 * h * k1.r, v: s.v + 0.5 * h * k1.v), 0, 0, clock, SpaceWeather(f107: 150, ap: 15))
                let k3 = derivative(State(r: s.r + 0.5 * h * k2.r, v: s.v + 0.5 * h * k2.v), 0, 0, clock, SpaceWeather(f107: 150, ap: 15))
                let k4 = derivative(State(r: s.r + h * k3.r, v: s.v + h * k3.v), 0, 0, clock, SpaceWeather(f107: 150, ap: 15))
                let before = Self.length(s.r)
                s = State(r: s.r + h / 6 * (k1.r + 2 * k2.r + 2 * k3.r + k4.r),
                          v: s.v + h / 6 * (k1.v + 2 * k2.v + 2 * k3.v + k4.v))
                radiusSum += 0.5 * (before + Self.length(s.r))
            }
            let meanRadius = radiusSum / Double(steps)
            let speed = Self.length(state.v)
            // d(mean radius)/d(speed) ≈ 2a/v near circular (from vis-viva).
            let correction = -(meanRadius - target) * speed / (2 * target)
            if abs(meanRadius - target) < 1 { break }
            state.v *= (speed + correction) / speed
        }
        return state
    }

    private func derivative(_ s: State, _ t: Double, _ b: Double, _ clock: Clock, _ weather: SpaceWeather) -> State {
        let r = Self.length(s.r)
        let r2 = r * r
        var acceleration = -Earth.mu / (r2 * r) * s.r
        if includesJ2 {
            let re = Earth.equatorialRadiusKm * 1000
            let zr2 = s.r.z * s.r.z / r2
            let factor: Double = -1.5 * Earth.j2 * Earth.mu * re * re / (r2 * r2 * r)
            let equatorial: Double = factor * (1 - 5 * zr2)
            let polar: Double = factor * (3 - 5 * zr2)
            acceleration += SIMD3<Double>(equatorial * s.r.x, equatorial * s.r.y, polar * s.r.z)
        }
        if b > 0 {
            let altitudeKm = r / 1000 - Earth.equatorialRadiusKm
            let latitude = asin(s.r.z / r) * 180 / Double.pi
            var longitude = (atan2(s.r.y, s.r.x) - clock.gmst(after: t)) * 180 / Double.pi
            longitude = longitude.truncatingRemainder(dividingBy: 360)
            if longitude > 180 { longitude -= 360 }
            if longitude < -180 { longitude += 360 }
            let (day, seconds) = clock.dayAndSeconds(after: t)
            let rho = atmosphere.density(altitudeKm: altitudeKm, latitudeDeg: latitude, longitudeDeg: longitude,
                                         dayOfYear: day, secondsOfDay: seconds, weather: weather)
            var relative = s.v
            if settings.includesAtmosphereRotation {
                relative -= SIMD3(-Earth.rotationRate * s.r.y, Earth.rotationRate * s.r.x, 0)
            }
            acceleration += -0.5 * rho * b * Self.length(relative) * relative
        }
        return State(r: s.v, v: acceleration)
    }

    private static func length(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }

    private static func sample(t: Double, state: State) -> OrbitHistory.Sample {
        let r = length(state.r), v2 = (state.v * state.v).sum()
        let a = 1 / (2 / r - v2 / Earth.mu)
        let h = SIMD3(state.r.y * state.v.z - state.r.z * state.v.y,
                      state.r.z * state.v.x - state.r.x * state.v.z,
                      state.r.x * state.v.y - state.r.y * state.v.x)
        let e = max(0, 1 - (h * h).sum() / (Earth.mu * a)).squareRoot()
        return OrbitHistory.Sample(timeYears: t / secondsPerYear,
                                   perigeeAltitudeKm: a * (1 - e) / 1000 - Earth.equatorialRadiusKm,
                                   apogeeAltitudeKm: a * (1 + e) / 1000 - Earth.equatorialRadiusKm)
    }
}
