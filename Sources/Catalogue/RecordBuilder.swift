import Astrodynamics
import Diagnostics
import Foundation

/// A keyword's text as it appeared in a message, with its location. Every format reader reduces a record to
/// these, and `RecordBuilder` checks and converts them in one place, so KVN, XML, JSON and CSV agree.
struct RawField: Sendable {
    var keyword: String
    var text: String
    var location: SourceLocation
}

/// Checks one record's keywords (ODM 502.0-B-3 tables 4-1 to 4-3, and the GP extensions CelesTrak and
/// Space-Track add) and builds a `MeanElementRecord`.
struct RecordBuilder {
    /// Whether the message is a full OMM (KVN, XML: mandatory keywords enforced) or a GP row (CSV, JSON).
    enum Dialect { case omm, gp }

    let dialect: Dialect
    let recordLocation: SourceLocation
    let recordDescription: String
    var fields: [String: RawField] = [:]
    var diagnostics: [Diagnostic] = []

    init(dialect: Dialect, recordLocation: SourceLocation, recordDescription: String) {
        self.dialect = dialect
        self.recordLocation = recordLocation
        self.recordDescription = recordDescription
    }

    /// Header and metadata keywords of the OMM (tables 4-1, 4-2) that Steward reads or accepts.
    static let metadataKeywords: Set<String> = [
        "CCSDS_OMM_VERS", "COMMENT", "CLASSIFICATION", "CREATION_DATE", "ORIGINATOR", "MESSAGE_ID",
        "OBJECT_NAME", "OBJECT_ID", "CENTER_NAME", "REF_FRAME", "REF_FRAME_EPOCH", "TIME_SYSTEM", "MEAN_ELEMENT_THEORY",
    ]
    /// Mean elements, spacecraft and TLE-related parameters (table 4-3).
    static let dataKeywords: Set<String> = [
        "EPOCH", "SEMI_MAJOR_AXIS", "MEAN_MOTION", "ECCENTRICITY", "INCLINATION", "RA_OF_ASC_NODE",
        "ARG_OF_PERICENTER", "MEAN_ANOMALY", "GM",
        "MASS", "SOLAR_RAD_AREA", "SOLAR_RAD_COEFF", "DRAG_AREA", "DRAG_COEFF",
        "EPHEMERIS_TYPE", "CLASSIFICATION_TYPE", "NORAD_CAT_ID", "ELEMENT_SET_NO", "REV_AT_EPOCH",
        "BSTAR", "BTERM", "MEAN_MOTION_DOT", "MEAN_MOTION_DDOT", "AGOM",
        "COV_REF_FRAME", "CX_X", "CY_X", "CY_Y", "CZ_X", "CZ_Y", "CZ_Z", "CX_DOT_X", "CX_DOT_Y", "CX_DOT_Z",
        "CX_DOT_X_DOT", "CY_DOT_X", "CY_DOT_Y", "CY_DOT_Z", "CY_DOT_X_DOT", "CY_DOT_Y_DOT", "CZ_DOT_X", "CZ_DOT_Y",
        "CZ_DOT_Z", "CZ_DOT_X_DOT", "CZ_DOT_Y_DOT", "CZ_DOT_Z_DOT",
    ]
    /// Columns Space-Track's `class/gp` adds to the OMM keyword set (derived values and catalogue data Steward
    /// does not read from a GP record; SATCAT is the source for object type and dates).
    static let gpExtraKeywords: Set<String> = [
        "OBJECT_TYPE", "RCS_SIZE", "COUNTRY_CODE", "LAUNCH_DATE", "SITE", "DECAY_DATE", "FILE", "GP_ID",
        "TLE_LINE0", "TLE_LINE1", "TLE_LINE2", "SEMIMAJOR_AXIS", "PERIOD", "APOGEE", "PERIGEE", "INTLDES", "DECAYED",
    ]
    /// Steward's own user-defined parameter names for physical data (docs/mission-format.md): the standard
    /// leaves USER_DEFINED_* to an interface control document, and this is Steward's.
    static let userDefinedPhysical: [String: String] = [
        "USER_DEFINED_MASS": "MASS", "USER_DEFINED_DRAG_AREA": "DRAG_AREA", "USER_DEFINED_DRAG_COEFF": "DRAG_COEFF",
    ]

