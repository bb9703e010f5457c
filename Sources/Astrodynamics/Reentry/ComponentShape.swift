import Foundation

/// The primitive a component is modelled as (docs/mission-format.md `spacecraft.components[]`: sphere [diameter] | cylinder [diameter, length] |
/// box [x, y, z] | plate [x, y, thickness]), with the areas the re-entry model needs.
public enum ComponentShape: Sendable, Hashable {
    case sphere(diameterM: Double)
    case cylinder(diameterM: Double, lengthM: Double)
    case box(xM: Double, yM: Double, zM: Double)
    case plate(xM: Double, yM: Double, thicknessM: Double)

    /// Builds a shape from a descriptor's `shape:` and `dimensions_m:`; nil when the count or a value is wrong.
    public init?(name: String, dimensionsM: [Double]) {
        guard dimensionsM.allSatisfy({ $0.isFinite && $0 > 0 }) else { return nil }
        switch (name, dimensionsM.count) {
        case ("sphere", 1): self = .sphere(diameterM: dimensionsM[0])
        case ("cylinder", 2): self = .cylinder(diameterM: dimensionsM[0], lengthM: dimensionsM[1])
        case ("box", 3): self = .box(xM: dimensionsM[0], yM: dimensionsM[1], zM: dimensionsM[2])
        case ("plate", 3): self = .plate(xM: dimensionsM[0], yM: dimensionsM[1], thicknessM: dimensionsM[2])
        default: return nil
        }
    }

    /// Total outer surface, m² — the area that is heated and that radiates.
    public var surfaceAreaM2: Double {
        switch self {
        case let .sphere(d): return Double.pi * d * d
        case let .cylinder(d, l): return Double.pi * d * l + Double.pi * d * d / 2
        case let .box(x, y, z), let .plate(x, y, z): return 2 * (x * y + y * z + x * z)
        }
    }

    /// Mean projected area of the tumbling part, m². For a convex body averaged over random orientations it is a
    /// quarter of the surface (Cauchy's projection formula).
    public var meanProjectedAreaM2: Double { surfaceAreaM2 / 4 }

    /// Largest silhouette, m²: the area A_i used in the debris casualty area (conservative choice: NASA-STD
    /// eq. 4.7-1 says only "cross-sectional area").
    public var largestProjectedAreaM2: Double {
        switch self {
        case let .sphere(d): return Double.pi * d * d / 4
        case let .cylinder(d, l): return max(d * l, Double.pi * d * d / 4)
        case let .box(x, y, z), let .plate(x, y, z):
            let sorted = [x, y, z].sorted()
            return sorted[1] * sorted[2]
        }
    }

    /// Smallest outer dimension, m (the trackability rule of thumb compares it with 10 cm / 50 cm).
    public var smallestDimensionM: Double {
        switch self {
        case let .sphere(d): return d
        case let .cylinder(d, l): return min(d, l)
        case let .box(x, y, z), let .plate(x, y, z): return min(x, min(y, z))
        }
    }

    /// Effective nose radius for stagnation heating, m: the radius of the sphere with the same mean projected
    /// area. Exact for a sphere; for other shapes it stands in for DAS's shape-specific heating factors.
    public var effectiveNoseRadiusM: Double { (meanProjectedAreaM2 / Double.pi).squareRoot() }

    /// Hypersonic drag coefficient referred to the mean projected area. Sphere: 0.92 (modified Newtonian, the
    /// value DAS/ORSAT-class tools use for spheres). Other shapes: 1.0 — Newtonian theory gives a drag area of
    /// exactly the mean projected area for a randomly tumbling convex body (e.g. a flat plate: ⟨2|cos θ|³⟩·A_face
    /// = A_face/2 = S/4).
    public var hypersonicDragCoefficient: Double {
        if case .sphere = self { return 0.92 }
        return 1.0
    }
}
