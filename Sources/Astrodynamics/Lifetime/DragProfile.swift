/// What drag acts on: mass, drag coefficient and the mean cross-section presented to the flow.
///
/// The orbit-averaged decay depends on these only through the ballistic term B = Cd·A/m (m²/kg), the
/// convention of docs/physics.md "Orbital lifetime" (not the m/(Cd·A) "ballistic coefficient" some tools print).
public struct DragProfile: Sendable, Hashable, Codable {
    public let massKg: Double
    public let dragCoefficient: Double
    /// Mean cross-section, m².
    public let areaM2: Double
    /// How the area was obtained, for provenance.
    public let areaBasis: String

    /// CNES STELA's default drag coefficient (CNES/patrius `utils/Constants.java`), also the value of
    /// NASA-STD-8719.14C Fig. 4.3-1.
    public static let defaultDragCoefficient = 2.2

    public init(massKg: Double, dragCoefficient: Double = DragProfile.defaultDragCoefficient, areaM2: Double,
                areaBasis: String = "declared drag area") {
        self.massKg = massKg
        self.dragCoefficient = dragCoefficient
        self.areaM2 = areaM2
        self.areaBasis = areaBasis
    }

    /// The drag profile a mission descriptor implies: the declared mean cross-section (`drag_area_m2`) when
    /// there is one, otherwise the NASA-STD tumbling average of the `dimensions_m` body — `[diameter]` sphere,
    /// `[diameter, length]` cylinder or `[x, y, z]` box — with its `deployables`.
    /// Returns nil when neither gives an area (the fact is then unknown, not zero).
    public static func fromDescriptor(massKg: Double, dragCoefficient: Double?, declaredAreaM2: Double?,
                                      dimensionsM: [Double]?, deployableAreasM2: [Double] = []) -> DragProfile? {
        let cd = dragCoefficient ?? defaultDragCoefficient
        if let declared = declaredAreaM2, declared > 0 {
            return DragProfile(massKg: massKg, dragCoefficient: cd, areaM2: declared, areaBasis: "declared drag area")
        }
        guard let dimensions = dimensionsM,
              let area = TumblingDragArea.body(dimensionsM: dimensions, deployableAreasM2: deployableAreasM2) else { return nil }
        return DragProfile(massKg: massKg, dragCoefficient: cd, areaM2: area,
                           areaBasis: "tumbling average of \(dimensions) m \(TumblingDragArea.bodyName(dimensionsM: dimensions)) "
                               + "with deployables \(deployableAreasM2) m² (NASA-STD-8719.14C §4.3.4.2.2)")
    }

    /// B = Cd·A/m, m²/kg. Zero when the mass is not positive, so no drag is applied to an ill-formed input
    /// (descriptor validation rejects it first).
    public var dragCoefficientTimesAreaOverMass: Double {
        massKg > 0 ? dragCoefficient * areaM2 / massKg : 0
    }

    /// Area-to-mass ratio A/m, m²/kg (what the GEO re-orbit formula takes).
    public var areaToMass: Double { massKg > 0 ? areaM2 / massKg : 0 }

    /// The same body with a drag device deployed at end of mission (drag sail, balloon panel). The device is
    /// treated as a flat plate tumbling with the body: it adds half its area to the mean cross-section, the
    /// NASA-STD-8719.14C §4.3.4.2.2 complex-body rule (A_max + A1 + A2)/2 with the plate seen face-on in the
    /// A_max view and edge-on in the two orthogonal views. An attitude-stabilised sail presents more (up to its
    /// full area); this is the conservative choice.
    public func withDeployedDragDevice(areaM2 deviceArea: Double) -> DragProfile {
        guard deviceArea > 0 else { return self }
        return DragProfile(massKg: massKg, dragCoefficient: dragCoefficient, areaM2: areaM2 + deviceArea / 2,
                           areaBasis: areaBasis + " + drag device \(deviceArea) m² (tumbling, half its area)")
    }
}

