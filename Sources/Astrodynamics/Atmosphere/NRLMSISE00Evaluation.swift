import Foundation

// One NRLMSISE-00 evaluation: the thermosphere (≥ 72.5 km, Fortran GTS7) and, below it, the middle
// atmosphere joined to it (Fortran GTD7). Internally everything is in the model's native units
// (number densities in cm⁻³, mass density in g/cm³, altitudes in km); `run()` converts to SI.

extension NRLMSISE00 {
    /// Number densities of the model's species, cm⁻³.
    struct Species: Sendable {
        var helium = 0.0, atomicOxygen = 0.0, molecularNitrogen = 0.0, molecularOxygen = 0.0
        var argon = 0.0, hydrogen = 0.0, atomicNitrogen = 0.0, anomalousOxygen = 0.0

        /// Atomic mass unit in grams as the model uses it.
        static let atomicMassUnitGrams = 1.66e-24

        /// Mass density, g/cm³, of the thermal species (anomalous oxygen excluded, as in GTD7).
        var thermalMassDensity: Double {
            Species.atomicMassUnitGrams * (4 * helium + 16 * atomicOxygen + 28 * molecularNitrogen
                                          + 32 * molecularOxygen + 40 * argon + hydrogen + 14 * atomicNitrogen)
        }

        /// Mass density for drag, g/cm³ (GTD7D): anomalous oxygen included.
        var dragMassDensity: Double {
            Species.atomicMassUnitGrams * (4 * helium + 16 * atomicOxygen + 28 * molecularNitrogen
                                          + 32 * molecularOxygen + 40 * argon + hydrogen + 14 * atomicNitrogen
                                          + 16 * anomalousOxygen)
        }
    }

    /// What the thermosphere part hands to the middle atmosphere below 72.5 km.
    struct ThermosphereResult {
        var species = Species()
        var exosphericTemperature = 0.0
        var temperature = 0.0
        /// Fully mixed N₂ density at the altitude (the turbopause "mixed" branch), cm⁻³.
        var mixedNitrogen = 0.0
        /// Temperature and gradient at 72.5 km, the top of the middle atmosphere.
        var temperatureAt72km = 0.0
        var gradientAt72km = 0.0
        /// Geomagnetic activity function of the latest upper expansion that computed one.
        var lastActivityFunction = 0.0
    }

    /// Thermal-diffusion coefficients α of the light species (He, H −0.38; Ar +0.17; others 0), from the
    /// model's GTS7 data.
    enum ThermalDiffusion {
        static let helium = -0.38, hydrogen = -0.38, argon = 0.17
    }

    /// Altitudes (km) below which each species is blended from diffusive to fully mixed at the turbopause
    /// (GTS7 `ALTL`; above them the mixing correction is negligible).
    enum MixingCeiling {
        static let helium = 200.0, atomicOxygen = 300.0, molecularNitrogen = 160.0, molecularOxygen = 250.0
        static let argon = 240.0, hydrogen = 320.0, atomicNitrogen = 450.0
    }

    struct Evaluation {
        let input: Input
        let c: Coefficients
        let r: ExpansionRows
        let basis: ExpansionBasis
        let gravity: Gravity

        init(input: Input, coefficients: Coefficients, rows: ExpansionRows) {
            self.input = input
            c = coefficients
            r = rows
            basis = ExpansionBasis(input)
            gravity = Gravity(latitudeDeg: input.latitudeDeg)
        }

        func run() -> Output {
            let top = 72.5
            let thermo = thermosphere(at: max(input.altitudeKm, top))
            var species = thermo.species
            var temperature = thermo.temperature
            if input.altitudeKm < top {
                (species, temperature) = middleAtmosphere(below: thermo)
            }
            // cm⁻³ → m⁻³ and g/cm³ → kg/m³.
            return Output(helium: species.helium * 1e6, atomicOxygen: species.atomicOxygen * 1e6,
                          molecularNitrogen: species.molecularNitrogen * 1e6,
                          molecularOxygen: species.molecularOxygen * 1e6, argon: species.argon * 1e6,
                          hydrogen: species.hydrogen * 1e6, atomicNitrogen: species.atomicNitrogen * 1e6,
                          anomalousOxygen: species.anomalousOxygen * 1e6,
                          exosphericTemperature: thermo.exosphericTemperature, temperature: temperature,
                          massDensity: species.thermalMassDensity * 1e3,
                          dragMassDensity: species.dragMassDensity * 1e3)
        }

