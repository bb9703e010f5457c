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

    // MARK: Serialisation

    /// Header of the embedded text; it names the table and the grid dimensions so that a stale data file
    /// is detected.
    static func header(for grid: Grid) -> String {
        "nrlmsise00-mean-table@1 altitudes=\(grid.altitudesKm.count) f107=\(grid.f107.count) ap=\(grid.ap.count) inclinations=\(grid.inclinationsDeg.count)"
    }

    /// Parses the serialised text (the header line, then ln ρ, eight values per line) for `grid`; nil if the
    /// header, a number or the count does not match. The tests' generator writes it.
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
}
