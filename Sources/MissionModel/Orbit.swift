import Astrodynamics
import Catalogue

/// The operational orbit, in whichever of the three accepted forms the descriptor used, with the
/// normalised apsides every form can be reduced to.
public struct Orbit: Sendable, Hashable {
    public var centralBody: CentralBody
    /// Epoch of the orbit: `orbit.epoch`, else the TLE epoch, else `launch.date`; nil when none is given.
    public var epoch: CalendarDate?
    public var definition: OrbitDefinition
    /// Inclination, degrees (0–180); nil when not given (unknown).
    public var inclinationDeg: Double?

    public init(centralBody: CentralBody = .earth, epoch: CalendarDate? = nil, definition: OrbitDefinition,
                inclinationDeg: Double? = nil) {
        self.centralBody = centralBody
        self.epoch = epoch
        self.definition = definition
        self.inclinationDeg = inclinationDeg
    }

    /// Semi-major axis, km from the central body's centre.
    public var semiMajorAxisKm: Double {
        switch definition {
        case let .apsides(perigee, apogee):
            return centralBody.equatorialRadiusKm + (perigee + apogee) / 2
        case let .elements(semiMajorAxis, _):
            return semiMajorAxis
        case let .twoLineElements(tle):
            return tle.semiMajorAxisKm
        case let .orbitMeanElementsMessage(elements, source):
            return source.semiMajorAxisKm(of: elements)
        }
    }

    public var eccentricity: Double {
        switch definition {
        case let .apsides(perigee, apogee):
            let rp = centralBody.equatorialRadiusKm + perigee
            let ra = centralBody.equatorialRadiusKm + apogee
            return (ra - rp) / (ra + rp)
        case let .elements(_, eccentricity):
            return eccentricity
        case let .twoLineElements(tle), let .orbitMeanElementsMessage(tle, _):
            return tle.eccentricity
        }
    }

    /// Perigee altitude above the central body's equatorial radius, km.
    public var perigeeKm: Double {
        if case let .apsides(perigee, _) = definition { return perigee }
        return semiMajorAxisKm * (1 - eccentricity) - centralBody.equatorialRadiusKm
    }

    /// Apogee altitude above the central body's equatorial radius, km.
    public var apogeeKm: Double {
        if case let .apsides(_, apogee) = definition { return apogee }
        return semiMajorAxisKm * (1 + eccentricity) - centralBody.equatorialRadiusKm
    }
}

/// The four ways a descriptor may give an orbit (docs/mission-format.md, `orbit`).
public enum OrbitDefinition: Sendable, Hashable {
    /// `perigee_km` and `apogee_km`, altitudes above the equatorial radius.
    case apsides(perigeeKm: Double, apogeeKm: Double)
    /// `semi_major_axis_km` (from the body's centre) and `eccentricity`.
    case elements(semiMajorAxisKm: Double, eccentricity: Double)
    /// `tle`: a two-line element set (Earth orbits only).
    case twoLineElements(TwoLineElementSet)
    /// `omm`: mean elements from a CCSDS OMM or GP record (Earth orbits only), held in the same value type as a
    /// TLE so an SGP4 message's semi-major axis comes from the same computation; `semiMajorAxis` says whether it
    /// does, or whether the message (another mean-element theory) states its semi-major axis.
    case orbitMeanElementsMessage(TwoLineElementSet, semiMajorAxis: SemiMajorAxisSource = .sgp4MeanMotion)

    /// The mean elements, for either form that carries them.
    public var meanElements: TwoLineElementSet? {
        switch self {
        case let .twoLineElements(tle), let .orbitMeanElementsMessage(tle, _): return tle
        default: return nil
        }
    }

    /// The descriptor key that names the form, for messages and provenance.
    public var formName: String {
        switch self {
        case .apsides: return "perigee_km/apogee_km"
        case .elements: return "semi_major_axis_km/eccentricity"
        case .twoLineElements: return "tle"
        case .orbitMeanElementsMessage: return "omm"
        }
    }
}
