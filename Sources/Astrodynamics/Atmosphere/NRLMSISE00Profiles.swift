import Foundation

// Vertical structure of NRLMSISE-00 (Hedin 1987 and 1991, Picone et al. 2002):
// * above the join altitude z_a (≈123 km) the temperature follows Bates' profile
//   T(z) = T∞ − (T∞ − T_lb)·exp(−σ·ζ), with ζ the geopotential height above the lower boundary z_lb;
// * below it, 1/T is a cubic spline in geopotential height through a few nodes whose temperatures
//   are themselves expansions (three segments: 72.5–z_a, 32.5–72.5, 0–32.5 km);
// * densities follow from hydrostatic (diffusive) equilibrium in that temperature profile, which for a
//   Bates profile integrates in closed form and for the spline needs the spline's integral.

extension NRLMSISE00 {
    /// Gas constant in the model's units (erg/(K·mol) × 10⁻⁵, so that scale heights come out in km with
    /// g in cm/s²), as published in the model.
    static let gasConstant = 831.4

    /// Local gravity at the surface (cm/s²) and the effective Earth radius (km) that the model uses to
    /// turn geometric into geopotential height, both for the given latitude (Fortran `GLATF`).
    struct Gravity: Sendable {
        let surface: Double
        let effectiveRadius: Double

        init(latitudeDeg: Double) {
            let c2 = cos(2 * ModelConstant.degreesToRadians * latitudeDeg)
            surface = 980.616 * (1 - 0.0026373 * c2)
            effectiveRadius = 2 * surface / (3.085462e-6 + 2.27e-9 * c2) * 1e-5
        }

        /// Geopotential height of `z` above `base`, km.
        @inline(__always) func geopotentialHeight(_ z: Double, above base: Double) -> Double {
            (z - base) * (effectiveRadius + base) / (effectiveRadius + z)
        }

        /// Gravity at altitude `z`, cm/s².
        @inline(__always) func at(_ z: Double) -> Double {
            let r = 1 + z / effectiveRadius
            return surface / (r * r)
        }

        /// Pressure scale height (km) of a gas of molar mass `mass` at temperature `temperature`.
        func scaleHeight(altitude: Double, mass: Double, temperature: Double) -> Double {
            NRLMSISE00.gasConstant * temperature / (at(altitude) * mass)
        }
    }

    /// A cubic spline of inverse temperature through up to five nodes, in normalised geopotential height
    /// x ∈ [0, 1] measured downward from the top node. Using 1/T makes the hydrostatic integral of
    /// g·m/(R·T) the integral of the spline itself.
    struct InverseTemperatureSpline: Sendable {
        let count: Int
        var x = InlineArray<5, Double>(repeating: 0)
        var y = InlineArray<5, Double>(repeating: 0)
        var secondDerivative = InlineArray<5, Double>(repeating: 0)
        /// Altitude and temperature of the first (top) and last (bottom) node.
        let top: Double, bottom: Double
        let topTemperature: Double
        /// Geopotential thickness of the segment, km (negative: the segment runs downward).
        let thickness: Double
        let gravity: Gravity

        /// - Parameters:
        ///   - altitudes: node altitudes, from the top down.
        ///   - temperatures: node temperatures, K.
        ///   - topGradient, bottomGradient: dT/dz at the end nodes, K/km.
        init(altitudes: InlineArray<5, Double>, temperatures: InlineArray<5, Double>, count: Int,
             topGradient: Double, bottomGradient: Double, gravity: Gravity) {
            self.count = count
            self.gravity = gravity
            top = altitudes[0]
            bottom = altitudes[count - 1]
            topTemperature = temperatures[0]
            let bottomTemperature = temperatures[count - 1]
            thickness = gravity.geopotentialHeight(bottom, above: top)
            for k in 0..<count {
                x[k] = gravity.geopotentialHeight(altitudes[k], above: top) / thickness
                y[k] = 1 / temperatures[k]
            }
            // End slopes of 1/T with respect to x: d(1/T)/dx = −T′/T² · dζ/dx, with dζ/dz = ((R+z₁)/(R+z))².
            let slopeTop = -topGradient / (topTemperature * topTemperature) * thickness
            let ratio = (gravity.effectiveRadius + bottom) / (gravity.effectiveRadius + top)
            let slopeBottom = -bottomGradient / (bottomTemperature * bottomTemperature) * thickness * ratio * ratio
            fitClampedSpline(slopeAtStart: slopeTop, slopeAtEnd: slopeBottom)
        }

