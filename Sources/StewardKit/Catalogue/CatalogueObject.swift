import Catalogue
import Diagnostics
import Foundation
import MissionModel

/// One object of a catalogue file, with what the SATCAT says about it: the unit both `steward import` and
/// `steward rate --catalog` work on.
public struct CatalogueObject: Sendable {
    public var record: MeanElementRecord
    public var satcat: SatelliteCatalogEntry?
    /// The catalogue file, as named to the user.
    public var sourceFile: String

    /// A descriptor id: `norad-<number>`, else `object-<n>` from the record's position.
    public func missionID(index: Int) -> String {
        if let number = record.noradCatalogNumber { return "norad-\(number)" }
        return "object-\(index + 1)"
    }

    public var displayName: String {
        record.objectName ?? satcat?.objectName ?? record.noradCatalogNumber.map { "NORAD \($0)" } ?? record.recordDescription
    }

    /// The descriptor's `spacecraft.kind`, from the SATCAT object type when it names one.
    public var spacecraftKind: SpacecraftKind? { satcat?.spacecraftKind.flatMap(SpacecraftKind.init(rawValue:)) }

    /// The mission this object stands for, built directly (no descriptor text), with every value located at
    /// the catalogue line or SATCAT row it came from, so a rating's facts name their source.
    public func mission(index: Int) -> Mission {
        let elements = record.elements
        var locations: [String: SourceLocation] = ["orbit": record.location, "orbit.omm": record.location, "spacecraft": record.location,
                                                   "id": record.location, "name": record.location]
        if let name = record.keywordLocations["OBJECT_NAME"] { locations["name"] = name }
        let physical = record.physical
        let spacecraft = Spacecraft(kind: spacecraftKind ?? .satellite, count: 1, massKg: physical.massKg?.value,
                                    dragAreaM2: physical.dragAreaM2?.value, dragCoefficient: physical.dragCoefficient?.value,
                                    reflectivityCoefficient: physical.solarRadiationCoefficient?.value)
        if let mass = physical.massKg { locations["spacecraft.mass_kg"] = mass.location }
        if let area = physical.dragAreaM2 { locations["spacecraft.drag_area_m2"] = area.location }
        if let cd = physical.dragCoefficient { locations["spacecraft.drag_coefficient"] = cd.location }
        if let cr = physical.solarRadiationCoefficient { locations["spacecraft.reflectivity_coefficient"] = cr.location }
        if spacecraftKind != nil, let entry = satcat { locations["spacecraft.kind"] = entry.location }
        let orbit = Orbit(centralBody: .earth, epoch: CalendarDate(date: elements.epoch),
                          definition: .orbitMeanElementsMessage(elements, semiMajorAxis: record.semiMajorAxisSource), inclinationDeg: elements.inclinationDeg)
        return Mission(id: missionID(index: index), name: displayName, orbit: orbit, spacecraft: spacecraft,
                       file: sourceFile, locations: locations)
    }
}

/// Reads a catalogue file and an optional SATCAT into objects, keeping every diagnostic.
public enum CatalogueLoading {
    public struct Outcome: Sendable {
        public var objects: [CatalogueObject]
        public var diagnostics: [Diagnostic]
        /// Diagnostics rendered compiler-style for stderr (empty when none).
        public var renderedDiagnostics: String
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public static func load(catalogue path: String, satcat satcatPath: String? = nil) -> Outcome {
        let read = CatalogueReader.read(contentsOf: path, displayName: path)
        var diagnostics = read.diagnostics
        var sources: [SourceText] = read.source.map { [$0] } ?? []
        var satcat: [Int: SatelliteCatalogEntry] = [:]
        if let satcatPath {
            let result = SatelliteCatalogReader.read(contentsOf: satcatPath, displayName: satcatPath)
            satcat = result.entries
            diagnostics += result.diagnostics
            if let text = try? String(contentsOfFile: satcatPath, encoding: .utf8), text.utf8.count < 64 << 20 {
                sources.append(SourceText(file: satcatPath, text: text))
            }
        }
        var objects: [CatalogueObject] = []
        for record in read.records {
            let entry = record.noradCatalogNumber.flatMap { satcat[$0] }
            if let decay = entry?.decayDate {
                diagnostics.append(.warning("\(record.objectName ?? "object") (NORAD \(record.noradCatalogNumber ?? 0)) re-entered on \(decay) according to the SATCAT: not rated",
                                            at: record.location))
                continue
            }
            objects.append(CatalogueObject(record: record, satcat: entry, sourceFile: path))
        }
        let renderer = DiagnosticRenderer(sources: sources)
        return Outcome(objects: objects, diagnostics: diagnostics, renderedDiagnostics: diagnostics.isEmpty ? "" : renderer.render(diagnostics))
    }
}