/// Mean tumbling cross-section from a body's geometry, NASA-STD-8719.14C §4.3.4.2.2 (docs/physics.md, "Orbital lifetime"):
/// - convex body: A ≈ ¼ of the total surface area (Cauchy's mean projected area of a convex body);
/// - complex body: A = (A_max + A1 + A2)/2, A1 and A2 the projections along the two axes orthogonal to A_max.
public enum TumblingDragArea {
    /// Convex body of the given total surface area, m².
    public static func convexBody(totalSurfaceAreaM2: Double) -> Double {
        totalSurfaceAreaM2 / 4
    }

    /// Complex body from its three orthogonal projected areas, m².
    public static func complexBody(maximumProjectedAreaM2: Double, orthogonalProjectedArea1M2: Double,
                                   orthogonalProjectedArea2M2: Double) -> Double {
        (maximumProjectedAreaM2 + orthogonalProjectedArea1M2 + orthogonalProjectedArea2M2) / 2
    }

    /// The body a descriptor's `dimensions_m` describes: one value a sphere, two a cylinder, three a box.
    public static func body(dimensionsM: [Double], deployableAreasM2: [Double] = []) -> Double? {
        switch dimensionsM.count {
        case 1: return sphere(diameterM: dimensionsM[0], deployableAreasM2: deployableAreasM2)
        case 2: return cylinder(diameterM: dimensionsM[0], lengthM: dimensionsM[1], deployableAreasM2: deployableAreasM2)
        default: return box(dimensionsM: dimensionsM, deployableAreasM2: deployableAreasM2)
        }
    }

    /// "sphere", "cylinder" or "box", for provenance text.
    public static func bodyName(dimensionsM: [Double]) -> String {
        switch dimensionsM.count {
        case 1: return "sphere"
        case 2: return "cylinder"
        default: return "box"
        }
    }

    /// Σ deployable areas / 2: each flat deployable adds its area to the largest projection and is edge-on in
    /// the other two, the complex-body rule (A_max + A1 + A2)/2 applied to the plate.
    static func deployableShare(_ areasM2: [Double]) -> Double {
        areasM2.filter { $0 > 0 && $0.isFinite }.reduce(0, +) / 2
    }

    /// A sphere of diameter d: the convex-body rule gives ¼ · πd² = πd²/4, its constant projection.
    public static func sphere(diameterM d: Double, deployableAreasM2: [Double] = []) -> Double? {
        guard d > 0, d.isFinite else { return nil }
        return convexBody(totalSurfaceAreaM2: Double.pi * d * d) + deployableShare(deployableAreasM2)
    }

    /// A right circular cylinder of diameter d and length L (rocket bodies): the convex-body rule on its surface
    /// 2·πd²/4 + πdL gives πd(d + 2L)/8. Deployables add half their area, as for the box (whose complex-body
    /// value without deployables is the same ¼ × surface area).
    public static func cylinder(diameterM d: Double, lengthM length: Double, deployableAreasM2: [Double] = []) -> Double? {
        guard d > 0, d.isFinite, length > 0, length.isFinite else { return nil }
        return convexBody(totalSurfaceAreaM2: 2 * Double.pi * d * d / 4 + Double.pi * d * length)
            + deployableShare(deployableAreasM2)
    }

    /// A box body `[x, y, z]` (m) with flat deployables (solar arrays, antennas) of the given one-sided areas.
    ///
    /// The deployables are assumed to lie parallel to the box's largest face (the usual arrangement for body-
    /// mounted hinged arrays), so they add to the largest projection and are edge-on in the other two. With no
    /// deployables the result equals the convex-body rule: (xy + yz + zx)/2 = ¼ × surface area.
    /// Returns nil unless exactly three positive dimensions are given.
    public static func box(dimensionsM: [Double], deployableAreasM2: [Double] = []) -> Double? {
        guard dimensionsM.count == 3, dimensionsM.allSatisfy({ $0 > 0 && $0.isFinite }) else { return nil }
        let x = dimensionsM[0], y = dimensionsM[1], z = dimensionsM[2]
        let projections = [y * z, x * z, x * y].sorted(by: >)
        let deployables = deployableAreasM2.filter { $0 > 0 && $0.isFinite }.reduce(0, +)
        return complexBody(maximumProjectedAreaM2: projections[0] + deployables,
                           orthogonalProjectedArea1M2: projections[1], orthogonalProjectedArea2M2: projections[2])
    }
}