    /// Adds a keyword; unknown keywords and repeats are located errors (USER_DEFINED_* are accepted).
    mutating func add(_ field: RawField) {
        let key = field.keyword
        let known = Self.metadataKeywords.contains(key) || Self.dataKeywords.contains(key) || key.hasPrefix("USER_DEFINED_")
            || (dialect == .gp && Self.gpExtraKeywords.contains(key))
        guard known else {
            let all = Self.metadataKeywords.union(Self.dataKeywords).union(dialect == .gp ? Self.gpExtraKeywords : [])
            var notes: [String] = []
            if let close = Suggestion.closest(to: key, in: Array(all)) { notes.append("did you mean '\(close)'?") }
            diagnostics.append(.error("unknown OMM keyword '\(key)'", at: field.location, notes: notes))
            return
        }
        if key == "COMMENT" { return }
        if let previous = fields[key] {
            diagnostics.append(.error("keyword '\(key)' appears twice in one record", at: field.location,
                                      notes: ["first given at \(previous.location)"]))
            return
        }
        fields[key] = field
    }

    // MARK: - Building

    mutating func build() -> MeanElementRecord? {
        let errorsBefore = diagnostics.count
        var unstated: [String] = []

        if let center = text("CENTER_NAME"), center.uppercased() != "EARTH" {
            error("CENTER_NAME", "Steward reads mean elements about the Earth only: expected EARTH, found '\(center)'")
        }
        if let system = text("TIME_SYSTEM"), system.uppercased() != "UTC" {
            error("TIME_SYSTEM", "expected UTC (SGP4 elements are in UTC), found '\(system)'")
        }
        let theory = text("MEAN_ELEMENT_THEORY") ?? "SGP4"
        let isSGP = Self.sgpTheories.contains(theory.uppercased())
        // Table 4-3: SEMI_MAJOR_AXIS or MEAN_MOTION, exactly one (an empty GP cell counts as absent).
        let givesMeanMotion = text("MEAN_MOTION") != nil, givesSemiMajorAxis = text("SEMI_MAJOR_AXIS") != nil
        if givesMeanMotion, givesSemiMajorAxis, let meanMotion = fields["MEAN_MOTION"], let semiMajor = fields["SEMI_MAJOR_AXIS"] {
            let second = meanMotion.location < semiMajor.location ? semiMajor : meanMotion
            let first = second.keyword == "MEAN_MOTION" ? semiMajor : meanMotion
            diagnostics.append(.error("give SEMI_MAJOR_AXIS or MEAN_MOTION, not both (CCSDS 502.0-B-3 table 4-3), found both",
                                      at: second.location, notes: ["\(first.keyword) given at \(first.location)"]))
        } else if !givesMeanMotion, !givesSemiMajorAxis {
            diagnostics.append(.error("missing mandatory keyword: expected SEMI_MAJOR_AXIS (km) or MEAN_MOTION (rev/day)",
                                      at: recordLocation, notes: ["in \(recordDescription)"]))
        }
        if givesMeanMotion, !isSGP {
            error("MEAN_ELEMENT_THEORY", "MEAN_MOTION is a Kozai mean motion only for SGP theories: expected SGP, SGP4, SGP4-XP or SGP/SGP4, found '\(theory)'",
                  notes: ["other theories give SEMI_MAJOR_AXIS (km) instead (CCSDS 502.0-B-3 table 4-3)"])
        }
        let gm = number("GM", required: false, range: Self.earthGMRange, unit: "km**3/s**2")

        let epoch = date("EPOCH")
        let givenMeanMotion = givesMeanMotion
            ? number("MEAN_MOTION", required: false, range: 0.000_001...30, unit: "rev/day") : nil
        let givenSemiMajorAxis = givesSemiMajorAxis && !givesMeanMotion
            ? number("SEMI_MAJOR_AXIS", required: false, range: 6378.137...1e9, unit: "km") : nil
        let eccentricity = number("ECCENTRICITY", required: true, range: 0...0.999_999)
        let inclination = number("INCLINATION", required: true, range: 0...180, unit: "deg")
        var angles: [Double] = []
        for key in ["RA_OF_ASC_NODE", "ARG_OF_PERICENTER", "MEAN_ANOMALY"] {
            if fields[key] == nil {
                unstated.append(key)
                if dialect == .omm {
                    diagnostics.append(.warning("mandatory OMM keyword '\(key)' is missing; no Steward model reads it, but other tools will refuse this message",
                                                at: recordLocation))
                }
            }
            angles.append(number(key, required: false, range: -360...360, unit: "deg") ?? 0)
        }
        let norad = integer("NORAD_CAT_ID", range: 0...999_999_999)
        let elementSet = integer("ELEMENT_SET_NO", range: 0...9_999_999) ?? 0
        let revolution = integer("REV_AT_EPOCH", range: 0...999_999_999) ?? 0
        _ = integer("EPHEMERIS_TYPE", range: 0...9)
        let bstar = number("BSTAR", required: false) ?? 0
        let ndot = number("MEAN_MOTION_DOT", required: false) ?? 0
        let nddot = number("MEAN_MOTION_DDOT", required: false) ?? 0
        for key in ["BTERM", "AGOM", "SOLAR_RAD_AREA"] { _ = number(key, required: false) }
        var classification: Character = "U"
        if let written = text("CLASSIFICATION_TYPE") {
            if written.count == 1, let c = written.first, ["U", "C", "S"].contains(c) { classification = c }
            else { error("CLASSIFICATION_TYPE", "expected U, C or S, found '\(written)'") }
        }
        let objectID = text("OBJECT_ID").flatMap { $0.uppercased() == "UNKNOWN" ? nil : $0 }
        if let objectID, !Self.isOMMDesignator(objectID) {
            error("OBJECT_ID", "expected an international designator YYYY-NNNP{PP} (e.g. 1998-067A) or UNKNOWN, found '\(objectID)'")
        }
        let objectName = text("OBJECT_NAME").flatMap { $0.uppercased() == "UNKNOWN" ? nil : $0 }

        var physical = PhysicalProperties()
        physical.massKg = located("MASS", range: 0.000_001...1_000_000, unit: "kg")
        physical.dragAreaM2 = located("DRAG_AREA", range: 0.000_001...1_000_000, unit: "m**2")
        physical.dragCoefficient = located("DRAG_COEFF", range: 0.5...5)
        physical.solarRadiationCoefficient = located("SOLAR_RAD_COEFF", range: 1...2)

        guard diagnostics.count == errorsBefore || !diagnostics[errorsBefore...].contains(where: { $0.severity == .error }),
              let epoch, let eccentricity, let inclination,
              let reading = Self.semiMajorAxisReading(meanMotion: givenMeanMotion, semiMajorAxisKm: givenSemiMajorAxis,
                                                      isSGP: isSGP, gm: gm) else {
            if epoch == nil || (givenMeanMotion == nil && givenSemiMajorAxis == nil) || eccentricity == nil || inclination == nil,
               !diagnostics[errorsBefore...].contains(where: { $0.severity == .error }) {
                diagnostics.append(.error("incomplete record", at: recordLocation))
            }
            return nil
        }
        // TLE-style designator (98067A) from the OMM one (1998-067A), for the element set's own field.
        let designator = objectID.map { id -> String in
            let parts = id.split(separator: "-")
            return parts.count == 2 ? String(parts[0].suffix(2)) + parts[1] : id
        } ?? ""
        let elements = TwoLineElementSet(
            title: objectName, catalogNumber: norad ?? 0, classification: classification,
            internationalDesignator: designator, epoch: epoch, meanMotionFirstDerivativeRevPerDay2: ndot,
            meanMotionSecondDerivativeRevPerDay3: nddot, bstarPerEarthRadius: bstar, elementSetNumber: elementSet,
            inclinationDeg: inclination, rightAscensionOfAscendingNodeDeg: angles[0], eccentricity: eccentricity,
            argumentOfPerigeeDeg: angles[1], meanAnomalyDeg: angles[2], meanMotionRevPerDay: reading.meanMotionRevPerDay,
            revolutionNumber: revolution)
        return MeanElementRecord(
            elements: elements, epochText: text("EPOCH") ?? "", objectName: objectName, objectID: objectID, noradCatalogNumber: norad,
            meanElementTheory: theory, physical: physical, unstatedKeywords: unstated, location: recordLocation,
            keywordLocations: fields.mapValues(\.location), recordDescription: recordDescription,
            semiMajorAxisSource: reading.source, referenceFrame: text("REF_FRAME"), gravitationalParameter: gm)
    }

