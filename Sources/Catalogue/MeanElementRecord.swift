import Astrodynamics
import Diagnostics
import Foundation

/// One object's mean elements from a catalogue or orbit message (CCSDS OMM, CelesTrak/Space-Track GP, TLE),
/// with the optional physical properties the message carries and where each value was written.
///
/// The elements are kept as a `TwoLineElementSet` because every supported message carries SGP4 (Kozai) mean
/// elements: the semi-major axis then comes from the one un-Kozai computation of `TwoLineElementSet`, so the
/// same object gives the same orbit from a TLE, a KVN, an XML, a JSON or a CSV message.
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

    /// Brouwer mean semi-major axis, km (the TLE parser's computation).
    public var semiMajorAxisKm: Double { elements.semiMajorAxisKm }
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