        /// Second derivatives of a cubic spline with prescribed end slopes (the tridiagonal system of a
        /// clamped spline, solved by forward elimination and back substitution).
        private mutating func fitClampedSpline(slopeAtStart: Double, slopeAtEnd: Double) {
            var eliminated = InlineArray<5, Double>(repeating: 0)
            secondDerivative[0] = -0.5
            eliminated[0] = (3 / (x[1] - x[0])) * ((y[1] - y[0]) / (x[1] - x[0]) - slopeAtStart)
            for i in 1..<(count - 1) {
                let sig = (x[i] - x[i - 1]) / (x[i + 1] - x[i - 1])
                let pivot = sig * secondDerivative[i - 1] + 2
                secondDerivative[i] = (sig - 1) / pivot
                let curvature = (y[i + 1] - y[i]) / (x[i + 1] - x[i]) - (y[i] - y[i - 1]) / (x[i] - x[i - 1])
                eliminated[i] = (6 * curvature / (x[i + 1] - x[i - 1]) - sig * eliminated[i - 1]) / pivot
            }
            let n = count - 1
            let endTerm = (3 / (x[n] - x[n - 1])) * (slopeAtEnd - (y[n] - y[n - 1]) / (x[n] - x[n - 1]))
            secondDerivative[n] = (endTerm - 0.5 * eliminated[n - 1]) / (0.5 * secondDerivative[n - 1] + 1)
            for k in stride(from: n - 1, through: 0, by: -1) {
                secondDerivative[k] = secondDerivative[k] * secondDerivative[k + 1] + eliminated[k]
            }
        }

        /// Normalised coordinate of altitude `z`.
        @inline(__always) func coordinate(_ z: Double) -> Double {
            gravity.geopotentialHeight(z, above: top) / thickness
        }

        /// Spline value (1/T) at `u`.
        func inverseTemperature(at u: Double) -> Double {
            var low = 0, high = count - 1
            while high - low > 1 {
                let mid = (high + low) / 2
                if x[mid] > u { high = mid } else { low = mid }
            }
            let h = x[high] - x[low]
            let a = (x[high] - u) / h, b = (u - x[low]) / h
            return a * y[low] + b * y[high]
                + ((a * a * a - a) * secondDerivative[low] + (b * b * b - b) * secondDerivative[high]) * h * h / 6
        }

        /// ∫₀ᵘ (1/T) dx of the spline, interval by interval (the last interval extrapolates if u > 1).
        func integralOfInverseTemperature(to u: Double) -> Double {
            var total = 0.0
            var low = 0, high = 1
            while u > x[low] && high < count {
                let end = high < count - 1 ? min(u, x[high]) : u
                let h = x[high] - x[low]
                let a = (x[high] - end) / h, b = (end - x[low]) / h
                let a2 = a * a, b2 = b * b
                total += ((1 - a2) * y[low] / 2 + b2 * y[high] / 2
                          + ((-(1 + a2 * a2) / 4 + a2 / 2) * secondDerivative[low]
                             + (b2 * b2 / 4 - b2 / 2) * secondDerivative[high]) * h * h / 6) * h
                low += 1
                high += 1
            }
            return total
        }

        /// Temperature at altitude `z` (inside or at the ends of the segment).
        func temperature(at z: Double) -> Double { 1 / inverseTemperature(at: coordinate(z)) }

        /// Density at `z` relative to the density at the top node, for a gas of molar mass `mass` and
        /// thermal-diffusion coefficient `alpha`: n(z)/n(top) = (T_top/T)^(1+α) · exp(−(g m/R)∫dζ/T).
        func densityRatio(at z: Double, mass: Double, alpha: Double, temperature tz: Double) -> Double {
            let u = coordinate(z)
            let gamma = mass * gravity.at(top) * thickness / NRLMSISE00.gasConstant
            var exponent = gamma * integralOfInverseTemperature(to: u)
            if exponent > 50 || tz <= 0 { exponent = 50 }
            return pow(topTemperature / tz, 1 + alpha) * exp(-exponent)
        }
    }

    /// The thermosphere's temperature profile: Bates above z_a, spline below down to 72.5 km
    /// (Fortran `DENSU`, with the spline set up once per profile rather than per call).
    struct ThermosphereProfile: Sendable {
        let exosphericTemperature: Double
        let boundaryTemperature: Double
        /// Bates shape parameter σ, 1/km.
        let shape: Double
        /// Lower boundary of the Bates profile, km.
        let boundaryAltitude: Double
        /// Altitude where the Bates profile and the spline join, km.
        let joinAltitude: Double
        let gravity: Gravity
        let lowerSpline: InverseTemperatureSpline

