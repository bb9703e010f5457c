import Diagnostics

/// Reading the spacecraft: mass and size, propulsion, tracking aids, components, passivation.
extension MissionLoader {
    static func readSpacecraft(_ section: SectionReader) -> Spacecraft? {
        var reader = section
        let kind = reader.oneOf("kind", SpacecraftKind.self) ?? .satellite
        let count = reader.integer("count") ?? 1
        let mass = reader.number("mass_kg")
        let launchMass = reader.number("launch_mass_kg")
        if let mass, let launchMass, launchMass < mass {
            reader.error("'spacecraft.launch_mass_kg' must be at least mass_kg (\(NumberFormatting.shortest(mass))), found \(NumberFormatting.shortest(launchMass))",
                         at: reader.location(of: "launch_mass_kg") ?? reader.node.location,
                         notes: ["mass_kg is the mass at end of mission, which cannot exceed the mass at launch"])
        }
        let dimensions = reader.lengths("dimensions_m")
        let deployables = reader.sections("deployables").map { readers in
            readers.compactMap { section -> Deployable? in
                var reader = section
                let name = reader.string("name")
                let area = reader.number("area_m2")
                reader.finish()
                guard let name, let area else { return nil }
                return Deployable(name: name, areaM2: area)
            }
        }
        let dragArea = reader.number("drag_area_m2")
        let dragCoefficient = reader.number("drag_coefficient")
        let reflectivity = reader.number("reflectivity_coefficient")
        let propulsion = reader.section("propulsion").flatMap(readPropulsion)
        let tracking = reader.section("tracking").map { section -> Tracking in
            var reader = section
            let value = Tracking(retroreflectors: reader.bool("retroreflectors"), gnssReceiver: reader.bool("gnss_receiver"),
                                 transponder: reader.bool("transponder"))
            reader.finish()
            return value
        }
        let components = reader.sections("components").map { readers in readers.compactMap(readComponent) }
        if let mass, let components, let location = reader.location(of: "components") {
            let total = components.reduce(0) { $0 + $1.massKg * Double($1.count) }
            if total > mass {
                reader.error("'spacecraft.components' add up to \(NumberFormatting.shortest((total * 1000).rounded() / 1000)) kg, more than spacecraft.mass_kg (\(NumberFormatting.shortest(mass)))",
                             at: location)
            }
        }
        let designForDemise = reader.bool("design_for_demise")
        let passivation = reader.section("passivation").map { section -> Passivation in
            var reader = section
            let value = Passivation(batteries: reader.passivation("batteries"), propellant: reader.passivation("propellant"),
                                    pressureVessels: reader.passivation("pressure_vessels"),
                                    momentumDevices: reader.passivation("momentum_devices"))
            reader.finish()
            return value
        }
        let removalInterface = reader.oneOf("removal_interface", RemovalInterface.self)
        let safeMode = reader.bool("safe_mode")
        reader.finish()
        // An absent mass is unknown (a catalogue object); a mass written but invalid is already an error.
        if mass == nil, reader.location(of: "mass_kg") != nil { return nil }
        return Spacecraft(kind: kind, count: count, massKg: mass, launchMassKg: launchMass, dimensionsM: dimensions,
                          deployables: deployables, dragAreaM2: dragArea, dragCoefficient: dragCoefficient,
                          reflectivityCoefficient: reflectivity, propulsion: propulsion, tracking: tracking,
                          components: components, designForDemise: designForDemise, passivation: passivation,
                          removalInterface: removalInterface, safeMode: safeMode)
    }

    static func readPropulsion(_ section: SectionReader) -> Propulsion? {
        var reader = section
        let type = reader.oneOf("type", PropulsionType.self)
        let isp = reader.number("isp_s")
        let propellant = reader.number("propellant_kg")
        let reserved = reader.number("reserved_for_disposal_kg")
        let dragDeviceArea = reader.number("drag_device_area_m2")
        reader.finish()
        if let propellant, let reserved, reserved > propellant {
            reader.error("'spacecraft.propulsion.reserved_for_disposal_kg' must be at most propellant_kg (\(NumberFormatting.shortest(propellant))), found \(NumberFormatting.shortest(reserved))",
                         at: reader.location(of: "reserved_for_disposal_kg") ?? reader.node.location)
        }
        if type == PropulsionType.none || type == .dragDevice {
            for key in ["isp_s", "propellant_kg", "reserved_for_disposal_kg"] where reader.has(key) {
                reader.error("'spacecraft.propulsion.\(key)' makes no sense with propulsion type '\(type?.rawValue ?? "")'",
                             at: reader.location(of: key) ?? reader.node.location,
                             notes: ["remove it, or set the propulsion type to chemical, electric or cold_gas"])
            }
        }
        guard let type else { return nil }
        return Propulsion(type: type, ispS: isp, propellantKg: propellant, reservedForDisposalKg: reserved,
                          dragDeviceAreaM2: dragDeviceArea)
    }

    static func readComponent(_ section: SectionReader) -> Component? {
        var reader = section
        let name = reader.string("name")
        let material = reader.oneOf("material", ComponentMaterial.self)
        let mass = reader.number("mass_kg")
        let shape = reader.oneOf("shape", ComponentShape.self)
        let expected = shape.map { $0.dimensionNames.count }
        let dimensions = reader.lengths("dimensions_m", count: expected.map { $0...$0 }, describing: shape?.dimensionNames)
        let count = reader.integer("count") ?? 1
        let survives = reader.bool("survives")
        reader.finish()
        guard let name, let material, let mass, let shape, let dimensions else { return nil }
        return Component(name: name, material: material, massKg: mass, shape: shape, dimensionsM: dimensions,
                         count: count, survives: survives)
    }
}
