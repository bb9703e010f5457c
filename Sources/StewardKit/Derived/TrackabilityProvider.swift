import Astrodynamics
import MissionModel
import RuleEngine

/// `derived.trackability.trackable`: the size rule (10 cm below 2,000 km perigee, 50 cm above) or tracking aids.
extension DerivedFacts {
    static let trackabilityFacts: [DerivedFactDefinition] = [
        DerivedFactDefinition("derived.trackability.trackable", .bool,
                              doc: "Meets the 10 cm (LEO) / 50 cm size rule or carries tracking aids.") { $0.trackable() },
    ]

    private func trackable() -> Result<Derivation, Unavailable> {
        guard mission.orbit.centralBody == .earth else {
            return .failure(Unavailable("orbit.central_body is \(mission.orbit.centralBody.rawValue): the size rule is "
                                        + "for Earth-orbit surveillance networks"))
        }
        guard let dimensions = mission.spacecraft.dimensionsM, let smallest = dimensions.min(), smallest > 0 else {
            return .failure(Unavailable("spacecraft.dimensions_m is not declared (the size rule needs the smallest dimension)"))
        }
        let tracking = mission.spacecraft.tracking
        let sharesEphemerides = !(mission.operations?.ephemerisSharing?.audiences ?? []).isEmpty
        let aids = Trackability.Aids(retroreflectors: tracking?.retroreflectors ?? false,
                                     gnssReceiver: tracking?.gnssReceiver ?? false,
                                     sharesEphemerides: sharesEphemerides,
                                     transponder: tracking?.transponder ?? false)
        let result = Trackability(smallestDimensionM: smallest, perigeeKm: mission.orbit.perigeeKm, aids: aids)
        return fact(.bool(result.trackable),
                    model: "NASA CA Best Practices Handbook §4.5 size rule (10 cm below 2,000 km, 50 cm above) or tracking aids",
                    extra: ["smallest_dimension_m": NumberFormatting.shortest(smallest),
                            "size_threshold_m": NumberFormatting.shortest(result.sizeThresholdM),
                            "effective_aids": result.effectiveAids.joined(separator: ", ")])
    }
}
