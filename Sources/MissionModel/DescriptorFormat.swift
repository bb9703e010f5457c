/// The `steward/mission@1` format as data: every key, its type, unit, range or vocabulary, whether it is
/// required, and the guideline it serves (UN COPUOS LTS guidelines, A/74/20 annex II; see
/// docs/mission-format.md). `MissionLoader` reads keys, required keys, vocabularies and ranges from here, and
/// `steward schema mission` turns the same table into a JSON Schema. Add a field here, then store it in the
/// loader; `DescriptorTableTests` fails until both agree.
public enum DescriptorFormat {
    /// Altitudes above this (about 67 AU) are not orbits Steward can say anything about, km.
    public static let maximumAltitudeKm = 1.0e10
    /// Heaviest object accepted, kg: above the ISS (about 420 t), so any real spacecraft fits.
    public static let maximumMassKg = 1_000_000.0
    /// Largest dimension accepted, m.
    public static let maximumLengthM = 1_000.0
    /// Largest area accepted, m².
    public static let maximumAreaM2 = 1_000_000.0

    /// The pattern of mission ids (`MissionLoader.isValidIdentifier` checks the same rule).
    public static let identifierPattern = "^[a-z0-9][a-z0-9._-]{0,63}$"
    /// The loose e-mail shape the loader accepts (`MissionLoader.looksLikeEmail`).
    public static let emailPattern = "^[^@ ]+@[^@ ]+\\.[^@ ]+$"

    static func vocabulary<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> [String] where E.RawValue == String {
        type.allCases.map(\.rawValue)
    }

    /// The whole descriptor.
    public static let mission = DescriptorSection([
        DescriptorField("format", .constant(Mission.format), required: true, doc: "Format and version of the descriptor."),
        DescriptorField("id", .text(pattern: identifierPattern), required: true,
                        doc: "Short identifier used in reports and certificates: 1 to 64 of a-z, 0-9, '-', '_', '.', starting with a letter or digit, e.g. aurora-3u."),
        DescriptorField("name", .text(), required: true, doc: "Human-readable mission name."),
        DescriptorField("phase", .oneOf(vocabulary(MissionPhase.self)),
                        doc: "Where the mission stands; rules may treat plans and flown facts differently."),
        DescriptorField("operator", .section(missionOperator), guidelines: ["LTS A.1", "A.3"],
                        doc: "The entity responsible for the mission."),
        DescriptorField("authorization", .section(authorization), guidelines: ["LTS A.1", "A.3", "A.4", "A.5"],
                        doc: "Licensing, registration and frequency coordination."),
        DescriptorField("launch", .section(launch), guidelines: ["LTS B.5", "B.8"], doc: "The launch."),
        DescriptorField("orbit", .section(orbit), required: true, guidelines: ["LTS B.4", "B.8"],
                        doc: "The operational orbit, in exactly one form: perigee_km + apogee_km, semi_major_axis_km + eccentricity, tle, or omm."),
        DescriptorField("spacecraft", .section(spacecraft), required: true, doc: "The object being rated."),
        DescriptorField("operations", .section(operations), doc: "How the mission is flown."),
        DescriptorField("end_of_life", .section(endOfLife), guidelines: ["LTS B.8", "B.9"], doc: "End-of-life disposal."),
        DescriptorField("cooperation", .section(cooperation), guidelines: ["LTS C.1", "C.2", "C.3", "C.4"],
                        doc: "International cooperation and data sharing."),
        DescriptorField("uncertainty", .section(uncertainty),
                        doc: "How the inputs of a Monte Carlo rating (steward rate --samples N) vary between draws, one distribution per input: uniform(low, high), triangular(low, mode, high), normal(mean, sd), bernoulli(p), fixed(x), x ± d, x ± p%, ± d or ± p% (around the nominal value), or a number. An input left out takes the ruleset's uncertainty_<input> assumption or Steward's default."),
    ])

    /// The `uncertainty:` section: one key per `UncertainInput`, in its declaration order.
    static let uncertainty = DescriptorSection(UncertainInput.allCases.map { input in
        DescriptorField(input.rawValue, .distribution(input), unit: input.unit, doc: uncertaintyDoc(input))
    })

