import Catalogue
import Diagnostics
import Foundation
import MissionModel
import RuleEngine

/// `steward rate --catalog` and `steward import` as library calls.
public enum CatalogueRating {
    /// Rates every object of a catalogue file under every ruleset, without writing descriptors. Objects whose
    /// record is malformed are reported in `outcome.diagnostics` and the rest are still rated.
    public static func rate(catalogue path: String, satcat: String? = nil, rulesets: [CompiledRuleset],
                            overrides: [String: RuleEngine.FactValue] = [:]) -> (outcome: CatalogueLoading.Outcome, results: [MissionRatingResult]) {
        let outcome = CatalogueLoading.load(catalogue: path, satcat: satcat)
        let missions = outcome.objects.enumerated().map { $0.element.mission(index: $0.offset) }
        let results = ParallelMap.map(count: missions.count) { index -> MissionRatingResult in
            let mission = missions[index]
            let ratings = rulesets.map { RatingPipeline.rate(mission, file: path, ruleset: $0, overrides: overrides) }
            return MissionRatingResult(file: path, mission: mission, diagnostics: [], renderedDiagnostics: "", ratings: ratings)
        }
        return (outcome, results)
    }

    /// The objects of a loaded catalogue (`CatalogueLoading.load`) rated a batch at a time
    /// (`RatingPipeline.inBatches`): each object's result goes through `prepare` on the thread that rated it, and
    /// `each` receives the prepared batch in catalogue order.
    public static func rate<Part: Sendable>(_ objects: [CatalogueObject], catalogue path: String, rulesets: [CompiledRuleset],
                                            overrides: [String: RuleEngine.FactValue] = [:],
                                            prepare: @Sendable (MissionRatingResult) -> Part,
                                            each: ([Part]) throws -> Void) rethrows {
        try RatingPipeline.inBatches(count: objects.count, { index in
            let mission = objects[index].mission(index: index)
            let ratings = rulesets.map { RatingPipeline.rate(mission, file: path, ruleset: $0, overrides: overrides) }
            return prepare(MissionRatingResult(file: path, mission: mission, diagnostics: [], renderedDiagnostics: "", ratings: ratings))
        }, each: each)
    }
}

/// The descriptors `steward import` writes: one per object, with unique file names.
public enum CatalogueImport {
    public struct Descriptor: Sendable {
        public var fileName: String
        public var text: String
    }

    public static func descriptors(for objects: [CatalogueObject]) -> [Descriptor] {
        var used: Set<String> = []
        return objects.enumerated().map { index, object in
            var name = CatalogueDescriptorWriter.fileName(for: object, index: index)
            var text = CatalogueDescriptorWriter.descriptor(for: object, index: index)
            if used.contains(name) {
                // The same object twice (two element sets): the later one gets its position as a suffix.
                let id = object.missionID(index: index) + "-\(index + 1)"
                name = id + ".yaml"
                text = text.replacingOccurrences(of: "\nid: \(object.missionID(index: index))\n", with: "\nid: \(id)\n")
            }
            used.insert(name)
            return Descriptor(fileName: name, text: text)
        }
    }

    public enum WriteError: Error, CustomStringConvertible {
        case exists([String])
        case failed(String, String)

        public var description: String {
            switch self {
            case .exists(let paths):
                return "refusing to overwrite \(paths.count) existing file(s) (first: \(paths[0])); use --force to replace them"
            case .failed(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes every descriptor into `directory`, each atomically (a temporary file renamed into place). Checks
    /// every name before writing any, so a refused import writes nothing.
    public static func write(_ descriptors: [Descriptor], to directory: String, force: Bool) throws(WriteError) -> [String] {
        let base = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        } catch {
            throw .failed(directory, error.localizedDescription)
        }
        let paths = descriptors.map { base.appendingPathComponent($0.fileName).path }
        if !force {
            let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
            if !existing.isEmpty { throw .exists(existing) }
        }
        for (descriptor, path) in zip(descriptors, paths) {
            do {
                try OutputFile.write(Data(descriptor.text.utf8), to: path)
            } catch {
                throw .failed(path, error.description)
            }
        }
        return paths
    }
}
