/// The knobs of a lifetime computation, each with its documented default.
public struct LifetimeSettings: Sendable, Hashable, Codable {
    /// Decay is over when the perigee altitude falls to this value, km. Default 100 km: by then the remaining
    /// time in orbit is under a day for any orbit that has not already re-entered (a circular orbit at 120 km
    /// loses tens of km per revolution, Δa_rev = −2πBρa², docs/physics.md "Orbital lifetime"), so the choice
    /// between the usual 100–120 km criteria changes no lifetime by more than about a day.
    public var reentryPerigeeAltitudeKm: Double
    /// Longest time propagated, years; longer lifetimes are reported as beyond the horizon. Default 200 years,
    /// the horizon of the LCA space-debris index (Maury et al. 2019; docs/physics.md, "Environmental index")
    /// and of most ODAR tables.
    public var horizonYears: Double
    /// Whether the co-rotating atmosphere reduces the drag (King-Hele factor, see ``OrbitAveragedDecayModel``).
    public var includesAtmosphereRotation: Bool
    /// Largest number of samples kept in ``LifetimeEstimate/history``.
    public var maximumHistorySamples: Int

    public init(reentryPerigeeAltitudeKm: Double = 100, horizonYears: Double = 200,
                includesAtmosphereRotation: Bool = true, maximumHistorySamples: Int = 400) {
        self.reentryPerigeeAltitudeKm = reentryPerigeeAltitudeKm
        self.horizonYears = horizonYears
        self.includesAtmosphereRotation = includesAtmosphereRotation
        self.maximumHistorySamples = maximumHistorySamples
    }

    public static let standard = LifetimeSettings()
}