    /// What each uncertain input is and its nominal value, for the schema and `steward init`'s comments.
    static func uncertaintyDoc(_ input: UncertainInput) -> String {
        switch input {
        case .dragCoefficient:
            return "Distribution of the drag coefficient C_D; nominal: spacecraft.drag_coefficient or the ruleset's drag_coefficient assumption."
        case .dragAreaM2:
            return "Distribution of the mean drag cross-section (the attitude's uncertainty); nominal: spacecraft.drag_area_m2 or the area derived from the dimensions."
        case .massKg:
            return "Distribution of the mass at end of mission; nominal: spacecraft.mass_kg."
        case .solarActivity:
            return "Distribution of the factor k on the solar flux above the quiet Sun, F = 67 + (F - 67) k, of the chosen scenario; nominal 1."
        case .disposalSuccess:
            return "Whether disposal succeeds: bernoulli(p), or fixed(0) / fixed(1) (0 or 1); nominal: bernoulli(end_of_life.success_probability)."
        case .materialProperties:
            return "Distribution of the factor on each component's melting temperature and heat of fusion, drawn per component; nominal 1."
        }
    }

    static let missionOperator = DescriptorSection([
        DescriptorField("name", .text(), guidelines: ["LTS A.3"], doc: "The entity responsible for the mission."),
        DescriptorField("country", .oneOf(CountryCode.assigned.sorted()), guidelines: ["LTS A.1", "A.3"],
                        doc: "ISO 3166-1 alpha-2 code (officially assigned, upper case) of the state responsible for the operator (Outer Space Treaty Art. VI)."),
        DescriptorField("contact", .section(contact), guidelines: ["LTS B.1"],
                        doc: "How other operators reach the operations team."),
    ])

    static let contact = DescriptorSection([
        DescriptorField("email", .text(pattern: emailPattern), guidelines: ["LTS B.1 ¶1", "A.3 ¶4(e)"],
                        doc: "Operations contact e-mail for coordination."),
        DescriptorField("around_the_clock", .boolean, guidelines: ["LTS B.1", "B.4 ¶3"],
                        doc: "Contact reachable 24/7 for conjunctions and re-entries."),
    ])

    static let authorization = DescriptorSection([
        DescriptorField("licence", .oneOf(vocabulary(LicenceStatus.self)), guidelines: ["LTS A.1", "A.3"],
                        doc: "National authorisation of the mission."),
        DescriptorField("un_registration", .oneOf(vocabulary(RegistrationStatus.self)), guidelines: ["LTS A.5"],
                        doc: "Entry in the UN Register of Objects Launched into Outer Space."),
        DescriptorField("national_registration", .oneOf(vocabulary(RegistrationStatus.self)), guidelines: ["LTS A.5"],
                        doc: "Entry in the national registry."),
        DescriptorField("itu_filing", .oneOf(vocabulary(ITUFilingStatus.self)), guidelines: ["LTS A.4"],
                        doc: "ITU frequency filing status."),
        DescriptorField("standards", .texts, guidelines: ["LTS A.2 ¶2(f)"],
                        doc: "Standards the mission declares conformance with, e.g. ISO-24113:2023."),
        DescriptorField("reports_status_changes", .boolean, guidelines: ["LTS A.5 ¶7"],
                        doc: "The operator tells the registry when the object stops working or moves."),
    ])

    static let launch = DescriptorSection([
        DescriptorField("date", .date, doc: "Launch date: ISO 8601 YYYY-MM-DD, or a date-time with Z or ±hh:mm."),
        DescriptorField("vehicle", .text(), doc: "Launch vehicle."),
        DescriptorField("prelaunch_conjunction_assessment", .boolean, guidelines: ["LTS B.5"],
                        doc: "Launch window screened against catalogued objects (launch COLA)."),
        DescriptorField("upper_stage_disposal", .oneOf(vocabulary(UpperStageDisposal.self)), guidelines: ["LTS B.8 ¶2"],
                        doc: "Fate of the stage that delivers the mission."),
    ])

