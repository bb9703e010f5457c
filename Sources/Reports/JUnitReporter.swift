import RuleEngine

/// Renders ratings as JUnit XML (the Apache Ant schema CI servers read), so a CI dashboard lists each
/// rule as a test: one `<testsuite>` per rating (a mission under a ruleset), one `<testcase>` per scored
/// rule, with the guideline as its class name.
///
/// - pass → a passing test case;
/// - fail or partial → `<failure>` whose message is the explanation and whose body adds the advice;
/// - unknown → `<error type="unknown">` naming the facts that would resolve it (the rule could not be
///   decided, which is what JUnit's "error" means, as opposed to a checked failure);
/// - not applicable → `<skipped>` with the reason.
///
/// The schema requires a timestamp and a host name; Steward writes `ReportOptions.timestamp` (or
/// `1970-01-01T00:00:00` without one) and the host name `steward`, never the clock or the machine, so the
/// file is deterministic. Times are `0`: rating takes no measurable time per rule and inventing one would
/// be noise.
public struct JUnitReporter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    static let epochTimestamp = "1970-01-01T00:00:00"

    public func render(_ rating: Rating) -> String {
        Self.document(of: [rating], options: { _ in options })
    }

    /// `<testsuites>` with one `<testsuite>` per rating — a mission under a ruleset — so one file covers a
    /// whole batch and a dashboard lists each mission as a suite.
    static func document(of ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        var suites: [MarkupNode] = []
        for (index, rating) in ratings.enumerated() {
            suites.append(JUnitReporter(options: options(rating)).suite(rating, id: index))
        }
        return MarkupRenderer(syntax: .xml).renderXMLDocument(.element("testsuites", [:], suites))
    }

    /// The JUnit document of a batch written suite by suite (`ReportStream`): each `<testsuite>` is rendered
    /// where block layout puts it inside `<testsuites>`, so the output equals `document(of:options:)`.
    struct DocumentBuilder: ReportStream {
        let options: @Sendable (Rating) -> ReportOptions
        private var count = 0

        init(options: @escaping @Sendable (Rating) -> ReportOptions) { self.options = options }

        /// The suite's id is its position in the batch, known only when it is added, so the part keeps the
        /// rating's suite rendered with a placeholder id that `add` fills in.
        func part(of rating: Rating) -> ReportPart {
            let suite = JUnitReporter(options: options(rating)).suite(rating, id: 0)
            return ReportPart(text: MarkupRenderer(syntax: .xml).render(suite, depth: 1))
        }

        mutating func add(_ part: ReportPart) -> String {
            let opening = count == 0 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>" : ""
            var text = part.text
            // The first ` id="0"` is the suite's own attribute: attribute values before it (name, package)
            // have their quotes escaped, so they cannot contain it.
            if count > 0, let placeholder = text.range(of: " id=\"0\"") {
                text.replaceSubrange(placeholder, with: " id=\"\(count)\"")
            }
            count += 1
            return opening + "\n  " + text
        }

        mutating func finish() -> String {
            count == 0 ? MarkupRenderer(syntax: .xml).renderXMLDocument(.element("testsuites", [:], [])) : "\n</testsuites>\n"
        }
    }

    private func suite(_ rating: Rating, id: Int) -> MarkupNode {
        let timestamp = options.timestamp.flatMap(Self.validTimestamp) ?? Self.epochTimestamp
        let findings = rating.sections.flatMap { section in
            section.guidelines.flatMap { guideline in
                guideline.rules.map { RuleFinding(rule: $0, guideline: guideline, sectionID: section.id) }
            }
        }
        let failures = findings.filter { $0.rule.outcome == .fail || $0.rule.outcome == .partial }.count
        let errors = findings.filter { $0.rule.outcome == .unknown }.count
        let skipped = findings.filter { $0.rule.outcome == .notApplicable }.count
        var properties: [MarkupNode] = [
            property("mission", rating.mission.id),
            property("ruleset", "\(rating.ruleset.id)@\(rating.ruleset.version)"),
            property("tier", rating.tier ?? "unrated"),
            property("total_score", rating.score.map { NumberFormatting.shortest($0) } ?? "n/a"),
        ]
        for section in rating.sections {
            properties.append(property("section \(section.id) score", section.score.map { NumberFormatting.shortest($0) } ?? "n/a"))
        }
        var children: [MarkupNode] = [.element("properties", [:], properties)]
        children += findings.map { testCase($0) }
        let sectionLines = rating.sections.map { "Section \($0.id) \($0.title): score \($0.score.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a")" }
        children.append(.element("system-out", [:], [.text(
            "\(rating.mission.name): tier \(rating.tier ?? "unrated"), score \(rating.score.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a")\n"
            + sectionLines.joined(separator: "\n"))]))
        children.append(.element("system-err", [:], []))
        let attributes: [MarkupAttribute] = [
            MarkupAttribute("name", "\(rating.mission.id) (\(rating.ruleset.id))"),
            MarkupAttribute("package", "steward.\(rating.ruleset.id)"),
            MarkupAttribute("id", String(id)),
            MarkupAttribute("timestamp", timestamp),
            MarkupAttribute("hostname", "steward"),
            MarkupAttribute("tests", String(findings.count)),
            MarkupAttribute("failures", String(failures)),
            MarkupAttribute("errors", String(errors)),
            MarkupAttribute("skipped", String(skipped)),
            MarkupAttribute("time", "0"),
        ]
        return .element(MarkupElement("testsuite", attributes, children: children))
    }

    private func property(_ name: String, _ value: String) -> MarkupNode {
        .element("property", ["name": name, "value": value])
    }

    private func testCase(_ finding: RuleFinding) -> MarkupNode {
        let rule = finding.rule
        let name = "\(rule.id): \(rule.title)"
        let className = finding.guideline.map { "\($0.id) \($0.title)" } ?? "bonus"
        var details = finding.explanation
        if let advice = rule.advice { details += "\nAdvice: " + advice }
        if !rule.references.isEmpty { details += "\nReferences: " + rule.references.joined(separator: "; ") }
        var outcome: [MarkupNode] = []
        switch rule.outcome {
        case .pass:
            break
        case .fail, .partial:
            let type = finding.failedRequirement ? "required" : rule.outcome.rawValue
            outcome.append(.element("failure", ["message": finding.explanation, "type": type], [.text(details)]))
        case .unknown:
            let paths = finding.missingPaths
            let resolve = paths.isEmpty ? "" : "\nDeclare to resolve: " + paths.joined(separator: ", ")
            outcome.append(.element("error", ["message": finding.explanation, "type": "unknown"], [.text(details + resolve)]))
        case .notApplicable:
            outcome.append(.element("skipped", ["message": "not applicable" + (rule.reason.map { ": \($0)" } ?? "")], []))
        }
        return .element(MarkupElement("testcase", [
            MarkupAttribute("name", name), MarkupAttribute("classname", className), MarkupAttribute("time", "0"),
        ], children: outcome))
    }

    /// Accepts `YYYY-MM-DDTHH:MM:SS`, optionally followed by `Z` (dropped: the schema's pattern has no zone).
    static func validTimestamp(_ text: String) -> String? {
        let core = text.hasSuffix("Z") ? String(text.dropLast()) : text
        let pattern = Array("dddd-dd-ddTdd:dd:dd")
        let characters = Array(core)
        guard characters.count == pattern.count else { return nil }
        for (character, expected) in zip(characters, pattern) {
            if expected == "d" ? !(character.isASCII && character.isNumber) : character != expected { return nil }
        }
        return core
    }
}

extension JUnitReporter: Reporter {
    public static var format: ReportFormat { .junit }
    public static var takesSeveralRatings: Bool { true }

    public static func render(_ ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        document(of: ratings, options: options)
    }
}
