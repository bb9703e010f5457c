import Foundation

/// A NORAD two-line element set (TLE), parsed field by field with every field's format checked.
///
/// Steward accepts a TLE as one of the three ways to give an operational orbit, because it is what operators
/// and public catalogues (Space-Track, CelesTrak) actually publish. The physics and the catalogue-rebuild
/// command need the same parser, which is why it lives here rather than in the mission model.
///
/// Format: the fixed-column layout of the NORAD element set, as documented by CelesTrak
/// ("NORAD Two-Line Element Set Format", T.S. Kelso) and Space-Track. Column numbers in errors are 1-based,
/// counted in the element line itself, so a caller can map them to a position in its own file.
public struct TwoLineElementSet: Sendable, Hashable {
    /// The optional title line ("line 0"), trimmed; nil when only two lines were given.
    public var title: String?
    /// NORAD catalogue number; Alpha-5 numbers (a letter for the leading digit, e.g. `A0001` = 100001) are expanded.
    public var catalogNumber: Int
    /// `U` unclassified, `C` classified, `S` secret.
    public var classification: Character
    /// International designator (COSPAR), e.g. `98067A`; empty for analyst objects without one.
    public var internationalDesignator: String
    /// Epoch of the elements, UTC.
    public var epoch: Date
    /// First time derivative of mean motion divided by two, rev/day².
    public var meanMotionFirstDerivativeRevPerDay2: Double
    /// Second time derivative of mean motion divided by six, rev/day³.
    public var meanMotionSecondDerivativeRevPerDay3: Double
    /// SGP4 drag term B*, in inverse Earth radii.
    public var bstarPerEarthRadius: Double
    /// Element set number (a counter maintained by the producer).
    public var elementSetNumber: Int
    public var inclinationDeg: Double
    public var rightAscensionOfAscendingNodeDeg: Double
    public var eccentricity: Double
    public var argumentOfPerigeeDeg: Double
    public var meanAnomalyDeg: Double
    /// Kozai mean motion as published, rev/day.
    public var meanMotionRevPerDay: Double
    /// Revolution number at epoch.
    public var revolutionNumber: Int

    /// An element set from its fields, for mean elements that arrive in another container (a CCSDS OMM, a
    /// CelesTrak/Space-Track GP record): the same SGP4 mean elements, so the same `semiMajorAxisKm` applies.
    public init(title: String?, catalogNumber: Int, classification: Character, internationalDesignator: String,
                epoch: Date, meanMotionFirstDerivativeRevPerDay2: Double, meanMotionSecondDerivativeRevPerDay3: Double,
                bstarPerEarthRadius: Double, elementSetNumber: Int, inclinationDeg: Double,
                rightAscensionOfAscendingNodeDeg: Double, eccentricity: Double, argumentOfPerigeeDeg: Double,
                meanAnomalyDeg: Double, meanMotionRevPerDay: Double, revolutionNumber: Int) {
        self.title = title
        self.catalogNumber = catalogNumber
        self.classification = classification
        self.internationalDesignator = internationalDesignator
        self.epoch = epoch
        self.meanMotionFirstDerivativeRevPerDay2 = meanMotionFirstDerivativeRevPerDay2
        self.meanMotionSecondDerivativeRevPerDay3 = meanMotionSecondDerivativeRevPerDay3
        self.bstarPerEarthRadius = bstarPerEarthRadius
        self.elementSetNumber = elementSetNumber
        self.inclinationDeg = inclinationDeg
        self.rightAscensionOfAscendingNodeDeg = rightAscensionOfAscendingNodeDeg
        self.eccentricity = eccentricity
        self.argumentOfPerigeeDeg = argumentOfPerigeeDeg
        self.meanAnomalyDeg = meanAnomalyDeg
        self.meanMotionRevPerDay = meanMotionRevPerDay
        self.revolutionNumber = revolutionNumber
    }

    /// A problem in an element set, located by element line (0 title, 1, 2) and 1-based column.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String