    static let orbit = DescriptorSection([
        DescriptorField("central_body", .oneOf(vocabulary(CentralBody.self)),
                        doc: "Body orbited; altitudes are above its equatorial radius. Default: earth."),
        DescriptorField("epoch", .date, doc: "Epoch of the orbit (ISO 8601). Default: launch.date; not allowed with tle."),
        DescriptorField("perigee_km", .number(.closed(0, maximumAltitudeKm)), unit: "km", guidelines: ["LTS B.8", "B.4"],
                        doc: "Perigee altitude above the equatorial radius; at most apogee_km."),
        DescriptorField("apogee_km", .number(.closed(0, maximumAltitudeKm)), unit: "km", guidelines: ["LTS B.8", "B.4"],
                        doc: "Apogee altitude above the equatorial radius."),
        DescriptorField("semi_major_axis_km", .number(.above(0, atMost: maximumAltitudeKm)), unit: "km", guidelines: ["LTS B.8"],
                        doc: "Semi-major axis, from the centre of the body; the perigee must be above the surface."),
        DescriptorField("eccentricity", .number(.closed(0, 0.999_999)), guidelines: ["LTS B.8"],
                        doc: "Eccentricity of a closed orbit."),
        DescriptorField("inclination_deg", .number(.closed(0, 180)), unit: "deg", guidelines: ["LTS B.4", "B.9"],
                        doc: "Inclination; not allowed with tle, which states it."),
        DescriptorField("tle", .twoLineElements, guidelines: ["LTS B.2"],
                        doc: "A NORAD two-line element set, optionally after a title line, as a block scalar or a list of lines. Earth orbits only."),
        DescriptorField("omm", .orbitMeanElements,
                        guidelines: ["LTS B.2"],
                        doc: "A CCSDS Orbit Mean-Elements Message: inline KVN text, or the path of a KVN/XML/JSON file next to the descriptor (no '..', no absolute path). Earth orbits only; its MASS, DRAG_AREA and DRAG_COEFF fill spacecraft fields left out."),
    ], alternatives: [
        ("perigee_km/apogee_km", ["perigee_km", "apogee_km"]),
        ("semi_major_axis_km/eccentricity", ["semi_major_axis_km", "eccentricity"]),
        ("tle", ["tle"]),
        ("omm", ["omm"]),
    ])

    static let spacecraft = DescriptorSection([
        DescriptorField("kind", .oneOf(vocabulary(SpacecraftKind.self)), guidelines: ["LTS B.8"],
                        doc: "satellite (default) or upper_stage (a launch vehicle stage rated on its own)."),
        DescriptorField("count", .integer(1...1_000_000), guidelines: ["LTS B.8", "B.9"],
                        doc: "Number of identical spacecraft; more than 1 is a constellation. Default: 1."),
        DescriptorField("mass_kg", .number(.above(0, atMost: maximumMassKg)), unit: "kg", guidelines: ["LTS B.8", "B.9"],
                        doc: "Mass at end of mission, including propellant still on board. Optional (a catalogue object may have none): without it every mass-based fact is unknown."),
        DescriptorField("launch_mass_kg", .number(.above(0, atMost: maximumMassKg)), unit: "kg",
                        doc: "Mass at launch including all propellant; at least mass_kg (environment index)."),
        DescriptorField("dimensions_m", .lengths(count: 1...3, maximum: maximumLengthM), unit: "m", guidelines: ["LTS B.8 ¶1"],
                        doc: "Bus envelope: [diameter] (sphere), [diameter, length] (cylinder) or [x, y, z] (box)."),
        DescriptorField("deployables", .sections(deployable), doc: "Appendages that add area (drag, collision cross-section)."),
        DescriptorField("drag_area_m2", .number(.above(0, atMost: maximumAreaM2)), unit: "m²",
                        doc: "Mean cross-section for drag; derived from dimensions and deployables when absent."),
        // Free-molecular drag coefficients of real bodies lie between about 2 and 4; 0.5–5 leaves room for
        // unusual shapes while catching unit slips (e.g. 22 for 2.2).
        DescriptorField("drag_coefficient", .number(.closed(0.5, 5)),
                        doc: "Drag coefficient C_D (2.2 is customary for compact satellites)."),
        // C_R = 1 + reflectivity, so 1 (black body) to 2 (perfect mirror).
        DescriptorField("reflectivity_coefficient", .number(.closed(1, 2)),
                        doc: "Solar radiation pressure coefficient C_R, 1 (absorbing) to 2 (mirror); GEO graveyard altitude (IADC 5.3.1)."),
        DescriptorField("propulsion", .section(propulsion), guidelines: ["LTS B.8", "B.4"],
                        doc: "Propulsion, as far as disposal is concerned."),
        DescriptorField("tracking", .section(tracking), guidelines: ["LTS B.2 ¶2", "B.8 ¶1"],
                        doc: "Tracking and identification aids."),
        DescriptorField("components", .sections(component), guidelines: ["LTS B.9"],
                        doc: "Parts that matter for re-entry survival; together (mass × count) at most mass_kg."),
        DescriptorField("design_for_demise", .boolean, guidelines: ["LTS B.9 ¶5", "D.2 ¶3"],
                        doc: "The design deliberately favours demise on re-entry."),
        DescriptorField("passivation", .section(passivation), guidelines: ["LTS B.8 ¶2", "D.2 ¶3"],
                        doc: "End-of-life passivation plan."),
        DescriptorField("removal_interface", .oneOf(vocabulary(RemovalInterface.self)), guidelines: ["LTS D.2"],
                        doc: "Hardware that lets a servicer capture the object."),
        DescriptorField("safe_mode", .boolean, guidelines: ["LTS B.7 ¶5(a)"],
                        doc: "Autonomous safe mode that recovers from anomalies."),
    ])