        /// Turbopause blending of a diffusive density with a fully mixed one (Fortran `DNET`): the
        /// combination follows the diffusive profile high up and the mixed one low down, with a transition
        /// sharpness `scale` (km) and the species' mass `mass` relative to the mean mixed mass `mixedMass`.
        static func blend(diffusive: Double, mixed: Double, scale: Double, mixedMass: Double, mass: Double) -> Double {
            var diffusive = diffusive
            if !(mixed > 0 && diffusive > 0) {
                if diffusive == 0 && mixed == 0 { diffusive = 1 }
                if mixed == 0 { return diffusive }
                if diffusive == 0 { return mixed }
            }
            let a = scale / (mixedMass - mass)
            let ylog = a * log(mixed / diffusive)
            if ylog < -10 { return diffusive }
            if ylog > 10 { return mixed }
            return diffusive * pow(1 + exp(ylog), 1 / a)
        }

        /// Chemistry/dissociation correction factor (Fortran `CCOR`): exp(r) well below `centre`, 1 well
        /// above, with a logistic transition of width `scale`.
        static func chemistryCorrection(_ z: Double, ratio r: Double, scale: Double, centre: Double) -> Double {
            let e = (z - centre) / scale
            if e > 70 { return 1 }
            if e < -70 { return exp(r) }
            return exp(r / (1 + exp(e)))
        }

        /// The same with two transition widths, one on each side (Fortran `CCOR2`).
        static func chemistryCorrection(_ z: Double, ratio r: Double, scale: Double, centre: Double,
                                        secondScale: Double) -> Double {
            let e1 = (z - centre) / scale, e2 = (z - centre) / secondScale
            if e1 > 70 || e2 > 70 { return 1 }
            if e1 < -70 && e2 < -70 { return exp(r) }
            return exp(r / (1 + 0.5 * (exp(e1) + exp(e2))))
        }

        // MARK: Thermosphere

