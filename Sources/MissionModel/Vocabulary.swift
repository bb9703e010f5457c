/// Closed vocabularies of the mission descriptor. Each raw value is exactly what a user writes in YAML.

/// Where the mission stands in its life; rules may weigh declared plans differently from flown facts.
public enum MissionPhase: String, Sendable, Hashable, CaseIterable, Codable {
    case design, launched, operating
    case endOfLife = "end_of_life"
}

/// State of the national launch/operation licence (LTS A.1, A.3).
public enum LicenceStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case granted, applied, none
}

/// State of a registration with the UN register or a national registry (LTS A.5; Registration Convention).
public enum RegistrationStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case done, planned, no
}

/// State of the ITU frequency filing (LTS A.4).
public enum ITUFilingStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case coordinated, filed, none
    case notApplicable = "not_applicable"
}

/// What happens to the launch vehicle's upper stage that delivered the mission (LTS B.8, IADC 5.3).
public enum UpperStageDisposal: String, Sendable, Hashable, CaseIterable, Codable {
    case controlledReentry = "controlled_reentry"
    case uncontrolledReentry = "uncontrolled_reentry"
    case graveyard
    case leftInOrbit = "left_in_orbit"
    case notApplicable = "not_applicable"
}

/// The body the operational orbit is around; altitudes are above its equatorial radius.
public enum CentralBody: String, Sendable, Hashable, CaseIterable, Codable {
    case earth, moon, sun

    /// Equatorial radius, km. Earth: WGS 84 (6378.137). Moon: 1738.1 km, NASA Moon Fact Sheet (equatorial
    /// radius). Sun: 695,700 km, IAU 2015 Resolution B3 nominal solar radius.
    public var equatorialRadiusKm: Double {
        switch self {
        case .earth: return 6378.137
        case .moon: return 1738.1
        case .sun: return 695_700
        }
    }

    /// Gravitational parameter, km³/s². Earth: WGS 84 (398600.4418). Moon: 4902.800066, JPL DE430
    /// (Folkner et al. 2014, Table 8). Sun: 1.32712440041e11, JPL DE430 (same table).
    public var gravitationalParameterKm3PerS2: Double {
        switch self {
        case .earth: return 398_600.4418
        case .moon: return 4902.800066
        case .sun: return 1.32712440041e11
        }
    }
}

/// What kind of object is being rated: a satellite or probe, or a launch vehicle stage rated on its own.
public enum SpacecraftKind: String, Sendable, Hashable, CaseIterable, Codable {
    case satellite
    case upperStage = "upper_stage"
}

/// Propulsion system class; decides which disposal manoeuvres are possible (LTS B.8, IADC 5.3).
public enum PropulsionType: String, Sendable, Hashable, CaseIterable, Codable {
    case none, chemical, electric
    case coldGas = "cold_gas"
    case dragDevice = "drag_device"
}

/// Component materials known to re-entry survivability models (NASA DAS / ESA DRAMA material classes).
public enum ComponentMaterial: String, Sendable, Hashable, CaseIterable, Codable {
    case aluminium, titanium
    case stainlessSteel = "stainless_steel"
    case steel, inconel, invar, beryllium, copper, tungsten, magnesium, nickel, glass, cfrp, gfrp, kevlar
    case siliconCarbide = "silicon_carbide"
}

/// Idealised component shape for re-entry analysis; each shape fixes how many dimensions it takes.
public enum ComponentShape: String, Sendable, Hashable, CaseIterable, Codable {
    case sphere, cylinder, box, plate

    /// `dimensions_m` expected for the shape, in order.
    public var dimensionNames: [String] {
        switch self {
        case .sphere: return ["diameter"]
        case .cylinder: return ["diameter", "length"]
        case .box: return ["x", "y", "z"]
        case .plate: return ["x", "y", "thickness"]
        }
    }
}

/// Hardware that lets a servicer capture the object for active removal (LTS D.2 context, ESA 2023).
public enum RemovalInterface: String, Sendable, Hashable, CaseIterable, Codable {
    case none
    case grappleFixture = "grapple_fixture"
    case dockingPlate = "docking_plate"
    case magneticPlate = "magnetic_plate"
}

/// Mission phases in which conjunctions are screened (LTS B.4).
public enum ConjunctionAssessmentPhase: String, Sendable, Hashable, CaseIterable, Codable {
    case launch
    case earlyOrbit = "early_orbit"
    case operations, disposal
}

/// Who receives the operator's ephemerides (LTS B.1, B.2).
public enum EphemerisAudience: String, Sendable, Hashable, CaseIterable, Codable {
    case ssaProviders = "ssa_providers"
    case operators
    case `public`
}

/// End-of-life disposal strategy (LTS B.8 / IADC 5.3). `surface_impact` is added for bodies without an
/// atmosphere (a lunar orbiter's deliberate impact), which the first list of end-of-life strategies did not cover.
public enum DisposalStrategy: String, Sendable, Hashable, CaseIterable, Codable {
    case controlledReentry = "controlled_reentry"
    case uncontrolledReentry = "uncontrolled_reentry"
    case naturalDecay = "natural_decay"
    case graveyard, escape, retrieval
    case surfaceImpact = "surface_impact"
}

/// A passivation item: planned (`true`), not planned (`false`), or nothing to passivate (`not_applicable`).
public enum PassivationPlan: String, Sendable, Hashable, CaseIterable, Codable {
    case planned = "true"
    case notPlanned = "false"
    case notApplicable = "not_applicable"
}
