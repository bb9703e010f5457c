import RuleEngine

/// What the machine-readable reports (SARIF, JUnit, GitHub annotations, Markdown) say about one rule,
/// worked out once so every format tells the same story.
struct RuleFinding: Sendable, Hashable {
    /// A place in the descriptor, as written in a `FactRead` provenance (`file:line:col`).
    struct Location: Sendable, Hashable {
        var file: String
        var line: Int
        var column: Int?

        /// Parses `file:line:col` or `file:line`, reading from the end so a file name may contain colons.
        init?(_ text: String) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 2 else { return nil }
            if parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]), line > 0 {
                self.file = parts.dropLast(2).joined(separator: ":")
                self.line = line
                self.column = column > 0 ? column : nil
            } else if let line = Int(parts[parts.count - 1]), line > 0 {
                self.file = parts.dropLast().joined(separator: ":")
                self.line = line
                self.column = nil
            } else {
                return nil
            }
            if file.isEmpty { return nil }
        }

        init(file: String, line: Int, column: Int?) {
            self.file = file
            self.line = line
            self.column = column
        }
    }

    var rule: RuleResult
    /// The guideline the rule belongs to (nil for bonus rules).
    var guideline: GuidelineResult?
    var sectionID: String?

    /// Score points of the total the rule did not earn.
    var lost: Double { rule.totalShare * (1 - (rule.score ?? 0)) }

    /// True for a required rule whose condition is known to be unmet.
    var failedRequirement: Bool { rule.required?.status == .notMet && rule.outcome != .notApplicable }

    /// The one-paragraph explanation shared by every machine-readable format: outcome and score, the
    /// facts read (or missing), the requirement and the reason.
    var explanation: String {
        var parts: [String] = []
        let scoreText = rule.score.map { NumberFormatting.fixed($0, decimals: 3) }
        switch rule.outcome {
        case .pass: parts.append("\(rule.title): passed" + (scoreText.map { " (score \($0))" } ?? "") + ".")
        case .partial: parts.append("\(rule.title): partly met, score \(scoreText ?? "?").")
        case .fail: parts.append("\(rule.title): not met, score \(scoreText ?? "0").")
        case .unknown: parts.append("\(rule.title): unknown, scored 0.")
        case .notApplicable: parts.append("\(rule.title): not applicable.")
        }
        if let measured = rule.measured {
            parts.append("Measured \(NumberFormatting.readable(measured)) from \(rule.expression).")
        }
        let found = rule.facts.compactMap { fact -> String? in
            guard let value = fact.value else { return nil }
            return "\(fact.path) = \(value.readableText)" + (fact.unit.map { " \($0)" } ?? "")
        }
        if !found.isEmpty { parts.append("Read " + found.joined(separator: ", ") + ".") }
        let missing = missingPaths
        if !missing.isEmpty { parts.append("Missing " + missing.joined(separator: ", ") + ".") }
        if let required = rule.required, rule.outcome != .notApplicable, required.status != .met {
            parts.append("Required for tiers above \(required.capsTierAt): \(required.condition) ("
                          + (required.status == .notMet ? "not met" : "not shown") + ").")
        }
        if let reason = rule.reason, rule.outcome == .unknown || rule.outcome == .notApplicable {
            parts.append("Reason: \(reason).")
        }
        return parts.joined(separator: " ")
    }

    /// The fact paths that were absent; providing them would resolve an unknown rule.
    var missingPaths: [String] { rule.facts.filter { $0.missing != nil }.map(\.path) }

    /// Every scored rule of a rating, in ruleset order, with its guideline and section.
    static func all(in rating: Rating) -> [RuleFinding] {
        rating.sections.flatMap { section in
            section.guidelines.flatMap { guideline in
                guideline.rules.map { RuleFinding(rule: $0, guideline: guideline, sectionID: section.id) }
            }
        }
    }

    /// Rules that cost points (fail, partial, unknown), the biggest loss first, ties by id.
    static func losing(in rating: Rating) -> [RuleFinding] {
        all(in: rating).filter { [.fail, .partial, .unknown].contains($0.rule.outcome) }
            .sorted { $0.lost != $1.lost ? $0.lost > $1.lost : $0.rule.id < $1.rule.id }
    }

    /// Where in the descriptor a finding belongs: the declared fact behind the rule; otherwise the first
    /// declared fact (lowest line) anywhere in the rating under the same top-level key as one of the
    /// rule's facts (the section of the descriptor it concerns); otherwise, for a rule that read only
    /// derived facts, the first declared fact in the descriptor sections those facts are computed from
    /// (`derivedInputs`); otherwise line 1 of the descriptor. Nil only when the rating names no descriptor
    /// file at all.
    ///
    /// The engine records facts in the order it read them: `applies_if` first, then the scoring expression,
    /// then the requirement. The facts of `applies_if` only decide whether the rule counts, so the search
    /// runs from the last fact read backwards — and for a `measure` rule starts at the measured fact, which
    /// is what the score is about.
    func location(in rating: Rating) -> Location? {
        var facts = Array(rule.facts.reversed())
        if rule.method == .measure, let index = facts.firstIndex(where: { $0.path == rule.expression }) {
            let measured = facts.remove(at: index)
            facts.insert(measured, at: 0)
            if measured.source == nil, !measured.path.hasPrefix("derived.") {
                // The measured fact is missing from the descriptor: point at the section it belongs in.
                facts = [measured]
            }
        }
        for fact in facts where fact.source?.kind == .declared {
            if let text = fact.source?.location, let location = Location(text) { return location }
        }
        let keys = facts.map { $0.path.split(separator: ".").first.map(String.init) ?? $0.path }
            .filter { $0 != "derived" }
        let declared = Self.declaredLocations(in: rating)
        if let first = Self.firstDeclared(under: keys, in: declared) { return first }
        for fact in facts {
            let parts = fact.path.split(separator: ".")
            guard parts.count >= 2, parts[0] == "derived", let inputs = Self.derivedInputs[String(parts[1])] else { continue }
            for section in inputs {
                if let first = Self.firstDeclared(under: [section], in: declared) { return first }
            }
        }
        return rating.mission.file.map { Location(file: $0, line: 1, column: nil) }
    }

    /// The descriptor sections each group of derived facts (`derived.<group>.…`) is computed from, the one a
    /// reader would change first leading: the lifetime after the mission is decided by the disposal plan
    /// (`end_of_life`) before the orbit. Mirrors what the providers in `StewardKit/Derived` read.
    static let derivedInputs: [String: [String]] = [
        "orbit": ["orbit"],
        "lifetime": ["end_of_life", "orbit", "spacecraft"],
        "disposal": ["end_of_life", "spacecraft.propulsion", "spacecraft"],
        "collision": ["orbit", "operations", "spacecraft"],
        "environment": ["end_of_life", "orbit", "spacecraft"],
        "reentry": ["spacecraft.components", "end_of_life", "spacecraft"],
        "trackability": ["spacecraft.tracking", "spacecraft.dimensions_m", "orbit"],
    ]

    /// The declared location with the lowest line under any of `keys` (a path or a path prefix).
    static func firstDeclared(under keys: [String], in declared: [(path: String, location: Location)]) -> Location? {
        guard !keys.isEmpty else { return nil }
        return declared.filter { entry in keys.contains { entry.path == $0 || entry.path.hasPrefix($0 + ".") } }
            .min { ($0.location.line, $0.location.column ?? 0) < ($1.location.line, $1.location.column ?? 0) }?.location
    }

    /// Every declared fact location any rule read, by path.
    static func declaredLocations(in rating: Rating) -> [(path: String, location: Location)] {
        (rating.allRules + rating.bonus).flatMap(\.facts).compactMap { fact in
            guard fact.source?.kind == .declared, let text = fact.source?.location, let location = Location(text) else { return nil }
            return (fact.path, location)
        }
    }
}

extension RuleFinding.Location {
    /// The file as the report should name it: the caller's display path replaces the descriptor's
    /// recorded name (the CLI knows the path relative to the repository root).
    func displayFile(mission: MissionIdentity, displayPath: String?) -> String {
        guard let displayPath else { return file }
        return file == mission.file || mission.file == nil ? displayPath : file
    }
}