        func thermosphere(at z: Double) -> ThermosphereResult {
            var result = ThermosphereResult()
            let pdl0 = c.turbopauseA, pdl1 = c.turbopauseB, ptm = c.lowerBoundary
            let joinAltitude = pdl1[15]
            let boundaryAltitude = ptm[5]
            var lastActivity: Double?
            func expand(_ row: ExpansionRow) -> Double {
                let variation = basis.upperVariation(row)
                if let a = variation.activityFunction { lastActivity = a }
                return variation.value
            }

            // Exospheric temperature (its variations are irrelevant below the join altitude).
            let exosphericTemperature = z > joinAltitude
                ? ptm[0] * r.exosphericTemperature[0] * (1 + expand(r.exosphericTemperature))
                : ptm[0] * r.exosphericTemperature[0]
            // Temperature gradient at the lower boundary (irrelevant at or below 72.5 km).
            let boundaryGradient = z > 72.5
                ? ptm[3] * r.temperatureGradient[0] * (1 + expand(r.temperatureGradient))
                : ptm[3] * r.temperatureGradient[0]
            let boundaryTemperature = ptm[1] * (1 + expand(r.lowerBoundaryTemperature)) * r.lowerBoundaryTemperature[0]
            let shape = boundaryGradient / (exosphericTemperature - boundaryTemperature)

            // Lower-thermosphere node temperatures; their variations matter for density only below 300 km.
            let nodeActivity = lastActivity ?? 0
            func node(_ scale: Double, _ row: ExpansionRow, varies: Bool) -> Double {
                let mean = scale * row[0]
                return varies ? mean / (1 - basis.lowerVariation(row, activityFunction: nodeActivity)) : mean
            }
            let low = z < 300
            let t110 = node(ptm[6], r.tn1Node2, varies: low)
            let t100 = node(ptm[2], r.tn1Node3, varies: low)
            let t90 = node(ptm[7], r.tn1Node4, varies: low)
            let t72 = node(ptm[4], r.tn1Node5, varies: low)
            let gradientVariation = low ? basis.lowerVariation(r.tn1Gradient, activityFunction: nodeActivity) : 0
            let g72 = ptm[8] * r.tn1Gradient[0] * (1 + gradientVariation) * t72 * t72
                / ((ptm[4] * r.tn1Node5[0]) * (ptm[4] * r.tn1Node5[0]))
            let nodes = (t110, t100, t90, t72)
            let profile = ThermosphereProfile(
                exosphericTemperature: exosphericTemperature, boundaryTemperature: boundaryTemperature,
                shape: shape, boundaryAltitude: boundaryAltitude, joinAltitude: joinAltitude,
                nodeTemperatures: nodes, bottomGradient: g72, gravity: gravity)
            result.exosphericTemperature = exosphericTemperature
            result.temperatureAt72km = t72
            result.gradientAt72km = g72

            // Turbopause height varies with latitude and season.
            let deg = ModelConstant.degreesToRadians, day = ModelConstant.dayToAnnualPhase
            let turbopauseFactor = pdl1[24] * (1 + pdl0[24] * sin(deg * input.latitudeDeg)
                                                * cos(day * (Double(input.dayOfYear) - r.exosphericTemperature[13])))
            let mixedMass = c.molecularNitrogenBoundary[4]
            let transitionScale = c.molecularNitrogenBoundary[3] * pdl1[5]

            /// Density of a species at the boundary, scaled by its expansion.
            func boundaryDensity(_ boundary: [Double], _ row: ExpansionRow) -> Double {
                boundary[0] * exp(expand(row)) * row[0]
            }
            /// Diffusive density at z, and the mixed density at the turbopause (used to build the mixed
            /// profile and the ground mixing-ratio correction).
            func mixed(at turbopause: Double, boundary: Double, mass: Double, alpha: Double) -> (atTurbopause: Double, atZ: Double) {
                let atTurbopause = profile.density(at: turbopause, boundaryDensity: boundary,
                                                   mass: mass - mixedMass, alpha: alpha - 1)
                let atZ = profile.density(at: z, boundaryDensity: atTurbopause, mass: mixedMass, alpha: 0)
                return (atTurbopause, atZ)
            }

            // N₂: the reference species for mixing.
            let n2Row = r.molecularNitrogen, n2 = c.molecularNitrogenBoundary
            let n2Boundary = boundaryDensity(n2, n2Row)
            var nitrogen = profile.density(at: z, boundaryDensity: n2Boundary, mass: 28, alpha: 0)
            let n2Turbopause = profile.density(at: n2[2] * turbopauseFactor, boundaryDensity: n2Boundary,
                                               mass: 28 - mixedMass, alpha: -1)
            if z <= MixingCeiling.molecularNitrogen {
                let mixedN2 = profile.density(at: z, boundaryDensity: n2Turbopause, mass: mixedMass, alpha: 0)
                result.mixedNitrogen = mixedN2
                nitrogen = Self.blend(diffusive: nitrogen, mixed: mixedN2, scale: transitionScale,
                                      mixedMass: mixedMass, mass: 28)
            }
            result.species.molecularNitrogen = nitrogen

            // He.
            let he = c.heliumBoundary
            let heBoundary = boundaryDensity(he, r.helium)
            var helium = profile.density(at: z, boundaryDensity: heBoundary, mass: 4, alpha: ThermalDiffusion.helium)
            if z < MixingCeiling.helium {
                let m = mixed(at: he[2], boundary: heBoundary, mass: 4, alpha: ThermalDiffusion.helium)
                helium = Self.blend(diffusive: helium, mixed: m.atZ, scale: transitionScale, mixedMass: mixedMass, mass: 4)
                let groundRatio = log(n2Turbopause * he[1] / m.atTurbopause)
                helium *= Self.chemistryCorrection(z, ratio: groundRatio, scale: he[5] * pdl1[1], centre: he[4] * pdl1[0])
            }
            result.species.helium = helium

            // O: mixing, plus a flux-dependent correction and a chemical-loss correction near 100 km.
            let o = c.atomicOxygenBoundary
            let oBoundary = boundaryDensity(o, r.atomicOxygen)
            var oxygen = profile.density(at: z, boundaryDensity: oBoundary, mass: 16, alpha: 0)
            if z <= MixingCeiling.atomicOxygen {
                let m = mixed(at: o[2], boundary: oBoundary, mass: 16, alpha: 0)
                oxygen = Self.blend(diffusive: oxygen, mixed: m.atZ, scale: transitionScale, mixedMass: mixedMass, mass: 16)
                let ratio = o[1] * pdl1[16] * (1 + pdl0[23] * (input.f107Average - 150))
                oxygen *= Self.chemistryCorrection(z, ratio: ratio, scale: o[5] * pdl1[3], centre: o[4] * pdl1[2],
                                                   secondScale: o[5] * pdl1[4])
                oxygen *= Self.chemistryCorrection(z, ratio: o[3] * pdl1[14], scale: o[7] * pdl1[13], centre: o[6] * pdl1[12])
            }
            result.species.atomicOxygen = oxygen

            // O₂: mixing below 250 km and a departure from diffusive equilibrium at all heights.
            let o2 = c.molecularOxygenBoundary
            let o2Boundary = boundaryDensity(o2, r.molecularOxygen)
            var dioxygen = profile.density(at: z, boundaryDensity: o2Boundary, mass: 32, alpha: 0)
            if z <= MixingCeiling.molecularOxygen {
                let m = mixed(at: o2[2], boundary: o2Boundary, mass: 32, alpha: 0)
                dioxygen = Self.blend(diffusive: dioxygen, mixed: m.atZ, scale: transitionScale, mixedMass: mixedMass, mass: 32)
                let groundRatio = log(n2Turbopause * o2[1] / m.atTurbopause)
                dioxygen *= Self.chemistryCorrection(z, ratio: groundRatio, scale: o2[5] * pdl1[7], centre: o2[4] * pdl1[6])
            }
            let o2Ratio = o2[3] * pdl1[23] * (1 + pdl0[23] * (input.f107Average - 150))
            dioxygen *= Self.chemistryCorrection(z, ratio: o2Ratio, scale: o2[7] * pdl1[22], centre: o2[6] * pdl1[21],
                                                 secondScale: o2[7] * pdl0[22])
            result.species.molecularOxygen = dioxygen

            // Ar.
            let ar = c.argonBoundary
            let arBoundary = boundaryDensity(ar, r.argon)
            var argon = profile.density(at: z, boundaryDensity: arBoundary, mass: 40, alpha: ThermalDiffusion.argon)
            if z <= MixingCeiling.argon {
                let m = mixed(at: ar[2], boundary: arBoundary, mass: 40, alpha: ThermalDiffusion.argon)
                argon = Self.blend(diffusive: argon, mixed: m.atZ, scale: transitionScale, mixedMass: mixedMass, mass: 40)
                let groundRatio = log(n2Turbopause * ar[1] / m.atTurbopause)
                argon *= Self.chemistryCorrection(z, ratio: groundRatio, scale: ar[5] * pdl1[9], centre: ar[4] * pdl1[8])
            }
            result.species.argon = argon

            // H.
            let h = c.hydrogenBoundary
            let hBoundary = boundaryDensity(h, r.hydrogen)
            var hydrogen = profile.density(at: z, boundaryDensity: hBoundary, mass: 1, alpha: ThermalDiffusion.hydrogen)
            if z <= MixingCeiling.hydrogen {
                let m = mixed(at: h[2], boundary: hBoundary, mass: 1, alpha: ThermalDiffusion.hydrogen)
                hydrogen = Self.blend(diffusive: hydrogen, mixed: m.atZ, scale: transitionScale, mixedMass: mixedMass, mass: 1)
                let groundRatio = log(n2Turbopause * h[1] * abs(pdl1[17]) / m.atTurbopause)
                hydrogen *= Self.chemistryCorrection(z, ratio: groundRatio, scale: h[5] * pdl1[11], centre: h[4] * pdl1[10])
                hydrogen *= Self.chemistryCorrection(z, ratio: h[3] * pdl1[20], scale: h[7] * pdl1[19], centre: h[6] * pdl1[18])
            }
            result.species.hydrogen = hydrogen

            // N.
            let n = c.atomicNitrogenBoundary
            let nBoundary = boundaryDensity(n, r.atomicNitrogen)
            var atomicN = profile.density(at: z, boundaryDensity: nBoundary, mass: 14, alpha: 0)
            if z <= MixingCeiling.atomicNitrogen {
                let m = mixed(at: n[2], boundary: nBoundary, mass: 14, alpha: 0)
                atomicN = Self.blend(diffusive: atomicN, mixed: m.atZ, scale: transitionScale, mixedMass: mixedMass, mass: 14)
                let groundRatio = log(n2Turbopause * n[1] * abs(pdl0[2]) / m.atTurbopause)
                atomicN *= Self.chemistryCorrection(z, ratio: groundRatio, scale: n[5] * pdl0[1], centre: n[4] * pdl0[0])
                atomicN *= Self.chemistryCorrection(z, ratio: n[3] * pdl0[5], scale: n[7] * pdl0[4], centre: n[6] * pdl0[3])
            }
            result.species.atomicNitrogen = atomicN

            // Anomalous (hot) oxygen: an isothermal population at a fixed hot temperature whose density
            // departs from hydrostatic equilibrium below `peak` with a Chapman-like factor.
            let hot = c.anomalousOxygenBoundary
            let hotBoundary = boundaryDensity(hot, r.anomalousOxygen)
            let hotTemperature = hot[9] * pdl0[6]
            let hotProfile = profile.isothermal(at: hotTemperature, nodeTemperatures: nodes, bottomGradient: g72)
            let hotDiffusive = hotProfile.density(at: z, boundaryDensity: hotBoundary, mass: 16, alpha: 0)
            let shapeHeight = hot[5], peak = hot[4]
            let hotScaleHeight = gravity.scaleHeight(altitude: peak, mass: 16, temperature: hotTemperature)
            result.species.anomalousOxygen = hotDiffusive
                * exp(-shapeHeight / hotScaleHeight * (exp(-(z - peak) / shapeHeight) - 1))

            result.temperature = profile.temperature(at: abs(z))
            result.lastActivityFunction = lastActivity ?? 0
            return result
        }

