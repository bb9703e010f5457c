import Foundation

/// The fate of one component released at breakup, in the spirit of NASA DAS "object reentry" (NASA-STD-8719.14C
/// §4.7.4; DAS 2.0/3.x technical documentation): the part is freed at 78 km, flies a ballistic trajectory, is
/// heated at its stagnation point by the Detra–Kemp–Riddell correlation, and demises when the heat it has
/// absorbed exceeds the heat to reach melting plus the heat of fusion.
///
/// Model, step by step:
/// - Trajectory: planar point-mass flight over a spherical, non-rotating Earth, no lift —
///   dV/dt = −ρV²/(2β) − g·sin γ, dγ/dt = (V/r − g/V)·cos γ, dh/dt = V·sin γ, with β = m/(C_D·A) and
///   g = μ/r². Air density from the U.S. Standard Atmosphere 1976 (`LowerAtmosphere`).
/// - Breakup state (Steward's choice, typical of decay from a near-circular orbit; DAS's own defaults were not
///   retrieved): altitude 78 km (DAS's breakup altitude, NASA-STD §4.7.5.1.4 "about 80 km"), Earth-relative
///   speed 7.4 km/s, flight-path angle −0.1°.
/// - Heating: cold-wall stagnation flux of Detra, Kemp & Riddell (Jet Propulsion 27, 1957), in SI
///   q = 1.1035e8 / √R_N · √(ρ/ρ_SL) · (V/7924.8)^3.15 W/m² (the original 17,600 BTU/(ft²·s) with R_N in ft and
///   V_c = 26,000 ft/s), corrected for the hot wall by (H₀ − h_w)/(H₀ − h₃₀₀) with H₀ = V²/2 + c_p,air·T∞.
///   A tumbling part receives that flux over a quarter of its surface on average (for a sphere the exact
///   integral of the cosine-law distribution), i.e. over its mean projected area; it radiates εσT⁴ from all of
///   its surface.
/// - Thermal response: a lumped (isothermal) part; below the demise temperature the temperature relaxes towards
///   the radiative-equilibrium value (exact exponential update of the linearised balance, stable at any step);
///   at the demise temperature the net heat is spent on fusion, and the part demises when it has absorbed
///   m·h_f. A partly melted survivor keeps its outer shape (conservative) and its unmelted mass.
/// - Ground impact: at the terminal velocity at sea level, v_t = √(2mg₀/(ρ_SL·C_D·A)), so the kinetic energy is
///   ½·m·v_t² (the 15 J threshold of NASA-STD-8719.14C §4.7.3.1).
public struct ObjectReentrySimulation: Sendable, Hashable {
    public struct Outcome: Sendable, Hashable {
        /// True when the part reaches the ground.
        public var survives: Bool
        /// Altitude at which the part demised, km (nil for survivors).
        public var demiseAltitudeKm: Double?
        /// Mass reaching the ground, kg (0 when demised).
        public var survivingMassKg: Double
        /// Highest temperature reached, K.
        public var peakTemperatureK: Double
        /// Heat absorbed net of radiation, as a fraction of the heat needed to demise the whole part.
        public var heatLoadFraction: Double
        /// Terminal velocity and impact kinetic energy of the survivor (0 when demised).
        public var impactVelocityMPerS: Double
        public var impactEnergyJ: Double
    }

    /// Breakup altitude, km (DAS).
    public var breakupAltitudeKm = 78.0
    /// Earth-relative speed and flight-path angle at breakup (Steward's choice, see above).
    public var breakupSpeedMPerS = 7400.0
    public var breakupFlightPathAngleDeg = -0.1
    /// Initial temperature of the part, K.
    public var initialTemperatureK = 300.0
    /// Integration step, s. Converged: steps from 0.05 s to 1 s change demise altitudes by < 0.1 km and peak
    /// temperatures by < 1 K on the test parts (checked 2026-11-28).
    public var stepSeconds = 0.5

    public init() {}

