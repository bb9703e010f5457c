import Foundation

extension NRLMSISE00MeanTable {
    /// Nodes of the table and the averaging recipe of each cell.
    public struct Grid: Sendable, Hashable {
        /// Altitude nodes, km, ascending (at least four: the altitude interpolation is cubic).
        public var altitudesKm: [Double]
        /// F10.7 = F10.7A nodes, sfu, ascending.
        public var f107: [Double]
        /// Daily Ap nodes, ascending.
        public var ap: [Double]
        /// Inclination nodes, degrees, ascending within 0…90.
        public var inclinationsDeg: [Double]
        /// Latitudes at which the local-time/season mean is computed before the orbit average, degrees.
        public var latitudeNodesDeg: [Double]
        /// Equally spaced local times (each at its own longitude) per day sample.
        public var localTimeSamples: Int
        /// Equally spaced days of the year.
        public var daySamples: Int
        /// Equally spaced arguments of latitude over half an orbit (−90°…90°; the other half repeats
        /// the same latitudes).
        public var orbitSamples: Int

        public init(altitudesKm: [Double], f107: [Double], ap: [Double], inclinationsDeg: [Double],
                    latitudeNodesDeg: [Double], localTimeSamples: Int, daySamples: Int, orbitSamples: Int) {
            self.altitudesKm = altitudesKm
            self.f107 = f107
            self.ap = ap
            self.inclinationsDeg = inclinationsDeg
            self.latitudeNodesDeg = latitudeNodesDeg
            self.localTimeSamples = localTimeSamples
            self.daySamples = daySamples
            self.orbitSamples = orbitSamples
        }

        /// The grid of the checked-in table. Altitude: 5 km steps where the scale height is smallest
        /// (80–150 km, which also covers the last part of a decay), 10 km to 200 km, 25 km to 1000 km, 50 km
        /// to 1500 km. F10.7 spans solar minimum to strong maximum
        /// monthly means; Ap spans quiet to storm-level daily means. Its accuracy is reported in
        /// docs/physics.md, "Orbit-averaged density table".
        public static let standard = Grid(
            altitudesKm: Array(stride(from: 80.0, to: 150, by: 5))
                + Array(stride(from: 150.0, to: 200, by: 10))
                + Array(stride(from: 200.0, to: 1000, by: 25))
                + Array(stride(from: 1000.0, through: 1500, by: 50)),
            f107: [65, 80, 100, 125, 150, 175, 200, 250, 300],
            ap: [0, 4, 8, 15, 27, 48, 80, 130, 200],
            inclinationsDeg: [0, 15, 30, 45, 60, 75, 90],
            latitudeNodesDeg: Array(stride(from: -90.0, through: 90, by: 5)),
            localTimeSamples: 8, daySamples: 8, orbitSamples: 48)

        /// Number of table values.
        public var cellCount: Int { altitudesKm.count * f107.count * ap.count * inclinationsDeg.count }

        var isUsable: Bool {
            func ascending(_ a: [Double], minimum: Int) -> Bool {
                a.count >= minimum && zip(a, a.dropFirst()).allSatisfy { $0 < $1 }
            }
            return ascending(altitudesKm, minimum: 4) && ascending(f107, minimum: 2) && ascending(ap, minimum: 2)
                && ascending(inclinationsDeg, minimum: 2) && ascending(latitudeNodesDeg, minimum: 2)
                && localTimeSamples > 0 && daySamples > 0 && orbitSamples > 0
        }

        /// Index of a value in ``NRLMSISE00MeanTable/logDensities``.
        public func index(altitude: Int, f107 f: Int, ap a: Int, inclination i: Int) -> Int {
            ((i * ap.count + a) * f107.count + f) * altitudesKm.count + altitude
        }
    }

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
    public static func column(altitudeIndex: Int, f107Index: Int, apIndex: Int, grid: Grid,
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
    public static func referenceMeanDensity(altitudeKm: Double, f107: Double, ap: Double, inclinationDeg: Double,
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
    public static func generate(grid: Grid, model: NRLMSISE00 = NRLMSISE00()) -> NRLMSISE00MeanTable? {
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

    // MARK: Serialisation

    /// Header of the embedded text; it names the table and the grid dimensions so that a stale data file
    /// is detected.
    static func header(for grid: Grid) -> String {
        "nrlmsise00-mean-table@1 altitudes=\(grid.altitudesKm.count) f107=\(grid.f107.count) ap=\(grid.ap.count) inclinations=\(grid.inclinationsDeg.count)"
    }

    /// The values as text: the header line, then ln ρ with 11 decimals (absolute 5e-12, i.e. well below the
    /// freshness test's 1e-9 relative), eight per line.
    public func serialized() -> String {
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

    /// Parses ``serialized()`` text for `grid`; nil if the header, a number or the count does not match.
    public init?(serialized text: String, grid: Grid) {
        guard let newline = text.firstIndex(of: "\n"),
              text[..<newline].trimmingCharacters(in: .whitespaces) == Self.header(for: grid),
              let values = Self.parseDecimals(text[text.index(after: newline)...]) else { return nil }
        self.init(grid: grid, logDensities: values)
    }

    /// Reads whitespace-separated plain decimals (optional minus sign, digits, at most one point, no exponent)
    /// straight from the UTF-8 bytes: ~30× faster than `Double(Substring)`, which matters because the
    /// standard table is parsed at first use. Results are within an ulp of the correctly rounded value.
    static func parseDecimals(_ text: Substring) -> [Double]? {
        var values: [Double] = []
        var mantissa: Int64 = 0, decimals = 0, digits = 0
        var negative = false, inToken = false, afterPoint = false
        func finishToken() -> Bool {
            guard digits > 0, digits <= 17 else { return false }
            let magnitude = Double(mantissa) / powersOfTen[decimals]
            values.append(negative ? -magnitude : magnitude)
            mantissa = 0; decimals = 0; digits = 0
            negative = false; inToken = false; afterPoint = false
            return true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 17 else { return nil }
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if afterPoint { decimals += 1 }
                inToken = true
            case UInt8(ascii: "-") where !inToken:
                negative = true
                inToken = true
            case UInt8(ascii: ".") where !afterPoint:
                afterPoint = true
                inToken = true
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                if inToken && !finishToken() { return nil }
            default:
                return nil
            }
        }
        if inToken && !finishToken() { return nil }
        return values
    }

    private static let powersOfTen: [Double] = (0...17).map { pow(10, Double($0)) }

    /// Swift source of the data file `NRLMSISE00MeanTableData.swift`.
    public func dataFileSource() -> String {
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
