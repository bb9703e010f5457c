import Certificates
import Foundation
import RuleEngine

/// Renders a `Rating` as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the format code
/// scanning reads: GitHub shows each result as an alert on the descriptor line behind it.
///
/// - One run for all the ratings of a batch (see `log(of:options:)`); `tool.driver` names Steward, its version and every scored rule as a reporting descriptor
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
        Self.log(of: [rating], options: { _ in options })
    }

    /// One SARIF run for every rating of a batch (several missions, several rulesets): code scanning reads a
    /// single run per tool and category, so one upload covers the whole repository.
    ///
    /// - Rules are the union over the ratings, each id once. When the batch uses several rulesets, an id is
    ///   prefixed with its ruleset (`fcc-2024/B.8-…`), since an overlay may change a base rule's threshold.
    /// - Each result carries `partialFingerprints` (`stewardFinding/v1`: SHA-256 of ruleset id, rule id,
    ///   mission id and descriptor path), so code scanning tracks an alert across commits and across any
    ///   reordering of the inputs, and `automationDetails.id` names the rulesets, so two workflows rating
    ///   under different rulesets do not close each other's alerts.
    static func log(of ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        var builder = LogBuilder(options: { _ in ReportOptions() })
        for rating in ratings { builder.add(rating, options: options(rating)) }
        return builder.finish()
    }

    /// The one SARIF run of a batch, built rating by rating (`ReportStream`): it keeps the results, the rule
    /// descriptors and a four-field summary per rating, never the ratings, and writes the log at the end (the
    /// run's `results` and `tool.rules` are only complete then).
    ///
    /// When the batch's rulesets are known beforehand (`ReportFormat.stream(options:rulesets:)`, as `steward rate`
    /// knows them), each rating's results are encoded as it is added and kept in a temporary file, not in
    /// memory (a fleet's log is hundreds of megabytes), and `finish(into:)` writes the log around them.
    struct LogBuilder: ReportStream {
        let options: @Sendable (Rating) -> ReportOptions
        private var rules: [ReportingDescriptor] = []
        private var ruleIndex: [String: Int] = [:]
        /// Whether rule ids carry their ruleset (the batch has several); nil when that is known only at the end,
        /// when ids are written with the prefix and stripped then.
        private let prefixed: Bool?
        private var results: [Result] = []
        /// The encoded results, when `prefixed` was known (see the type's documentation).
        private let spill: ResultSpill?
        private var summaries: [RatingSummary] = []
        private var rulesetIDs: [String] = []
        private var engine: String?

        init(options: @escaping @Sendable (Rating) -> ReportOptions, rulesets: Set<String>? = nil) {
            self.options = options
            prefixed = rulesets.map { $0.count > 1 }
            spill = rulesets == nil ? nil : ResultSpill()
        }

        func part(of rating: Rating) -> ReportPart { ReportPart(rating: rating) }

        mutating func add(_ part: ReportPart) -> String {
            if let rating = part.rating { add(rating, options: options(rating)) }
            return ""
        }

        mutating func add(_ rating: Rating, options ratingOptions: ReportOptions) {
            if engine == nil { engine = rating.engine }
            if !rulesetIDs.contains(rating.ruleset.id) { rulesetIDs.append(rating.ruleset.id) }
            let reporter = SARIFReporter(options: ratingOptions)
            let findings = RuleFinding.all(in: rating)
            var results: [Result] = []
            for finding in findings {
                let id = prefixed == false ? finding.rule.id : "\(rating.ruleset.id)/\(finding.rule.id)"
                if ruleIndex[id] == nil {
                    ruleIndex[id] = rules.count
                    rules.append(SARIFReporter.descriptor(for: finding, id: id))
                }
            }
            for finding in findings where [.fail, .partial, .unknown].contains(finding.rule.outcome) {
                let id = prefixed == false ? finding.rule.id : "\(rating.ruleset.id)/\(finding.rule.id)"
                let level: String
                if finding.failedRequirement {
                    level = "error"
                } else if finding.rule.outcome == .unknown {
                    level = "note"
                } else {
                    level = "warning"
                }
                let file = finding.location(in: rating)?.displayFile(mission: rating.mission, displayPath: reporter.options.displayPath)
                    ?? reporter.options.displayPath ?? rating.mission.file ?? ""
                results.append(Result(
                    ruleId: id, ruleIndex: ruleIndex[id] ?? 0, level: level,
                    message: Message(text: finding.explanation),
                    locations: finding.location(in: rating).map { [reporter.physicalLocation($0, rating: rating)] },
                    partialFingerprints: ["stewardFinding/v1": SARIFReporter.fingerprint(ruleset: rating.ruleset.id, rule: finding.rule.id,
                                                                           mission: rating.mission.id, file: file)],
                    properties: ResultProperties(mission: rating.mission.id, outcome: finding.rule.outcome.rawValue,
                                                 score: finding.rule.score, lost: finding.lost,
                                                 missingFacts: finding.missingPaths.isEmpty ? nil : finding.missingPaths)))
            }
            summaries.append(RatingSummary(mission: rating.mission.id, ruleset: "\(rating.ruleset.id)@\(rating.ruleset.version)",
                                           score: rating.score, tier: rating.tier))
            if let spill, spill.isOpen {
                spill.append(results)
            } else {
                self.results += results
            }
        }

        mutating func finish() -> String {
            var text = ""
            // Writing into a string cannot fail; a failed temporary file leaves what it could read.
            try? finish { text += $0 }
            return text
        }

        /// The log, with the spilled results read back and written a megabyte at a time.
        mutating func finish(into write: (String) throws -> Void) throws {
            guard let spill else { return try write(encodedLog()) }
            let log = encodedLog()
            // The results array was encoded empty; the spilled elements go between its brackets. A raw line feed
            // only occurs between tokens, so this is the array itself, not text inside a string.
            let empty = "\"results\" : [\n\n      ]"
            guard spill.count > 0, let range = log.range(of: empty) else { return try write(log) }
            try write(String(log[..<range.lowerBound]) + "\"results\" : [\n")
            try spill.replay(write)
            try write("\n      ]" + log[range.upperBound...])
        }

        private mutating func encodedLog() -> String {
            // Rule ids carry their ruleset only when the batch has several rulesets.
            if prefixed == nil, rulesetIDs.count == 1 {
                let prefix = rulesetIDs[0] + "/"
                for index in rules.indices { rules[index].id.removeFirst(prefix.count) }
                for index in results.indices { results[index].ruleId.removeFirst(prefix.count) }
                for index in rules.indices { rules[index].name = SARIFReporter.pascalCaseName(rules[index].id) }
            }
            let driver = ToolComponent(name: "Steward", version: engine ?? "", rules: rules)
            let run = Run(tool: Tool(driver: driver), automationDetails: AutomationDetails(id: "steward/\(rulesetIDs.sorted().joined(separator: "+"))/"),
                          results: results, columnKind: "unicodeCodePoints", properties: RunProperties(ratings: summaries))
            let log = Log(schema: SARIFReporter.schemaURI, version: "2.1.0", runs: [run])
            let encoder = JSONEncoder.report(snakeCaseKeys: false)
            guard let data = try? encoder.encode(log) else {
                return "{\"$schema\": \"\(SARIFReporter.schemaURI)\", \"runs\": [], \"version\": \"2.1.0\"}\n"
            }
            // Appended in place: a fleet's log is hundreds of megabytes, and `+` would copy it once more.
            var text = String(decoding: data, as: UTF8.self)
            text.append("\n")
            return text
        }
    }

    fileprivate static func descriptor(for finding: RuleFinding, id: String) -> ReportingDescriptor {
        ReportingDescriptor(
            id: id,
            name: Self.pascalCaseName(id),
            shortDescription: Message(text: finding.rule.title),
            fullDescription: finding.guideline.map { Message(text: "Guideline \($0.id): \($0.title)") },
            help: Message(text: Self.helpText(finding.rule)),
            helpUri: Self.helpURI(for: finding.rule),
            properties: RuleProperties(guideline: finding.guideline?.id, section: finding.sectionID,
                                       references: finding.rule.references.isEmpty ? nil : finding.rule.references,
                                       tags: ["sustainability"]))
    }

    /// A finding's identity, independent of line numbers and input order: what code scanning matches alerts by.
    static func fingerprint(ruleset: String, rule: String, mission: String, file: String) -> String {
        CertificatePayload.sha256Hex(of: Array([ruleset, rule, mission, file].joined(separator: "\u{1F}").utf8))
    }

    fileprivate func physicalLocation(_ location: RuleFinding.Location, rating: Rating) -> Location {
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
        var automationDetails: AutomationDetails
        var results: [Result]
        var columnKind: String
        var properties: RunProperties
    }

    struct AutomationDetails: Encodable {
        var id: String
    }

    /// Steward's own summary of the run: tier and score of each rating, in input order.
    struct RunProperties: Encodable {
        var ratings: [RatingSummary]
    }

    struct RatingSummary: Encodable {
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
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        var mission: String
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
    public static var takesSeveralRatings: Bool { true }

    public static func render(_ ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        log(of: ratings, options: options)
    }
}

