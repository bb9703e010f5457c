import MissionModel
import RuleEngine

/// Every fact path a Steward ruleset may read, with its type and unit: what rulesets are compiled against.
///
/// Declared paths mirror the descriptor format (docs/mission-format.md, schemas/mission.schema.json); derived
/// paths are the physics facts of docs/physics.md ("Derived facts"). `StewardFactCatalogTests` keeps this list in
/// step with what the loader and the providers actually produce.
public enum StewardFactCatalog {
    /// The catalogue used to compile every ruleset.
    public static let standard: FactCatalog = FactCatalog(declared + derived)

    /// Descriptor paths. Lists of components and deployables are exposed as lists of their names.
    public static let declared: [FactDescriptor] = {
        let entries: [(String, FactType, String)] = [
            ("id", .string, "Mission identifier."),
            ("name", .string, "Mission name."),
            ("phase", .string, "design | launched | operating | end_of_life."),
            ("operator.name", .string, "Operating entity (LTS A.3)."),
            ("operator.country", .string, "ISO 3166-1 alpha-2 code of the responsible state (LTS A.1)."),
            ("operator.contact.email", .string, "Operations contact (LTS A.3 ¶4(e), B.1)."),
            ("operator.contact.around_the_clock", .bool, "Contact reachable 24/7 (LTS B.1)."),
            ("authorization.licence", .string, "granted | applied | none (LTS A.1)."),
            ("authorization.un_registration", .string, "done | planned | no (LTS A.5)."),
            ("authorization.national_registration", .string, "done | planned | no (LTS A.5)."),
            ("authorization.itu_filing", .string, "coordinated | filed | none | not_applicable (LTS A.4)."),
            ("authorization.standards", .list(.string), "Standards the mission conforms to (LTS A.2 ¶2(f))."),
            ("authorization.reports_status_changes", .bool, "Reports changes of status (LTS A.5 ¶7)."),
            ("launch.date", .string, "Launch date, ISO 8601."),
            ("launch.vehicle", .string, "Launch vehicle."),
            ("launch.prelaunch_conjunction_assessment", .bool, "Launch collision avoidance performed (LTS B.5)."),
            ("launch.upper_stage_disposal", .string, "Fate of the upper stage (LTS B.8)."),
            ("orbit.central_body", .string, "earth | moon | sun."),
            ("orbit.epoch", .string, "Orbit epoch, ISO 8601."),
            ("orbit.perigee_km", .number, "Perigee altitude above the central body's equatorial radius."),
            ("orbit.apogee_km", .number, "Apogee altitude above the central body's equatorial radius."),
            ("orbit.semi_major_axis_km", .number, "Semi-major axis."),
            ("orbit.eccentricity", .number, "Eccentricity."),
            ("orbit.inclination_deg", .number, "Inclination."),
            ("orbit.tle.catalog_number", .number, "NORAD catalogue number, when the orbit is given as a TLE."),
            ("orbit.tle.international_designator", .string, "COSPAR designator, when the orbit is given as a TLE."),
            ("spacecraft.kind", .string, "satellite | upper_stage."),
            ("spacecraft.count", .number, "Number of identical spacecraft (> 1: constellation)."),
            ("spacecraft.mass_kg", .number, "Mass at end of mission."),
            ("spacecraft.launch_mass_kg", .number, "Mass at launch."),
            ("spacecraft.dimensions_m", .list(.number), "Body dimensions."),
            ("spacecraft.deployables", .list(.string), "Names of deployable appendages."),
            ("spacecraft.drag_area_m2", .number, "Mean cross-section for drag."),
            ("spacecraft.drag_coefficient", .number, "Drag coefficient C_D."),
            ("spacecraft.reflectivity_coefficient", .number, "Solar radiation pressure coefficient C_R."),
            ("spacecraft.propulsion.type", .string, "none | chemical | electric | cold_gas | drag_device."),
            ("spacecraft.propulsion.isp_s", .number, "Specific impulse."),
            ("spacecraft.propulsion.propellant_kg", .number, "Propellant at launch."),
            ("spacecraft.propulsion.reserved_for_disposal_kg", .number, "Propellant reserved for disposal."),
            ("spacecraft.propulsion.drag_device_area_m2", .number, "Drag device area deployed at end of mission."),
            ("spacecraft.tracking.retroreflectors", .bool, "Laser retroreflectors on board (LTS B.2 ¶2)."),
            ("spacecraft.tracking.gnss_receiver", .bool, "GNSS receiver on board (LTS B.2 ¶2)."),
            ("spacecraft.tracking.transponder", .bool, "Ranging transponder on board (LTS B.2 ¶2)."),
            ("spacecraft.components", .list(.string), "Names of the components assessed for re-entry (LTS B.9)."),
            ("spacecraft.design_for_demise", .bool, "Designed for demise (LTS B.9 ¶5, D.2 ¶3)."),
            // Passivation items are tri-state in the descriptor; as facts they are the strings
            // "true", "false" or "not_applicable" so that one type covers all three.
            ("spacecraft.passivation.batteries", .string, "\"true\" | \"false\" | \"not_applicable\"."),
            ("spacecraft.passivation.propellant", .string, "\"true\" | \"false\" | \"not_applicable\"."),
            ("spacecraft.passivation.pressure_vessels", .string, "\"true\" | \"false\" | \"not_applicable\"."),
            ("spacecraft.passivation.momentum_devices", .string, "\"true\" | \"false\" | \"not_applicable\"."),
            ("spacecraft.removal_interface", .string, "none | grapple_fixture | docking_plate | magnetic_plate."),
            ("spacecraft.safe_mode", .bool, "Safe mode to recover from space-weather effects (LTS B.7 ¶5(a))."),
            ("operations.duration_years", .number, "Operational phase duration."),
            ("operations.conjunction_assessment.providers", .list(.string), "CA service providers (LTS B.4)."),
            ("operations.conjunction_assessment.phases", .list(.string), "Phases covered by CA (LTS B.4 ¶1)."),
            ("operations.conjunction_assessment.screens_planned_manoeuvres", .bool, "Planned manoeuvres screened (LTS B.4 ¶2(b))."),
            ("operations.conjunction_assessment.action_threshold_pc", .number, "Pc at which the operator acts."),
            ("operations.ephemeris_sharing.audiences", .list(.string), "Who receives ephemerides (LTS B.2)."),
            ("operations.ephemeris_sharing.format", .string, "Ephemeris format, e.g. CCSDS-OEM."),
            ("operations.ephemeris_sharing.covariance", .bool, "Covariance shared with ephemerides."),
            ("operations.ephemeris_sharing.update_interval_hours", .number, "Ephemeris update interval."),
            ("operations.space_weather.shares_anomaly_data", .bool, "Shares anomaly data (LTS B.6, B.7)."),
            ("operations.space_weather.disposal_margin_analysis", .bool, "Space weather in disposal margins (LTS B.7 ¶5(b))."),
            ("operations.lasers.used", .bool, "Lasers passing through outer space are used (LTS B.10)."),
            ("operations.lasers.illumination_analysis", .bool, "Illumination risk analysed (LTS B.10)."),
            ("end_of_life.strategy", .string, "controlled_reentry | uncontrolled_reentry | natural_decay | graveyard | escape | retrieval | surface_impact."),
            ("end_of_life.disposal_orbit.perigee_km", .number, "Disposal orbit perigee."),
            ("end_of_life.disposal_orbit.apogee_km", .number, "Disposal orbit apogee."),
            ("end_of_life.success_probability", .number, "Probability of successful disposal."),
            ("end_of_life.declared.casualty_risk", .number, "Operator's own casualty risk analysis."),
            ("end_of_life.declared.orbital_lifetime_years", .number, "Operator's own residual lifetime analysis."),
            ("cooperation.capacity_building", .bool, "Supports capacity building (LTS C.3)."),
            ("cooperation.publishes_sustainability_data", .bool, "Publishes sustainability information (LTS C.2, C.4)."),
            ("cooperation.partners", .list(.string), "International partners (LTS C.1)."),
        ]
        return entries.map {
            FactDescriptor(path: $0.0, type: $0.1, doc: $0.2, origin: .declared, allowedValues: vocabulary[$0.0])
        }
    }()

