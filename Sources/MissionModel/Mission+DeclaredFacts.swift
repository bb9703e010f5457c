import Diagnostics

extension Mission {
    /// Every fact the descriptor declares, flattened to dotted paths and sorted by path.
    ///
    /// The orbit is always exposed in every normalised form (`perigee_km`, `apogee_km`, `semi_major_axis_km`,
    /// `eccentricity`, `inclination_deg`, `epoch`): what the descriptor wrote is `declared`, the rest is
    /// `computedFromDescriptor`, so rules can use one path whichever form the operator chose.
    public var declaredFacts: [DeclaredFact] {
        declaredFactsInFormatOrder.sorted { $0.path < $1.path }
    }

    /// ``declaredFacts`` in the order the format lists its sections, unsorted: for callers that index them by
    /// path anyway (the rule engine's fact table, built for every mission of a batch).
    public var declaredFactsInFormatOrder: [DeclaredFact] {
        var builder = FactBuilder(mission: self)
        builder.add("id", .string(id))
        builder.add("name", .string(name))
        builder.add("phase", phase.map { .string($0.rawValue) })
        if let op = missionOperator {
            builder.add("operator.name", op.name.map { .string($0) })
            builder.add("operator.country", op.country.map { .string($0) })
            builder.add("operator.contact.email", op.contact?.email.map { .string($0) })
            builder.add("operator.contact.around_the_clock", op.contact?.aroundTheClock.map { .bool($0) })
        }
        if let a = authorization {
            builder.add("authorization.licence", a.licence.map { .string($0.rawValue) })
            builder.add("authorization.un_registration", a.unRegistration.map { .string($0.rawValue) })
            builder.add("authorization.national_registration", a.nationalRegistration.map { .string($0.rawValue) })
            builder.add("authorization.itu_filing", a.ituFiling.map { .string($0.rawValue) })
            builder.add("authorization.standards", a.standards.map { .strings($0) })
            builder.add("authorization.reports_status_changes", a.reportsStatusChanges.map { .bool($0) })
        }
        if let l = launch {
            builder.add("launch.date", l.date.map { .string($0.text) })
            builder.add("launch.vehicle", l.vehicle.map { .string($0) })
            builder.add("launch.prelaunch_conjunction_assessment", l.prelaunchConjunctionAssessment.map { .bool($0) })
            builder.add("launch.upper_stage_disposal", l.upperStageDisposal.map { .string($0.rawValue) })
        }
        addOrbitFacts(&builder)
        addSpacecraftFacts(&builder)
        if let o = operations {
            builder.add("operations.duration_years", o.durationYears.map { .number($0) })
            if let ca = o.conjunctionAssessment {
                let p = "operations.conjunction_assessment"
                builder.add("\(p).providers", ca.providers.map { .strings($0) })
                builder.add("\(p).phases", ca.phases.map { .strings($0.map(\.rawValue)) })
                builder.add("\(p).screens_planned_manoeuvres", ca.screensPlannedManoeuvres.map { .bool($0) })
                builder.add("\(p).action_threshold_pc", ca.actionThresholdPc.map { .number($0) })
            }
            if let es = o.ephemerisSharing {
                let p = "operations.ephemeris_sharing"
                builder.add("\(p).audiences", es.audiences.map { .strings($0.map(\.rawValue)) })
                builder.add("\(p).format", es.format.map { .string($0) })
                builder.add("\(p).covariance", es.covariance.map { .bool($0) })
                builder.add("\(p).update_interval_hours", es.updateIntervalHours.map { .number($0) })
            }
            builder.add("operations.space_weather.shares_anomaly_data", o.spaceWeather?.sharesAnomalyData.map { .bool($0) })
            builder.add("operations.space_weather.disposal_margin_analysis", o.spaceWeather?.disposalMarginAnalysis.map { .bool($0) })
            builder.add("operations.lasers.used", o.lasers?.used.map { .bool($0) })
            builder.add("operations.lasers.illumination_analysis", o.lasers?.illuminationAnalysis.map { .bool($0) })
        }
        if let e = endOfLife {
            builder.add("end_of_life.strategy", e.strategy.map { .string($0.rawValue) })
            builder.add("end_of_life.disposal_orbit.perigee_km", e.disposalOrbit.map { .number($0.perigeeKm) })
            builder.add("end_of_life.disposal_orbit.apogee_km", e.disposalOrbit.map { .number($0.apogeeKm) })
            builder.add("end_of_life.success_probability", e.successProbability.map { .number($0) })
            builder.add("end_of_life.declared.casualty_risk", e.declared?.casualtyRisk.map { .number($0) })
            builder.add("end_of_life.declared.orbital_lifetime_years", e.declared?.orbitalLifetimeYears.map { .number($0) })
        }
        if let c = cooperation {
            builder.add("cooperation.capacity_building", c.capacityBuilding.map { .bool($0) })
            builder.add("cooperation.publishes_sustainability_data", c.publishesSustainabilityData.map { .bool($0) })
            builder.add("cooperation.partners", c.partners.map { .strings($0) })
        }
        return builder.facts
    }

