import Astrodynamics
import Diagnostics
import Foundation

/// Values that are valid but physically implausible: a descriptor that passes every range check can still
/// describe a 4.2 kg CubeSat 34 m long or a perigee beyond the Moon, almost always a unit or typing slip.
/// (Components heavier than the spacecraft are already an error of the loader.) These are **warnings**, not errors: the descriptor stays valid and the rating proceeds (a command's
/// `--warnings-as-errors` makes them fail with exit 2). Each is located at the value it questions.
extension Mission {
    /// Bulk density bounds, kg/m³: below 1 (lighter than any spacecraft bus, whose structure alone outweighs
    /// air at 1.2 kg/m³) or above 10,000 (denser than solid steel, 7,850, before any empty volume) is implausible.
    public static let plausibleBulkDensity: ClosedRange<Double> = 1...10_000
    /// Mean Earth–Moon distance, km (NASA Moon Fact Sheet, semi-major axis 384,400 km). An Earth orbit with an
    /// altitude beyond it is outside the Earth's dominant gravity and almost certainly a unit slip (m for km).
    public static let moonDistanceKm = 384_400.0
    /// How far a declared drag area may differ from the one the dimensions imply before it is questioned.
    public static let dragAreaTolerance = 10.0

    /// Warnings about implausible combinations of declared values.
    public var plausibilityWarnings: [Diagnostic] {
        var warnings: [Diagnostic] = []
        let craft = spacecraft
        if let dimensions = craft.dimensionsM, let volume = Self.bodyVolume(dimensions), volume > 0,
           let mass = craft.massKg, mass > 0 {
            let density = mass / volume
            if !Self.plausibleBulkDensity.contains(density) {
                warnings.append(.warning(
                    "implausible bulk density \(Self.short(density)) kg/m³ from mass_kg \(Self.short(mass)) and "
                        + "dimensions_m \(Self.list(dimensions)) (\(Self.short(volume)) m³); expected 1 to 10,000 kg/m³",
                    at: location(of: "spacecraft.dimensions_m"),
                    notes: ["dimensions are metres and mass kilograms; a 3U CubeSat is [0.1, 0.1, 0.34] m and about 4 kg"]))
            }
        }
        if let declared = craft.dragAreaM2, declared > 0, let dimensions = craft.dimensionsM,
           let implied = TumblingDragArea.body(dimensionsM: dimensions, deployableAreasM2: (craft.deployables ?? []).map(\.areaM2)),
           implied > 0, max(declared / implied, implied / declared) > Self.dragAreaTolerance {
            warnings.append(.warning(
                "drag_area_m2 \(Self.short(declared)) differs more than \(Int(Self.dragAreaTolerance))× from the "
                    + "\(Self.short(implied)) m² tumbling average of dimensions_m \(Self.list(dimensions)) with its deployables",
                at: location(of: "spacecraft.drag_area_m2")))
        }
        if orbit.centralBody == .earth {
            var altitudes: [(String, Double)] = []
            switch orbit.definition {
            case .apsides: altitudes = [("orbit.perigee_km", orbit.perigeeKm), ("orbit.apogee_km", orbit.apogeeKm)]
            case .elements: altitudes = [("orbit.semi_major_axis_km", orbit.apogeeKm)]
            case .twoLineElements: altitudes = [("orbit.tle", orbit.apogeeKm)]
            case .orbitMeanElementsMessage: altitudes = [("orbit.omm", orbit.apogeeKm)]
            }
            if let disposal = endOfLife?.disposalOrbit {
                altitudes += [("end_of_life.disposal_orbit.perigee_km", disposal.perigeeKm),
                              ("end_of_life.disposal_orbit.apogee_km", disposal.apogeeKm)]
            }
            for (path, altitude) in altitudes where altitude > Self.moonDistanceKm {
                warnings.append(.warning(
                    "altitude \(Self.short(altitude)) km is beyond the Moon's distance (384,400 km) for an Earth orbit",
                    at: location(of: path), notes: ["altitudes are kilometres above the Earth's equatorial radius"]))
            }
        }
        return warnings
    }

    /// Volume of the body `dimensions_m` describes: sphere `[d]`, cylinder `[d, L]`, box `[x, y, z]`, m³.
    static func bodyVolume(_ d: [Double]) -> Double? {
        switch d.count {
        case 1: return Double.pi * d[0] * d[0] * d[0] / 6
        case 2: return Double.pi * d[0] * d[0] / 4 * d[1]
        case 3: return d[0] * d[1] * d[2]
        default: return nil
        }
    }

    /// Three significant figures below 10,000; whole numbers with thousands separators above.
    static func short(_ value: Double) -> String {
        if abs(value) < 1000 { return String(format: "%.3g", value) }
        guard abs(value) >= 10_000, abs(value) < 1e15 else { return String(format: "%.0f", value) }
        let digits = String(Int(value.rounded()).magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    static func list(_ values: [Double]) -> String {
        "[" + values.map(short).joined(separator: ", ") + "]"
    }
}
