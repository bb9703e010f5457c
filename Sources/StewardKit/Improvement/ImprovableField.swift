import MissionModel

/// A descriptor field `steward improve` may change, with the values it may take.
///
/// The domains come from the descriptor vocabulary (`Vocabulary.swift`): every enumerated field and boolean a
/// rule can read, plus the design parameters whose effect the physics computes. Which of them are tried for a
/// mission depends on what its losing rules read (``ImprovementSearch``), never on a list per example.
public struct ImprovableField: Sendable, Hashable {
    /// When a field is a decision the operator can still take.
    public enum Kind: String, Sendable, Hashable {
        /// How the mission is operated and declared (conjunction assessment, data sharing, registration):
        /// open in every phase.
        case practice
        /// The end-of-life plan: open until the phase is `end_of_life`.
        case disposalPlan = "disposal plan"
        /// The hardware (materials, drag device, tracking aids, removal interface): open only while the phase is
        /// `design` (or not given); once launched it is a fact.
        case hardware = "design or launch choice"
    }

    public enum Domain: Sendable, Hashable {
        case bool
        /// One word of a closed vocabulary.
        case choice([String])
        /// A list of distinct words of a closed vocabulary.
        case subset([String])
        /// A number in a range; `better` says which way helps the rules (searched by bisection).
        case number(ClosedRange<Double>, better: Direction, resolution: Double)
    }

    public enum Direction: Sendable, Hashable { case lower, higher }

    /// Path pattern; `[*]` stands for every item of a list (`spacecraft.components[*].material`).
    public var path: String
    public var kind: Kind
    public var domain: Domain

    /// Every field the search knows.
    public static let all: [ImprovableField] = {
        func words<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> [String] where E.RawValue == String {
            type.allCases.map(\.rawValue)
        }
        let practiceBooleans = [
            "operator.contact.around_the_clock", "authorization.reports_status_changes",
            "operations.conjunction_assessment.screens_planned_manoeuvres", "operations.ephemeris_sharing.covariance",
            "operations.space_weather.shares_anomaly_data", "operations.space_weather.disposal_margin_analysis",
            "operations.lasers.illumination_analysis", "cooperation.capacity_building",
            "cooperation.publishes_sustainability_data", "spacecraft.safe_mode",
        ]
        var fields = practiceBooleans.map { ImprovableField(path: $0, kind: .practice, domain: .bool) }
        fields += [
            ImprovableField(path: "authorization.licence", kind: .practice, domain: .choice(words(LicenceStatus.self))),
            ImprovableField(path: "authorization.un_registration", kind: .practice, domain: .choice(words(RegistrationStatus.self))),
            ImprovableField(path: "authorization.national_registration", kind: .practice, domain: .choice(words(RegistrationStatus.self))),
            ImprovableField(path: "authorization.itu_filing", kind: .practice, domain: .choice(words(ITUFilingStatus.self))),
            ImprovableField(path: "operations.conjunction_assessment.phases", kind: .practice,
                            domain: .subset(words(ConjunctionAssessmentPhase.self))),
            ImprovableField(path: "operations.ephemeris_sharing.audiences", kind: .practice,
                            domain: .subset(words(EphemerisAudience.self))),
        ]
        for item in ["batteries", "propellant", "pressure_vessels", "momentum_devices"] {
            fields.append(ImprovableField(path: "spacecraft.passivation.\(item)", kind: .disposalPlan,
                                          domain: .choice(words(PassivationPlan.self))))
        }
        fields += [
            ImprovableField(path: "end_of_life.strategy", kind: .disposalPlan, domain: .choice(words(DisposalStrategy.self))),
            // Lower disposal perigees re-enter sooner and cost more Δv; 150 km is below any practical disposal orbit.
            ImprovableField(path: "end_of_life.disposal_orbit.perigee_km", kind: .disposalPlan,
                            domain: .number(150...36_000, better: .lower, resolution: 5)),
            ImprovableField(path: "end_of_life.success_probability", kind: .disposalPlan,
                            domain: .number(0...0.99, better: .higher, resolution: 0.01)),
            ImprovableField(path: "spacecraft.propulsion.reserved_for_disposal_kg", kind: .disposalPlan,
                            domain: .number(0...1_000_000, better: .higher, resolution: 0.1)),
            ImprovableField(path: "launch.prelaunch_conjunction_assessment", kind: .hardware, domain: .bool),
            ImprovableField(path: "launch.upper_stage_disposal", kind: .hardware, domain: .choice(words(UpperStageDisposal.self))),
            ImprovableField(path: "spacecraft.tracking.retroreflectors", kind: .hardware, domain: .bool),
            ImprovableField(path: "spacecraft.tracking.gnss_receiver", kind: .hardware, domain: .bool),
            ImprovableField(path: "spacecraft.tracking.transponder", kind: .hardware, domain: .bool),
            ImprovableField(path: "spacecraft.design_for_demise", kind: .hardware, domain: .bool),
            ImprovableField(path: "spacecraft.removal_interface", kind: .hardware, domain: .choice(words(RemovalInterface.self))),
            ImprovableField(path: "spacecraft.components[*].material", kind: .hardware, domain: .choice(words(ComponentMaterial.self))),
            ImprovableField(path: "spacecraft.propulsion.drag_device_area_m2", kind: .hardware,
                            domain: .number(0.01...1000, better: .higher, resolution: 0.1)),
        ]
        return fields
    }()

    /// The descriptor fields behind each group of derived facts (the inputs its provider reads that are
    /// decisions rather than facts), so a losing rule that reads `derived.lifetime.*` makes the disposal plan
    /// a candidate.
    static let derivedInputs: [String: [String]] = [
        "lifetime": ["end_of_life.strategy", "end_of_life.disposal_orbit.perigee_km", "spacecraft.propulsion.drag_device_area_m2",
                     "end_of_life.success_probability"],
        "disposal": ["end_of_life.strategy", "spacecraft.propulsion.reserved_for_disposal_kg", "end_of_life.disposal_orbit.perigee_km"],
        "reentry": ["spacecraft.components[*].material", "end_of_life.strategy"],
        "collision": ["operations.conjunction_assessment.phases", "end_of_life.strategy", "end_of_life.disposal_orbit.perigee_km",
                      "spacecraft.propulsion.drag_device_area_m2", "end_of_life.success_probability"],
        "environment": ["end_of_life.strategy", "end_of_life.disposal_orbit.perigee_km", "spacecraft.propulsion.drag_device_area_m2",
                        "end_of_life.success_probability", "operations.conjunction_assessment.phases"],
        "trackability": ["spacecraft.tracking.retroreflectors", "spacecraft.tracking.gnss_receiver",
                         "spacecraft.tracking.transponder", "operations.ephemeris_sharing.audiences"],
    ]

    /// Whether `path` (a concrete path, e.g. `spacecraft.components[2].material`) matches this field.
    func matches(_ concrete: String) -> Bool {
        guard path.contains("[*]") else { return path == concrete }
        let parts = path.components(separatedBy: "[*]")
        guard parts.count == 2, concrete.hasPrefix(parts[0] + "["), concrete.hasSuffix("]" + parts[1]) else { return false }
        let index = concrete.dropFirst(parts[0].count + 1).dropLast(parts[1].count + 1)
        return Int(index) != nil
    }

    /// Whether the mission's phase leaves this field open.
    func isOpen(in phase: MissionPhase?) -> Bool {
        switch kind {
        case .practice: return true
        case .disposalPlan: return phase != .endOfLife
        case .hardware: return phase == nil || phase == .design
        }
    }
}
