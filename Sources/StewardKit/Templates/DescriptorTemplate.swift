import Astrodynamics
import Diagnostics
import Foundation
import MissionModel

/// The starting points `steward init` writes: a complete, commented descriptor per kind of mission, with
/// realistic values whose public sources are cited in the header. Each template is one file in this folder;
/// the comment above each key (meaning, unit, guideline served) is added from `DescriptorFormat`, so it is the
/// same text the schema shows and never drifts from the loader.
public enum DescriptorTemplate: String, CaseIterable, Sendable {
    case cubesat
    case eoSSO = "eo-sso"
    case constellation, geo, lunar
    case upperStage = "upper-stage"

    /// The template's YAML as written in its file (no per-key comments, no modeline).
    var source: String {
        switch self {
        case .cubesat: return Self.cubesatText
        case .eoSSO: return Self.eoSSOText
        case .constellation: return Self.constellationText
        case .geo: return Self.geoText
        case .lunar: return Self.lunarText
        case .upperStage: return Self.upperStageText
        }
    }

    /// The modeline that points YAML editors at the mission schema. The path is relative to the descriptor:
    /// keep the descriptor next to a `schemas/` folder (as in this repository's root), or write the schema
    /// there with `steward schema mission --output schemas/mission.schema.json`.
    public static let modeline = "# yaml-language-server: $schema=schemas/mission.schema.json"

    /// The descriptor `steward init` prints: modeline, header, and every key with its comment; with `tle`,
    /// the orbit is the element set (its epoch and inclination come from it).
    public func render(tle: TLEInput? = nil) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let tle { lines = Self.replacingOrbit(in: lines, with: tle) }
        return ([Self.modeline] + Self.annotated(lines)).joined(separator: "\n")
    }

    /// A two-line element set read from a file, with the file's name for the comment.
    public struct TLEInput: Sendable {
        public var file: String
        public var lines: [String]
        public var elements: TwoLineElementSet
    }

    /// Reads and checks an element set (2 lines, or 3 with a title); errors point at the file's line and column.
    public static func readTLE(path: String, displayName: String? = nil) throws(DiagnosticError) -> TLEInput {
        let file = displayName ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(.error("cannot read the element set file '\(file)'", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        guard data.count <= 64 * 1024 else {
            throw DiagnosticError(.error("'\(file)' is \(data.count) bytes; a two-line element set is under 300",
                                         at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let text = String(decoding: data, as: UTF8.self)
        // (file line number, text) of each non-blank line.
        let numbered = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, raw -> (Int, String)? in
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            return line.trimmingCharacters(in: .whitespaces).isEmpty ? nil : (index + 1, line)
        }
        guard numbered.count == 2 || numbered.count == 3 else {
            throw DiagnosticError(.error("'\(file)' must hold one two-line element set (2 lines, or 3 with a title line), found \(numbered.count) non-empty lines",
                                         at: SourceLocation(file: file, line: numbered.first?.0 ?? 1, column: 1)))
        }
        switch TwoLineElementSet.parse(lines: numbered.map(\.1)) {
        case .success(let elements):
            return TLEInput(file: file, lines: numbered.map { $0.1.trimmingCharacters(in: .whitespaces) }, elements: elements)
        case .failure(let failure):
            let offset = numbered.count == 3 ? 0 : -1
            throw DiagnosticError(failure.errors.map { error in
                let index = min(max(error.line + offset, 0), numbered.count - 1)
                return .error("invalid two-line element set: \(error.message)",
                              at: SourceLocation(file: file, line: numbered[index].0, column: max(1, error.column)),
                              notes: ["in element line \(error.line), column \(error.column)"])
            })
        }
    }

    /// The errors of `readTLE` rendered compiler-style, quoting the offending line of the file.
    public static func render(_ error: DiagnosticError, tlePath path: String) -> String {
        var renderer = DiagnosticRenderer()
        if let data = FileManager.default.contents(atPath: path), data.count <= 64 * 1024 {
            renderer.register(SourceText(file: path, text: String(decoding: data, as: UTF8.self)))
        }
        return renderer.render(error.diagnostics)
    }

    /// The template's lines with the `orbit:` section replaced by the element set.
    static func replacingOrbit(in lines: [String], with tle: TLEInput) -> [String] {
        guard let start = lines.firstIndex(of: "orbit:") else { return lines }
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix(" ") || lines[end].isEmpty { end += 1 }
        let block = ["orbit:", "  # From \(tle.file); the epoch and inclination are those of the element set.", "  tle: |"]
            + tle.lines.map { "    " + $0 }
        return Array(lines[..<start]) + block + Array(lines[end...])
    }

    /// Adds, above each `key:` line of a block mapping, a comment with the key's meaning, unit and guidelines.
    static func annotated(_ lines: [String]) -> [String] {
        var output: [String] = []
        var stack: [String] = []
        var inBlockScalar: Int?
        for line in lines {
            let indent = line.prefix(while: { $0 == " " }).count
            if let scalarIndent = inBlockScalar {
                if indent > scalarIndent || line.isEmpty { output.append(line); continue }
                inBlockScalar = nil
            }
            let body = line.dropFirst(indent)
            guard !body.hasPrefix("#"), !body.hasPrefix("-"), let colon = body.firstIndex(of: ":"),
                  body[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                output.append(line)
                continue
            }
            let key = String(body[..<colon])
            let depth = indent / 2
            stack = Array(stack.prefix(depth)) + [key]
            if body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces).hasPrefix("|") { inBlockScalar = indent }
            if let field = field(at: stack), !(depth == 0 && ["format", "id", "name"].contains(key)) {
                let pad = String(repeating: " ", count: indent)
                output += wrap(field.description, width: 110 - indent - 2).map { pad + "# " + $0 }
            }
            output.append(line)
        }
        return output
    }

    static func field(at path: [String]) -> DescriptorField? {
        var section: DescriptorSection? = DescriptorFormat.mission
        for key in path.dropLast() { section = section?.child(key) }
        return path.last.flatMap { section?[$0] }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
