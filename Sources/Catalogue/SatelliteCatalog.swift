import Diagnostics
import Foundation

/// One row of CelesTrak's SATCAT CSV ("SATCAT Format Documentation", celestrak.org/satcat/satcat-format.php,
/// updated 2023-05-07): what a catalogue knows about an object beyond its orbit.
public struct SatelliteCatalogEntry: Sendable, Hashable {
    public var noradCatalogNumber: Int
    public var objectName: String?
    public var objectID: String?
    /// `OBJECT_TYPE` as written: CelesTrak PAY, R/B, DEB, UNK; Space-Track PAYLOAD, ROCKET BODY, DEBRIS, UNKNOWN, TBA.
    public var objectType: String?
    public var owner: String?
    public var launchDate: String?
    public var decayDate: String?
    /// Radar cross-section, m² (CelesTrak `RCS`); nil when the catalogue has none.
    public var radarCrossSectionM2: Double?
    /// Space-Track `RCS_SIZE` (SMALL, MEDIUM, LARGE) as written.
    public var radarCrossSectionSize: String?
    public var location: SourceLocation

    /// The descriptor's `spacecraft.kind` for the object type: rocket bodies are `upper_stage`, payloads
    /// `satellite`; debris and unknown objects have no kind of their own, so nil (the format default applies).
    public var spacecraftKind: String? {
        switch objectType?.uppercased() {
        case "R/B", "ROCKET BODY": return "upper_stage"
        case "PAY", "PAYLOAD": return "satellite"
        default: return nil
        }
    }
}

/// Reads a SATCAT CSV (CelesTrak or Space-Track column names), keyed by catalogue number.
public enum SatelliteCatalogReader {
    public struct Result: Sendable {
        public var entries: [Int: SatelliteCatalogEntry]
        public var diagnostics: [Diagnostic]
    }

    public static func read(contentsOf path: String, displayName: String? = nil, limits: CatalogueLimits = .default) -> Result {
        let name = displayName ?? path
        switch CatalogueReader.readRegularFile(atPath: path, displayName: name, maxBytes: limits.maxBytes) {
        case .failure(let error): return Result(entries: [:], diagnostics: error.diagnostics)
        case .success(let data):
            guard let text = String(data: data, encoding: .utf8) else {
                return Result(entries: [:], diagnostics: [.error("invalid UTF-8: expected a text file", at: SourceLocation(file: name, line: 1, column: 1))])
            }
            return read(text, file: name)
        }
    }

    /// Column names: CelesTrak's first, then Space-Track's `class/satcat` spelling.
    static let columns: [String: [String]] = [
        "number": ["NORAD_CAT_ID", "OBJECT_NUMBER"], "name": ["OBJECT_NAME", "SATNAME"], "id": ["OBJECT_ID", "INTLDES"],
        "type": ["OBJECT_TYPE"], "owner": ["OWNER", "COUNTRY"], "launch": ["LAUNCH_DATE", "LAUNCH"],
        "decay": ["DECAY_DATE", "DECAY"], "rcs": ["RCS", "RCSVALUE"], "rcsSize": ["RCS_SIZE"],
    ]

    public static func read(_ text: String, file: String) -> Result {
        let table: CSVTable
        switch CSVTable.read(text, file: file) {
        case .failure(let error): return Result(entries: [:], diagnostics: error.diagnostics)
        case .success(let parsed): table = parsed
        }
        var index: [String: Int] = [:]
        for (key, names) in columns {
            if let column = names.lazy.compactMap({ table.header.firstIndex(of: $0) }).first { index[key] = column }
        }
        guard let numberColumn = index["number"] else {
            return Result(entries: [:], diagnostics: [.error("SATCAT CSV needs a NORAD_CAT_ID column", at: table.headerLocation)])
        }
        var entries: [Int: SatelliteCatalogEntry] = [:]
        var diagnostics: [Diagnostic] = []
        for row in table.rows {
            if let problem = table.widthProblem(row) { diagnostics.append(problem); continue }
            func value(_ key: String) -> String? {
                guard let column = index[key] else { return nil }
                let text = row.fields[column].trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            guard let numberText = value("number"), numberText.allSatisfy({ $0.isASCII && $0.isNumber }), numberText.count <= 9,
                  let number = Int(numberText) else {
                diagnostics.append(.error("NORAD_CAT_ID must be a whole number of up to nine digits, found '\(row.fields[numberColumn])'",
                                          at: row.location(ofField: numberColumn)))
                continue
            }
            var rcs: Double?
            if let rcsText = value("rcs") {
                if let parsed = RecordBuilder.parseDecimal(rcsText), parsed >= 0 { rcs = parsed }
                else { diagnostics.append(.error("RCS must be a non-negative number of m², found '\(rcsText)'", at: row.location(ofField: index["rcs"] ?? 0))) }
            }
            entries[number] = SatelliteCatalogEntry(
                noradCatalogNumber: number, objectName: value("name"), objectID: value("id"), objectType: value("type"),
                owner: value("owner"), launchDate: value("launch"), decayDate: value("decay"), radarCrossSectionM2: rcs,
                radarCrossSectionSize: value("rcsSize"), location: row.location)
        }
        return Result(entries: entries, diagnostics: diagnostics)
    }
}