        public init(line: Int, column: Int, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "TLE line \(line), column \(column): \(message)" }
    }

    /// Parses a TLE given as text: two lines, or three with a leading title line. Blank lines are ignored.
    /// Returns every problem found, not only the first.
    public static func parse(_ text: String) -> Result<TwoLineElementSet, ParseErrors> {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return parse(lines: lines)
    }

    /// Parses a TLE given as separate lines (two, or three with a title line first).
    public static func parse(lines: [String]) -> Result<TwoLineElementSet, ParseErrors> {
        switch lines.count {
        case 2: return parse(title: nil, line1: lines[0], line2: lines[1])
        case 3: return parse(title: lines[0], line1: lines[1], line2: lines[2])
        default:
            return .failure(ParseErrors([ParseError(line: 1, column: 1,
                message: "expected two element lines (optionally after a title line), found \(lines.count) non-empty lines")]))
        }
    }

    /// Several located problems; a TLE with one bad field often has others, and users fix them in one go.
    public struct ParseErrors: Error, Sendable, Hashable {
        public var errors: [ParseError]
        public init(_ errors: [ParseError]) { self.errors = errors }
    }

    /// Parses the two element lines, and the optional title (line 0).
    public static func parse(title: String?, line1: String, line2: String) -> Result<TwoLineElementSet, ParseErrors> {
        var errors: [ParseError] = []
        let first = ElementLine(number: 1, text: line1)
        let second = ElementLine(number: 2, text: line2)
        first.checkShape(&errors)
        second.checkShape(&errors)
        guard errors.isEmpty else { return .failure(ParseErrors(errors)) }

        // Line 1.
        let catalog1 = first.catalogNumber(&errors)
        let classificationText = first.field(8, 8)
        let classification = classificationText.first ?? " "
        if !["U", "C", "S"].contains(classification) {
            errors.append(first.error(8, "classification must be U, C or S, found '\(classificationText)'"))
        }
        let designator = first.field(10, 17).trimmingCharacters(in: .whitespaces)
        if !designator.isEmpty, !isInternationalDesignator(designator) {
            errors.append(first.error(10, "international designator must be a 2-digit year, a 3-digit launch number and a piece code, found '\(designator)'"))
        }
        let epoch = first.epoch(&errors)
        let ndot = first.decimal(34, 43, "first derivative of mean motion", &errors)
        let nddot = first.impliedDecimal(45, 52, "second derivative of mean motion", &errors)
        let bstar = first.impliedDecimal(54, 61, "B* drag term", &errors)
        let ephemerisType = first.field(63, 63)
        if ephemerisType != "0" && ephemerisType != " " {
            errors.append(first.error(63, "ephemeris type must be 0 (SGP4) or blank, found '\(ephemerisType)'"))
        }
        let elementSet = first.integer(65, 68, "element set number", &errors)
        first.checkChecksum(&errors)

        // Line 2.
        let catalog2 = second.catalogNumber(&errors)
        if let catalog1, let catalog2, catalog1 != catalog2 {
            errors.append(second.error(3, "catalogue number \(catalog2) differs from line 1 (\(catalog1))"))
        }
        let inclination = second.angle(9, 16, "inclination", max: 180, &errors)
        let raan = second.angle(18, 25, "right ascension of the ascending node", max: 360, &errors)
        let eccentricity = second.eccentricity(&errors)
        let argumentOfPerigee = second.angle(35, 42, "argument of perigee", max: 360, &errors)
        let meanAnomaly = second.angle(44, 51, "mean anomaly", max: 360, &errors)
        let meanMotion = second.decimal(53, 63, "mean motion", &errors)
        if let meanMotion, !(meanMotion > 0) {
            errors.append(second.error(53, "mean motion must be greater than 0 rev/day, found \(meanMotion)"))
        }
        let revolution = second.integer(64, 68, "revolution number", &errors)
        second.checkChecksum(&errors)

        guard errors.isEmpty, let catalog1, let epoch, let ndot, let nddot, let bstar, let elementSet,
              let inclination, let raan, let eccentricity, let argumentOfPerigee, let meanAnomaly,
              let meanMotion, let revolution else {
            return .failure(ParseErrors(errors))
        }
        let trimmedTitle = title.map { $0.trimmingCharacters(in: .whitespaces) }
        return .success(TwoLineElementSet(
            title: trimmedTitle.map { $0.hasPrefix("0 ") ? String($0.dropFirst(2)) : $0 },
            catalogNumber: catalog1, classification: classification, internationalDesignator: designator,
            epoch: epoch, meanMotionFirstDerivativeRevPerDay2: ndot, meanMotionSecondDerivativeRevPerDay3: nddot,
            bstarPerEarthRadius: bstar, elementSetNumber: elementSet, inclinationDeg: inclination,
            rightAscensionOfAscendingNodeDeg: raan, eccentricity: eccentricity, argumentOfPerigeeDeg: argumentOfPerigee,
            meanAnomalyDeg: meanAnomaly, meanMotionRevPerDay: meanMotion, revolutionNumber: revolution))
    }

    /// The modulo-10 checksum of the first 68 columns: digits count their value, minus signs count 1.
    public static func checksum(of line: String) -> Int {
        var sum = 0
        for character in line.prefix(68) {
            if let digit = character.wholeNumberValue, character.isASCII { sum += digit }
            else if character == "-" { sum += 1 }
        }
        return sum % 10
    }

    static func isInternationalDesignator(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 6, scalars.count <= 8 else { return false }
        let digits = scalars[0..<5].allSatisfy { ("0"..."9").contains($0) }
        let piece = scalars[5...].allSatisfy { ("A"..."Z").contains($0) }
        return digits && piece
    }
}

