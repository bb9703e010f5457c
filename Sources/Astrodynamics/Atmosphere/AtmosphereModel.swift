/// The solar and geomagnetic drivers of thermospheric density, as NRLMSISE-00 takes them.
public struct SpaceWeather: Sendable, Hashable, Codable {
    /// Daily 10.7 cm solar radio flux of the previous day, sfu.
    public var f107: Double
    /// 81-day centred average of F10.7, sfu.
    public var f107Average: Double
    /// Daily geomagnetic Ap index.
    public var ap: Double

    public init(f107: Double, f107Average: Double, ap: Double) {
        self.f107 = f107
        self.f107Average = f107Average
        self.ap = ap
    }

    /// Steady conditions: daily flux equal to its average.
    public init(f107: Double, ap: Double) {
        self.init(f107: f107, f107Average: f107, ap: ap)
    }
}

/// A density model suitable for long-term, orbit-averaged decay: the mean density at an altitude,
/// averaged over local time, latitude (as sampled by an orbit of the given inclination) and season.
public protocol MeanAtmosphere: Sendable {
    /// Stable identifier shown in reports, e.g. `nrlmsise00-mean-table@1`.
    var identifier: String { get }
    /// Mean total mass density, kg/m³, at `altitudeKm` above the equatorial radius.
    func meanDensity(altitudeKm: Double, weather: SpaceWeather, inclinationDeg: Double) -> Double
    /// The densities over `altitudeRangeKm` at one weather and inclination, for the many look-ups of one
    /// orbit-averaged rate. Models with a faster way to answer them override the default, which asks
    /// `meanDensity` each time.
    func profile(weather: SpaceWeather, inclinationDeg: Double, altitudeRangeKm: ClosedRange<Double>) -> MeanDensityProfile
}

/// A density model evaluated at one point and instant, as a numerical propagator needs it.
public protocol PointAtmosphere: Sendable {
    var identifier: String { get }
    /// Total mass density, kg/m³ (including anomalous oxygen where the model has it, as drag needs).
    /// - Parameters:
    ///   - altitudeKm: geodetic altitude.
    ///   - latitudeDeg, longitudeDeg: geodetic position (longitude east-positive).
    ///   - dayOfYear: 1…366; `secondsOfDay`: UT seconds. Local solar time follows from longitude and UT.
    func density(altitudeKm: Double, latitudeDeg: Double, longitudeDeg: Double,
                 dayOfYear: Int, secondsOfDay: Double, weather: SpaceWeather) -> Double
}

/// A mean atmosphere frozen at one space weather and inclination, for the many density look-ups over a narrow
/// altitude range that one orbit-averaged decay rate needs (perigee, a probe above it and every quadrature node).
///
/// A model may answer with a precomputed column over just that range (`NRLMSISE00MeanTable` collapses its
/// F10.7, Ap and inclination interpolation once instead of at every node); otherwise every look-up goes to
/// the model. Either way the densities are the model's own, to rounding.
public struct MeanDensityProfile: Sendable {
    enum Storage: Sendable {
        case model(any MeanAtmosphere, SpaceWeather, Double)
        case column(NRLMSISE00MeanTable.AltitudeColumn, NRLMSISE00MeanTable)
    }

    let storage: Storage

    init(_ storage: Storage) {
        self.storage = storage
    }

    /// Mean total mass density, kg/m³, at `altitudeKm`.
    @inline(__always)
    public func density(altitudeKm: Double) -> Double {
        switch storage {
        case let .model(atmosphere, weather, inclinationDeg):
            return atmosphere.meanDensity(altitudeKm: altitudeKm, weather: weather, inclinationDeg: inclinationDeg)
        case let .column(column, table):
            return table.density(in: column, altitudeKm: altitudeKm)
        }
    }
}

extension MeanAtmosphere {
    public func profile(weather: SpaceWeather, inclinationDeg: Double, altitudeRangeKm: ClosedRange<Double>) -> MeanDensityProfile {
        MeanDensityProfile(.model(self, weather, inclinationDeg))
    }
}
