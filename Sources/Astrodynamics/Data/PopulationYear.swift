/// Which year's population the casualty expectation uses, and how it was obtained from the 2005 and 2020 grids.
///
/// Re-entries happen years after a rating, so rulesets may ask for a future year. Steward's projection:
/// - 2005…2020: each band interpolated linearly between the two GPWv4.11 grids;
/// - before 2005: the 2005 grid (no back-projection);
/// - after 2020: the 2020 grid scaled uniformly by world-population growth from the UN *World Population
///   Prospects 2022* medium variant as stated in its press summary (8.0 billion in Nov 2022, "8.5 billion in
///   2030 and 9.7 billion in 2050", peak "about 10.4 billion during the 2080s"); the grid's own 2020 total
///   (7.758e9) is the base, and the ratios are interpolated linearly between the anchor years. The latitude
///   shape is held at 2020 — a simplification (growth is faster in the tropics, so this slightly
///   underestimates low-inclination risk).
public struct PopulationYear: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable {
        case grid2005, grid2020, interpolated, clampedTo2005, projectedWorldTotal
    }

    public let year: Int
    public let method: Method

    public init(_ year: Int) {
        self.year = year
        switch year {
        case ..<2005: method = .clampedTo2005
        case 2005: method = .grid2005
        case 2020: method = .grid2020
        case 2006..<2020: method = .interpolated
        default: method = .projectedWorldTotal
        }
    }

    /// UN WPP 2022 medium-variant world totals (press summary figures), used only for the growth ratio above 2020.
    /// 2022 = 8.0e9 ("15 November 2022"), 2030 = 8.5e9, 2050 = 9.7e9, 2080 = 10.4e9 (peak), 2100 = 10.4e9.
    static let worldTotalAnchors: [(year: Double, population: Double)] = [
        (2020, 7.758e9), // GPWv4.11 2020 grid total (Data/README.md), the base of the ratio.
        (2022, 8.0e9), (2030, 8.5e9), (2050, 9.7e9), (2080, 10.4e9), (2100, 10.4e9),
    ]

    /// Population of `band` in this year.
    public func population(of band: PopulationByLatitude.Band) -> Double {
        switch method {
        case .grid2005, .clampedTo2005:
            return band.population2005
        case .grid2020:
            return band.population2020
        case .interpolated:
            let fraction = Double(year - 2005) / 15.0
            return band.population2005 + (band.population2020 - band.population2005) * fraction
        case .projectedWorldTotal:
            return band.population2020 * Self.worldGrowthFactorSince2020(year: Double(year))
        }
    }

    /// World population in `year` divided by 2020's, from the anchors above; flat after the last anchor.
    static func worldGrowthFactorSince2020(year: Double) -> Double {
        let anchors = worldTotalAnchors
        guard let last = anchors.last else { return 1 }
        if year >= last.year { return last.population / anchors[0].population }
        for index in 1..<anchors.count where year <= anchors[index].year {
            let lower = anchors[index - 1], upper = anchors[index]
            let fraction = (year - lower.year) / (upper.year - lower.year)
            return (lower.population + (upper.population - lower.population) * fraction) / anchors[0].population
        }
        return 1
    }
}
