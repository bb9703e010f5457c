/// An input of the rating that a Monte Carlo run draws (`steward rate --samples N`), named as in the
/// descriptor's `uncertainty:` section and in the ruleset's `uncertainty_<name>` assumptions.
public enum UncertainInput: String, Sendable, Hashable, CaseIterable, Codable {
    /// Drag coefficient C_D (declared, or the `drag_coefficient` assumption).
    case dragCoefficient = "drag_coefficient"
    /// Mean drag cross-section, m² (declared, or derived from the dimensions): the attitude's uncertainty.
    case dragAreaM2 = "drag_area_m2"
    /// Mass at end of mission, kg.
    case massKg = "mass_kg"
    /// Factor k on the solar flux above the quiet Sun, F = 67 + (F − 67)·k, of the chosen scenario (nominal 1).
    case solarActivity = "solar_activity"
    /// Whether the disposal succeeds: a Bernoulli draw (nominal: `end_of_life.success_probability`).
    case disposalSuccess = "disposal_success"
    /// Factor on each component's melting temperature and heat of fusion, drawn per component (nominal 1).
    case materialProperties = "material_properties"

    /// The values a draw may take; distributions reaching outside are refused when read (a normal is truncated).
    public var validRange: ClosedRange<Double> {
        switch self {
        case .dragCoefficient: return 0.1...10
        case .dragAreaM2: return 1e-6...1e7
        case .massKg: return 1e-3...1e9
        case .solarActivity: return 0.05...5
        case .disposalSuccess: return 0...1
        case .materialProperties: return 0.05...5
        }
    }

    /// Unit of the drawn value, for reports (nil for factors and probabilities).
    public var unit: String? {
        switch self {
        case .dragAreaM2: return "m²"
        case .massKg: return "kg"
        default: return nil
        }
    }
}

/// The descriptor's `uncertainty:` section: the distributions it declares, by input. An input it leaves out
/// takes the ruleset's `uncertainty_<input>` assumption or Steward's default (docs/physics.md, "Uncertainty").
public struct MissionUncertainty: Sendable, Hashable {
    public var distributions: [UncertainInput: UncertaintyDistribution]

    public init(distributions: [UncertainInput: UncertaintyDistribution] = [:]) {
        self.distributions = distributions
    }
}
