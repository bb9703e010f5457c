/// Whether the surveillance networks can keep an object catalogued (`derived.trackability.trackable`).
///
/// Rule of thumb of the NASA Spacecraft Conjunction Assessment and Collision Avoidance Best Practices Handbook
/// (2020/2023, §4.5 "Trackability"): objects of at least 10 cm are reliably tracked with perigee below 2,000 km,
/// and of at least 50 cm above. The smallest outer dimension is compared (conservative: a 10 × 10 × 34 cm
/// CubeSat passes exactly at 10 cm). Tracking aids make a smaller object trackable or its orbit better known:
/// laser retroreflectors, a GNSS receiver whose ephemerides are shared, or a transponder/beacon.
public struct Trackability: Sendable, Hashable {
    public struct Aids: Sendable, Hashable {
        public var retroreflectors: Bool
        public var gnssReceiver: Bool
        /// True when the operator shares ephemerides (`operations.ephemeris_sharing`, docs/mission-format.md): GNSS positions
        /// help others only if they are published.
        public var sharesEphemerides: Bool
        public var transponder: Bool

        public init(retroreflectors: Bool = false, gnssReceiver: Bool = false, sharesEphemerides: Bool = false,
                    transponder: Bool = false) {
            self.retroreflectors = retroreflectors
            self.gnssReceiver = gnssReceiver
            self.sharesEphemerides = sharesEphemerides
            self.transponder = transponder
        }

        /// The aids that count, by name.
        public var effective: [String] {
            var names: [String] = []
            if retroreflectors { names.append("retroreflectors") }
            if gnssReceiver && sharesEphemerides { names.append("gnss_with_shared_ephemerides") }
            if transponder { names.append("transponder") }
            return names
        }
    }

    /// Smallest size reliably tracked with perigee below 2,000 km, m (NASA CA handbook §4.5).
    public static let lowOrbitThresholdM = 0.10
    /// Smallest size reliably tracked with perigee at or above 2,000 km, m (NASA CA handbook §4.5).
    public static let highOrbitThresholdM = 0.50
    public static let thresholdChangeAltitudeKm = 2000.0

    public var sizeThresholdM: Double
    public var smallestDimensionM: Double
    public var meetsSizeRule: Bool
    public var effectiveAids: [String]
    /// Meets the size rule or carries at least one effective aid.
    public var trackable: Bool

    public init(smallestDimensionM: Double, perigeeKm: Double, aids: Aids) {
        sizeThresholdM = perigeeKm < Self.thresholdChangeAltitudeKm ? Self.lowOrbitThresholdM : Self.highOrbitThresholdM
        self.smallestDimensionM = smallestDimensionM
        // A small tolerance so that a nominal 0.10 m dimension passes the 10 cm rule despite floating point.
        meetsSizeRule = smallestDimensionM >= sizeThresholdM - 1e-9
        effectiveAids = aids.effective
        trackable = meetsSizeRule || !effectiveAids.isEmpty
    }
}
