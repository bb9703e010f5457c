import Foundation

/// The NRLMSISE-00 empirical model of the neutral atmosphere, from the ground to the exosphere
/// (Picone, Hedin, Drob & Aikin, "NRLMSISE-00 empirical model of the atmosphere: Statistical comparisons
/// and scientific issues", JGR 107(A12), 1468, 2002).
///
/// Steward uses it because it is the de-facto standard thermosphere model for orbital-lifetime work
/// (ISO 27852 lists it; NASA DAS, CNES STELA and ESA DRAMA offer it) and because its coefficients are
/// public. This is a Swift implementation written from the model's description; the coefficient
/// tables are carried over unchanged from the official distribution (see `NRLMSISE00Coefficients.swift`).
///
/// All switches are at their standard settings (every variation on). The geomagnetic input is either the
/// daily Ap (switch 9 = 1) or the 3-hourly ap history (switch 9 = −1), chosen by ``GeomagneticActivity``.
///
/// Validity: the model is fitted to data up to about 1000 km; above that the densities follow its
/// diffusive-equilibrium extrapolation with the exospheric temperature, which is physically sensible
/// but unvalidated.
public struct NRLMSISE00: PointAtmosphere, Sendable {
    /// Identifier shown in reports.
    public var identifier: String { "nrlmsise00@1" }

    public init() {}

    /// Total mass density for drag, kg/m³, including anomalous oxygen (the model's `GTD7D` output).
    /// Local solar time is derived from UT and longitude (`UT/3600 + longitude/15`, reduced to 0…24 h),
    /// and the daily Ap of `weather` drives the geomagnetic terms.
    public func density(altitudeKm: Double, latitudeDeg: Double, longitudeDeg: Double,
                        dayOfYear: Int, secondsOfDay: Double, weather: SpaceWeather) -> Double {
        let input = Input(dayOfYear: dayOfYear, secondsOfDay: secondsOfDay, altitudeKm: altitudeKm,
                          latitudeDeg: latitudeDeg, longitudeDeg: longitudeDeg,
                          f107: weather.f107, f107Average: weather.f107Average,
                          activity: .daily(ap: weather.ap))
        return evaluate(input).dragMassDensity
    }

    /// Full model output at one point and instant: every species, both temperatures and both
    /// definitions of the total mass density.
    public func evaluate(_ input: Input) -> Output {
        let state = Evaluation(input: input, coefficients: .standard, rows: .standard)
        return state.run()
    }
}

extension NRLMSISE00 {
    /// How geomagnetic activity enters the model.
    public enum GeomagneticActivity: Sendable, Hashable {
        /// Daily Ap index (the usual input for lifetime work).
        case daily(ap: Double)
        /// The 3-hourly ap history, which the model weights with an exponential memory
        /// (Picone et al. 2002, the MSISE-90 "ap array").
        case history(ApHistory)
    }

    /// The seven-element ap history of the model's switch-9 = −1 mode.
    public struct ApHistory: Sendable, Hashable {
        /// Daily Ap.
        public var dailyAp: Double
        /// 3-hour ap for the current time.
        public var current: Double
        /// 3-hour ap 3, 6 and 9 hours before the current time.
        public var threeHoursBefore: Double
        public var sixHoursBefore: Double
        public var nineHoursBefore: Double
        /// Mean of the eight 3-hour ap values from 12 to 33 hours before the current time.
        public var mean12To33HoursBefore: Double
        /// Mean of the eight 3-hour ap values from 36 to 57 hours before the current time.
        public var mean36To57HoursBefore: Double

        public init(dailyAp: Double, current: Double, threeHoursBefore: Double, sixHoursBefore: Double,
                    nineHoursBefore: Double, mean12To33HoursBefore: Double, mean36To57HoursBefore: Double) {
            self.dailyAp = dailyAp
            self.current = current
            self.threeHoursBefore = threeHoursBefore
            self.sixHoursBefore = sixHoursBefore
            self.nineHoursBefore = nineHoursBefore
            self.mean12To33HoursBefore = mean12To33HoursBefore
            self.mean36To57HoursBefore = mean36To57HoursBefore
        }

        /// A history in which every element has the same value (steady conditions).
        public static func steady(_ ap: Double) -> ApHistory {
            ApHistory(dailyAp: ap, current: ap, threeHoursBefore: ap, sixHoursBefore: ap,
                      nineHoursBefore: ap, mean12To33HoursBefore: ap, mean36To57HoursBefore: ap)
        }
    }

    /// One evaluation point.
    public struct Input: Sendable, Hashable {
        /// Day of year, 1…366 (the model has no year dependence).
        public var dayOfYear: Int
        /// Universal time, seconds of the day.
        public var secondsOfDay: Double
        /// Geometric altitude, km.
        public var altitudeKm: Double
        /// Geodetic latitude, degrees.
        public var latitudeDeg: Double
        /// Geodetic longitude, degrees east.
        public var longitudeDeg: Double
        /// Local apparent solar time, hours. The model uses it independently of UT and longitude,
        /// which is why the official test cases can give an inconsistent value.
        public var localSolarTimeHours: Double
        /// Daily F10.7 of the previous day, sfu (at the Earth's distance from the Sun).
        public var f107: Double
        /// 81-day centred average of F10.7, sfu.
        public var f107Average: Double
        public var activity: GeomagneticActivity

        /// - Parameter localSolarTimeHours: defaults to `UT/3600 + longitude/15`, reduced to 0…24 h.
        public init(dayOfYear: Int, secondsOfDay: Double, altitudeKm: Double, latitudeDeg: Double,
                    longitudeDeg: Double, localSolarTimeHours: Double? = nil, f107: Double,
                    f107Average: Double, activity: GeomagneticActivity) {
            self.dayOfYear = dayOfYear
            self.secondsOfDay = secondsOfDay
            self.altitudeKm = altitudeKm
            self.latitudeDeg = latitudeDeg
            self.longitudeDeg = longitudeDeg
            if let localSolarTimeHours {
                self.localSolarTimeHours = localSolarTimeHours
            } else {
                let hours = secondsOfDay / 3600 + longitudeDeg / 15
                let reduced = hours.truncatingRemainder(dividingBy: 24)
                self.localSolarTimeHours = reduced < 0 ? reduced + 24 : reduced
            }
            self.f107 = f107
            self.f107Average = f107Average
            self.activity = activity
        }
    }

    /// Model output, in SI units.
    public struct Output: Sendable, Hashable {
        /// Number densities, m⁻³. Atomic O, H and N (and anomalous O) are zero below 72.5 km, where the
        /// model treats the air as fully mixed.
        public var helium: Double
        public var atomicOxygen: Double
        public var molecularNitrogen: Double
        public var molecularOxygen: Double
        public var argon: Double
        public var hydrogen: Double
        public var atomicNitrogen: Double
        /// "Anomalous" (hot) oxygen, a non-thermal population that matters for drag above ~500 km.
        public var anomalousOxygen: Double
        /// Exospheric temperature T∞, K (the global-average value below 120 km, as the model defines it).
        public var exosphericTemperature: Double
        /// Neutral temperature at the altitude, K.
        public var temperature: Double
        /// Total mass density of He, O, N₂, O₂, Ar, H and N, kg/m³ (the model's `GTD7` total).
        public var massDensity: Double
        /// Effective mass density for drag, kg/m³: `massDensity` plus anomalous oxygen (the `GTD7D` total).
        public var dragMassDensity: Double
    }
}
