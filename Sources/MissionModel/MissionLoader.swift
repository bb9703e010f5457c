import Diagnostics
import Foundation

/// The outcome of loading one descriptor: the mission when it is valid, and every diagnostic either way.
public struct MissionLoadResult: Sendable {
    /// The file name shown in diagnostics.
    public var file: String
    /// The file's text, for quoting lines under diagnostics; nil when the file could not be read at all.
    public var source: SourceText?
    /// The mission; nil when any error was found.
    public var mission: Mission?
    /// Every diagnostic, in file order.
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The mission, or every error found.
    public func get() throws(DiagnosticError) -> Mission {
        guard let mission, !hasErrors else {
            throw DiagnosticError(diagnostics.isEmpty
                ? [.error("the descriptor is invalid", at: SourceLocation(file: file, line: 1, column: 1))]
                : diagnostics)
        }
        return mission
    }
}

/// Loads `steward/mission@1` descriptors (YAML or JSON) strictly, collecting every problem of a file.
///
/// Strict because a rating is only as good as its inputs: a misspelt key silently ignored would turn a
/// declared fact into an unknown and change the score without anyone noticing.
public enum MissionLoader {
    /// Loads a file; never throws and never traps, whatever the bytes.
    public static func load(contentsOf path: String, displayName: String? = nil,
                            limits: YAMLLimits = .default) -> MissionLoadResult {
        let file = displayName ?? path
        let data: Data
        do {
            data = try YAMLLoader.readFile(atPath: path, displayName: file, limits: limits)
        } catch {
            return MissionLoadResult(file: file, source: nil, mission: nil, diagnostics: error.diagnostics)
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return load(data: data, file: file, limits: limits, baseDirectory: directory)
    }

    /// Loads bytes that should be a UTF-8 YAML or JSON descriptor.
    /// `baseDirectory` is where files the descriptor names (`orbit.omm`) are looked up; nil refuses such paths.
    public static func load(data: Data, file: String, limits: YAMLLimits = .default,
                            baseDirectory: String? = nil) -> MissionLoadResult {
        let document: YAMLDocument
        do {
            document = try YAMLLoader.load(data: data, file: file, limits: limits)
        } catch {
            // Decoded leniently only to quote lines in messages; the YAML loader rejects invalid UTF-8 itself.
            let source = data.count <= limits.maxBytes ? SourceText(file: file, text: String(decoding: data, as: UTF8.self)) : nil
            return MissionLoadResult(file: file, source: source, mission: nil, diagnostics: error.diagnostics)
        }
        return read(document, baseDirectory: baseDirectory)
    }

    /// Loads descriptor text already in memory.
    public static func load(text: String, file: String, limits: YAMLLimits = .default) -> MissionLoadResult {
        load(data: Data(text.utf8), file: file, limits: limits)
    }

    /// Reads a parsed document into a mission.
    static func read(_ document: YAMLDocument, baseDirectory: String? = nil) -> MissionLoadResult {
        let context = LoadContext(source: document.source, baseDirectory: baseDirectory)
        var mission = readMission(document.root, context: context)
        mission?.referencedFiles = context.referencedFiles
        var diagnostics = context.bag.sorted
        // Plausibility warnings (MissionPlausibility.swift) only for an otherwise valid descriptor.
        if let mission, !context.bag.hasErrors { diagnostics += mission.plausibilityWarnings }
        return MissionLoadResult(file: document.source.file, source: document.source,
                                 mission: context.bag.hasErrors ? nil : mission, diagnostics: diagnostics)
    }

    static func readMission(_ root: YAMLNode, context: LoadContext) -> Mission? {
        guard var reader = SectionReader(root, section: DescriptorFormat.mission, path: "", context: context) else { return nil }
        if let format = reader.string("format"), format != Mission.format {
            var notes = ["this version of Steward reads '\(Mission.format)'"]
            if format.hasPrefix("steward/ruleset") { notes.append("this file looks like a ruleset, not a mission descriptor") }
            reader.error("unsupported format '\(format)': expected '\(Mission.format)'",
                         at: reader.location(of: "format") ?? root.location, notes: notes)
        }
        let id = reader.string("id")
        if let id, !isValidIdentifier(id) {
            reader.error("'id' must be 1 to 64 lower-case letters, digits, '-', '_' or '.', starting with a letter or digit, found '\(id)'",
                         at: reader.location(of: "id") ?? root.location)
        }
        let name = reader.string("name")
        let phase = reader.oneOf("phase", MissionPhase.self)
        let missionOperator = reader.section("operator").map(readOperator)
        let authorization = reader.section("authorization").map(readAuthorization)
        let launch = reader.section("launch").map(readLaunch)
        let orbit = reader.section("orbit").flatMap { readOrbit($0, launchDate: launch?.date) }
        var spacecraft = reader.section("spacecraft").flatMap(readSpacecraft)
        if let physical = context.orbitMessagePhysical, spacecraft != nil {
            fillSpacecraft(&spacecraft!, from: physical, context: context)
        }
        let operations = reader.section("operations").map(readOperations)
        let endOfLife = reader.section("end_of_life").map(readEndOfLife)
        let cooperation = reader.section("cooperation").map(readCooperation)
        let uncertainty = reader.section("uncertainty").map(readUncertainty)
        reader.finish()
        guard let id, let name, let orbit, let spacecraft else { return nil }
        return Mission(id: id, name: name, phase: phase, missionOperator: missionOperator, authorization: authorization,
                       launch: launch, orbit: orbit, spacecraft: spacecraft, operations: operations,
                       endOfLife: endOfLife, cooperation: cooperation, uncertainty: uncertainty, file: context.source.file,
                       locations: context.locations)
    }

    static func isValidIdentifier(_ id: String) -> Bool {
        let scalars = Array(id.unicodeScalars)
        guard (1...64).contains(scalars.count) else { return false }
        func allowed(_ s: Unicode.Scalar, first: Bool) -> Bool {
            ("a"..."z").contains(s) || ("0"..."9").contains(s) || (!first && (s == "-" || s == "_" || s == "."))
        }
        return scalars.enumerated().allSatisfy { allowed($0.element, first: $0.offset == 0) }
    }
}
