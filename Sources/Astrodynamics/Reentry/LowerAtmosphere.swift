import Foundation

/// Air density from the ground to 86 km by the U.S. Standard Atmosphere 1976 (NOAA/NASA/USAF, 1976, Part 1,
/// Table 4 layer constants and eqs. 33a/33b), the air a re-entering fragment falls through after breakup.
///
/// Self-contained because the fragments never see the thermosphere the orbital-lifetime model needs; above 86 km
/// the top layer's lapse-rate law is continued.
public enum LowerAtmosphere {
    private struct Layer {
        let baseGeopotentialKm: Double
        let baseTemperatureK: Double
        let lapseRateKPerKm: Double
        let basePressurePa: Double
    }

    // US76 Table 4: base geopotential altitude, molecular-scale temperature, lapse rate, and base pressure.
    private static let layers: [Layer] = [
        Layer(baseGeopotentialKm: 0, baseTemperatureK: 288.15, lapseRateKPerKm: -6.5, basePressurePa: 101_325),
        Layer(baseGeopotentialKm: 11, baseTemperatureK: 216.65, lapseRateKPerKm: 0, basePressurePa: 22_632.06),
        Layer(baseGeopotentialKm: 20, baseTemperatureK: 216.65, lapseRateKPerKm: 1.0, basePressurePa: 5_474.889),
        Layer(baseGeopotentialKm: 32, baseTemperatureK: 228.65, lapseRateKPerKm: 2.8, basePressurePa: 868.0187),
        Layer(baseGeopotentialKm: 47, baseTemperatureK: 270.65, lapseRateKPerKm: 0, basePressurePa: 110.9063),
        Layer(baseGeopotentialKm: 51, baseTemperatureK: 270.65, lapseRateKPerKm: -2.8, basePressurePa: 66.93887),
        Layer(baseGeopotentialKm: 71, baseTemperatureK: 214.65, lapseRateKPerKm: -2.0, basePressurePa: 3.956420),
    ]

    /// Sea-level density, kg/m³ (US76).
    public static let seaLevelDensity = 1.225
    /// Effective Earth radius for geopotential altitude, km (US76 r₀).
    private static let geopotentialRadiusKm = 6356.766
    /// g₀·M₀/R* in K/km: 9.80665 m/s² × 28.9644 kg/kmol / 8314.32 J/(kmol·K) × 1000 m/km (US76 constants).
    private static let hydrostaticConstant = 9.80665 * 28.9644 / 8314.32 * 1000
    /// Specific gas constant of air, J/(kg·K) (R*/M₀, US76).
    private static let airGasConstant = 8314.32 / 28.9644

    /// Temperature (K) and density (kg/m³) at a geometric altitude in km.
    public static func state(altitudeKm: Double) -> (temperatureK: Double, densityKgPerM3: Double) {
        let geometric = max(0, altitudeKm)
        let geopotential = geopotentialRadiusKm * geometric / (geopotentialRadiusKm + geometric)
        var layer = layers[0]
        for candidate in layers where geopotential >= candidate.baseGeopotentialKm { layer = candidate }
        let height = geopotential - layer.baseGeopotentialKm
        let temperature: Double
        let pressure: Double
        if layer.lapseRateKPerKm == 0 {
            temperature = layer.baseTemperatureK
            pressure = layer.basePressurePa * exp(-hydrostaticConstant * height / layer.baseTemperatureK)
        } else {
            temperature = layer.baseTemperatureK + layer.lapseRateKPerKm * height
            pressure = layer.basePressurePa
                * pow(layer.baseTemperatureK / temperature, hydrostaticConstant / layer.lapseRateKPerKm)
        }
        return (temperature, pressure / (airGasConstant * temperature))
    }

    /// Spacing of the precomputed table, km. Linear interpolation over 50 m, against density scale heights of
    /// 6–8 km, is accurate to about (0.05/6)²/8 ≈ 1e-5 relative.
    static let tableSpacingKm = 0.05
    static let tableTopKm = 90.0

    /// Temperature and density every 50 m from 0 to 90 km, so the re-entry integrator, which asks for the air
    /// five times per step, interpolates instead of evaluating powers and exponentials.
    private static let table: [(temperatureK: Double, densityKgPerM3: Double)] = {
        let count = Int((tableTopKm / tableSpacingKm).rounded()) + 1
        return (0..<count).map { state(altitudeKm: Double($0) * tableSpacingKm) }
    }()

    /// `state(altitudeKm:)` by linear interpolation in the precomputed table (exact formula above 90 km).
    static func interpolatedState(altitudeKm: Double) -> (temperatureK: Double, densityKgPerM3: Double) {
        guard altitudeKm < tableTopKm else { return state(altitudeKm: altitudeKm) }
        let position = max(0, altitudeKm) / tableSpacingKm
        let index = min(table.count - 2, Int(position))
        let fraction = position - Double(index)
        let lower = table[index], upper = table[index + 1]
        return (lower.temperatureK + (upper.temperatureK - lower.temperatureK) * fraction,
                lower.densityKgPerM3 + (upper.densityKgPerM3 - lower.densityKgPerM3) * fraction)
    }
}
