import Foundation

/// Rebuilds the tracked-object spatial-density table from a two-line-element catalogue the user supplies, so the
/// collision baseline can be kept current (`steward density-table`).
///
/// Each element set goes through the full `TwoLineElementSet` parser (field formats, checksums, catalogue numbers),
/// so a catalogue is held to the same rules as a descriptor's TLE; the SGP4 mean semi-major axis and the
/// eccentricity give perigee/apogee altitudes a(1 ∓ e) − R_eq. Each object is spread over the shells it crosses
/// by time spent (`AltitudeShellOccupancy`), as the shipped table was. The object's kind comes from
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
                let line1Text = String(decoding: line1.bytes, as: UTF8.self)
                switch TwoLineElementSet.parse(title: nil, line1: line1Text, line2: String(decoding: bytes, as: UTF8.self)) {
                case let .failure(problems):
                    // Report the first problem of the set, on the catalogue line it is on.
                    let first = problems.errors.first
                    let number = first?.line == 1 ? line1.number : lineNumber
                    issues.append(Issue(lineNumber: number,
                                        message: first.map { "column \($0.column): \($0.message)" } ?? "malformed element set"))
                case let .success(elements):
                    let catalogueNumber = String(elements.catalogNumber)
                    if !seen.insert(catalogueNumber).inserted {
                        issues.append(Issue(lineNumber: lineNumber,
                                            message: "object \(catalogueNumber) appears twice; the later set is ignored"))
                        continue
                    }
                    read += 1
                    let semiMajorAxis = elements.semiMajorAxisKm
                    let perigee = semiMajorAxis * (1 - elements.eccentricity) - Earth.equatorialRadiusKm
                    let apogee = semiMajorAxis * (1 + elements.eccentricity) - Earth.equatorialRadiusKm
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
}
