import Catalogue
import Foundation
import MissionModel

/// Writes one `steward/mission@1` descriptor per catalogue object (`steward import`).
///
/// The orbit is written as an inline CCSDS OMM in KVN (`orbit.omm: |`), with every number in its shortest
/// round-tripping form, so loading the descriptor gives back bit-identical mean elements. Only what the inputs
/// state is written: mass, drag area and Cd when the message carries them, the kind when the SATCAT names it.
public enum CatalogueDescriptorWriter {
    /// The descriptor's YAML text.
    public static func descriptor(for object: CatalogueObject, index: Int) -> String {
        let record = object.record
        let e = record.elements
        var lines: [String] = []
        lines.append("# Imported by `steward import` from \(object.sourceFile), \(record.recordDescription)"
                     + (record.noradCatalogNumber.map { ", NORAD \($0)" } ?? "") + ".")
        if let entry = object.satcat {
            lines.append("# SATCAT row: \(entry.location.file):\(entry.location.line)"
                         + (entry.objectType.map { ", OBJECT_TYPE \($0)" } ?? "")
                         + (entry.owner.map { ", OWNER \($0)" } ?? "")
                         + (entry.launchDate.map { ", LAUNCH_DATE \($0)" } ?? "") + ".")
        }
        if record.physical.massKg == nil {
            lines.append("# The catalogue gives no mass: spacecraft.mass_kg is left out (unknown), so mass-dependent facts are absent.")
        }
        if !record.unstatedKeywords.isEmpty {
            lines.append("# The source record gives no \(record.unstatedKeywords.joined(separator: ", ")); no Steward model reads them.")
        }
        let statedSemiMajorAxisKm: Double?
        if case .stated(let km) = record.semiMajorAxisSource { statedSemiMajorAxisKm = km } else { statedSemiMajorAxisKm = nil }
        if statedSemiMajorAxisKm == nil, record.keywordLocations["SEMI_MAJOR_AXIS"] != nil {
            lines.append("# MEAN_MOTION is the source's SEMI_MAJOR_AXIS as a Kozai mean motion, n = sqrt(GM/a^3) (docs/mission-format.md, orbit.omm).")
        }
        lines.append("format: steward/mission@1")
        lines.append("id: \(object.missionID(index: index))")
        lines.append("name: \(yamlString(object.displayName))")
        lines.append("orbit:")
        lines.append("  omm: |")
        // An SGP-theory record is written as SGP4 with MEAN_MOTION (CCSDS 502.0-B-3 §4.2.4.6); a record of another
        // theory keeps its theory, frame and SEMI_MAJOR_AXIS, since its mean motion is not a Kozai one.
        var kvn: [(String, String)] = [
            ("CCSDS_OMM_VERS", "3.0"), ("CREATION_DATE", record.epochText), ("ORIGINATOR", "STEWARD-IMPORT"),
            ("OBJECT_NAME", record.objectName ?? "UNKNOWN"), ("OBJECT_ID", record.objectID ?? "UNKNOWN"), ("CENTER_NAME", "EARTH"),
            ("REF_FRAME", statedSemiMajorAxisKm == nil ? "TEME" : record.referenceFrame ?? "TEME"), ("TIME_SYSTEM", "UTC"),
            ("MEAN_ELEMENT_THEORY", statedSemiMajorAxisKm == nil ? "SGP4" : record.meanElementTheory), ("EPOCH", record.epochText),
            statedSemiMajorAxisKm.map { ("SEMI_MAJOR_AXIS", number($0)) } ?? ("MEAN_MOTION", number(e.meanMotionRevPerDay)),
            ("ECCENTRICITY", number(e.eccentricity)), ("INCLINATION", number(e.inclinationDeg)),
        ]
        for (key, value) in [("RA_OF_ASC_NODE", e.rightAscensionOfAscendingNodeDeg), ("ARG_OF_PERICENTER", e.argumentOfPerigeeDeg),
                             ("MEAN_ANOMALY", e.meanAnomalyDeg)] where !record.unstatedKeywords.contains(key) {
            kvn.append((key, number(value)))
        }
        if statedSemiMajorAxisKm != nil, let gm = record.gravitationalParameter { kvn.append(("GM", number(gm))) }
        let p = record.physical
        for (key, value) in [("MASS", p.massKg?.value), ("DRAG_AREA", p.dragAreaM2?.value), ("DRAG_COEFF", p.dragCoefficient?.value),
                             ("SOLAR_RAD_COEFF", p.solarRadiationCoefficient?.value)] {
            if let value { kvn.append((key, number(value))) }
        }
        if statedSemiMajorAxisKm == nil {
            kvn.append(("CLASSIFICATION_TYPE", String(e.classification)))
            if let number = record.noradCatalogNumber { kvn.append(("NORAD_CAT_ID", String(number))) }
            kvn += [("ELEMENT_SET_NO", String(e.elementSetNumber)), ("REV_AT_EPOCH", String(e.revolutionNumber)),
                    ("BSTAR", number(e.bstarPerEarthRadius)), ("MEAN_MOTION_DOT", number(e.meanMotionFirstDerivativeRevPerDay2)),
                    ("MEAN_MOTION_DDOT", number(e.meanMotionSecondDerivativeRevPerDay3))]
        } else if let number = record.noradCatalogNumber {
            kvn.append(("NORAD_CAT_ID", String(number)))
        }
        for (key, value) in kvn { lines.append("    \(key) = \(kvnValue(value))") }
        lines.append("spacecraft:")
        if let kind = object.spacecraftKind { lines.append("  kind: \(kind.rawValue)") }
        lines.append("  count: 1")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file name for an object: its id plus `.yaml`.
    public static func fileName(for object: CatalogueObject, index: Int) -> String {
        object.missionID(index: index) + ".yaml"
    }

    /// Shortest text that parses back to the same Double (Swift's description), in KVN's accepted forms.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(format: "%.1f", value) }
        return "\(value)"
    }

    /// KVN values are printable ASCII on one line (ODM §7.3.4); anything else becomes '?'.
    static func kvnValue(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?" }))
    }

    /// A YAML double-quoted string.
    static func yamlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += String(format: "\\x%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