    private func addOrbitFacts(_ builder: inout FactBuilder) {
        builder.addDeclaredOrDefault("orbit.central_body", .string(orbit.centralBody.rawValue), defaultAnchor: "orbit")
        let formInputs: [String]
        switch orbit.definition {
        case .apsides: formInputs = ["orbit.perigee_km", "orbit.apogee_km"]
        case .elements: formInputs = ["orbit.semi_major_axis_km", "orbit.eccentricity"]
        case .twoLineElements(let tle):
            formInputs = ["orbit.tle"]
            builder.add("orbit.tle.catalog_number", .number(Double(tle.catalogNumber)), origin: .computedFromDescriptor(inputs: formInputs))
            if !tle.internationalDesignator.isEmpty {
                builder.add("orbit.tle.international_designator", .string(tle.internationalDesignator),
                            origin: .computedFromDescriptor(inputs: formInputs))
            }
        case .orbitMeanElementsMessage(let elements, _):
            formInputs = ["orbit.omm"]
            if elements.catalogNumber > 0 {
                builder.add("orbit.omm.norad_cat_id", .number(Double(elements.catalogNumber)), origin: .computedFromDescriptor(inputs: formInputs))
            }
            if !elements.internationalDesignator.isEmpty {
                builder.add("orbit.omm.international_designator", .string(elements.internationalDesignator),
                            origin: .computedFromDescriptor(inputs: formInputs))
            }
        }
        let normalised: [(String, Double)] = [
            ("orbit.perigee_km", orbit.perigeeKm), ("orbit.apogee_km", orbit.apogeeKm),
            ("orbit.semi_major_axis_km", orbit.semiMajorAxisKm), ("orbit.eccentricity", orbit.eccentricity),
        ]
        for (path, value) in normalised {
            builder.add(path, .number(value), origin: formInputs.contains(path) ? .declared : .computedFromDescriptor(inputs: formInputs))
        }
        if let inclination = orbit.inclinationDeg {
            builder.add("orbit.inclination_deg", .number(inclination),
                        origin: locations["orbit.inclination_deg"] != nil ? .declared : .computedFromDescriptor(inputs: formInputs))
        }
        if let epoch = orbit.epoch {
            let inputs = locations["orbit.tle"] != nil ? ["orbit.tle"] : locations["orbit.omm"] != nil ? ["orbit.omm"] : ["launch.date"]
            builder.add("orbit.epoch", .string(epoch.text),
                        origin: locations["orbit.epoch"] != nil ? .declared : .computedFromDescriptor(inputs: inputs))
        }
    }

