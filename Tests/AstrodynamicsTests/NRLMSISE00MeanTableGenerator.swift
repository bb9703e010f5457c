import Foundation
@testable import Astrodynamics

/// The generator of `NRLMSISE00MeanTableData.swift`: averages NRLMSISE-00 over local time, season and orbit
/// latitude for each grid cell. It lives with the tests, which run it (the freshness check recomputes a sample
/// of cells; `AtmosphereMeanTableRegeneration` rewrites the file), so the shipped library carries only the table.
extension NRLMSISE00MeanTable {
    // MARK: Averaging

    /// Mean `gtd7d` density (kg/m³) at one latitude over the grid's local-time and season samples.
    /// Local time j sits at longitude 360°(j + ½)/L, shifted by the golden angle for each day sample so that
    /// universal time differs between seasons; F10.7 = F10.7A = `f107`, daily Ap = `ap`.
    static func localTimeSeasonMean(altitudeKm: Double, latitudeDeg: Double, f107: Double, ap: Double,
                                    grid: Grid, model: NRLMSISE00) -> Double {
        var sum = 0.0
        let days = grid.daySamples, times = grid.localTimeSamples
        for k in 0..<days {
            let day = 1 + Int((Double(k) + 0.5) * 365 / Double(days))
            let shift = 137.507764 * Double(k)
            for j in 0..<times {
                let localTime = 24 * (Double(j) + 0.5) / Double(times)
                let longitude = (360 * (Double(j) + 0.5) / Double(times) + shift).truncatingRemainder(dividingBy: 360)
                var ut = (localTime - longitude / 15).truncatingRemainder(dividingBy: 24)
                if ut < 0 { ut += 24 }
                let input = NRLMSISE00.Input(dayOfYear: day, secondsOfDay: ut * 3600, altitudeKm: altitudeKm,
                                             latitudeDeg: latitudeDeg, longitudeDeg: longitude,
                                             localSolarTimeHours: localTime, f107: f107, f107Average: f107,
                                             activity: .daily(ap: ap))
                sum += model.evaluate(input).dragMassDensity
            }
        }
        return sum / Double(days * times)
    }

    /// Latitudes (degrees) visited by a circular orbit of inclination `inclinationDeg` at the grid's
    /// equally spaced arguments of latitude over half an orbit.
    static func orbitLatitudes(inclinationDeg: Double, samples: Int) -> [Double] {
        let sinI = sin(inclinationDeg * .pi / 180)
        return (0..<samples).map { m in
            let u = -Double.pi / 2 + Double.pi * (Double(m) + 0.5) / Double(samples)
            return asin(sinI * sin(u)) * 180 / .pi
        }
    }

    /// Orbit average of a latitude profile given at `nodes` (linear interpolation between nodes).
    static func orbitAverage(profile: [Double], nodes: [Double], inclinationDeg: Double, samples: Int) -> Double {
        let latitudes = orbitLatitudes(inclinationDeg: inclinationDeg, samples: samples)
        var sum = 0.0
        for latitude in latitudes {
            let (low, w) = linearBracket(nodes, latitude)
            sum += (1 - w) * profile[low] + w * profile[low + 1]
        }
        return sum / Double(latitudes.count)
    }

    /// ln of the mean density of one (altitude, F10.7, Ap) node for every inclination node — one
    /// "column" of the table. The freshness test recomputes a few of these.
    static func column(altitudeIndex: Int, f107Index: Int, apIndex: Int, grid: Grid,
                              model: NRLMSISE00 = NRLMSISE00()) -> [Double] {
        let altitude = grid.altitudesKm[altitudeIndex], f107 = grid.f107[f107Index], ap = grid.ap[apIndex]
        let profile = grid.latitudeNodesDeg.map {
            localTimeSeasonMean(altitudeKm: altitude, latitudeDeg: $0, f107: f107, ap: ap, grid: grid, model: model)
        }
        return grid.inclinationsDeg.map {
            log(orbitAverage(profile: profile, nodes: grid.latitudeNodesDeg, inclinationDeg: $0, samples: grid.orbitSamples))
        }
    }

    /// The full model averaged the same way as a table cell, at any point (no table, no latitude
    /// interpolation: the model is evaluated at the orbit's own latitudes). Used to measure the table's
    /// error off the grid.
    static func referenceMeanDensity(altitudeKm: Double, f107: Double, ap: Double, inclinationDeg: Double,
                                            grid: Grid = .standard, model: NRLMSISE00 = NRLMSISE00()) -> Double {
        let latitudes = orbitLatitudes(inclinationDeg: foldedInclination(inclinationDeg), samples: grid.orbitSamples)
        let sum = latitudes.reduce(0.0) {
            $0 + localTimeSeasonMean(altitudeKm: altitudeKm, latitudeDeg: $1, f107: f107, ap: ap, grid: grid, model: model)
        }
        return sum / Double(latitudes.count)
    }

    /// Computes every cell of `grid` from the model. Expensive (≈ cells/inclinations × latitude nodes ×
    /// local times × days model calls: about 11 million for the standard grid, tens of seconds in a
    /// release build); run it through the regeneration test, not at run time.
    static func generate(grid: Grid, model: NRLMSISE00 = NRLMSISE00()) -> NRLMSISE00MeanTable? {
        guard grid.isUsable else { return nil }
        var values = [Double](repeating: 0, count: grid.cellCount)
        for a in grid.ap.indices {
            for f in grid.f107.indices {
                for h in grid.altitudesKm.indices {
                    let logs = column(altitudeIndex: h, f107Index: f, apIndex: a, grid: grid, model: model)
                    for (i, value) in logs.enumerated() {
                        values[grid.index(altitude: h, f107: f, ap: a, inclination: i)] = value
                    }
                }
            }
        }
        return NRLMSISE00MeanTable(grid: grid, logDensities: values)
    }

    /// The values as text: the header line, then ln ρ with 11 decimals (absolute 5e-12, i.e. well below the
    /// freshness test's 1e-9 relative), eight per line.
    func serialized() -> String {
        var lines = [Self.header(for: grid)]
        var line: [String] = []
        for value in logDensities {
            line.append(String(format: "%.11f", value))
            if line.count == 8 {
                lines.append(line.joined(separator: " "))
                line.removeAll(keepingCapacity: true)
            }
        }
        if !line.isEmpty { lines.append(line.joined(separator: " ")) }
        return lines.joined(separator: "\n")
    }

    /// Swift source of the data file `NRLMSISE00MeanTableData.swift`.
    func dataFileSource() -> String {
        """
        // Generated by `NRLMSISE00MeanTable.generate(grid: .standard)` from Steward's NRLMSISE-00 (gtd7d).
        // Do not edit. Regenerate with
        //   STEWARD_REGENERATE_TABLES=1 swift test -c release -Xswiftc -enable-testing --filter AtmosphereMeanTableRegeneration
        // The freshness test (AtmosphereMeanTableTests) recomputes a sample of cells and compares them to 1e-9.

        extension NRLMSISE00MeanTable {
            static let embeddedTableText = \"\"\"
        \(serialized())
        \"\"\"
        }

        """
    }
}