    // MARK: - Semi-major axis conventions

    /// Mean-element theories whose MEAN_MOTION is a Kozai mean motion that SGP4's initialisation un-Kozais.
    static let sgpTheories: Set<String> = ["SGP", "SGP4", "SGP4-XP", "SGP/SGP4"]
    /// GM an Earth-centred message may state, km³/s²: every published Earth value (WGS-72 398600.8, WGS-84
    /// 398600.4418, EGM2008 398600.4415) lies well inside; a GM outside means another body or another unit.
    static let earthGMRange: ClosedRange<Double> = 398_000...399_000
    /// μ assumed when an SGP-theory message gives no GM: WGS-72, the constants SGP4 and its element sets use
    /// (Hoots & Roehrich, Spacetrack Report No. 3, 1980; Vallado et al., AIAA 2006-6753).
    static let wgs72GM = 398_600.8
    /// μ assumed for other theories without GM: WGS-84 (NIMA TR8350.2, 3rd edition, 2000, table 3.1: GM = 3986004.418 × 10⁸ m³/s²).
    static let wgs84GM = 398_600.4418

    /// The mean motion kept in the record's element set and where the semi-major axis comes from
    /// (docs/mission-format.md, `orbit.omm`):
    /// - SGP theories, MEAN_MOTION: a Kozai mean motion, un-Kozai'd as for a TLE;
    /// - SGP theories, SEMI_MAJOR_AXIS: the Keplerian counterpart of that Kozai mean motion, n = √(GM/a³) — the
    ///   relation Orekit's `OmmParser` uses between the two keywords (a = ∛(μ/n²), μ = GM or WGS-72) — turned
    ///   back into n and then un-Kozai'd like any TLE, so both forms of one element set give the same orbit;
    /// - other theories (DSST, USM, …): SEMI_MAJOR_AXIS is that theory's mean a and is used as written; the
    ///   element set keeps the Keplerian n = √(GM/a³) (GM or WGS-84) for completeness.
    static func semiMajorAxisReading(meanMotion: Double?, semiMajorAxisKm: Double?, isSGP: Bool, gm: Double?)
        -> (meanMotionRevPerDay: Double, source: SemiMajorAxisSource)? {
        if let meanMotion { return (meanMotion, .sgp4MeanMotion) }
        guard let semiMajorAxisKm else { return nil }
        let mu = gm ?? (isSGP ? wgs72GM : wgs84GM)
        let radiansPerSecond = (mu / (semiMajorAxisKm * semiMajorAxisKm * semiMajorAxisKm)).squareRoot()
        let revolutionsPerDay = radiansPerSecond * 86_400 / (2 * Double.pi)
        return (revolutionsPerDay, isSGP ? .sgp4MeanMotion : .stated(km: semiMajorAxisKm))
    }