// MARK: - Semi-major axis (SGP4 mean elements)

extension TwoLineElementSet {
    /// WGS-72 constants used by SGP4, which TLEs are fitted with (Hoots & Roehrich, Spacetrack Report No. 3, 1980;
    /// Vallado et al., "Revisiting Spacetrack Report #3", AIAA 2006-6753): μ = 398600.8 km³/s², Rₑ = 6378.135 km,
    /// J2 = 0.001082616.
    enum WGS72 {
        static let muKm3PerS2 = 398_600.8
        static let earthRadiusKm = 6378.135
        static let j2 = 0.001082616
    }

    /// The SGP4 (Brouwer) mean semi-major axis, km, recovered from the published Kozai mean motion.
    ///
    /// A TLE's mean motion is a Kozai mean motion; SGP4 first converts it to the Brouwer mean motion n₀″ and the
    /// semi-major axis a₀″ (Spacetrack Report No. 3, section 6, "SGP4" initialisation). The correction is a few
    /// kilometres in LEO, which matters for perigee altitudes of low orbits.
    public var semiMajorAxisKm: Double {
        let minutesPerDay = 1440.0
        let n0 = meanMotionRevPerDay * 2 * Double.pi / minutesPerDay   // rad/min
        // ke = sqrt(μ) in Earth radii^1.5 per minute.
        let ke = 60.0 / (WGS72.earthRadiusKm * WGS72.earthRadiusKm * WGS72.earthRadiusKm / WGS72.muKm3PerS2).squareRoot()
        let k2 = 0.5 * WGS72.j2
        let cosI = cos(inclinationDeg * Double.pi / 180)
        let beta0Cubed = pow(1 - eccentricity * eccentricity, 1.5)
        let a1 = pow(ke / n0, 2.0 / 3.0)
        let delta1 = 1.5 * k2 * (3 * cosI * cosI - 1) / (a1 * a1 * beta0Cubed)
        let a0 = a1 * (1 - delta1 / 3 - delta1 * delta1 - 134.0 / 81.0 * delta1 * delta1 * delta1)
        let delta0 = 1.5 * k2 * (3 * cosI * cosI - 1) / (a0 * a0 * beta0Cubed)
        let a0Brouwer = a0 / (1 - delta0)
        return a0Brouwer * WGS72.earthRadiusKm
    }
}

// MARK: - Field access

/// One element line with helpers that read fixed-column fields and report located errors.
private struct ElementLine {
    let number: Int
    let scalars: [Unicode.Scalar]

    init(number: Int, text: String) {
        self.number = number
        // Trailing blanks and carriage returns are common in copied TLEs and carry no information.
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\r" || last == "\t" { scalars.removeLast() }
        self.scalars = scalars
    }

    func error(_ column: Int, _ message: String) -> TwoLineElementSet.ParseError {
        TwoLineElementSet.ParseError(line: number, column: column, message: message)
    }

    func checkShape(_ errors: inout [TwoLineElementSet.ParseError]) {
        if let bad = scalars.firstIndex(where: { !$0.isASCII || $0.value < 0x20 }) {
            errors.append(error(bad + 1, "element lines may contain only printable ASCII characters"))
            return
        }
        guard scalars.count == 69 else {
            errors.append(error(scalars.count < 69 ? scalars.count + 1 : 70,
                                "element line \(number) must be 69 characters long, found \(scalars.count)"))
            return
        }
        if scalars[0] != Unicode.Scalar(UInt8(48 + number)) {
            errors.append(error(1, "line \(number) must start with '\(number)', found '\(scalars[0])'"))
        }
    }

