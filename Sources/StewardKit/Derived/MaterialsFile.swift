import Astrodynamics
import Diagnostics
import Foundation
import MissionModel

/// Reads `--assume materials=FILE`: the user's thermal properties for component materials, replacing Steward's
/// built-in values (`ReentryMaterial`) for the materials the file names (docs/mission-format.md, "Material file").
///
/// ```yaml
/// format: steward/materials@1
/// materials:
///   aluminium:                       # a material the descriptor format accepts
///     density_kg_m3:            {value: 2810, source: "Aluminum 7075-T6 datasheet, ASM"}
///     specific_heat_j_kg_k:     {value: 1050, source: "…"}
///     melting_temperature_k:    {value: 880,  source: "…"}   # or decomposition temperature for composites
///     heat_of_fusion_j_kg:      {value: 3.9e5, source: "…"}
///     emissivity:               {value: 0.3,  source: "…"}
/// ```
/// Every property needs a value and a non-empty source; unknown keys and materials the format does not accept
/// are errors, each `file:line:col`. Only regular files up to 2 MiB are read (the YAML limits of descriptors).
public enum MaterialsFile {
    public static let format = "steward/materials@1"
    static let properties = ["density_kg_m3", "specific_heat_j_kg_k", "melting_temperature_k", "heat_of_fusion_j_kg", "emissivity"]

    /// The file's materials by identifier, read once per process.
    public static func load(path: String) throws(DiagnosticError) -> [String: ReentryMaterial] {
        try cache.value(for: path) { () throws(DiagnosticError) in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let start = SourceLocation(file: path, line: 1, column: 1)
            guard let attributes else { throw DiagnosticError(.error("cannot read material file: no such file", at: start)) }
            guard attributes[.type] as? FileAttributeType == .typeRegular else {
                throw DiagnosticError(.error("cannot read material file: not a regular file", at: start))
            }
            return try parse(try YAMLLoader.load(contentsOf: path).root, file: path)
        }
    }

    public static func parse(_ root: YAMLNode, file: String) throws(DiagnosticError) -> [String: ReentryMaterial] {
        var bag = DiagnosticBag()
        var result: [String: ReentryMaterial] = [:]
        guard let entries = root.entries else {
            throw DiagnosticError(.error("expected a mapping with 'format' and 'materials', found \(root.kindDescription)", at: root.location))
        }
        var materialsNode: YAMLNode?
        var sawFormat = false
        for entry in entries {
            switch entry.key {
            case "format":
                sawFormat = true
                if entry.value.scalar?.text != format {
                    bag.error("expected format '\(format)', found '\(entry.value.scalar?.text ?? entry.value.kindDescription)'",
                              at: entry.value.location)
                }
            case "materials": materialsNode = entry.value
            default:
                bag.error("unknown key '\(entry.key)' in the material file (expected format, materials)", at: entry.keyLocation)
            }
        }
        if !sawFormat { bag.error("missing 'format: \(format)'", at: root.location) }
        let accepted = ComponentMaterial.allCases.map(\.rawValue)
        if let materialsNode {
            if let materials = materialsNode.entries, !materials.isEmpty {
                for material in materials {
                    guard accepted.contains(material.key) else {
                        let hint = Suggestion.note(for: material.key, in: accepted).map { [$0] } ?? []
                        bag.error("unknown material '\(material.key)' (the descriptor format accepts \(accepted.joined(separator: ", ")))",
                                  at: material.keyLocation, notes: hint)
                        continue
                    }
                    if let parsed = readMaterial(material, bag: &bag) { result[material.key] = parsed }
                }
            } else {
                bag.error("'materials' must map material names to their properties", at: materialsNode.location)
            }
        } else {
            bag.error("missing 'materials'", at: root.location)
        }
        try bag.throwIfErrors()
        return result
    }

    static func readMaterial(_ material: YAMLEntry, bag: inout DiagnosticBag) -> ReentryMaterial? {
        guard let entries = material.value.entries else {
            bag.error("material '\(material.key)' must be a mapping of properties", at: material.value.location)
            return nil
        }
        var values: [String: Double] = [:]
        for entry in entries {
            guard properties.contains(entry.key) else {
                let hint = Suggestion.note(for: entry.key, in: properties).map { [$0] } ?? []
                bag.error("unknown property '\(entry.key)' (expected \(properties.joined(separator: ", ")))",
                          at: entry.keyLocation, notes: hint)
                continue
            }
            guard let fields = entry.value.entries else {
                bag.error("'\(entry.key)' must be {value: number, source: text}", at: entry.value.location)
                continue
            }
            var value: Double?, source: String?
            for field in fields {
                switch field.key {
                case "value":
                    value = field.value.scalar?.number
                    if value == nil || !(value!.isFinite) {
                        bag.error("'\(entry.key).value' must be a number, found \(field.value.scalar?.text ?? field.value.kindDescription)",
                                  at: field.value.location)
                        value = nil
                    }
                case "source":
                    source = field.value.scalar?.text.trimmingCharacters(in: .whitespaces)
                default:
                    bag.error("unknown key '\(field.key)' in '\(entry.key)' (expected value, source)", at: field.keyLocation)
                }
            }
            if source?.isEmpty ?? true {
                bag.error("'\(entry.key)' needs a non-empty 'source' naming where the value comes from", at: entry.keyLocation)
            }
            guard let value else {
                if !fields.contains(where: { $0.key == "value" }) { bag.error("'\(entry.key)' needs a 'value'", at: entry.keyLocation) }
                continue
            }
            let range: ClosedRange<Double> = entry.key == "emissivity" ? 0.01...1 : (entry.key == "heat_of_fusion_j_kg" ? 0...1e8 : 1e-3...1e6)
            guard range.contains(value) else {
                bag.error("'\(entry.key)' must be from \(range.lowerBound) to \(range.upperBound), found \(value)", at: entry.keyLocation)
                continue
            }
            values[entry.key] = value
        }
        for property in properties where !entries.contains(where: { $0.key == property }) {
            bag.error("material '\(material.key)' is missing '\(property)'", at: material.keyLocation)
        }
        guard values.count == properties.count, let density = values["density_kg_m3"],
              let heat = values["specific_heat_j_kg_k"], let melting = values["melting_temperature_k"],
              let fusion = values["heat_of_fusion_j_kg"], let emissivity = values["emissivity"] else { return nil }
        guard melting > 300 else {
            bag.error("'melting_temperature_k' must be above 300 K (the model starts parts at 300 K)", at: material.keyLocation)
            return nil
        }
        return ReentryMaterial(identifier: material.key, density: density, specificHeat: heat, demiseTemperature: melting,
                               heatOfDemise: fusion, emissivity: emissivity)
    }

    private static let cache = MaterialsCache()

    private final class MaterialsCache: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [String: Result<[String: ReentryMaterial], DiagnosticError>] = [:]

        func value(for path: String, _ read: () throws(DiagnosticError) -> [String: ReentryMaterial])
            throws(DiagnosticError) -> [String: ReentryMaterial] {
            lock.lock()
            defer { lock.unlock() }
            if let known = outcomes[path] { return try known.get() }
            let outcome: Result<[String: ReentryMaterial], DiagnosticError>
            do throws(DiagnosticError) { outcome = .success(try read()) } catch { outcome = .failure(error) }
            outcomes[path] = outcome
            return try outcome.get()
        }
    }
}
