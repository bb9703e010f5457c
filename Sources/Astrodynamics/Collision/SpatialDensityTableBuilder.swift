import Foundation

/// Rebuilds the tracked-object spatial-density table from a two-line-element catalogue the user supplies, so the
/// collision baseline can be kept current (issue 5; the CLI command that calls this comes later).
///
/// Only line 2's eccentricity (columns 27–33, decimal point assumed) and mean motion (columns 53–63, rev/day)
/// are needed: a = (μ/n²)^⅓, perigee/apogee altitudes = a(1 ∓ e) − R_eq. Each object is spread over the shells
/// it crosses by time spent (`AltitudeShellOccupancy`), as the shipped table was. The object's kind comes from
/// the optional title line: "R/B" → rocket body, "DEB" → debris, any other title → payload; objects without a
/// title line count in the total only. Every malformed or inconsistent line is reported with its line number
/// and skipped; parsing never stops early.
public enum SpatialDensityTableBuilder {
    /// A problem with one line of the catalogue.
    public struct Issue: Sendable, Hashable, CustomStringConvertible {
        public var lineNumber: Int
        public var message: String
        public var description: String { "line \(lineNumber): \(message)" }
    }

    public struct Output: Sendable, Hashable {
        public var table: SpatialDensityTable
        /// Element sets read successfully.
        public var objectsRead: Int
        /// Of those, objects with some of their orbit inside the table's altitude range.
        public var objectsInRange: Int
        public var issues: [Issue]
    }

    /// Earth's gravitational parameter in km³/s² (WGS 84, `Earth.mu`).
    private static let muKm3PerS2 = Earth.mu * 1e-9

    public static func build(tleText: String, epoch: String, lowestAltitudeKm: Double = 200,
                             highestAltitudeKm: Double = 2000, shellWidthKm: Double = 20) -> Output {
        let shellCount = max(1, Int(((highestAltitudeKm - lowestAltitudeKm) / shellWidthKm).rounded()))
        var shells = (0..<shellCount).map { index in
            SpatialDensityTable.Shell(lowKm: lowestAltitudeKm + Double(index) * shellWidthKm,
                                      highKm: lowestAltitudeKm + Double(index + 1) * shellWidthKm,
                                      payloads: 0, rocketBodies: 0, debris: 0, totalObjects: 0, objectsPerKm3: 0)
        }
        let emptyTable = SpatialDensityTable(shells: shells, epoch: epoch)

        var issues: [Issue] = []
        var read = 0, inRange = 0
        var title: String?
        var pendingLine1: (number: Int, bytes: [UInt8])?
        var seen = Set<String>()

        var lineNumber = 0
        for rawLine in tleText.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            lineNumber += 1
            let bytes = Array(rawLine.utf8.reversed().drop(while: { $0 == 13 || $0 == 32 || $0 == 9 }).reversed())
            if bytes.isEmpty { continue }
            if bytes.count >= 2 && bytes[0] == UInt8(ascii: "1") && bytes[1] == 32 {
                if let pending = pendingLine1 {
                    issues.append(Issue(lineNumber: pending.number, message: "line 1 of an element set without its line 2"))
                }
                pendingLine1 = (lineNumber, bytes)
                continue
            }
            if bytes.count >= 2 && bytes[0] == UInt8(ascii: "2") && bytes[1] == 32 {
                defer { pendingLine1 = nil; title = nil }
                guard let line1 = pendingLine1 else {
                    issues.append(Issue(lineNumber: lineNumber, message: "line 2 of an element set without its line 1"))
                    continue
                }
                switch parseElementSet(line1: line1.bytes, line2: bytes) {
                case let .failure(message):
                    issues.append(Issue(lineNumber: lineNumber, message: message))
                case let .success((catalogueNumber, eccentricity, meanMotion)):
                    if !seen.insert(catalogueNumber).inserted {
                        issues.append(Issue(lineNumber: lineNumber,
                                            message: "object \(catalogueNumber) appears twice; the later set is ignored"))
                        continue
                    }
                    read += 1
                    let meanMotionRadPerS = meanMotion * 2 * Double.pi / 86_400
                    let semiMajorAxis = cbrt(muKm3PerS2 / (meanMotionRadPerS * meanMotionRadPerS))
                    let perigee = semiMajorAxis * (1 - eccentricity) - Earth.equatorialRadiusKm
                    let apogee = semiMajorAxis * (1 + eccentricity) - Earth.equatorialRadiusKm
                    let fractions = AltitudeShellOccupancy.fractions(perigeeKm: perigee, apogeeKm: apogee,
                                                                     in: emptyTable)
                    if !fractions.isEmpty { inRange += 1 }
                    let kind = classify(title: title)
                    for (index, fraction) in fractions {
                        shells[index].totalObjects += fraction
                        switch kind {
                        case .payload: shells[index].payloads += fraction
                        case .rocketBody: shells[index].rocketBodies += fraction
                        case .debris: shells[index].debris += fraction
                        case .unknown: break
                        }
                    }
                }
                continue
            }
            // Any other line is a title line (the "0 " prefix of the three-line format is dropped).
            if let pending = pendingLine1 {
                issues.append(Issue(lineNumber: pending.number, message: "line 1 of an element set without its line 2"))
                pendingLine1 = nil
            }
            var name = String(decoding: bytes, as: UTF8.self)
            if name.hasPrefix("0 ") { name.removeFirst(2) }
            title = name
        }
        if let pending = pendingLine1 {
            issues.append(Issue(lineNumber: pending.number, message: "line 1 of an element set without its line 2"))
        }