    private func addSpacecraftFacts(_ builder: inout FactBuilder) {
        let s = spacecraft
        builder.addDeclaredOrDefault("spacecraft.kind", .string(s.kind.rawValue), defaultAnchor: "spacecraft")
        builder.addDeclaredOrDefault("spacecraft.count", .number(Double(s.count)), defaultAnchor: "spacecraft")
        builder.add("spacecraft.mass_kg", s.massKg.map { .number($0) })
        builder.add("spacecraft.launch_mass_kg", s.launchMassKg.map { .number($0) })
        builder.add("spacecraft.dimensions_m", s.dimensionsM.map { .numbers($0) })
        if let deployables = s.deployables {
            builder.add("spacecraft.deployables", .strings(deployables.map(\.name)))
            for (i, d) in deployables.enumerated() {
                builder.add("spacecraft.deployables[\(i)].name", .string(d.name))
                builder.add("spacecraft.deployables[\(i)].area_m2", .number(d.areaM2))
            }
        }
        builder.add("spacecraft.drag_area_m2", s.dragAreaM2.map { .number($0) })
        builder.add("spacecraft.drag_coefficient", s.dragCoefficient.map { .number($0) })
        builder.add("spacecraft.reflectivity_coefficient", s.reflectivityCoefficient.map { .number($0) })
        if let p = s.propulsion {
            builder.add("spacecraft.propulsion.type", .string(p.type.rawValue))
            builder.add("spacecraft.propulsion.isp_s", p.ispS.map { .number($0) })
            builder.add("spacecraft.propulsion.propellant_kg", p.propellantKg.map { .number($0) })
            builder.add("spacecraft.propulsion.reserved_for_disposal_kg", p.reservedForDisposalKg.map { .number($0) })
            builder.add("spacecraft.propulsion.drag_device_area_m2", p.dragDeviceAreaM2.map { .number($0) })
        }
        if let t = s.tracking {
            builder.add("spacecraft.tracking.retroreflectors", t.retroreflectors.map { .bool($0) })
            builder.add("spacecraft.tracking.gnss_receiver", t.gnssReceiver.map { .bool($0) })
            builder.add("spacecraft.tracking.transponder", t.transponder.map { .bool($0) })
        }
        if let components = s.components {
            builder.add("spacecraft.components", .strings(components.map(\.name)))
            for (i, c) in components.enumerated() {
                let p = "spacecraft.components[\(i)]"
                builder.add("\(p).name", .string(c.name))
                builder.add("\(p).material", .string(c.material.rawValue))
                builder.add("\(p).mass_kg", .number(c.massKg))
                builder.add("\(p).shape", .string(c.shape.rawValue))
                builder.add("\(p).dimensions_m", .numbers(c.dimensionsM))
                builder.addDeclaredOrDefault("\(p).count", .number(Double(c.count)), defaultAnchor: p)
                builder.add("\(p).survives", c.survives.map { .bool($0) })
            }
        }
        builder.add("spacecraft.design_for_demise", s.designForDemise.map { .bool($0) })
        if let p = s.passivation {
            for (key, plan) in [("batteries", p.batteries), ("propellant", p.propellant),
                                ("pressure_vessels", p.pressureVessels), ("momentum_devices", p.momentumDevices)] {
                builder.add("spacecraft.passivation.\(key)", plan.map(Self.factValue))
            }
        }
        builder.add("spacecraft.removal_interface", s.removalInterface.map { .string($0.rawValue) })
        builder.add("spacecraft.safe_mode", s.safeMode.map { .bool($0) })
    }

    /// Passivation items are booleans when planned or not, and the string `not_applicable` otherwise,
    /// exactly as written in the descriptor.
    static func factValue(_ plan: PassivationPlan) -> FactValue {
        switch plan {
        case .planned: return .bool(true)
        case .notPlanned: return .bool(false)
        case .notApplicable: return .string(PassivationPlan.notApplicable.rawValue)
        }
    }
}

/// Collects facts, attaching units and source locations.
private struct FactBuilder {
    let mission: Mission
    var facts: [DeclaredFact] = []

    /// Adds a fact when `value` is known; absent values are simply not facts (unknown to the rules).
    mutating func add(_ path: String, _ value: FactValue?, origin: FactOrigin = .declared) {
        guard let value else { return }
        let location: SourceLocation
        switch origin {
        case .declared, .defaulted:
            location = mission.location(of: path)
        case .computedFromDescriptor(let inputs):
            location = inputs.compactMap { mission.locations[$0] }.first ?? mission.location(of: path)
        }
        facts.append(DeclaredFact(path: path, value: value, unit: UnitSuffix.unit(forPath: path), location: location, origin: origin))
    }

    /// Adds a fact that has a documented default, marking whether it was written or defaulted.
    mutating func addDeclaredOrDefault(_ path: String, _ value: FactValue, defaultAnchor: String) {
        if mission.locations[path] != nil {
            add(path, value)
        } else {
            let anchor = mission.locations[defaultAnchor] ?? mission.location(of: path)
            facts.append(DeclaredFact(path: path, value: value, unit: UnitSuffix.unit(forPath: path), location: anchor, origin: .defaulted))
        }
    }
}
