/// The object being rated: its mass, size, propulsion and the parts that matter for re-entry.
public struct Spacecraft: Sendable, Hashable {
    /// Satellite/probe, or an upper stage rated on its own (added to the descriptor format, docs/mission-format.md).
    public var kind: SpacecraftKind
    /// Number of identical spacecraft; more than one is a constellation.
    public var count: Int
    /// Mass at end of mission, kg, including any propellant still on board (e.g. reserved for disposal);
    /// nil when unknown (a catalogue object), which leaves every mass-dependent fact absent.
    public var massKg: Double?
    /// Mass at launch, kg, including all propellant (added to the descriptor format; optional).
    public var launchMassKg: Double?
    /// Bus envelope, m: one value (diameter of a sphere), two (cylinder diameter, length) or three (box).
    public var dimensionsM: [Double]?
    public var deployables: [Deployable]?
    /// Mean cross-section for drag, m²; physics derives it from dimensions when absent.
    public var dragAreaM2: Double?
    public var dragCoefficient: Double?
    /// Solar radiation pressure coefficient C_R (1 = absorbing, 2 = specular reflector).
    public var reflectivityCoefficient: Double?
    public var propulsion: Propulsion?
    public var tracking: Tracking?
    public var components: [Component]?
    public var designForDemise: Bool?
    public var passivation: Passivation?
    public var removalInterface: RemovalInterface?
    public var safeMode: Bool?

    public init(kind: SpacecraftKind = .satellite, count: Int = 1, massKg: Double?, launchMassKg: Double? = nil,
                dimensionsM: [Double]? = nil, deployables: [Deployable]? = nil, dragAreaM2: Double? = nil,
                dragCoefficient: Double? = nil, reflectivityCoefficient: Double? = nil, propulsion: Propulsion? = nil,
                tracking: Tracking? = nil, components: [Component]? = nil, designForDemise: Bool? = nil,
                passivation: Passivation? = nil, removalInterface: RemovalInterface? = nil, safeMode: Bool? = nil) {
        self.kind = kind
        self.count = count
        self.massKg = massKg
        self.launchMassKg = launchMassKg
        self.dimensionsM = dimensionsM
        self.deployables = deployables
        self.dragAreaM2 = dragAreaM2
        self.dragCoefficient = dragCoefficient
        self.reflectivityCoefficient = reflectivityCoefficient
        self.propulsion = propulsion
        self.tracking = tracking
        self.components = components
        self.designForDemise = designForDemise
        self.passivation = passivation
        self.removalInterface = removalInterface
        self.safeMode = safeMode
    }
}

/// A deployed appendage (solar array, antenna, boom) that adds area for drag and collision cross-section.
public struct Deployable: Sendable, Hashable {
    public var name: String
    public var areaM2: Double

    public init(name: String, areaM2: Double) {
        self.name = name
        self.areaM2 = areaM2
    }
}

/// The propulsion system, as far as disposal is concerned.
public struct Propulsion: Sendable, Hashable {
    public var type: PropulsionType
    /// Specific impulse, s.
    public var ispS: Double?
    /// Propellant loaded at launch, kg.
    public var propellantKg: Double?
    /// Propellant reserved for the disposal manoeuvre, kg (at most `propellant_kg`).
    public var reservedForDisposalKg: Double?
    /// Area of a deployable drag sail or balloon, m².
    public var dragDeviceAreaM2: Double?

    public init(type: PropulsionType, ispS: Double? = nil, propellantKg: Double? = nil,
                reservedForDisposalKg: Double? = nil, dragDeviceAreaM2: Double? = nil) {
        self.type = type
        self.ispS = ispS
        self.propellantKg = propellantKg
        self.reservedForDisposalKg = reservedForDisposalKg
        self.dragDeviceAreaM2 = dragDeviceAreaM2
    }
}

/// Aids that make the object easier to track and identify (LTS B.2 ¶2 tracking aids, B.8 ¶1 trackability; NASA CA handbook §4.5).
public struct Tracking: Sendable, Hashable {
    public var retroreflectors: Bool?
    public var gnssReceiver: Bool?
    public var transponder: Bool?

    public init(retroreflectors: Bool? = nil, gnssReceiver: Bool? = nil, transponder: Bool? = nil) {
        self.retroreflectors = retroreflectors
        self.gnssReceiver = gnssReceiver
        self.transponder = transponder
    }
}

/// A part that may survive re-entry (LTS B.9): tanks, reaction wheels, optics, batteries, engines.
public struct Component: Sendable, Hashable {
    public var name: String
    public var material: ComponentMaterial
    /// Mass of one such component, kg.
    public var massKg: Double
    public var shape: ComponentShape
    /// Dimensions, m, in the order `shape.dimensionNames` gives.
    public var dimensionsM: [Double]
    /// How many identical components the spacecraft carries.
    public var count: Int
    /// The operator's own survivability verdict (e.g. from DAS or DRAMA); overrides the model when given.
    public var survives: Bool?

    public init(name: String, material: ComponentMaterial, massKg: Double, shape: ComponentShape,
                dimensionsM: [Double], count: Int = 1, survives: Bool? = nil) {
        self.name = name
        self.material = material
        self.massKg = massKg
        self.shape = shape
        self.dimensionsM = dimensionsM
        self.count = count
        self.survives = survives
    }
}

/// End-of-life passivation plan per energy source (LTS B.8; IADC 5.2.1; NASA-STD-8719.14 Req 4.4-2).
public struct Passivation: Sendable, Hashable {
    public var batteries: PassivationPlan?
    public var propellant: PassivationPlan?
    public var pressureVessels: PassivationPlan?
    public var momentumDevices: PassivationPlan?

    public init(batteries: PassivationPlan? = nil, propellant: PassivationPlan? = nil,
                pressureVessels: PassivationPlan? = nil, momentumDevices: PassivationPlan? = nil) {
        self.batteries = batteries
        self.propellant = propellant
        self.pressureVessels = pressureVessels
        self.momentumDevices = momentumDevices
    }
}