        for index in shells.indices {
            shells[index].objectsPerKm3 = shells[index].totalObjects / shells[index].volumeKm3
        }
        return Output(table: SpatialDensityTable(shells: shells, epoch: epoch), objectsRead: read,
                      objectsInRange: inRange, issues: issues)
    }

    private enum Kind { case payload, rocketBody, debris, unknown }

    private static func classify(title: String?) -> Kind {
        guard let title else { return .unknown }
        let upper = title.uppercased()
        if upper.contains("R/B") { return .rocketBody }
        if upper.range(of: #"\bDEB\b"#, options: .regularExpression) != nil { return .debris }
        return .payload
    }

    private enum ParseResult {
        case success((String, Double, Double))
        case failure(String)
    }

    /// Reads catalogue number, eccentricity and mean motion, checking layout and checksums.
    private static func parseElementSet(line1: [UInt8], line2: [UInt8]) -> ParseResult {
        guard line1.count >= 68 else { return .failure("line 1 is \(line1.count) characters long, expected 69") }
        guard line2.count >= 63 else { return .failure("line 2 is \(line2.count) characters long, expected 69") }
        for (line, name) in [(line1, "line 1"), (line2, "line 2")] where line.count >= 69 {
            guard let expected = digit(line[68]) else { return .failure("\(name) has no checksum digit in column 69") }
            if checksum(line) != expected {
                return .failure("\(name) checksum is \(expected), the digits add up to \(checksum(line))")
            }
        }
        let number1 = text(line1, 3...7).trimmingCharacters(in: .whitespaces)
        let number2 = text(line2, 3...7).trimmingCharacters(in: .whitespaces)
        guard !number2.isEmpty, number1 == number2 else {
            return .failure("catalogue numbers differ between line 1 (\(number1)) and line 2 (\(number2))")
        }
        let eccentricityText = text(line2, 27...33)
        guard eccentricityText.count == 7, eccentricityText.allSatisfy(\.isNumber),
              let eccentricity = Double("0." + eccentricityText), eccentricity < 1 else {
            return .failure("eccentricity (columns 27–33) is \"\(eccentricityText)\", expected seven digits")
        }
        let meanMotionText = text(line2, 53...63).trimmingCharacters(in: .whitespaces)
        guard let meanMotion = Double(meanMotionText), meanMotion.isFinite, meanMotion > 0 else {
            return .failure("mean motion (columns 53–63) is \"\(meanMotionText)\", expected revolutions per day")
        }
        return .success((number2, eccentricity, meanMotion))
    }

    /// Columns are 1-based and inclusive, as in the format's definition.
    private static func text(_ line: [UInt8], _ columns: ClosedRange<Int>) -> String {
        let upper = min(columns.upperBound, line.count)
        guard columns.lowerBound <= upper else { return "" }
        return String(decoding: line[(columns.lowerBound - 1)..<upper], as: UTF8.self)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }

    /// Sum of the digits of columns 1–68, with '-' counting 1, modulo 10 (the TLE checksum rule).
    private static func checksum(_ line: [UInt8]) -> Int {
        var sum = 0
        for byte in line.prefix(68) {
            if let value = digit(byte) { sum += value } else if byte == UInt8(ascii: "-") { sum += 1 }
        }
        return sum % 10
    }
}
