import Diagnostics
import Foundation

/// CelesTrak/Space-Track GP records as JSON: an array of objects keyed by OMM keywords (or one object).
/// Numbers may be JSON numbers (CelesTrak) or strings (Space-Track). Read through Steward's located YAML/JSON
/// loader, so every value keeps its line and column.
enum GPJSONReader {
    static func read(_ text: String, file: String, limits: CatalogueLimits) -> CatalogueReadResult {
        let yamlLimits = YAMLLimits(maxBytes: limits.maxBytes, maxDepth: 4, maxNodes: limits.maxRecords * 64)
        let document: YAMLDocument
        do {
            document = try YAMLLoader.load(text: text, file: file, limits: yamlLimits)
        } catch {
            return CatalogueReadResult(file: file, format: .gpJSON, records: [], diagnostics: error.diagnostics, source: nil)
        }
        var records: [MeanElementRecord] = []
        var diagnostics: [Diagnostic] = []
        let objects: [YAMLNode]
        if let elements = document.root.elements { objects = elements }
        else if document.root.entries != nil { objects = [document.root] }
        else {
            return CatalogueReadResult(file: file, format: .gpJSON, records: [], diagnostics: [
                .error("expected a JSON array of GP records (or one record), found \(document.root.kindDescription)", at: document.root.location)], source: nil)
        }
        for (index, object) in objects.enumerated() {
            guard let entries = object.entries else {
                diagnostics.append(.error("GP record \(index) must be a JSON object, found \(object.kindDescription)", at: object.location))
                continue
            }
            var builder = RecordBuilder(dialect: .gp, recordLocation: object.location, recordDescription: "JSON record \(index)")
            for entry in entries {
                guard let scalar = entry.value.scalar else {
                    diagnostics.append(.error("'\(entry.key)' must be a number or a string, found \(entry.value.kindDescription)", at: entry.value.location))
                    continue
                }
                if scalar.isNull { continue }
                // A quoted value points at its opening quote; the text starts one column later.
                builder.add(RawField(keyword: entry.key, text: scalar.text, location: entry.value.location))
            }
            if let record = builder.build() { records.append(record) }
            diagnostics.append(contentsOf: builder.diagnostics)
        }
        return CatalogueReadResult(file: file, format: .gpJSON, records: records, diagnostics: diagnostics, source: nil)
    }
}