        /// - Parameters:
        ///   - nodeTemperatures: temperatures at 110, 100, 90 and 72.5 km.
        ///   - bottomGradient: dT/dz at 72.5 km.
        init(exosphericTemperature: Double, boundaryTemperature: Double, shape: Double,
             boundaryAltitude: Double, joinAltitude: Double,
             nodeTemperatures: (Double, Double, Double, Double), bottomGradient: Double, gravity: Gravity) {
            self.exosphericTemperature = exosphericTemperature
            self.boundaryTemperature = boundaryTemperature
            self.shape = shape
            self.boundaryAltitude = boundaryAltitude
            self.joinAltitude = joinAltitude
            self.gravity = gravity
            // The top spline node is the Bates profile itself at z_a, with the Bates gradient there.
            let zetaJoin = gravity.geopotentialHeight(joinAltitude, above: boundaryAltitude)
            let batesAtJoin = exosphericTemperature - (exosphericTemperature - boundaryTemperature) * exp(-shape * zetaJoin)
            let ratio = (gravity.effectiveRadius + boundaryAltitude) / (gravity.effectiveRadius + joinAltitude)
            let batesGradient = (exosphericTemperature - batesAtJoin) * shape * ratio * ratio
            lowerSpline = InverseTemperatureSpline(
                altitudes: [joinAltitude, 110, 100, 90, 72.5],
                temperatures: [batesAtJoin, nodeTemperatures.0, nodeTemperatures.1, nodeTemperatures.2, nodeTemperatures.3],
                count: 5, topGradient: batesGradient, bottomGradient: bottomGradient, gravity: gravity)
        }

        /// The same profile with an isothermal Bates part at `temperature` (used for anomalous oxygen).
        func isothermal(at temperature: Double, nodeTemperatures: (Double, Double, Double, Double),
                        bottomGradient: Double) -> ThermosphereProfile {
            ThermosphereProfile(exosphericTemperature: temperature, boundaryTemperature: temperature, shape: shape,
                                boundaryAltitude: boundaryAltitude, joinAltitude: joinAltitude,
                                nodeTemperatures: nodeTemperatures, bottomGradient: bottomGradient, gravity: gravity)
        }

        /// Bates temperature at geopotential height `zeta` above the boundary.
        @inline(__always) private func bates(_ zeta: Double) -> Double {
            exosphericTemperature - (exosphericTemperature - boundaryTemperature) * exp(-shape * zeta)
        }

        /// Temperature at altitude `z` (z ≥ 72.5 km).
        func temperature(at z: Double) -> Double {
            if z >= joinAltitude {
                return bates(gravity.geopotentialHeight(z, above: boundaryAltitude))
            }
            return lowerSpline.temperature(at: max(z, 72.5))
        }

        /// Number density at `z` of a gas in diffusive equilibrium with density `boundaryDensity` at the
        /// lower boundary, molar mass `mass` and thermal-diffusion coefficient `alpha`. Above z_a the
        /// Bates profile gives the closed form n = n_lb (T_lb/T)^(1+α+γ) e^(−σγζ) with γ = m g_lb/(σ R T∞);
        /// below, the spline integral continues it from z_a.
        func density(at z: Double, boundaryDensity: Double, mass: Double, alpha: Double) -> Double {
            let zeta = gravity.geopotentialHeight(max(z, joinAltitude), above: boundaryAltitude)
            let batesTemperature = bates(zeta)
            let gBoundary = gravity.at(boundaryAltitude)
            let gamma = mass * gBoundary / (shape * NRLMSISE00.gasConstant * exosphericTemperature)
            var attenuation = exp(-shape * gamma * zeta)
            // The published code caps this factor (not its exponent) at 50 and uses the cap for a
            // non-physical Bates temperature; kept so that results match it.
            if attenuation > 50 || batesTemperature <= 0 { attenuation = 50 }
            let atJoinOrAbove = boundaryDensity * pow(boundaryTemperature / batesTemperature, 1 + alpha + gamma) * attenuation
            if z >= joinAltitude { return atJoinOrAbove }
            let zz = max(z, 72.5)
            let tz = lowerSpline.temperature(at: zz)
            return atJoinOrAbove * lowerSpline.densityRatio(at: zz, mass: mass, alpha: alpha, temperature: tz)
        }
    }

    /// The middle and lower atmosphere below 72.5 km: two spline segments, 72.5–32.5 km and 32.5–0 km
    /// (Fortran `DENSM`).
    struct MiddleAtmosphereProfile: Sendable {
        let upper: InverseTemperatureSpline
        let lower: InverseTemperatureSpline?

        /// Temperature at `z` (z ≤ 72.5 km).
        func temperature(at z: Double) -> Double {
            if let lower, z <= lower.top { return lower.temperature(at: z) }
            return upper.temperature(at: max(z, upper.bottom))
        }

        /// Density at `z` for a gas of molar mass `mass` whose density at 72.5 km is `topDensity`
        /// (fully mixed: no thermal diffusion).
        func density(at z: Double, topDensity: Double, mass: Double) -> Double {
            let zUpper = max(z, upper.bottom)
            let tUpper = upper.temperature(at: zUpper)
            var density = topDensity * upper.densityRatio(at: zUpper, mass: mass, alpha: 0, temperature: tUpper)
            if let lower, z <= lower.top {
                let tz = lower.temperature(at: z)
                density *= lower.densityRatio(at: z, mass: mass, alpha: 0, temperature: tz)
            }
            return density
        }
    }
}