        // MARK: Middle and lower atmosphere

        /// Below 72.5 km the air is fully mixed: N₂ follows the middle-atmosphere temperature profile
        /// hydrostatically from its mixed density at 72.5 km, He/O₂/Ar keep their ground mixing ratios,
        /// and between 62.5 and 72.5 km the thermospheric ratios are blended in linearly.
        func middleAtmosphere(below thermo: ThermosphereResult) -> (Species, Double) {
            let z = input.altitudeKm
            let averages = c.middleAtmosphereAverages
            let activity = thermo.lastActivityFunction
            func node(_ row: ExpansionRow, _ average: Double) -> Double {
                row[0] * average / (1 - basis.lowerVariation(row, activityFunction: activity))
            }
            let t55 = node(r.tn2Node2, averages[0])
            let t45 = node(r.tn2Node3, averages[1])
            let t32 = node(r.tn2Node4, averages[2])
            let reference32 = r.tn2Node4[0] * averages[2]
            let g32 = averages[8] * r.tn2Gradient[0] * (1 + basis.lowerVariation(r.tn2Gradient, activityFunction: activity))
                * t32 * t32 / (reference32 * reference32)
            let upper = InverseTemperatureSpline(
                altitudes: [72.5, 55, 45, 32.5, 0], temperatures: [thermo.temperatureAt72km, t55, t45, t32, 0],
                count: 4, topGradient: thermo.gradientAt72km, bottomGradient: g32, gravity: gravity)
            var lower: InverseTemperatureSpline?
            if z <= 32.5 {
                let t20 = node(r.tn3Node2, averages[3])
                let t15 = node(r.tn3Node3, averages[4])
                let t10 = node(r.tn3Node4, averages[5])
                let t0 = node(r.tn3Node5, averages[6])
                let reference0 = r.tn3Node5[0] * averages[6]
                let g0 = r.tn3SurfaceGradient[0] * averages[7]
                    * (1 + basis.lowerVariation(r.tn3SurfaceGradient, activityFunction: activity))
                    * t0 * t0 / (reference0 * reference0)
                lower = InverseTemperatureSpline(
                    altitudes: [32.5, 20, 15, 10, 0], temperatures: [t32, t20, t15, t10, t0],
                    count: 5, topGradient: g32, bottomGradient: g0, gravity: gravity)
            }
            let profile = MiddleAtmosphereProfile(upper: upper, lower: lower)

            // Weight of the thermospheric composition: 1 at 72.5 km, 0 at and below 62.5 km.
            let blendWeight = z > 62.5 ? 1 - (72.5 - z) / (72.5 - 62.5) : 0
            let mixedMass = c.molecularNitrogenBoundary[4]
            let above = thermo.species
            var species = Species()
            let n2Departure = above.molecularNitrogen / thermo.mixedNitrogen - 1
            species.molecularNitrogen = profile.density(at: z, topDensity: thermo.mixedNitrogen, mass: mixedMass)
                * (1 + n2Departure * blendWeight)
            func mixedSpecies(_ thermospheric: Double, groundRatio: Double) -> Double {
                let departure = thermospheric / (above.molecularNitrogen * groundRatio) - 1
                return species.molecularNitrogen * groundRatio * (1 + departure * blendWeight)
            }
            species.helium = mixedSpecies(above.helium, groundRatio: c.heliumBoundary[1])
            species.molecularOxygen = mixedSpecies(above.molecularOxygen, groundRatio: c.molecularOxygenBoundary[1])
            species.argon = mixedSpecies(above.argon, groundRatio: c.argonBoundary[1])
            return (species, profile.temperature(at: z))
        }
    }
}
