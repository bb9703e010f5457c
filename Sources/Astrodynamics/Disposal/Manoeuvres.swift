import Foundation

/// Impulsive two-body manoeuvre costs (docs/physics.md, "Disposal manoeuvres"), all from the vis-viva equation
/// v² = μ(2/r − 1/a). Speeds in m/s, radii in km.
public enum Manoeuvres {
    /// Vis-viva speed at radius `radiusKm` on an orbit of semi-major axis `semiMajorAxisKm`, m/s.
    public static func visVivaSpeed(radiusKm: Double, semiMajorAxisKm: Double) -> Double {
        let r = radiusKm * 1000, a = semiMajorAxisKm * 1000
        return (Earth.mu * max(0, 2 / r - 1 / a)).squareRoot()
    }

    /// One retrograde burn at apogee that lowers the perigee to `targetPerigeeAltitudeKm`, m/s.
    ///
    /// Burning at apogee is the cheapest way to move the perigee and works from eccentric orbits as well as
    /// circular ones (for a circular orbit it reduces to √(μ/r₁) − √(2μ r_p / (r₁ (r₁ + r_p))), §4).
    /// Returns 0 when the perigee is already at or below the target.
    public static func perigeeLoweringDeltaV(from orbit: EarthOrbit, toPerigeeAltitudeKm target: Double) -> Double {
        guard target < orbit.perigeeAltitudeKm else { return 0 }
        let apogee = orbit.apogeeRadiusKm
        let newPerigee = Earth.equatorialRadiusKm + target
        let before = visVivaSpeed(radiusKm: apogee, semiMajorAxisKm: orbit.semiMajorAxisKm)
        let after = visVivaSpeed(radiusKm: apogee, semiMajorAxisKm: (apogee + newPerigee) / 2)
        return before - after
    }

    /// Two-burn Hohmann transfer between circular orbits of radii r₁ and r₂ (km), total m/s:
    /// Δv₁ = √(μ/r₁)(√(r₂/a_t) − 1), Δv₂ = √(μ/r₂)(1 − √(r₁/a_t)), a_t = (r₁ + r₂)/2, magnitudes added.
    public static func hohmannDeltaV(fromRadiusKm r1: Double, toRadiusKm r2: Double) -> Double {
        let transfer = (r1 + r2) / 2
        let first = visVivaSpeed(radiusKm: r1, semiMajorAxisKm: transfer) - visVivaSpeed(radiusKm: r1, semiMajorAxisKm: r1)
        let second = visVivaSpeed(radiusKm: r2, semiMajorAxisKm: r2) - visVivaSpeed(radiusKm: r2, semiMajorAxisKm: transfer)
        return abs(first) + abs(second)
    }

    /// Δv the reserved propellant can deliver, m/s, from the rocket equation Δv = I_sp g₀ ln(m₀ / (m₀ − m_p)).
    /// - Parameters:
    ///   - massAtEndOfMissionKg: m₀, the spacecraft mass when disposal starts, *including* the reserve.
    ///   - reservedPropellantKg: m_p. Clamped to [0, m₀).
    ///   - specificImpulseSeconds: I_sp (vacuum).
    /// Uses g₀ = 9.80665 m/s² (``standardGravity``).
    public static func deltaVAvailable(massAtEndOfMissionKg m0: Double, reservedPropellantKg mp: Double,
                                       specificImpulseSeconds isp: Double) -> Double {
        guard m0 > 0, isp > 0, mp > 0 else { return 0 }
        let burnt = min(mp, m0 * (1 - 1e-9))
        return isp * standardGravity * log(m0 / (m0 - burnt))
    }

    /// Propellant needed for a Δv, kg: m_p = m₀ (1 − exp(−Δv / (I_sp g₀))).
    public static func propellantRequired(deltaV: Double, initialMassKg m0: Double, specificImpulseSeconds isp: Double) -> Double {
        guard m0 > 0, isp > 0, deltaV > 0 else { return 0 }
        return m0 * (1 - exp(-deltaV / (isp * standardGravity)))
    }
}