    /// The closed vocabularies of declared string facts, taken from the descriptor's own enums
    /// (MissionModel/Vocabulary.swift) so lint and loader can never disagree on what a value may be.
    public static let vocabulary: [String: [String]] = {
        func values<V: CaseIterable & RawRepresentable>(_: V.Type) -> [String] where V.RawValue == String {
            V.allCases.map(\.rawValue)
        }
        let passivation = values(PassivationPlan.self)
        return [
            "phase": values(MissionPhase.self),
            "authorization.licence": values(LicenceStatus.self),
            "authorization.un_registration": values(RegistrationStatus.self),
            "authorization.national_registration": values(RegistrationStatus.self),
            "authorization.itu_filing": values(ITUFilingStatus.self),
            "launch.upper_stage_disposal": values(UpperStageDisposal.self),
            "orbit.central_body": values(CentralBody.self),
            "spacecraft.kind": values(SpacecraftKind.self),
            "spacecraft.propulsion.type": values(PropulsionType.self),
            "spacecraft.passivation.batteries": passivation,
            "spacecraft.passivation.propellant": passivation,
            "spacecraft.passivation.pressure_vessels": passivation,
            "spacecraft.passivation.momentum_devices": passivation,
            "spacecraft.removal_interface": values(RemovalInterface.self),
            "operations.conjunction_assessment.phases": values(ConjunctionAssessmentPhase.self),
            "operations.ephemeris_sharing.audiences": values(EphemerisAudience.self),
            "end_of_life.strategy": values(DisposalStrategy.self),
        ]
    }()

    /// Physics facts (docs/physics.md, "Derived facts"), declared and computed lazily by the providers in `Derived/`.
    public static let derived: [FactDescriptor] = DerivedFacts.all.map(\.descriptor)

    /// The derived facts that are statistics over Monte Carlo draws (`derived.*_p90`, …): reading one runs the
    /// draws (docs/physics.md, "Uncertainty"), so benchmarks of the point facts leave them out.
    public static let statisticsOverDraws: Set<String> = DerivedFacts.ensemblePaths
}