    static let deployable = DescriptorSection([
        DescriptorField("name", .text(), required: true, doc: "What it is."),
        DescriptorField("area_m2", .number(.above(0, atMost: maximumAreaM2)), unit: "m²", required: true, doc: "Area."),
    ])

    static let propulsion = DescriptorSection([
        DescriptorField("type", .oneOf(vocabulary(PropulsionType.self)), required: true,
                        doc: "Propulsion class; with none or drag_device, isp_s and the propellant keys are errors."),
        // Specific impulse: cold gas ≈ 50 s up to gridded ion engines ≈ 10,000 s.
        DescriptorField("isp_s", .number(.above(0, atMost: 20_000)), unit: "s", doc: "Specific impulse."),
        DescriptorField("propellant_kg", .number(.closed(0, maximumMassKg)), unit: "kg", doc: "Propellant loaded at launch."),
        DescriptorField("reserved_for_disposal_kg", .number(.closed(0, maximumMassKg)), unit: "kg", guidelines: ["LTS B.8"],
                        doc: "Propellant reserved for the disposal manoeuvre; at most propellant_kg."),
        DescriptorField("drag_device_area_m2", .number(.above(0, atMost: maximumAreaM2)), unit: "m²",
                        doc: "Area of a drag sail or balloon."),
    ])

    static let tracking = DescriptorSection([
        DescriptorField("retroreflectors", .boolean, doc: "Laser retroreflectors fitted."),
        DescriptorField("gnss_receiver", .boolean, doc: "On-board GNSS positioning."),
        DescriptorField("transponder", .boolean, doc: "Ranging transponder or beacon."),
    ])

    static let component = DescriptorSection([
        DescriptorField("name", .text(), required: true, doc: "What it is."),
        DescriptorField("material", .oneOf(vocabulary(ComponentMaterial.self)), required: true,
                        doc: "Material class for re-entry heating."),
        DescriptorField("mass_kg", .number(.above(0, atMost: maximumMassKg)), unit: "kg", required: true,
                        doc: "Mass of one such component."),
        DescriptorField("shape", .oneOf(vocabulary(ComponentShape.self)), required: true,
                        doc: "Idealised shape: sphere [diameter] | cylinder [diameter, length] | box [x, y, z] | plate [x, y, thickness]."),
        DescriptorField("dimensions_m", .lengths(count: 1...3, maximum: maximumLengthM), unit: "m", required: true,
                        doc: "Dimensions in the order the shape takes; their count must match the shape."),
        DescriptorField("count", .integer(1...100_000), doc: "How many identical components. Default: 1."),
        DescriptorField("survives", .boolean,
                        doc: "The operator's own survivability verdict (e.g. NASA DAS, ESA DRAMA); overrides the model."),
    ])

    static let passivation = DescriptorSection([
        DescriptorField("batteries", .passivation, doc: "Batteries discharged and disconnected."),
        DescriptorField("propellant", .passivation, doc: "Residual propellant vented or burnt."),
        DescriptorField("pressure_vessels", .passivation, doc: "Pressure vessels vented."),
        DescriptorField("momentum_devices", .passivation, doc: "Momentum wheels spun down."),
    ])

    static let operations = DescriptorSection([
        DescriptorField("duration_years", .number(.above(0, atMost: 1000)), unit: "years", guidelines: ["LTS B.8"],
                        doc: "Operational duration; post-mission lifetime counts from its end."),
        DescriptorField("conjunction_assessment", .section(conjunctionAssessment), guidelines: ["LTS B.4"],
                        doc: "Conjunction assessment."),
        DescriptorField("ephemeris_sharing", .section(ephemerisSharing), guidelines: ["LTS B.1", "B.2"],
                        doc: "Orbit data sharing."),
        DescriptorField("space_weather", .section(spaceWeather), guidelines: ["LTS B.6", "B.7"],
                        doc: "Space weather practice."),
        DescriptorField("lasers", .section(lasers), guidelines: ["LTS B.10"], doc: "Use of lasers."),
    ])