    // MARK: - Field conversion

    private mutating func error(_ key: String, _ message: String, notes: [String] = []) {
        diagnostics.append(.error(message, at: fields[key]?.location ?? recordLocation, notes: notes))
    }

    /// The trimmed text of a keyword; nil when absent or empty (GP CSV leaves optional cells empty).
    private func text(_ key: String) -> String? {
        guard let raw = fields[key]?.text.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        return raw
    }

    /// The keyword's value with a trailing KVN unit (`[km]`) checked and removed.
    private mutating func valueText(_ key: String, unit: String?) -> String? {
        guard var value = text(key) else { return nil }
        if value.hasSuffix("]"), let open = value.lastIndex(of: "[") {
            let written = value[value.index(after: open)..<value.index(before: value.endIndex)].trimmingCharacters(in: .whitespaces)
            if let unit, written.lowercased() != unit.lowercased() {
                error(key, "\(key) is in \(unit), found unit [\(written)]")
                return nil
            }
            value = value[..<open].trimmingCharacters(in: .whitespaces)
        }
        return value
    }

    private mutating func number(_ key: String, required: Bool, range: ClosedRange<Double>? = nil, unit: String? = nil) -> Double? {
        guard fields[key] != nil, let value = valueText(key, unit: unit) else {
            if required { diagnostics.append(.error("missing mandatory keyword '\(key)'", at: recordLocation, notes: ["in \(recordDescription)"])) }
            return nil
        }
        guard let number = Self.parseDecimal(value) else {
            error(key, "\(key) must be a number (e.g. 15.72125391, .1845686 or -1.1606E-05), found '\(value)'")
            return nil
        }
        if let range, !range.contains(number) {
            error(key, "\(key) must be between \(NumberFormatting.shortest(range.lowerBound)) and \(NumberFormatting.shortest(range.upperBound))\(unit.map { " \($0)" } ?? ""), found \(value)")
            return nil
        }
        return number
    }

