import Astrodynamics
import Diagnostics
import Foundation

/// One object's mean elements from a catalogue or orbit message (CCSDS OMM, CelesTrak/Space-Track GP, TLE),
/// with the optional physical properties the message carries and where each value was written.
///
/// The elements are kept as a `TwoLineElementSet` because nearly every message carries SGP4 (Kozai) mean
/// elements: the semi-major axis then comes from the one un-Kozai computation of `TwoLineElementSet`, so the
/// same object gives the same orbit from a TLE, a KVN, an XML, a JSON or a CSV message. An OMM of another
/// mean-element theory (DSST, USM) states its semi-major axis instead; `semiMajorAxisSource` says which.
public struct MeanElementRecord: Sendable, Hashable {
    /// The SGP4 mean elements. Angles that the message did not give (allowed only in GP-style CSV/JSON rows;
    /// no Steward model reads them) are 0 here and listed in `unstatedKeywords`.
    public var elements: TwoLineElementSet
    /// `EPOCH` exactly as written (a TLE's epoch in the OMM calendar form), so a message written from this
    /// record gives back the same instant to the last digit.
    public var epochText: String
    /// `OBJECT_NAME`, when given and not `UNKNOWN`.
    public var objectName: String?
    /// `OBJECT_ID`, the international designator in the OMM form `YYYY-NNNP{PP}`, when given.
    public var objectID: String?
    /// `NORAD_CAT_ID` (up to nine digits), when given.
    public var noradCatalogNumber: Int?
    /// `MEAN_ELEMENT_THEORY` as written (GP CSV/JSON and TLEs imply SGP4).
    public var meanElementTheory: String
    /// Spacecraft parameters from the message (OMM `spacecraftParameters`, or Steward's documented
    /// `USER_DEFINED_*` names), each with the keyword's location.
    public var physical: PhysicalProperties
    /// Mandatory OMM keywords the message left out (mean angles in a reduced GP row).
    public var unstatedKeywords: [String]
    /// Where the record starts: the CSV row, the JSON object, the XML `<omm>` element, the KVN version line.
    public var location: SourceLocation
    /// Where each keyword was written (`file:line:col`; for XML the element's line and column).
    public var keywordLocations: [String: SourceLocation]
    /// How to name the record to a reader, e.g. `XML element /ndm/omm[2]` or `CSV row 14`.
    public var recordDescription: String
    /// Where the semi-major axis comes from: SGP4's un-Kozai computation, or the message's SEMI_MAJOR_AXIS.
    public var semiMajorAxisSource: SemiMajorAxisSource = .sgp4MeanMotion
    /// `REF_FRAME` as written (TEME for element sets; GP rows and TLEs leave it out).
    public var referenceFrame: String? = nil
    /// `GM` as written, km³/s², when the message states it.
    public var gravitationalParameter: Double? = nil

    /// Mean semi-major axis, km: SGP4's Brouwer value for SGP theories (the TLE parser's computation), the
    /// message's own SEMI_MAJOR_AXIS for other theories.
    public var semiMajorAxisKm: Double { semiMajorAxisSource.semiMajorAxisKm(of: elements) }
}

/// Where an orbit message's mean semi-major axis comes from (CCSDS 502.0-B-3 table 4-3 gives SEMI_MAJOR_AXIS or,
/// for SGP/SGP4, MEAN_MOTION). docs/mission-format.md (`orbit.omm`) states the conventions.
public enum SemiMajorAxisSource: Sendable, Hashable {
    /// SGP, SGP4, SGP4-XP: the element set's mean motion is a Kozai mean motion — as written, or from
    /// SEMI_MAJOR_AXIS and GM by Kepler's third law — and a is SGP4's un-Kozai'd (Brouwer) value, as for a TLE.
    case sgp4MeanMotion
    /// Any other theory (DSST, USM, …): the message's SEMI_MAJOR_AXIS, km, that theory's mean a, used as written.
    case stated(km: Double)

    /// The semi-major axis, km, for an element set read under this convention.
    public func semiMajorAxisKm(of elements: TwoLineElementSet) -> Double {
        switch self {
        case .sgp4MeanMotion: return elements.semiMajorAxisKm
        case .stated(let km): return km
        }
    }
}

/// Physical properties an orbit message may carry; each is nil unless the message states it.
public struct PhysicalProperties: Sendable, Hashable {
    public var massKg: Located<Double>?
    public var dragAreaM2: Located<Double>?
    public var dragCoefficient: Located<Double>?
    public var solarRadiationCoefficient: Located<Double>?

    public init(massKg: Located<Double>? = nil, dragAreaM2: Located<Double>? = nil,
                dragCoefficient: Located<Double>? = nil, solarRadiationCoefficient: Located<Double>? = nil) {
        self.massKg = massKg
        self.dragAreaM2 = dragAreaM2
        self.dragCoefficient = dragCoefficient
        self.solarRadiationCoefficient = solarRadiationCoefficient
    }

    public var isEmpty: Bool { massKg == nil && dragAreaM2 == nil && dragCoefficient == nil && solarRadiationCoefficient == nil }
}

/// A value with the keyword it came from and where that keyword was written.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var keyword: String
    public var location: SourceLocation

    public init(_ value: Value, keyword: String, location: SourceLocation) {
        self.value = value
        self.keyword = keyword
        self.location = location
    }
}

/// The records read from one file and every problem found; a bad record does not stop the others.
public struct CatalogueReadResult: Sendable {
    public var file: String
    public var format: CatalogueFormat
    public var records: [MeanElementRecord]
    public var diagnostics: [Diagnostic]
    /// The file's text, for quoting lines under diagnostics.
    public var source: SourceText?

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The formats `CatalogueReader` recognises.
public enum CatalogueFormat: String, Sendable, CaseIterable {
    case ommKVN = "omm-kvn"
    case ommXML = "omm-xml"
    case gpJSON = "gp-json"
    case gpCSV = "gp-csv"
    case tle = "tle"

    /// A short name for messages and provenance.
    public var displayName: String {
        switch self {
        case .ommKVN: return "CCSDS OMM (KVN)"
        case .ommXML: return "CCSDS OMM (XML)"
        case .gpJSON: return "GP JSON"
        case .gpCSV: return "GP CSV"
        case .tle: return "TLE"
        }
    }
}
