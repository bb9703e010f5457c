/// How the mission is flown: duration, conjunction assessment, data sharing, space weather, lasers.
public struct Operations: Sendable, Hashable {
    public var durationYears: Double?
    public var conjunctionAssessment: ConjunctionAssessment?
    public var ephemerisSharing: EphemerisSharing?
    public var spaceWeather: SpaceWeatherPractice?
    public var lasers: LaserUse?

    public init(durationYears: Double? = nil, conjunctionAssessment: ConjunctionAssessment? = nil,
                ephemerisSharing: EphemerisSharing? = nil, spaceWeather: SpaceWeatherPractice? = nil,
                lasers: LaserUse? = nil) {
        self.durationYears = durationYears
        self.conjunctionAssessment = conjunctionAssessment
        self.ephemerisSharing = ephemerisSharing
        self.spaceWeather = spaceWeather
        self.lasers = lasers
    }
}

/// Conjunction assessment practice (LTS B.4; NASA CA handbook §6).
public struct ConjunctionAssessment: Sendable, Hashable {
    public var providers: [String]?
    public var phases: [ConjunctionAssessmentPhase]?
    public var screensPlannedManoeuvres: Bool?
    /// Collision probability at which the operator acts (manoeuvres), e.g. 1e-4.
    public var actionThresholdPc: Double?

    public init(providers: [String]? = nil, phases: [ConjunctionAssessmentPhase]? = nil,
                screensPlannedManoeuvres: Bool? = nil, actionThresholdPc: Double? = nil) {
        self.providers = providers
        self.phases = phases
        self.screensPlannedManoeuvres = screensPlannedManoeuvres
        self.actionThresholdPc = actionThresholdPc
    }
}

/// Sharing of orbit data (LTS B.1 ¶3, B.2 ¶3).
public struct EphemerisSharing: Sendable, Hashable {
    public var audiences: [EphemerisAudience]?
    /// Data format, e.g. `CCSDS-OEM`.
    public var format: String?
    public var covariance: Bool?
    public var updateIntervalHours: Double?

    public init(audiences: [EphemerisAudience]? = nil, format: String? = nil, covariance: Bool? = nil,
                updateIntervalHours: Double? = nil) {
        self.audiences = audiences
        self.format = format
        self.covariance = covariance
        self.updateIntervalHours = updateIntervalHours
    }
}

/// Space weather practice (LTS B.6, B.7).
public struct SpaceWeatherPractice: Sendable, Hashable {
    public var sharesAnomalyData: Bool?
    public var disposalMarginAnalysis: Bool?

    public init(sharesAnomalyData: Bool? = nil, disposalMarginAnalysis: Bool? = nil) {
        self.sharesAnomalyData = sharesAnomalyData
        self.disposalMarginAnalysis = disposalMarginAnalysis
    }
}

/// Use of lasers through the atmosphere or in space (LTS B.10).
public struct LaserUse: Sendable, Hashable {
    public var used: Bool?
    /// The probability of illuminating passing space objects, the radiated power and the damage risk have
    /// been analysed and precautions taken (B.10's substance; added to the descriptor format, docs/mission-format.md).
    public var illuminationAnalysis: Bool?

    public init(used: Bool? = nil, illuminationAnalysis: Bool? = nil) {
        self.used = used
        self.illuminationAnalysis = illuminationAnalysis
    }
}

/// End-of-life disposal plan (LTS B.8; IADC 5.3; NASA-STD-8719.14 §4.6).
public struct EndOfLife: Sendable, Hashable {
    public var strategy: DisposalStrategy?
    public var disposalOrbit: DisposalOrbit?
    /// Probability that disposal succeeds, 0–1.
    public var successProbability: Double?
    public var declared: DeclaredAnalyses?

    public init(strategy: DisposalStrategy? = nil, disposalOrbit: DisposalOrbit? = nil,
                successProbability: Double? = nil, declared: DeclaredAnalyses? = nil) {
        self.strategy = strategy
        self.disposalOrbit = disposalOrbit
        self.successProbability = successProbability
        self.declared = declared
    }
}

/// The orbit after the disposal manoeuvre, altitudes above the central body's equatorial radius.
public struct DisposalOrbit: Sendable, Hashable {
    public var perigeeKm: Double
    public var apogeeKm: Double

    public init(perigeeKm: Double, apogeeKm: Double) {
        self.perigeeKm = perigeeKm
        self.apogeeKm = apogeeKm
    }
}

/// The operator's own analysis results, shown beside Steward's computed values (never replacing them).
public struct DeclaredAnalyses: Sendable, Hashable {
    public var casualtyRisk: Double?
    public var orbitalLifetimeYears: Double?

    public init(casualtyRisk: Double? = nil, orbitalLifetimeYears: Double? = nil) {
        self.casualtyRisk = casualtyRisk
        self.orbitalLifetimeYears = orbitalLifetimeYears
    }
}
