import Astrodynamics
import Catalogue
import Diagnostics
import Foundation

/// The physical properties an `orbit.omm` message carried, kept until the spacecraft section is read.
struct OrbitMessagePhysical {
    var properties: PhysicalProperties
}

/// Reading `orbit.omm`: a CCSDS OMM (or a one-record GP file) named by a path next to the descriptor, or
/// written inline as KVN text (`omm: |`).
extension MissionLoader {
    /// Largest orbit message file accepted: one OMM is about 1–2 KB.
    static let maximumOrbitMessageBytes = 1 << 20

    static func readOrbitMessage(_ node: YAMLNode, context: LoadContext) -> MeanElementRecord? {
        guard let scalar = node.scalar, !scalar.isNull else {
            context.bag.error("'orbit.omm' must be a file name or an inline KVN message (a block scalar '|'), found \(node.kindDescription)",
                              at: node.location)
            return nil
        }
        let result: CatalogueReadResult
        if scalar.text.contains("\n") {
            // Inline: line numbers of the message map to lines of the descriptor after the `|` line.
            let firstLine = node.location.line + 1
            let indent = context.source.line(firstLine).map { $0.unicodeScalars.prefix(while: { $0 == " " }).count } ?? 0
            result = CatalogueReader.readInlineKVN(scalar.text, file: node.location.file, firstLine: firstLine, columnOffset: indent)
        } else {
            guard let directory = context.baseDirectory else {
                context.bag.error("'orbit.omm' names a file, but this descriptor was not read from a file, so there is no directory to find it in",
                                  at: node.location)
                return nil
            }
            switch OrbitMessageFile.resolve(scalar.text, in: directory) {
            case .failure(let failure):
                context.bag.error("'orbit.omm' cannot be read: \(failure)", at: node.location)
                return nil
            case .success(let path):
                let display = URL(fileURLWithPath: node.location.file).deletingLastPathComponent()
                    .appendingPathComponent(scalar.text).relativePath
                result = CatalogueReader.read(contentsOf: path, displayName: display.hasPrefix("./") ? String(display.dropFirst(2)) : display,
                                              limits: CatalogueLimits(maxBytes: maximumOrbitMessageBytes, maxXMLDepth: 16, maxRecords: 10))
                context.referencedFiles.append(ReferencedFile(key: "orbit.omm", name: scalar.text, path: path))
            }
        }
        context.bag.append(contentsOf: result.diagnostics)
        if result.hasErrors { return nil }
        guard result.records.count == 1, let record = result.records.first else {
            context.bag.error("'orbit.omm' must hold exactly one object's mean elements, found \(result.records.count)",
                              at: node.location, notes: ["to rate a whole catalogue use 'steward rate --catalog', or split it with 'steward import'"])
            return nil
        }
        return record
    }

    /// The path of a file a descriptor at `descriptorPath` names as `orbit.omm`, confined as the loader confines
    /// it, or why it cannot be read — so `steward verify` re-reads exactly the file `certify` sealed.
    public static func orbitMessagePath(_ name: String, descriptorPath: String) -> Result<String, ReferencedFileRefusal> {
        let directory = URL(fileURLWithPath: descriptorPath).deletingLastPathComponent().path
        return OrbitMessageFile.resolve(name, in: directory).mapError { ReferencedFileRefusal(reason: $0.description) }
    }

    /// Spacecraft fields the descriptor leaves out are taken from the orbit message, keeping the message's
    /// keyword location so `steward facts` shows where each value came from.
    static func fillSpacecraft(_ spacecraft: inout Spacecraft, from physical: OrbitMessagePhysical, context: LoadContext) {
        let p = physical.properties
        if spacecraft.massKg == nil, let mass = p.massKg {
            spacecraft.massKg = mass.value
            context.locations["spacecraft.mass_kg"] = mass.location
        }
        if spacecraft.dragAreaM2 == nil, let area = p.dragAreaM2 {
            spacecraft.dragAreaM2 = area.value
            context.locations["spacecraft.drag_area_m2"] = area.location
        }
        if spacecraft.dragCoefficient == nil, let cd = p.dragCoefficient {
            spacecraft.dragCoefficient = cd.value
            context.locations["spacecraft.drag_coefficient"] = cd.location
        }
        if spacecraft.reflectivityCoefficient == nil, let cr = p.solarRadiationCoefficient {
            spacecraft.reflectivityCoefficient = cr.value
            context.locations["spacecraft.reflectivity_coefficient"] = cr.location
        }
    }
}