    // Detra–Kemp–Riddell constant in SI, W/m²·√m, and its reference velocity, m/s (26,000 ft/s).
    static let detraKempRiddellConstant = 1.1035e8
    static let circularReferenceVelocity = 7924.8
    /// Stefan–Boltzmann constant, W/(m²·K⁴) (CODATA 2018).
    static let stefanBoltzmann = 5.670374419e-8
    /// Specific heat of air at constant pressure, J/(kg·K), for the hot-wall enthalpy correction.
    static let airSpecificHeat = 1004.5

    /// The outcome for one part, from ``outcomeMemo`` when the same part was simulated before with the same
    /// settings (a fleet's satellites carry the same tanks and wheels), else simulated.
    public func run(material: ReentryMaterial, massKg: Double, shape: ComponentShape) -> Outcome {
        Self.outcomeMemo.value(for: PartKey(simulation: self, material: material, massKg: massKg.bitPattern, shape: shape)) {
            simulate(material: material, massKg: massKg, shape: shape)
        }
    }

    /// Parts already simulated (a few hundred bytes each).
    static let outcomeMemo = PhysicsMemo<PartKey, Outcome>(generationSize: 1024)

    /// Everything a part's outcome depends on (the mass by bit pattern, as the decay runs' keys).
    struct PartKey: Hashable, Sendable {
        let simulation: ObjectReentrySimulation
        let material: ReentryMaterial
        let massKg: UInt64
        let shape: ComponentShape
    }

