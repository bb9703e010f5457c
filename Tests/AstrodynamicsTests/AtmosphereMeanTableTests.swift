import Foundation
import Testing
@testable import Astrodynamics
import StewardTestSupport

/// The checked-in orbit-averaged density table: fresh (its cells are what the generator computes from
/// today's NRLMSISE-00), accurate off the grid, and well behaved.
struct AtmosphereMeanTableTests {
    let table = NRLMSISE00MeanTable.standard
    let grid = NRLMSISE00MeanTable.Grid.standard

    @Test("embedded table matches the standard grid")
    func embeddedTableShape() {
        #expect(table.grid == grid)
        #expect(table.logDensities.count == grid.cellCount)
        #expect(table.identifier == "nrlmsise00-mean-table@1")
    }

    /// Freshness: recompute a spread of columns (every inclination of one altitude/F10.7/Ap node) with the
    /// generator and compare to the checked-in values. A change to the model, the grid or the averaging
    /// recipe without regenerating the data file fails here.
    @Test("checked-in cells equal freshly generated ones to 1e-9 relative",
          arguments: [(0, 0, 0), (9, 4, 3), (27, 8, 8), (45, 2, 6), (57, 6, 1)])
    func fresh(_ node: (Int, Int, Int)) {
        let (h, f, a) = node
        let recomputed = NRLMSISE00MeanTable.column(altitudeIndex: h, f107Index: f, apIndex: a, grid: grid)
        for (i, logRho) in recomputed.enumerated() {
            let stored = table.logDensities[grid.index(altitude: h, f107: f, ap: a, inclination: i)]
            // Relative error of ρ = |Δ ln ρ|.
            #expect(abs(stored - logRho) < 1e-9,
                    "altitude \(grid.altitudesKm[h]) km, F10.7 \(grid.f107[f]), Ap \(grid.ap[a]), i \(grid.inclinationsDeg[i])°")
        }
    }

    @Test("lookup reproduces the stored value at a node")
    func exactAtNodes() {
        let h = 20, f = 4, a = 3, i = 3
        let stored = table.logDensities[grid.index(altitude: h, f107: f, ap: a, inclination: i)]
        let looked = table.logMeanDensity(altitudeKm: grid.altitudesKm[h], f107: grid.f107[f], ap: grid.ap[a],
                                          inclinationDeg: grid.inclinationsDeg[i])
        #expect(abs(looked - stored) < 1e-12)
    }

    /// Accuracy off the grid against the full model averaged the same way (no table, model evaluated at
    /// the orbit's own latitudes). docs/physics.md reports a larger random sample; these points sit in the
    /// middle of grid intervals in every dimension at once.
    @Test("off-grid error against the full model is below 0.5 %",
          arguments: [(137.5, 112.5, 11.5, 52.5), (412.5, 162.5, 21.0, 82.5),
                      (737.5, 87.5, 6.0, 22.5), (1225.0, 225.0, 37.5, 97.0)])
    func offGridAccuracy(_ point: (Double, Double, Double, Double)) {
        let (altitude, f107, ap, inclination) = point
        let reference = NRLMSISE00MeanTable.referenceMeanDensity(altitudeKm: altitude, f107: f107, ap: ap,
                                                                  inclinationDeg: inclination)
        let tabulated = table.meanDensity(altitudeKm: altitude, weather: SpaceWeather(f107: f107, ap: ap),
                                          inclinationDeg: inclination)
        #expect(abs(tabulated / reference - 1) < 5e-3, "table \(tabulated) vs model \(reference)")
    }

    @Test("density falls with altitude and rises with solar and geomagnetic activity")
    func monotonic() {
        var previous = Double.infinity
        for altitude in stride(from: 90.0, through: 1600, by: 7.5) {
            let rho = table.meanDensity(altitudeKm: altitude, weather: SpaceWeather(f107: 140, ap: 12), inclinationDeg: 51.6)
            #expect(rho < previous, "at \(altitude) km")
            previous = rho
        }
        for altitude in [200.0, 400, 600, 800] {
            var last = 0.0
            for f107 in stride(from: 65.0, through: 300, by: 5) {
                let rho = table.meanDensity(altitudeKm: altitude, weather: SpaceWeather(f107: f107, ap: 15), inclinationDeg: 98)
                #expect(rho > last, "F10.7 \(f107) at \(altitude) km")
                last = rho
            }
            let quiet = table.meanDensity(altitudeKm: altitude, weather: SpaceWeather(f107: 150, ap: 0), inclinationDeg: 98)
            let storm = table.meanDensity(altitudeKm: altitude, weather: SpaceWeather(f107: 150, ap: 100), inclinationDeg: 98)
            #expect(storm > quiet)
        }
    }

    @Test("inclination i and 180° − i see the same latitudes")
    func retrogradeFolding() {
        let w = SpaceWeather(f107: 120, ap: 9)
        let prograde = table.meanDensity(altitudeKm: 550, weather: w, inclinationDeg: 82)
        let retrograde = table.meanDensity(altitudeKm: 550, weather: w, inclinationDeg: 98)
        #expect(abs(prograde / retrograde - 1) < 1e-12)
    }

    @Test("order of magnitude against published NRLMSISE-00 means")
    func plausibleMagnitudes() {
        // Orbit-averaged densities at moderate activity are of order 1e-12 kg/m³ at 400 km and 1e-14 at
        // 800 km (e.g. the CCMC profile in the NRLMSISE-00 tests: 1.5e-12 at 400 km for F10.7A = 80).
        let w = SpaceWeather(f107: 150, ap: 15)
        let at400 = table.meanDensity(altitudeKm: 400, weather: w, inclinationDeg: 51.6)
        let at800 = table.meanDensity(altitudeKm: 800, weather: w, inclinationDeg: 51.6)
        #expect(at400 > 1e-12 && at400 < 1e-11)
        #expect(at800 > 1e-14 && at800 < 1e-13)
    }

    @Test("serialisation round-trips")
    func roundTrip() throws {
        let text = table.serialized()
        let parsed = try #require(NRLMSISE00MeanTable(serialized: text, grid: grid))
        for k in stride(from: 0, to: grid.cellCount, by: 997) {
            #expect(abs(parsed.logDensities[k] - table.logDensities[k]) < 1e-11)
        }
        #expect(NRLMSISE00MeanTable(serialized: "nrlmsise00-mean-table@1 altitudes=1\n0", grid: grid) == nil)
        let header = NRLMSISE00MeanTable.header(for: grid)
        #expect(NRLMSISE00MeanTable(serialized: header + "\n-1.5 2x", grid: grid) == nil)
        #expect(NRLMSISE00MeanTable(serialized: header + "\n-1.5 2.0", grid: grid) == nil, "too few values")
        // The byte-level reader agrees with Foundation's parser.
        let sample = "-28.91876095876 -0.00000000001 31.14925160481 7 -3.5"
        let parsedSample = try #require(NRLMSISE00MeanTable.parseDecimals(sample[...]))
        let expected = sample.split(separator: " ").compactMap { Double($0) }
        #expect(parsedSample.count == expected.count)
        for (x, y) in zip(parsedSample, expected) { #expect(abs(x - y) <= abs(y) * 1e-15) }
        #expect(NRLMSISE00MeanTable.parseDecimals("1.0e5"[...]) == nil)
        #expect(NRLMSISE00MeanTable.parseDecimals("--1"[...]) == nil)
        #expect(NRLMSISE00MeanTable.parseDecimals("1.2.3"[...]) == nil)
    }
}

/// Regenerates `Sources/Astrodynamics/Atmosphere/NRLMSISE00MeanTableData.swift` when
/// `STEWARD_REGENERATE_TABLES=1` is set (about 11 million model calls: use a release build,
/// `swift test -c release -Xswiftc -enable-testing --filter AtmosphereMeanTableRegeneration`). Otherwise it
/// does nothing.
struct AtmosphereMeanTableRegeneration {
    @Test("regenerate the checked-in table (only with STEWARD_REGENERATE_TABLES=1)",
          .enabled(if: ProcessInfo.processInfo.environment["STEWARD_REGENERATE_TABLES"] == "1"))
    func regenerate() throws {
        let table = try #require(NRLMSISE00MeanTable.generate(grid: .standard))
        let dataFile = Repository.url("Sources/Astrodynamics/Atmosphere/NRLMSISE00MeanTableData.swift")
        try table.dataFileSource().write(to: dataFile, atomically: true, encoding: .utf8)
    }
}
