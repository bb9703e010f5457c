import Foundation

/// Where a previous perigee search ended, to start the next one for nearby inputs (a Monte Carlo draw of the
/// same mission): the perigee of the answer (the middle of its 0.5 km grid cell) and how steeply the perigee
/// moves with the logarithm of the lifetime there, km (about the density scale height at perigee).
///
/// A hint only says where the full runs look first, never what they decide: any hint, however wrong, gives the
/// same answer as none, at worst with more runs.
public struct PerigeeSearchHint: Sendable, Hashable, Codable {
    public let perigeeAltitudeKm: Double
    public let kilometresPerLogLifetime: Double

    public init(perigeeAltitudeKm: Double, kilometresPerLogLifetime: Double) {
        self.perigeeAltitudeKm = perigeeAltitudeKm
        self.kilometresPerLogLifetime = kilometresPerLogLifetime
    }
}

/// Finds the highest disposal perigee (apogee kept) whose residual lifetime is within a target, giving exactly
/// the answer of a bisection to 0.5 km between the re-entry altitude and the current perigee, with two or three
/// full decay runs instead of one per halving.
///
/// **Why it is the same answer.** A bisection of [low₀, high₀] stopping at width ≤ 0.5 km only ever probes the
/// grid low₀ + k·s (s = (high₀ − low₀)/2ⁿ, the first halving width ≤ 0.5 km), and since compliance is monotonic
/// in the perigee it ends on the highest compliant grid point. This search looks for that grid point directly:
/// it keeps a bracket of grid indices [k_lo, k_hi] (k_lo complies, k_hi does not), each end decided by a full
/// decay run, and then replays the bisection's own arithmetic against the final bracket, so the returned
/// perigee is the bisection's value to the last bit of its arithmetic.
///
/// **Where it looks.** Lifetime grows about as exp(Δh/H) with the density scale height H at perigee
/// (King-Hele 1987, ch. 4; docs/physics.md "Orbital lifetime"), so f(h) = ln L(h) − ln L_target is nearly linear
/// in the perigee. The root is first located on a coarse model — the same decay with steps four times longer,
/// about a quarter of the cost — by regula falsi with the Illinois modification (Dowell & Jarratt 1971,
/// BIT 11:168) and the secant, seeded by the exponential scaling from the current orbit or by a
/// ``PerigeeSearchHint``. Full runs then probe the grid point just below the root and step by the secant through
/// their last two values (or their f and the coarse slope dh/d ln L); the grid point above usually closes the
/// bracket. ln L wiggles by about 1 % over a few km with the solar cycle, so two or three full probes are the norm.
/// A safeguard bisects every other probe from the fifth on. Runs that outlive the target threefold stop there
/// (they only need to say "too long").
struct PerigeeLifetimeSearch {
    let model: OrbitAveragedDecayModel
    let orbit: EarthOrbit
    let drag: DragProfile
    let start: Date
    let scenario: SolarActivityScenario
    let targetYears: Double
    /// The estimate from the current orbit (which does not comply), or nil when a seeded search is to show that
    /// by a probe below it (``currentOrbitProvenTooLong``).
    let current: LifetimeEstimate?
    /// Where to look first, from a previous search (the coarse stage starts there).
    let hint: PerigeeSearchHint?
    /// Full decay runs made by ``run()``.
    private(set) var decayRuns = 0
    /// Coarse decay runs made by ``run()``.
    private(set) var coarseRuns = 0
    /// Integration steps of all those runs (their cost).
    private(set) var decaySteps = 0
    /// The hint this search leaves for the next one.
    private(set) var solution: PerigeeSearchHint?
    /// Whether a full probe below the current perigee did not comply, which (lifetime growing with the perigee)
    /// shows that the current orbit does not either.
    private(set) var currentOrbitProvenTooLong = false

