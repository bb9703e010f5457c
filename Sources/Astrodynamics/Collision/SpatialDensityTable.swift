import Foundation

/// Number of objects per km³ in contiguous altitude shells: the background population that a mission's
/// collision probability is computed against (tracked objects), or that a fragmentation would endanger
/// (active satellites).
public struct SpatialDensityTable: Sendable, Hashable {
    /// One spherical shell between two altitudes above the equatorial radius.
    public struct Shell: Sendable, Hashable {
        public var lowKm: Double
        public var highKm: Double
        /// Time-averaged object counts in the shell by kind (active satellites are counted as payloads).
        public var payloads: Double
        public var rocketBodies: Double
        public var debris: Double
        public var totalObjects: Double
        public var objectsPerKm3: Double

        public init(lowKm: Double, highKm: Double, payloads: Double, rocketBodies: Double, debris: Double,
                    totalObjects: Double, objectsPerKm3: Double) {
            self.lowKm = lowKm
            self.highKm = highKm
            self.payloads = payloads
            self.rocketBodies = rocketBodies
            self.debris = debris
            self.totalObjects = totalObjects
            self.objectsPerKm3 = objectsPerKm3
        }

        /// Volume of the shell on a sphere of the WGS 84 equatorial radius, km³ (the convention of the shipped
        /// table: its counts divided by these volumes reproduce its densities to 1e-5).
        public var volumeKm3: Double {
            let inner = Earth.equatorialRadiusKm + lowKm, outer = Earth.equatorialRadiusKm + highKm
            return 4.0 / 3.0 * Double.pi * (outer * outer * outer - inner * inner * inner)
        }
    }

    /// Shells in increasing altitude, each starting where the previous ends.
    public let shells: [Shell]
    /// Epoch of the population the table describes (catalogue or database date).
    public let epoch: String

    public init(shells: [Shell], epoch: String) {
        self.shells = shells
        self.epoch = epoch
    }

    /// Tracked objects (≳10 cm) from the 2019-03-19 public catalogue (see `EmbeddedCatalogSpatialDensity`).
    public static let trackedObjects2019: SpatialDensityTable = {
        let rows = NumericCSVRows.parse(EmbeddedCatalogSpatialDensity.csv, columns: 7)
        return SpatialDensityTable(shells: rows.map {
            Shell(lowKm: $0[0], highKm: $0[1], payloads: $0[2], rocketBodies: $0[3], debris: $0[4],
                  totalObjects: $0[5], objectsPerKm3: $0[6])
        }, epoch: EmbeddedCatalogSpatialDensity.epoch)
    }()

    /// Active satellites from the UCS database of 2023-05-01 (see `EmbeddedActiveSatelliteDensity`).
    public static let activeSatellites2023: SpatialDensityTable = {
        let rows = NumericCSVRows.parse(EmbeddedActiveSatelliteDensity.csv, columns: 4)
        return SpatialDensityTable(shells: rows.map {
            Shell(lowKm: $0[0], highKm: $0[1], payloads: $0[2], rocketBodies: 0, debris: 0,
                  totalObjects: $0[2], objectsPerKm3: $0[3])
        }, epoch: EmbeddedActiveSatelliteDensity.epoch)
    }()

    /// Lowest and highest altitude the table covers, km.
    public var coveredAltitudesKm: ClosedRange<Double> {
        (shells.first?.lowKm ?? 0)...(shells.last?.highKm ?? 0)
    }

    /// Index of the shell whose half-open range [low, high) holds `altitudeKm` (the top edge belongs to the last).
    public func shellIndex(containingAltitudeKm altitudeKm: Double) -> Int? {
        guard let first = shells.first, let last = shells.last,
              altitudeKm >= first.lowKm, altitudeKm <= last.highKm else { return nil }
        let width = first.highKm - first.lowKm
        if width > 0 {
            // Equal-width tables (all shipped ones) are indexed directly; checked against the shell bounds below.
            let guess = min(shells.count - 1, max(0, Int((altitudeKm - first.lowKm) / width)))
            let shell = shells[guess]
            if altitudeKm >= shell.lowKm && (altitudeKm < shell.highKm || guess == shells.count - 1) { return guess }
        }
        return shells.firstIndex { altitudeKm >= $0.lowKm && altitudeKm < $0.highKm } ?? shells.count - 1
    }

    /// Objects per km³ at `altitudeKm`, 0 outside the table.
    public func density(atAltitudeKm altitudeKm: Double) -> Double {
        guard let index = shellIndex(containingAltitudeKm: altitudeKm) else { return 0 }
        return shells[index].objectsPerKm3
    }

    /// The table as CSV in the shipped format, so a rebuilt table can be saved and reviewed.
    public func csv() -> String {
        var text = "altitude_low_km,altitude_high_km,payloads,rocket_bodies,debris,total_objects,objects_per_km3\n"
        for shell in shells {
            text += "\(Self.format(shell.lowKm)),\(Self.format(shell.highKm)),"
            text += String(format: "%.3f,%.3f,%.3f,%.3f,%.4e\n", shell.payloads, shell.rocketBodies, shell.debris,
                           shell.totalObjects, shell.objectsPerKm3)
        }
        return text
    }

    private static func format(_ altitude: Double) -> String {
        altitude == altitude.rounded() ? String(Int(altitude)) : String(altitude)
    }
}
