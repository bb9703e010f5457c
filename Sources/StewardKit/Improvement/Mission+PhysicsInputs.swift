import MissionModel

extension Mission {
    /// The mission reduced to what the derived-fact providers (`Derived/`) read: two missions with equal
    /// physics inputs have equal `derived.*` facts, so a re-rating can share the memoised models.
    ///
    /// Cleared: identity and locations, operator, authorization, cooperation, launch vehicle and launch
    /// practice (the launch date stays: it is the epoch), passivation, removal interface, safe mode, design for
    /// demise, space weather and laser practice, declared analyses, and the conjunction-assessment and
    /// ephemeris-sharing details other than the providers, phases and audiences the collision and
    /// trackability providers read. `MissionFactSourceSharingTests` checks the list against full re-ratings.
    var physicsInputs: Mission {
        var m = self
        m.id = ""
        m.name = ""
        m.file = ""
        m.locations = [:]
        m.phase = nil
        m.missionOperator = nil
        m.authorization = nil
        m.cooperation = nil
        m.launch = launch.map { Launch(date: $0.date) }
        m.spacecraft.passivation = nil
        m.spacecraft.removalInterface = nil
        m.spacecraft.safeMode = nil
        m.spacecraft.designForDemise = nil
        if var operations = m.operations {
            operations.spaceWeather = nil
            operations.lasers = nil
            operations.conjunctionAssessment = operations.conjunctionAssessment.map {
                ConjunctionAssessment(providers: $0.providers, phases: $0.phases)
            }
            operations.ephemerisSharing = operations.ephemerisSharing.map { EphemerisSharing(audiences: $0.audiences) }
            m.operations = operations
        }
        m.endOfLife?.declared = nil
        return m
    }
}
