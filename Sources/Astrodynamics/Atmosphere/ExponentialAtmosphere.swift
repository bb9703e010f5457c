import Foundation

/// Piecewise-exponential static atmosphere, ρ = ρ₀·exp(−(h − h₀)/H) in each band.
///
/// Table: Vallado, *Fundamentals of Astrodynamics and Applications*, 4th ed. (2013), Table 8-4, as carried in
/// JuliaSpace/SatelliteToolboxAtmosphericModels.jl `src/exponential/constants.jl` (docs/physics.md, "Orbital lifetime").
/// Its published check value is ρ(747.2119 km) = 2.1219854e-14 kg/m³ (Vallado Example 8-4).
///
/// Why it is here: it has no dependence on solar activity, local time or latitude, so it is the model with
/// which the decay equations have closed-form solutions, and the model against which the semi-analytic and
/// numerical propagators are compared in tests. It is **not** the default for ratings: a static atmosphere
/// cannot honour a solar-activity scenario (the weather argument is ignored), which reports must say.
public struct ExponentialAtmosphere: MeanAtmosphere, PointAtmosphere {
    public let identifier = "vallado2013-exponential@1"

    /// One band: base altitude h₀ (km), base density ρ₀ (kg/m³), scale height H (km).
    public struct Band: Sendable, Hashable {
        public let baseAltitudeKm: Double
        public let baseDensity: Double
        public let scaleHeightKm: Double
    }

    /// Vallado (2013) Table 8-4. Above 1000 km the last band continues.
    public static let valladoBands: [Band] = [
        Band(baseAltitudeKm: 0, baseDensity: 1.225, scaleHeightKm: 7.249),
        Band(baseAltitudeKm: 25, baseDensity: 3.899e-2, scaleHeightKm: 6.349),
        Band(baseAltitudeKm: 30, baseDensity: 1.774e-2, scaleHeightKm: 6.682),
        Band(baseAltitudeKm: 40, baseDensity: 3.972e-3, scaleHeightKm: 7.554),
        Band(baseAltitudeKm: 50, baseDensity: 1.057e-3, scaleHeightKm: 8.382),
        Band(baseAltitudeKm: 60, baseDensity: 3.206e-4, scaleHeightKm: 7.714),
        Band(baseAltitudeKm: 70, baseDensity: 8.770e-5, scaleHeightKm: 6.549),
        Band(baseAltitudeKm: 80, baseDensity: 1.905e-5, scaleHeightKm: 5.799),
        Band(baseAltitudeKm: 90, baseDensity: 3.396e-6, scaleHeightKm: 5.382),
        Band(baseAltitudeKm: 100, baseDensity: 5.297e-7, scaleHeightKm: 5.877),
        Band(baseAltitudeKm: 110, baseDensity: 9.661e-8, scaleHeightKm: 7.263),
        Band(baseAltitudeKm: 120, baseDensity: 2.438e-8, scaleHeightKm: 9.473),
        Band(baseAltitudeKm: 130, baseDensity: 8.484e-9, scaleHeightKm: 12.636),
        Band(baseAltitudeKm: 140, baseDensity: 3.845e-9, scaleHeightKm: 16.149),
        Band(baseAltitudeKm: 150, baseDensity: 2.070e-9, scaleHeightKm: 22.523),
        Band(baseAltitudeKm: 180, baseDensity: 5.464e-10, scaleHeightKm: 29.740),
        Band(baseAltitudeKm: 200, baseDensity: 2.789e-10, scaleHeightKm: 37.105),
        Band(baseAltitudeKm: 250, baseDensity: 7.248e-11, scaleHeightKm: 45.546),
        Band(baseAltitudeKm: 300, baseDensity: 2.418e-11, scaleHeightKm: 53.628),
        Band(baseAltitudeKm: 350, baseDensity: 9.518e-12, scaleHeightKm: 53.298),
        Band(baseAltitudeKm: 400, baseDensity: 3.725e-12, scaleHeightKm: 58.515),
        Band(baseAltitudeKm: 450, baseDensity: 1.585e-12, scaleHeightKm: 60.828),
        Band(baseAltitudeKm: 500, baseDensity: 6.967e-13, scaleHeightKm: 63.822),
        Band(baseAltitudeKm: 600, baseDensity: 1.454e-13, scaleHeightKm: 71.835),
        Band(baseAltitudeKm: 700, baseDensity: 3.614e-14, scaleHeightKm: 88.667),
        Band(baseAltitudeKm: 800, baseDensity: 1.170e-14, scaleHeightKm: 124.64),
        Band(baseAltitudeKm: 900, baseDensity: 5.245e-15, scaleHeightKm: 181.05),
        Band(baseAltitudeKm: 1000, baseDensity: 3.019e-15, scaleHeightKm: 268.00),
    ]

    public let bands: [Band]

    /// The Vallado (2013) table.
    public init() { self.bands = Self.valladoBands }

    /// A custom table (bands in increasing base altitude), e.g. a single band for closed-form test cases.
    public init(bands: [Band]) { self.bands = bands }

    /// Density at an altitude, kg/m³. Below the first band the first band is extrapolated downwards.
    public func density(altitudeKm: Double) -> Double {
        guard let first = bands.first else { return 0 }
        var band = first
        // The table is short (28 rows); a reverse linear scan beats a binary search on it and stays simple.
        for candidate in bands.reversed() where altitudeKm >= candidate.baseAltitudeKm {
            band = candidate
            break
        }
        return band.baseDensity * exp(-(altitudeKm - band.baseAltitudeKm) / band.scaleHeightKm)
    }

    public func meanDensity(altitudeKm: Double, weather: SpaceWeather, inclinationDeg: Double) -> Double {
        density(altitudeKm: altitudeKm)
    }

    public func density(altitudeKm: Double, latitudeDeg: Double, longitudeDeg: Double,
                        dayOfYear: Int, secondsOfDay: Double, weather: SpaceWeather) -> Double {
        density(altitudeKm: altitudeKm)
    }
}