/// Encoded SARIF results kept in an anonymous temporary file (`tmpfile`, removed when closed) while a batch is
/// rated: each result as the log's encoder writes it inside `runs[0].results` (eight more spaces on every
/// non-empty line), separated by commas. A result is encoded alone with the log's encoder, so the bytes are
/// those of the whole log encoded at once (`ReportStreamTests`).
final class ResultSpill: @unchecked Sendable {
    private let file: UnsafeMutablePointer<FILE>?
    private(set) var count = 0
    private let encoder = JSONEncoder.report(snakeCaseKeys: false)

    init() { file = tmpfile() }

    deinit { if let file { fclose(file) } }

    var isOpen: Bool { file != nil }

    func append(_ results: [SARIFReporter.Result]) {
        guard let file else { return }
        var text = ""
        for result in results {
            guard let data = try? encoder.encode(result) else { continue }
            if count > 0 || !text.isEmpty { text += ",\n" }
            text += JSONReportStream.indented(String(decoding: data, as: UTF8.self), by: 8)
        }
        count += results.count
        text.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, file) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "cannot keep the SARIF results in a temporary file" }
    }

    /// Reads the results back, in chunks that end at a line feed (never inside a UTF-8 sequence).
    func replay(_ write: (String) throws -> Void) throws {
        guard let file, fflush(file) == 0, ferror(file) == 0 else { throw Failure() }
        rewind(file)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var carried: [UInt8] = []
        while true {
            let read = fread(&buffer, 1, buffer.count, file)
            if read == 0 { break }
            carried += buffer[0..<read]
            guard let lastLineFeed = carried.lastIndex(of: UInt8(ascii: "\n")) else { continue }
            try write(String(decoding: carried[...lastLineFeed], as: UTF8.self))
            carried.removeSubrange(...lastLineFeed)
        }
        guard ferror(file) == 0 else { throw Failure() }
        if !carried.isEmpty { try write(String(decoding: carried, as: UTF8.self)) }
    }
}

