/// The values one Monte Carlo draw gives the uncertain inputs; nil keeps the nominal value.
struct DrawInputs: Sendable, Hashable {
    var dragCoefficient: Double?
    var dragAreaM2: Double?
    var massKg: Double?
    /// Factor k on the flux above the quiet Sun (``Astrodynamics/SolarActivityScenario/scalingActivity(by:)``).
    var solarActivityFactor: Double?
    /// Whether the disposal succeeded in this draw (nil: not drawn, the declared probability weights both branches).
    var disposalSucceeds: Bool?
    /// Factor on the melting temperature and heat of fusion of each declared component, in declaration order.
    var materialFactors: [Double]?
}
