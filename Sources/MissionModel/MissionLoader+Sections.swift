import Diagnostics

/// Readers for the descriptor's declarative sections (who, authorisation, launch, operations, end of life).
extension MissionLoader {
    static func readOperator(_ section: SectionReader) -> MissionOperator {
        var reader = section
        let name = reader.string("name")
        var country = reader.string("country")
        if let code = country, !CountryCode.isAssigned(code), let location = reader.location(of: "country") {
            var notes: [String] = []
            if CountryCode.isAssigned(code.uppercased()) {
                notes.append("did you mean '\(code.uppercased())'? (codes are upper case)")
            } else if let hint = Suggestion.note(for: code, in: CountryCode.assigned) {
                notes.append(hint)
            }
            reader.error("'\(reader.childPath("country"))' must be an ISO 3166-1 alpha-2 country code, found '\(code)'",
                         at: location, notes: notes)
            country = nil
        }
        let contact = reader.section("contact").map { section -> Contact in
            var reader = section
            let email = reader.string("email")
            if let email, !looksLikeEmail(email), let location = reader.location(of: "email") {
                reader.error("'\(reader.childPath("email"))' must be an e-mail address, found '\(email)'", at: location)
            }
            let aroundTheClock = reader.bool("around_the_clock")
            reader.finish()
            return Contact(email: email, aroundTheClock: aroundTheClock)
        }
        reader.finish()
        return MissionOperator(name: name, country: country, contact: contact)
    }

    /// A deliberately loose check (one `@`, a dot in the domain, no spaces): real validation is delivery.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    static func readAuthorization(_ section: SectionReader) -> Authorization {
        var reader = section
        let authorization = Authorization(
            licence: reader.oneOf("licence", LicenceStatus.self),
            unRegistration: reader.oneOf("un_registration", RegistrationStatus.self),
            nationalRegistration: reader.oneOf("national_registration", RegistrationStatus.self),
            ituFiling: reader.oneOf("itu_filing", ITUFilingStatus.self),
            standards: reader.strings("standards"),
            reportsStatusChanges: reader.bool("reports_status_changes"))
        reader.finish()
        return authorization
    }

    static func readLaunch(_ section: SectionReader) -> Launch {
        var reader = section
        let launch = Launch(
            date: reader.date("date"),
            vehicle: reader.string("vehicle"),
            prelaunchConjunctionAssessment: reader.bool("prelaunch_conjunction_assessment"),
            upperStageDisposal: reader.oneOf("upper_stage_disposal", UpperStageDisposal.self))
        reader.finish()
        return launch
    }

    static func readOperations(_ section: SectionReader) -> Operations {
        var reader = section
        let duration = reader.number("duration_years")
        let conjunctionAssessment = reader.section("conjunction_assessment").map { section -> ConjunctionAssessment in
            var reader = section
            let value = ConjunctionAssessment(
                providers: reader.strings("providers"),
                phases: reader.values("phases", ConjunctionAssessmentPhase.self),
                screensPlannedManoeuvres: reader.bool("screens_planned_manoeuvres"),
                actionThresholdPc: reader.number("action_threshold_pc"))
            reader.finish()
            return value
        }
        let ephemerisSharing = reader.section("ephemeris_sharing").map { section -> EphemerisSharing in
            var reader = section
            let value = EphemerisSharing(
                audiences: reader.values("audiences", EphemerisAudience.self),
                format: reader.string("format"),
                covariance: reader.bool("covariance"),
                updateIntervalHours: reader.number("update_interval_hours"))
            reader.finish()
            return value
        }
        let spaceWeather = reader.section("space_weather").map { section -> SpaceWeatherPractice in
            var reader = section
            let value = SpaceWeatherPractice(sharesAnomalyData: reader.bool("shares_anomaly_data"),
                                             disposalMarginAnalysis: reader.bool("disposal_margin_analysis"))
            reader.finish()
            return value
        }
        let lasers = reader.section("lasers").map { section -> LaserUse in
            var reader = section
            let value = LaserUse(used: reader.bool("used"), illuminationAnalysis: reader.bool("illumination_analysis"))
            reader.finish()
            return value
        }
        reader.finish()
        return Operations(durationYears: duration, conjunctionAssessment: conjunctionAssessment,
                          ephemerisSharing: ephemerisSharing, spaceWeather: spaceWeather, lasers: lasers)
    }

    static func readEndOfLife(_ section: SectionReader) -> EndOfLife {
        var reader = section
        let strategy = reader.oneOf("strategy", DisposalStrategy.self)
        let disposalOrbit = reader.section("disposal_orbit").flatMap { section -> DisposalOrbit? in
            var reader = section
            let perigee = reader.number("perigee_km")
            let apogee = reader.number("apogee_km")
            reader.finish()
            guard let perigee, let apogee else { return nil }
            guard perigee <= apogee else {
                reader.error("'\(reader.childPath("perigee_km"))' must be at most apogee_km (\(NumberFormatting.shortest(apogee))), found \(NumberFormatting.shortest(perigee))",
                             at: reader.location(of: "perigee_km") ?? reader.node.location)
                return nil
            }
            return DisposalOrbit(perigeeKm: perigee, apogeeKm: apogee)
        }
        let successProbability = reader.number("success_probability")
        let declared = reader.section("declared").map { section -> DeclaredAnalyses in
            var reader = section
            let value = DeclaredAnalyses(casualtyRisk: reader.number("casualty_risk"),
                                         orbitalLifetimeYears: reader.number("orbital_lifetime_years"))
            reader.finish()
            return value
        }
        reader.finish()
        return EndOfLife(strategy: strategy, disposalOrbit: disposalOrbit, successProbability: successProbability,
                         declared: declared)
    }

    /// The `uncertainty:` section: a distribution per input written, validated for that input.
    static func readUncertainty(_ section: SectionReader) -> MissionUncertainty {
        var reader = section
        var distributions: [UncertainInput: UncertaintyDistribution] = [:]
        for input in UncertainInput.allCases {
            if let distribution = reader.distribution(input.rawValue) { distributions[input] = distribution }
        }
        reader.finish()
        return MissionUncertainty(distributions: distributions)
    }

    static func readCooperation(_ section: SectionReader) -> Cooperation {
        var reader = section
        let cooperation = Cooperation(capacityBuilding: reader.bool("capacity_building"),
                                      publishesSustainabilityData: reader.bool("publishes_sustainability_data"),
                                      partners: reader.strings("partners"))
        reader.finish()
        return cooperation
    }

}
