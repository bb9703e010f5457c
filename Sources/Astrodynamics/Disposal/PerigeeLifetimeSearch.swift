import Foundation

/// Finds the highest disposal perigee (apogee kept) whose residual lifetime is within a target, giving exactly
/// the answer of a bisection to 0.5 km between the re-entry altitude and the current perigee, but with a few
/// decay runs instead of one per halving (each run is a full propagation, 1–4 ms).
///
/// **Why it is the same answer.** A bisection of [low₀, high₀] stopping at width ≤ 0.5 km only ever probes the
/// grid low₀ + k·s (s = (high₀ − low₀)/2ⁿ, the first halving width ≤ 0.5 km), and since compliance is monotonic
/// in the perigee it ends on the highest compliant grid point. This search looks for that grid point directly:
/// it keeps a bracket of grid indices [k_lo, k_hi] (k_lo complies, k_hi does not) and probes the grid point
/// just below the estimated root of f(h) = ln L(h) − ln L_target, then replays the bisection's own arithmetic against the
/// final bracket, so the returned perigee is the bisection's value to the last bit of its arithmetic.
///
/// **Where it probes.** Lifetime grows about as exp(Δh/H) with the density scale height H at perigee
/// (King-Hele 1987, ch. 4; docs/physics.md "Orbital lifetime"), so ln L is nearly linear in the perigee: while
/// only the non-compliant end has a finite ln L, the next probe is h − H·f(h); once both ends do, regula falsi
/// with the Illinois modification (Dowell & Jarratt 1971, BIT 11:168) — the retained end's f is halved when the
/// same end moves twice — which keeps the bracket and converges superlinearly. A probe past the horizon gives
/// f = ln(horizon/target), an underestimate that only makes the next step shorter.
struct PerigeeLifetimeSearch {
    let model: OrbitAveragedDecayModel
    let orbit: EarthOrbit
    let drag: DragProfile
    let start: Date
    let scenario: SolarActivityScenario
    let targetYears: Double
    /// The estimate from the current orbit (which does not comply).
    let current: LifetimeEstimate
    /// Full decay runs made by ``run()``.
    private(set) var decayRuns = 0

    init(model: OrbitAveragedDecayModel, orbit: EarthOrbit, drag: DragProfile, start: Date,
         scenario: SolarActivityScenario, targetYears: Double, current: LifetimeEstimate) {
        self.model = model
        self.orbit = orbit
        self.drag = drag
        self.start = start
        self.scenario = scenario
        self.targetYears = targetYears
        self.current = current
    }

    struct Result {
        let perigeeAltitudeKm: Double
        let residual: LifetimeEstimate
    }

    /// The bisection's tolerance on the perigee, km.
    static let toleranceKm = 0.5

    mutating func run() -> Result {
        let low0 = model.settings.reentryPerigeeAltitudeKm, high0 = orbit.perigeeAltitudeKm
        var cells = 1
        var width = high0 - low0
        while width > Self.toleranceKm {
            width /= 2
            cells *= 2
        }
        let step = (high0 - low0) / Double(cells)
        func altitude(_ k: Int) -> Double { low0 + Double(k) * step }

        var kLo = 0, kHi = cells
        var fLo = -Double.infinity                 // lifetime 0 at the re-entry altitude
        var fHi = max(f(current), 1e-6)            // does not comply
        var residualLo: LifetimeEstimate?
        var lastMoved = 0                          // −1: the low end moved last, +1: the high end
        var slowProbes = 0                         // probes in a row that did not halve the bracket
        var previous: (Double, Double)?, latest: (Double, Double)?     // (h, f) of the last two probes
        while kHi - kLo > 1 {
            let hLo = altitude(kLo), hHi = altitude(kHi)
            var guess = fLo.isFinite ? hLo + (hHi - hLo) * -fLo / (fHi - fLo)
                                     : hHi - scaleHeightKm(atPerigeeKm: hHi) * fHi
            // The secant through the last two probes, when both have a finite ln L and it falls inside the
            // bracket: ln L is nearly linear in h, and this ignores the horizon-capped f of the current orbit.
            if let (h1, f1) = previous, let (h2, f2) = latest, f1.isFinite, f2.isFinite, f1 != f2 {
                let secant = h2 - f2 * (h2 - h1) / (f2 - f1)
                if secant > hLo, secant < hHi { guess = secant }
            }
            // The grid point just below the estimated root: if it complies, the next estimate lands in the same
            // cell and the clamp probes the point above it, which closes the bracket.
            // Safeguard: after three probes that did not halve the bracket, bisect it (never worse than bisection).
            let k = slowProbes >= 3 ? (kLo + kHi) / 2
                                    : min(max(Int(((guess - low0) / step).rounded(.down)), kLo + 1), kHi - 1)
            let widthBefore = kHi - kLo
            guard let probe = try? EarthOrbit(perigeeAltitudeKm: altitude(k), apogeeAltitudeKm: orbit.apogeeAltitudeKm,
                                              inclinationDeg: orbit.inclinationDeg) else { break }
            let estimate = model.estimate(orbit: probe, drag: drag, start: start, scenario: scenario)
            decayRuns += 1
            previous = latest
            latest = (altitude(k), f(estimate))
            if let years = estimate.years, years <= targetYears {
                kLo = k
                fLo = f(estimate)
                residualLo = estimate
                if lastMoved == -1 { fHi /= 2 }
                lastMoved = -1
            } else {
                kHi = k
                fHi = max(f(estimate), 1e-6)
                if lastMoved == 1 && fLo.isFinite { fLo /= 2 }
                lastMoved = 1
            }
            // Progress is judged once both ends have a finite ln L (until then the low end is the re-entry altitude).
            slowProbes = fLo.isFinite && 2 * (kHi - kLo) > widthBefore ? (slowProbes >= 3 ? 0 : slowProbes + 1) : 0
        }

        // Replay the bisection against the bracket: every midpoint at or below grid point k_lo complies.
        let compliantLimit = altitude(kLo) + step / 4
        var low = low0, high = high0
        while high - low > Self.toleranceKm {
            let middle = (low + high) / 2
            if middle <= compliantLimit { low = middle } else { high = middle }
        }
        if let residualLo { return Result(perigeeAltitudeKm: low, residual: residualLo) }
        if let lowOrbit = try? EarthOrbit(perigeeAltitudeKm: low, apogeeAltitudeKm: orbit.apogeeAltitudeKm,
                                          inclinationDeg: orbit.inclinationDeg) {
            decayRuns += 1
            return Result(perigeeAltitudeKm: low,
                          residual: model.estimate(orbit: lowOrbit, drag: drag, start: start, scenario: scenario))
        }
        return Result(perigeeAltitudeKm: low, residual: current)
    }

    /// ln(lifetime / target); −∞ for an immediate re-entry.
    private func f(_ estimate: LifetimeEstimate) -> Double {
        log(estimate.yearsOrHorizon / targetYears)
    }

    /// Density scale height at a perigee altitude under the activity at the start, km (50 km if the atmosphere
    /// gives no usable ratio): the slope of ln L against perigee height.
    private func scaleHeightKm(atPerigeeKm h: Double) -> Double {
        let weather = scenario.weather(at: start)
        let lower = model.atmosphere.meanDensity(altitudeKm: h, weather: weather, inclinationDeg: orbit.inclinationDeg)
        let upper = model.atmosphere.meanDensity(altitudeKm: h + 10, weather: weather, inclinationDeg: orbit.inclinationDeg)
        guard lower > 0, upper > 0, upper < lower else { return 50 }
        return 10 / log(lower / upper)
    }
}