    private mutating func located(_ key: String, range: ClosedRange<Double>, unit: String? = nil) -> Located<Double>? {
        var source = key
        if fields[key] == nil, let alias = Self.userDefinedPhysical.first(where: { $0.value == key && fields[$0.key] != nil })?.key {
            source = alias
        }
        guard let field = fields[source], let value = number(source, required: false, range: range, unit: unit) else { return nil }
        return Located(value, keyword: source, location: field.location)
    }

    private mutating func integer(_ key: String, range: ClosedRange<Int>) -> Int? {
        guard let value = text(key) else { return nil }
        // Space-Track and some exporters write integers as "5.0"? No: only digits are accepted.
        guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value), range.contains(number) else {
            error(key, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound), found '\(value)'")
            return nil
        }
        return number
    }

    private mutating func date(_ key: String) -> Date? {
        guard fields[key] != nil, let value = text(key) else {
            diagnostics.append(.error("missing mandatory keyword '\(key)'", at: recordLocation, notes: ["in \(recordDescription)"]))
            return nil
        }
        guard let date = Self.parseEpoch(value) else {
            error(key, "\(key) must be a UTC date-time YYYY-MM-DDThh:mm:ss[.ffffff][Z] or YYYY-DDDThh:mm:ss[.ffffff], found '\(value)'")
            return nil
        }
        return date
    }

    // MARK: - Lexical forms

    /// A decimal in the forms ODM §7.5.6–7.5.7 and GP files use: `15.7`, `.1845686`, `-1.6E-7`, `0`.
    /// Locale-free; rejects `1,5`, `nan`, `inf` and hexadecimal.
    static func parseDecimal(_ text: String) -> Double? {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let integerPart = scalars.prefix(while: isDigit)
        scalars = scalars.dropFirst(integerPart.count)
        var fraction = Substring.UnicodeScalarView.SubSequence()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fraction = scalars.prefix(while: isDigit)
            scalars = scalars.dropFirst(fraction.count)
        }
        guard !integerPart.isEmpty || !fraction.isEmpty else { return nil }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix(while: isDigit)
            guard !exponent.isEmpty else { return nil }
            scalars = scalars.dropFirst(exponent.count)
        }
        guard scalars.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// ODM §7.5.10 date-times: calendar `YYYY-MM-DDThh:mm:ss[.f…][Z]` or day-of-year `YYYY-DDDThh:mm:ss[.f…][Z]`.
    static func parseEpoch(_ raw: String) -> Date? {
        var text = Substring(raw)
        if text.hasSuffix("Z") { text = text.dropLast() }
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let dateParts = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        let timeParts = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard timeParts.count == 3, timeParts[0].count == 2, timeParts[1].count == 2,
              let hour = Int(timeParts[0]), let minute = Int(timeParts[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        let secondText = timeParts[2]
        let secondDigits = secondText.split(separator: ".", omittingEmptySubsequences: false)
        guard secondDigits.count <= 2, secondDigits[0].count == 2, secondDigits.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let seconds = Double(secondText), seconds < 61 else { return nil }
        guard dateParts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), dateParts.first?.count == 4,
              let year = Int(dateParts[0]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let dayStart: Date?
        if dateParts.count == 3, dateParts[1].count == 2, dateParts[2].count == 2,
           let month = Int(dateParts[1]), let day = Int(dateParts[2]), (1...12).contains(month), (1...31).contains(day) {
            let components = DateComponents(year: year, month: month, day: day)
            guard components.isValidDate(in: calendar) else { return nil }
            dayStart = calendar.date(from: components)
        } else if dateParts.count == 2, dateParts[1].count == 3, let dayOfYear = Int(dateParts[1]), (1...366).contains(dayOfYear) {
            dayStart = calendar.date(from: DateComponents(year: year, month: 1, day: 1)).map { $0.addingTimeInterval(Double(dayOfYear - 1) * 86_400) }
        } else {
            return nil
        }
        return dayStart.map { $0.addingTimeInterval(Double(hour * 3600 + minute * 60) + seconds) }
    }

    /// `YYYY-NNNP{PP}`: four-digit year, three-digit launch number, one to three piece letters.
    static func isOMMDesignator(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        guard s.count >= 9, s.count <= 11, s[4] == "-" else { return false }
        return s[0..<4].allSatisfy { ("0"..."9").contains($0) } && s[5..<8].allSatisfy { ("0"..."9").contains($0) }
            && s[8...].allSatisfy { ("A"..."Z").contains($0) }
    }
}