    /// Flies the part from breakup to demise or the ground (see the type's documentation).
    func simulate(material: ReentryMaterial, massKg: Double, shape: ComponentShape) -> Outcome {
        let dragArea = shape.hypersonicDragCoefficient * shape.meanProjectedAreaM2
        guard massKg > 0, dragArea > 0 else {
            return Outcome(survives: false, demiseAltitudeKm: breakupAltitudeKm, survivingMassKg: 0,
                           peakTemperatureK: initialTemperatureK, heatLoadFraction: 0, impactVelocityMPerS: 0,
                           impactEnergyJ: 0)
        }
        let ballisticCoefficient = massKg / dragArea
        let heatedArea = shape.meanProjectedAreaM2
        let radiatingArea = shape.surfaceAreaM2
        let heatCapacity = massKg * material.specificHeat
        let fluxFactor = Self.detraKempRiddellConstant / shape.effectiveNoseRadiusM.squareRoot()
        let radiativeConductance = material.emissivity * Self.stefanBoltzmann * radiatingArea
        let meltHeatNeeded = massKg * material.heatOfDemise
        let wallEnthalpyReference = Self.airSpecificHeat * 300

        var speed = breakupSpeedMPerS
        var flightPathAngle = breakupFlightPathAngleDeg * Double.pi / 180
        var altitude = breakupAltitudeKm * 1000
        var temperature = initialTemperatureK
        var meltHeat = 0.0
        var peakTemperature = temperature
        var netHeat = 0.0
        let dt = stepSeconds

        // Trajectory derivatives for (V, γ, h).
        func derivatives(_ v: Double, _ gamma: Double, _ h: Double) -> (Double, Double, Double) {
            let density = LowerAtmosphere.interpolatedState(altitudeKm: h / 1000).densityKgPerM3
            let radius = Earth.equatorialRadiusKm * 1000 + h
            let gravity = Earth.mu / (radius * radius)
            let sinGamma = sin(gamma), cosGamma = cos(gamma)
            let dv = -density * v * v / (2 * ballisticCoefficient) - gravity * sinGamma
            let dGamma = (v / radius - gravity / max(v, 1)) * cosGamma
            return (dv, dGamma, v * sinGamma)
        }

        var steps = 0
        while altitude > 0 && steps < 200_000 {
            steps += 1
            // Convective heating at the start of the step (hot-wall corrected).
            let air = LowerAtmosphere.interpolatedState(altitudeKm: altitude / 1000)
            let totalEnthalpy = 0.5 * speed * speed + Self.airSpecificHeat * air.temperatureK
            let wallEnthalpy = Self.airSpecificHeat * temperature
            let hotWall = max(0, (totalEnthalpy - wallEnthalpy) / (totalEnthalpy - wallEnthalpyReference))
            let coldWallFlux = fluxFactor * (air.densityKgPerM3 / LowerAtmosphere.seaLevelDensity).squareRoot()
                * pow(speed / Self.circularReferenceVelocity, 3.15)
            let heatingPower = coldWallFlux * hotWall * heatedArea

            // Heating is over once the part is slow and losing heat: below 2.5 km/s the convective flux (∝ V^3.15,
            // times the shrinking hot-wall factor) only falls further, so a part that is cooling cannot melt later.
            let radiatedPower = radiativeConductance * pow(temperature, 4)
            if speed < 2500 && heatingPower <= radiatedPower { break }

            if temperature < material.demiseTemperature {
                // Linearised balance C·dT/dt = P − G·T⁴ about T, advanced exactly over dt.
                let conductance = 4 * radiativeConductance * temperature * temperature * temperature
                let rate = heatingPower - radiatedPower
                let change: Double
                if conductance > 0 {
                    change = rate / conductance * -expm1(-conductance * dt / heatCapacity)
                } else {
                    change = rate * dt / heatCapacity
                }
                let unclamped = temperature + change
                temperature = min(material.demiseTemperature, max(air.temperatureK, unclamped))
                netHeat += change * heatCapacity
                // Heat beyond what reaching the melting point took in this step starts the fusion.
                if unclamped > material.demiseTemperature {
                    meltHeat += (unclamped - material.demiseTemperature) * heatCapacity
                }
            } else {
                let surplus = heatingPower - radiativeConductance * pow(material.demiseTemperature, 4)
                if surplus > 0 {
                    meltHeat += surplus * dt
                    netHeat += surplus * dt
                } else {
                    // Cooling below the melting point again.
                    temperature = material.demiseTemperature + surplus * dt / heatCapacity
                }
            }
            peakTemperature = max(peakTemperature, temperature)
            if temperature >= material.demiseTemperature && meltHeat >= meltHeatNeeded {
                return Outcome(survives: false, demiseAltitudeKm: altitude / 1000, survivingMassKg: 0,
                               peakTemperatureK: peakTemperature, heatLoadFraction: 1, impactVelocityMPerS: 0,
                               impactEnergyJ: 0)
            }

            // Classic fourth-order Runge–Kutta step of the trajectory.
            let k1 = derivatives(speed, flightPathAngle, altitude)
            let k2 = derivatives(speed + 0.5 * dt * k1.0, flightPathAngle + 0.5 * dt * k1.1, altitude + 0.5 * dt * k1.2)
            let k3 = derivatives(speed + 0.5 * dt * k2.0, flightPathAngle + 0.5 * dt * k2.1, altitude + 0.5 * dt * k2.2)
            let k4 = derivatives(speed + dt * k3.0, flightPathAngle + dt * k3.1, altitude + dt * k3.2)
            speed += dt / 6 * (k1.0 + 2 * k2.0 + 2 * k3.0 + k4.0)
            flightPathAngle += dt / 6 * (k1.1 + 2 * k2.1 + 2 * k3.1 + k4.1)
            altitude += dt / 6 * (k1.2 + 2 * k2.2 + 2 * k3.2 + k4.2)
            speed = max(speed, 1)
        }

        let survivingMass = massKg * (1 - (meltHeatNeeded > 0 ? meltHeat / meltHeatNeeded : 0))
        let terminalVelocity = (2 * survivingMass * standardGravity
            / (LowerAtmosphere.seaLevelDensity * dragArea)).squareRoot()
        let needed = massKg * material.heatToDemisePerKg
        return Outcome(survives: true, demiseAltitudeKm: nil, survivingMassKg: survivingMass,
                       peakTemperatureK: peakTemperature,
                       heatLoadFraction: needed > 0 ? min(1, max(0, netHeat / needed)) : 0,
                       impactVelocityMPerS: terminalVelocity,
                       impactEnergyJ: 0.5 * survivingMass * terminalVelocity * terminalVelocity)
    }
}