    init(model: OrbitAveragedDecayModel, orbit: EarthOrbit, drag: DragProfile, start: Date,
         scenario: SolarActivityScenario, targetYears: Double, current: LifetimeEstimate?, hint: PerigeeSearchHint? = nil) {
        self.model = model
        self.orbit = orbit
        self.drag = drag
        self.start = start
        self.scenario = scenario
        self.targetYears = targetYears
        self.current = current
        self.hint = hint
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

        // Where ln L crosses the target, and how steeply, from cheap runs started at the caller's hint if any.
        let usableHint = hint.flatMap { hint in
            hint.perigeeAltitudeKm.isFinite && hint.kilometresPerLogLifetime > 0 && hint.kilometresPerLogLifetime.isFinite
                ? hint : nil
        }
        let located = locateWithCoarseRuns(low: low0, high: high0, seed: usableHint)

        // The grid bracket, decided by full runs only: k_lo complies (k = 0 is the re-entry altitude), k_hi does
        // not (k = cells is the current orbit).
        var kLo = 0, kHi = cells
        var residualLo: LifetimeEstimate?
        var guess = located.rootKm
        var probes = 0
        var previous: (Double, Double)?, latest: (Double, Double)?     // (h, f) of the last two uncapped probes
        while kHi - kLo > 1 {
            // The grid point just below the estimated root: if it complies, the next estimate lands in the same
            // cell and the clamp probes the point above it, which closes the bracket. Safeguard: from the fifth
            // probe on, every other one bisects the bracket (never much worse than bisection).
            let k = probes >= 4 && probes % 2 == 0 ? (kLo + kHi) / 2
                                                   : min(max(Int(((guess - low0) / step).rounded(.down)), kLo + 1), kHi - 1)
            guard let probe = try? EarthOrbit(perigeeAltitudeKm: altitude(k), apogeeAltitudeKm: orbit.apogeeAltitudeKm,
                                              inclinationDeg: orbit.inclinationDeg) else { break }
            // A probe that has not re-entered well past the target is only needed as "does not comply".
            let (estimate, complies) = decide(probe, stopAfterYears: Self.probeStopFactor * targetYears)
            probes += 1
            let h = altitude(k), value = f(estimate)
            if complies {
                kLo = k
                residualLo = estimate
            } else {
                kHi = k
            }
            if estimate.years != nil, value.isFinite {
                previous = latest
                latest = (h, value)
            }
            // Next estimate: the secant through the last two probes (ln L wiggles with the solar cycle over a few
            // km, so a local secant beats any fixed slope), else this probe's f and the located slope.
            guess = value.isFinite ? h - value * located.slopeKm : h + step
            if let (h1, f1) = previous, let (h2, f2) = latest, f1 != f2 {
                let secant = h2 - f2 * (h2 - h1) / (f2 - f1)
                if secant > altitude(kLo), secant < altitude(kHi) { guess = secant }
            }
        }
        solution = PerigeeSearchHint(perigeeAltitudeKm: altitude(kLo) + step / 2, kilometresPerLogLifetime: located.slopeKm)
        currentOrbitProvenTooLong = kHi < cells

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
            let estimate = model.estimate(orbit: lowOrbit, drag: drag, start: start, scenario: scenario)
            decayRuns += 1
            decaySteps += estimate.steps
            return Result(perigeeAltitudeKm: low, residual: estimate)
        }
        return Result(perigeeAltitudeKm: low, residual: current
            ?? model.estimate(orbit: orbit, drag: drag, start: start, scenario: scenario))
    }

    /// Whether the orbit's lifetime is within the target, as the model's run decides it: a run with relaxed late
    /// steps (``OrbitAveragedDecayModel/Run/relaxesLateSteps``, about half the steps of a run that re-enters)
    /// decides wherever it is more than `decisionMargin` from the target, 10 times the largest difference between
    /// the two seen (`LateStepTests`); nearer, the model's own run decides. The answer is therefore the bisection's
    /// on the model's runs, as before.
    mutating func decide(_ probe: EarthOrbit, stopAfterYears: Double) -> (LifetimeEstimate, complies: Bool) {
        let estimate = model.estimate(orbit: probe, drag: drag, start: start, scenario: scenario,
                                      run: .init(stopAfterYears: stopAfterYears, relaxesLateSteps: true))
        decayRuns += 1
        decaySteps += estimate.steps
        if let complies = Self.clearCompliance(estimate, targetYears: targetYears) { return (estimate, complies) }
        let fine = model.estimate(orbit: probe, drag: drag, start: start, scenario: scenario,
                                  run: .init(stopAfterYears: stopAfterYears, relaxesLateSteps: false))
        decayRuns += 1
        decaySteps += fine.steps
        return (fine, fine.years.map { $0 <= targetYears } ?? false)
    }

    /// The relative distance from the target within which a relaxed run does not decide compliance.
    static let decisionMargin = 1e-3

    /// Compliance when an estimate (relaxed or not) shows it beyond the margin, else nil: re-entered well within the
    /// target, or (re-entered or not) still in orbit well past it.
    static func clearCompliance(_ estimate: LifetimeEstimate, targetYears: Double) -> Bool? {
        if let years = estimate.years, years <= targetYears * (1 - decisionMargin) { return true }
        if estimate.yearsOrHorizon > targetYears * (1 + decisionMargin) { return false }
        return nil
    }

    /// Full probes stop once they have outlived the target by this factor (their ln L is then a lower bound,
    /// which only shortens the next step towards the root).
    static let probeStopFactor = 3.0
    /// The coarse stage stops once a probe's ln L̃ is this close to the target's (about half a kilometre of
    /// perigee): the full runs' secant does the rest, and ln L wiggles by about as much with the solar cycle.
    static let coarseTolerance = 0.01
    /// Coarse runs take steps this many times longer than the model's (about a quarter of the cost).
    static let coarseStepScale = 4.0

    /// The perigee where ln L̃(h) = ln L_target for the coarse model L̃, and dh/d ln L̃ there, km. The first probe
    /// is the hint's perigee, or else the exponential scaling from a coarse run of the current orbit; then the
    /// secant through the last two probes, regula falsi with the Illinois modification on the bracket
    /// [re-entry altitude, current perigee] when the secant leaves it, or the slope when only one probe is known.
    /// It stops once a probe is within 1 % of the target in L̃ (about half a kilometre) or after eight probes; the
    /// full runs then correct what the coarse model's step error leaves.
    private mutating func locateWithCoarseRuns(low: Double, high: Double, seed: PerigeeSearchHint?) -> (rootKm: Double, slopeKm: Double) {
        let coarse = OrbitAveragedDecayModel.Run(stepScale: Self.coarseStepScale, stopAfterYears: Self.probeStopFactor * targetYears,
                                                 relaxesLateSteps: true)
        func coarseRun(_ perigee: Double) -> LifetimeEstimate? {
            guard let probe = try? EarthOrbit(perigeeAltitudeKm: perigee, apogeeAltitudeKm: orbit.apogeeAltitudeKm,
                                              inclinationDeg: orbit.inclinationDeg) else { return nil }
            let estimate = model.estimate(orbit: probe, drag: drag, start: start, scenario: scenario, run: coarse)
            coarseRuns += 1
            decaySteps += estimate.steps
            return estimate
        }
        var lo = low, hi = high
        var fLo = -Double.infinity, fHi = Double.nan       // f at the bracket ends (NaN: not known)
        var slope: Double, guess: Double
        if let seed {
            slope = seed.kilometresPerLogLifetime
            guess = seed.perigeeAltitudeKm
        } else {
            slope = scaleHeightKm(atPerigeeKm: high)
            fHi = coarseRun(high).map { max(f($0), 1e-6) } ?? 1
            guess = high - slope * fHi
        }
        var lastMoved = 0
        var previous: (Double, Double)?, latest: (Double, Double)?     // (h, f) of the last two uncapped probes
        for _ in 0..<8 {
            guard hi - lo > Self.toleranceKm / 2 else { break }
            guess = min(max(guess, lo + 0.01 * (hi - lo)), hi - 0.01 * (hi - lo))
            guard let estimate = coarseRun(guess) else { break }
            let value = f(estimate)
            guard value.isFinite else { lo = guess; continue }
            if let (h2, f2) = latest, f2 != value, estimate.years != nil {
                let local = (guess - h2) / (value - f2)
                if local > 0, local.isFinite { slope = local }
            }
            if estimate.years != nil {
                previous = latest
                latest = (guess, value)
            }
            if abs(value) < Self.coarseTolerance { return (guess, slope) }
            if value <= 0 {
                lo = guess; fLo = value
                if lastMoved == -1, fHi.isFinite { fHi /= 2 }
                lastMoved = -1
            } else {
                hi = guess; fHi = value
                if lastMoved == 1, fLo.isFinite { fLo /= 2 }
                lastMoved = 1
            }
            guess = fLo.isFinite && fHi.isFinite ? lo + (hi - lo) * -fLo / (fHi - fLo) : guess - value * slope
            if let (h1, f1) = previous, let (h2, f2) = latest, f1 != f2 {
                let secant = h2 - f2 * (h2 - h1) / (f2 - f1)
                if secant > lo, secant < hi { guess = secant }
            }
        }
        // Out of probes: the latest estimate of the root, inside the bracket.
        return (min(max(guess, lo), hi), slope)
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
