import Diagnostics

/// A mission descriptor (format `steward/mission@1`), fully typed and validated.
///
/// Optional sections and fields are `nil` when the descriptor does not give them: to the rules that means
/// *unknown*, never *false*. `locations` remembers where each value was written, so every fact and every
/// finding can point back at its line.
public struct Mission: Sendable, Hashable {
    /// The only format this loader reads.
    public static let format = "steward/mission@1"

    /// Short identifier, e.g. `aurora-3u` (lower-case letters, digits, `-`, `_`, `.`).
    public var id: String
    /// Human-readable mission name.
    public var name: String
    public var phase: MissionPhase?
    public var missionOperator: MissionOperator?
    public var authorization: Authorization?
    public var launch: Launch?
    public var orbit: Orbit
    public var spacecraft: Spacecraft
    public var operations: Operations?
    public var endOfLife: EndOfLife?
    public var cooperation: Cooperation?
    /// Distributions of the inputs a Monte Carlo run draws; nil when the descriptor has no `uncertainty:` section.
    public var uncertainty: MissionUncertainty?

    /// The file the mission was loaded from, as shown in diagnostics.
    public var file: String
    /// Where each value was written, by dotted path (`orbit.perigee_km`, `spacecraft.components[1].mass_kg`).
    public var locations: [String: SourceLocation]
    /// Files the descriptor names and the loader read (today `orbit.omm: FILE`); a certificate seals their
    /// bytes next to the descriptor's, since they change the rating as much. Empty for a mission built in code.
    public var referencedFiles: [ReferencedFile] = []

    public init(id: String, name: String, phase: MissionPhase? = nil, missionOperator: MissionOperator? = nil,
                authorization: Authorization? = nil, launch: Launch? = nil, orbit: Orbit, spacecraft: Spacecraft,
                operations: Operations? = nil, endOfLife: EndOfLife? = nil, cooperation: Cooperation? = nil,
                uncertainty: MissionUncertainty? = nil, file: String, locations: [String: SourceLocation] = [:]) {
        self.id = id
        self.name = name
        self.phase = phase
        self.missionOperator = missionOperator
        self.authorization = authorization
        self.launch = launch
        self.orbit = orbit
        self.spacecraft = spacecraft
        self.operations = operations
        self.endOfLife = endOfLife
        self.cooperation = cooperation
        self.uncertainty = uncertainty
        self.file = file
        self.locations = locations
    }

    /// Where the value at `path` was written, or the file's start when it was not written (defaults).
    public func location(of path: String) -> SourceLocation {
        locations[path] ?? SourceLocation(file: file, line: 1, column: 1)
    }
}

/// A file a descriptor names, by the key that names it.
public struct ReferencedFile: Sendable, Hashable {
    /// The descriptor key whose value names the file, e.g. `orbit.omm`.
    public var key: String
    /// The name as written in the descriptor (relative to the descriptor's directory).
    public var name: String
    /// The path the loader read it from (resolved and confined to the descriptor's directory).
    public var path: String

    public init(key: String, name: String, path: String) {
        self.key = key
        self.name = name
        self.path = path
    }
}

/// Who operates the mission (LTS A.1–A.3: the responsible entity and its state).
public struct MissionOperator: Sendable, Hashable {
    public var name: String?
    /// ISO 3166-1 alpha-2 code of the state responsible for the operator.
    public var country: String?
    public var contact: Contact?

    public init(name: String? = nil, country: String? = nil, contact: Contact? = nil) {
        self.name = name
        self.country = country
        self.contact = contact
    }
}

/// How other operators reach the mission's operations team (LTS B.1: contact information for coordination).
public struct Contact: Sendable, Hashable {
    public var email: String?
    public var aroundTheClock: Bool?

    public init(email: String? = nil, aroundTheClock: Bool? = nil) {
        self.email = email
        self.aroundTheClock = aroundTheClock
    }
}

/// Licensing, registration and frequency coordination (LTS A.1–A.5).
public struct Authorization: Sendable, Hashable {
    public var licence: LicenceStatus?
    public var unRegistration: RegistrationStatus?
    public var nationalRegistration: RegistrationStatus?
    public var ituFiling: ITUFilingStatus?
    /// Standards the mission declares conformance with, e.g. `ISO-24113:2023`.
    public var standards: [String]?
    public var reportsStatusChanges: Bool?

    public init(licence: LicenceStatus? = nil, unRegistration: RegistrationStatus? = nil,
                nationalRegistration: RegistrationStatus? = nil, ituFiling: ITUFilingStatus? = nil,
                standards: [String]? = nil, reportsStatusChanges: Bool? = nil) {
        self.licence = licence
        self.unRegistration = unRegistration
        self.nationalRegistration = nationalRegistration
        self.ituFiling = ituFiling
        self.standards = standards
        self.reportsStatusChanges = reportsStatusChanges
    }
}

/// The launch (LTS B.5 pre-launch conjunction assessment; B.8 upper-stage disposal).
public struct Launch: Sendable, Hashable {
    public var date: CalendarDate?
    public var vehicle: String?
    public var prelaunchConjunctionAssessment: Bool?
    public var upperStageDisposal: UpperStageDisposal?

    public init(date: CalendarDate? = nil, vehicle: String? = nil, prelaunchConjunctionAssessment: Bool? = nil,
                upperStageDisposal: UpperStageDisposal? = nil) {
        self.date = date
        self.vehicle = vehicle
        self.prelaunchConjunctionAssessment = prelaunchConjunctionAssessment
        self.upperStageDisposal = upperStageDisposal
    }
}

/// International cooperation and transparency (LTS C.1–C.4, D.1), rated as bonus.
public struct Cooperation: Sendable, Hashable {
    public var capacityBuilding: Bool?
    public var publishesSustainabilityData: Bool?
    public var partners: [String]?

    public init(capacityBuilding: Bool? = nil, publishesSustainabilityData: Bool? = nil, partners: [String]? = nil) {
        self.capacityBuilding = capacityBuilding
        self.publishesSustainabilityData = publishesSustainabilityData
        self.partners = partners
    }
}