    static let conjunctionAssessment = DescriptorSection([
        DescriptorField("providers", .texts, guidelines: ["LTS B.4 ¶3"], doc: "Screening services used, e.g. space-track, EU SST."),
        DescriptorField("phases", .values(vocabulary(ConjunctionAssessmentPhase.self)), guidelines: ["LTS B.4 ¶1"],
                        doc: "Phases in which conjunctions are screened."),
        DescriptorField("screens_planned_manoeuvres", .boolean, guidelines: ["LTS B.4 ¶2(b)"],
                        doc: "Planned trajectories screened before execution."),
        DescriptorField("action_threshold_pc", .number(.closed(0, 1)), guidelines: ["LTS B.4 ¶2(c)"],
                        doc: "Collision probability at which the operator acts (1e-4 is NASA's customary threshold)."),
    ])

    static let ephemerisSharing = DescriptorSection([
        DescriptorField("audiences", .values(vocabulary(EphemerisAudience.self)), guidelines: ["LTS B.1 ¶3", "B.2"],
                        doc: "Who receives ephemerides."),
        DescriptorField("format", .text(), guidelines: ["LTS B.2 ¶3"], doc: "Data format, e.g. CCSDS-OEM."),
        DescriptorField("covariance", .boolean, guidelines: ["LTS B.2"], doc: "Covariance shared with the ephemerides."),
        DescriptorField("update_interval_hours", .number(.above(0, atMost: 8784)), unit: "hours", guidelines: ["LTS B.2"],
                        doc: "Time between updates."),
    ])

    static let spaceWeather = DescriptorSection([
        DescriptorField("shares_anomaly_data", .boolean, guidelines: ["LTS B.6", "B.7 ¶2"],
                        doc: "Anomalies shared with space weather services."),
        DescriptorField("disposal_margin_analysis", .boolean, guidelines: ["LTS B.7 ¶5(b)"],
                        doc: "Disposal planned with space weather margins."),
    ])

    static let lasers = DescriptorSection([
        DescriptorField("used", .boolean, guidelines: ["LTS B.10"],
                        doc: "The mission uses lasers through the atmosphere or in space."),
        DescriptorField("illumination_analysis", .boolean, guidelines: ["LTS B.10"],
                        doc: "Illumination of passing space objects analysed (probability, radiated power, damage risk) and precautions taken."),
    ])

    static let endOfLife = DescriptorSection([
        DescriptorField("strategy", .oneOf(vocabulary(DisposalStrategy.self)), guidelines: ["LTS A.4 ¶6", "B.8 ¶2", "B.9"],
                        doc: "Disposal strategy."),
        DescriptorField("disposal_orbit", .section(disposalOrbit), guidelines: ["LTS B.8 ¶2"],
                        doc: "Orbit after the disposal manoeuvre, above the same central body."),
        DescriptorField("success_probability", .number(.closed(0, 1)), guidelines: ["LTS B.8"],
                        doc: "Probability that disposal succeeds (IADC asks at least 0.9)."),
        DescriptorField("declared", .section(declaredAnalyses), doc: "The operator's own analyses, shown beside Steward's."),
    ])

    static let disposalOrbit = DescriptorSection([
        DescriptorField("perigee_km", .number(.closed(0, maximumAltitudeKm)), unit: "km", required: true,
                        doc: "Perigee altitude above the equatorial radius; at most apogee_km."),
        DescriptorField("apogee_km", .number(.closed(0, maximumAltitudeKm)), unit: "km", required: true,
                        doc: "Apogee altitude above the equatorial radius."),
    ])

    static let declaredAnalyses = DescriptorSection([
        DescriptorField("casualty_risk", .number(.closed(0, 1)), guidelines: ["LTS B.9"],
                        doc: "The operator's own re-entry casualty expectation."),
        DescriptorField("orbital_lifetime_years", .number(.closed(0, 1_000_000)), unit: "years", guidelines: ["LTS B.8"],
                        doc: "The operator's own post-mission orbital lifetime."),
    ])

    static let cooperation = DescriptorSection([
        DescriptorField("capacity_building", .boolean, guidelines: ["LTS C.3"], doc: "The mission supports capacity building."),
        DescriptorField("publishes_sustainability_data", .boolean, guidelines: ["LTS C.2", "C.4"],
                        doc: "Sustainability-relevant data is published."),
        DescriptorField("partners", .texts, guidelines: ["LTS C.1"], doc: "Cooperation partners."),
    ])
}
