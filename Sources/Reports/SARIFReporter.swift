import Foundation
import RuleEngine

/// Renders a `Rating` as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the format code
/// scanning reads: GitHub shows each result as an alert on the descriptor line behind it.
///
/// - One run; `tool.driver` names Steward, its version and every scored rule as a reporting descriptor
///   (id, title, help from the advice, `helpUri` — see `helpURI(for:)`).
/// - One result per non-passing scored rule (fail, partial, unknown; bonus rules never): level `error` for
///   a failed required rule, `warning` for fail or partial, `note` for unknown.
/// - Each result is located at the declared fact behind it, or the descriptor section it concerns, or
///   line 1 (`RuleFinding.location`), with a relative URI against `%SRCROOT%`.
///
/// Keys are sorted and the output is pretty-printed, so identical ratings give identical bytes.
public struct SARIFReporter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let sourceRoot = "%SRCROOT%"

    public func render(_ rating: Rating) -> String {
        let findings = RuleFinding.all(in: rating)
        let rules = findings.map { finding in
            ReportingDescriptor(
                id: finding.rule.id,
                name: Self.pascalCaseName(finding.rule.id),
                shortDescription: Message(text: finding.rule.title),
                fullDescription: finding.guideline.map { Message(text: "Guideline \($0.id): \($0.title)") },
                help: Message(text: Self.helpText(finding.rule)),
                helpUri: Self.helpURI(for: finding.rule),
                properties: RuleProperties(guideline: finding.guideline?.id, section: finding.sectionID,
                                           references: finding.rule.references.isEmpty ? nil : finding.rule.references,
                                           tags: ["sustainability"]))
        }
        var results: [Result] = []
        for (index, finding) in findings.enumerated() where [.fail, .partial, .unknown].contains(finding.rule.outcome) {
            let level: String
            if finding.failedRequirement {
                level = "error"
            } else if finding.rule.outcome == .unknown {
                level = "note"
            } else {
                level = "warning"
            }
            results.append(Result(
                ruleId: finding.rule.id, ruleIndex: index, level: level,
                message: Message(text: finding.explanation),
                locations: finding.location(in: rating).map { [physicalLocation($0, rating: rating)] },
                properties: ResultProperties(outcome: finding.rule.outcome.rawValue, score: finding.rule.score,
                                             lost: finding.lost, missingFacts: finding.missingPaths.isEmpty ? nil : finding.missingPaths)))
        }
        let driver = ToolComponent(name: "Steward", version: rating.engine, rules: rules)
        let run = Run(tool: Tool(driver: driver), results: results, columnKind: "unicodeCodePoints",
                      properties: RunProperties(mission: rating.mission.id, ruleset: "\(rating.ruleset.id)@\(rating.ruleset.version)",
                                                score: rating.score, tier: rating.tier))
        let log = Log(schema: Self.schemaURI, version: "2.1.0", runs: [run])
        let encoder = JSONEncoder.report(snakeCaseKeys: false)
        guard let data = try? encoder.encode(log) else {
            return "{\"$schema\": \"\(Self.schemaURI)\", \"runs\": [], \"version\": \"2.1.0\"}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func physicalLocation(_ location: RuleFinding.Location, rating: Rating) -> Location {
        let file = location.displayFile(mission: rating.mission, displayPath: options.displayPath)
        let isAbsolute = file.hasPrefix("/")
        return Location(physicalLocation: PhysicalLocation(
            artifactLocation: ArtifactLocation(uri: (isAbsolute ? "file://" : "") + Self.uriPath(file),
                                               uriBaseId: isAbsolute ? nil : Self.sourceRoot),
            region: Region(startLine: location.line, startColumn: location.column)))
    }

    /// The rule's help: its advice, then its references.
    static func helpText(_ rule: RuleResult) -> String {
        var text = rule.advice ?? "No advice given by the ruleset."
        if !rule.references.isEmpty { text += " References: " + rule.references.joined(separator: "; ") + "." }
        return text
    }

    /// `helpUri`: the first reference that is an `http(s)` URL; otherwise, for a reference that starts with
    /// a United Nations document symbol (e.g. `A/74/20 annex II, guideline B.1`), that document on the UN
    /// Official Document System's resolver `https://undocs.org/<symbol>`; otherwise none (it is optional).
    static func helpURI(for rule: RuleResult) -> String? {
        for reference in rule.references {
            let trimmed = reference.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://") {
                return String(trimmed.prefix { !$0.isWhitespace })
            }
        }
        for reference in rule.references {
            let symbol = String(reference.trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace && $0 != "," })
            let parts = symbol.split(separator: "/")
            // UN symbols start with the organ: A (General Assembly), S (Security Council), E (ECOSOC), ST (Secretariat),
            // then "/"-separated parts, e.g. A/74/20, A/AC.105/C.1/L.366 (UN Documentation: symbols, research.un.org).
            if parts.count >= 2, let organ = parts.first, unitedNationsOrgans.contains(String(organ)),
               symbol.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "/" || $0 == "." || $0 == "-") }) {
                return "https://undocs.org/" + symbol
            }
        }
        return nil
    }

    static let unitedNationsOrgans: Set<String> = ["A", "S", "E", "ST"]

    /// A rule id such as `B.8-disposal-reliability` as the PascalCase `name` SARIF suggests.
    static func pascalCaseName(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Percent-encodes what a URI path may not hold (RFC 3986 §3.3), keeping `/`.
    static func uriPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    // MARK: SARIF objects (only the properties Steward fills; names as in the specification)

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind: String
        var properties: RunProperties
    }

    struct RunProperties: Encodable {
        var mission: String
        var ruleset: String
        var score: Double?
        var tier: String?
    }

    struct Tool: Encodable {
        var driver: ToolComponent
    }

    struct ToolComponent: Encodable {
        var name: String
        var version: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message?
        var help: Message
        var helpUri: String?
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var guideline: String?
        var section: String?
        var references: [String]?
        var tags: [String]
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]?
        var properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        var outcome: String
        var score: Double?
        var lost: Double
        var missingFacts: [String]?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }
}

extension SARIFReporter: Reporter {
    public static var format: ReportFormat { .sarif }
}
