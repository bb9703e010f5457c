/// World population in 0.5° latitude bands (GPWv4.11, 2005 and 2020), the ground that re-entry casualty
/// expectation is weighted over.
public struct PopulationByLatitude: Sendable, Hashable {
    /// One latitude band, bounded by two parallels.
    public struct Band: Sendable, Hashable {
        public var northLatitudeDeg: Double
        public var southLatitudeDeg: Double
        public var population2005: Double
        public var population2020: Double
        public var areaKm2: Double
    }

    /// Bands from the North Pole southwards.
    public let bands: [Band]

    /// Whether both tables are the same storage (a copy of the same table), not merely equal values: what a memo
    /// of one table's results may rely on without comparing every band.
    func sharesStorage(with other: PopulationByLatitude) -> Bool {
        bands.withUnsafeBufferPointer { mine in
            other.bands.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress && mine.count == theirs.count }
        }
    }

    /// The GPWv4.11 table shipped inside the binary (see `EmbeddedPopulationByLatitude` for the citation).
    public static let gpw4: PopulationByLatitude = {
        let rows = NumericCSVRows.parse(EmbeddedPopulationByLatitude.csv, columns: 5)
        return PopulationByLatitude(bands: rows.map {
            Band(northLatitudeDeg: $0[0], southLatitudeDeg: $0[1], population2005: $0[2], population2020: $0[3],
                 areaKm2: $0[4])
        })
    }()

    public init(bands: [Band]) {
        self.bands = bands
    }
}