    /// Columns `from...to`, 1-based inclusive, as text.
    func field(_ from: Int, _ to: Int) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[(from - 1)..<to])
        return text
    }

    func catalogNumber(_ errors: inout [TwoLineElementSet.ParseError]) -> Int? {
        let text = field(3, 7)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(trimmed) { return value }
        // Alpha-5: a letter (excluding I and O) stands for 10…33 in the leading position.
        let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        if let head = text.first, let index = letters.firstIndex(of: head),
           let rest = Int(text.dropFirst()), text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            return (index + 10) * 10_000 + rest
        }
        errors.append(error(3, "catalogue number must be 5 digits (or Alpha-5), found '\(text)'"))
        return nil
    }

    func epoch(_ errors: inout [TwoLineElementSet.ParseError]) -> Date? {
        let yearText = field(19, 20)
        let dayText = field(21, 32)
        guard yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let twoDigitYear = Int(yearText) else {
            errors.append(error(19, "epoch year must be two digits, found '\(yearText)'"))
            return nil
        }
        guard isPlainDecimal(dayText.trimmingCharacters(in: .whitespaces), allowSign: false),
              let day = Double(dayText.trimmingCharacters(in: .whitespaces)) else {
            errors.append(error(21, "epoch day of year must be a decimal number, found '\(dayText)'"))
            return nil
        }
        // The two-digit year convention of the format: 57–99 are 1957–1999, 00–56 are 2000–2056.
        let year = twoDigitYear >= 57 ? 1900 + twoDigitYear : 2000 + twoDigitYear
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let daysInYear = isLeap ? 366.0 : 365.0
        guard day >= 1, day < daysInYear + 1 else {
            errors.append(error(21, "epoch day of year must be between 1 and \(Int(daysInYear)).99999999, found \(dayText.trimmingCharacters(in: .whitespaces))"))
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let newYear = calendar.date(from: DateComponents(year: year, month: 1, day: 1)) else {
            errors.append(error(19, "epoch year \(year) cannot be represented"))
            return nil
        }
        return newYear.addingTimeInterval((day - 1) * 86_400)
    }

    /// A decimal with an explicit point, e.g. ` -.00002182` or `15.72125391`.
    func decimal(_ from: Int, _ to: Int, _ what: String, _ errors: inout [TwoLineElementSet.ParseError]) -> Double? {
        let text = field(from, to).trimmingCharacters(in: .whitespaces)
        guard isPlainDecimal(text, allowSign: true), let value = Double(text.hasPrefix("-.") ? "-0" + text.dropFirst() :
                                                                           text.hasPrefix("+.") ? "0" + text.dropFirst() :
                                                                           text.hasPrefix(".") ? "0" + text : text) else {
            errors.append(error(from, "\(what) must be a decimal number, found '\(field(from, to))'"))
            return nil
        }
        return value
    }

    /// The format's "assumed decimal point" notation: ` 12345-3` means 0.12345e-3.
    func impliedDecimal(_ from: Int, _ to: Int, _ what: String, _ errors: inout [TwoLineElementSet.ParseError]) -> Double? {
        let raw = field(from, to)
        var chars = Array(raw.trimmingCharacters(in: .whitespaces))
        var sign = 1.0
        if let first = chars.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            chars.removeFirst()
        }
        guard chars.count >= 3, let exponentSign = chars.dropLast().last, exponentSign == "-" || exponentSign == "+",
              let exponentDigit = chars.last?.wholeNumberValue, chars.last?.isASCII == true else {
            errors.append(error(from, "\(what) must be in the assumed-decimal form ±NNNNN±E, found '\(raw)'"))
            return nil
        }
        let mantissaText = String(chars.dropLast(2))
        guard !mantissaText.isEmpty, mantissaText.allSatisfy({ $0.isASCII && $0.isNumber }),
              let mantissa = Double("0." + mantissaText) else {
            errors.append(error(from, "\(what) must be in the assumed-decimal form ±NNNNN±E, found '\(raw)'"))
            return nil
        }
        let exponent = Double(exponentSign == "-" ? -exponentDigit : exponentDigit)
        return sign * mantissa * pow(10, exponent)
    }

    func integer(_ from: Int, _ to: Int, _ what: String, _ errors: inout [TwoLineElementSet.ParseError]) -> Int? {
        let text = field(from, to).trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return 0 }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
            errors.append(error(from, "\(what) must be a whole number, found '\(field(from, to))'"))
            return nil
        }
        return value
    }

    func angle(_ from: Int, _ to: Int, _ what: String, max: Double, _ errors: inout [TwoLineElementSet.ParseError]) -> Double? {
        guard let value = decimal(from, to, what, &errors) else { return nil }
        guard value >= 0, value <= max else {
            errors.append(error(from, "\(what) must be between 0 and \(Int(max)) degrees, found \(value)"))
            return nil
        }
        return value
    }

    /// Eccentricity is written as seven digits with an assumed leading decimal point.
    func eccentricity(_ errors: inout [TwoLineElementSet.ParseError]) -> Double? {
        let text = field(27, 33)
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Double("0." + text) else {
            errors.append(error(27, "eccentricity must be seven digits (assumed leading decimal point), found '\(text)'"))
            return nil
        }
        return value
    }

    func checkChecksum(_ errors: inout [TwoLineElementSet.ParseError]) {
        let written = scalars[68]
        let expected = TwoLineElementSet.checksum(of: field(1, 68))
        guard let digit = Character(written).wholeNumberValue, written.isASCII else {
            errors.append(error(69, "checksum must be a digit, found '\(written)'"))
            return
        }
        if digit != expected {
            errors.append(error(69, "checksum mismatch: line \(number) sums to \(expected), but its checksum digit is \(digit)"))
        }
    }

    func isPlainDecimal(_ text: String, allowSign: Bool) -> Bool {
        var body = Substring(text)
        if allowSign, let first = body.first, first == "-" || first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 1 else { return false }
        guard parts.contains(where: { !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
