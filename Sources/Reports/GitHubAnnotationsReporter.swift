import RuleEngine

/// Renders a `Rating` as GitHub Actions workflow commands: printed by a workflow step, each line becomes an
/// annotation on the descriptor line behind a finding, in the pull request's diff and the run summary.
///
/// One line per rule that cost points (fail, partial, unknown), biggest loss first:
/// `::error` for a failed required rule, `::warning` for fail or partial, `::notice` for unknown. Then one
/// `::notice` with the verdict. Properties and messages are escaped with `WorkflowCommandEscaping`, so advice
/// spanning lines stays one annotation. The runner shows at most 10 errors and 10 warnings per step; the
/// most important come first for that reason.
public struct GitHubAnnotationsReporter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ rating: Rating) -> String {
        var lines: [String] = []
        for finding in RuleFinding.losing(in: rating) {
            let rule = finding.rule
            let command: String
            if finding.failedRequirement {
                command = "error"
            } else if rule.outcome == .unknown {
                command = "notice"
            } else {
                command = "warning"
            }
            var message = finding.explanation
            if let advice = rule.advice { message += "\nAdvice: " + advice }
            let title = "\(rule.id) (\(rule.outcome.rawValue))"
            if let location = finding.location(in: rating) {
                let file = location.displayFile(mission: rating.mission, displayPath: options.displayPath)
                let line = String(location.line)
                if let column = location.column {
                    lines.append(WorkflowCommandEscaping.command(command, properties: [
                        "file": file, "line": line, "col": String(column), "title": title,
                    ], message: message))
                } else {
                    lines.append(WorkflowCommandEscaping.command(command, properties: [
                        "file": file, "line": line, "title": title,
                    ], message: message))
                }
            } else {
                lines.append(WorkflowCommandEscaping.command(command, properties: ["title": title], message: message))
            }
        }
        // "Envisat is unrated", "Aurora rated silver": a tier is a rating, its absence is not.
        let tier = rating.tier.flatMap { TierStyle(tierName: $0) == .none ? nil : $0 }
        var verdict = "\(rating.mission.name) " + (tier.map { "rated \($0)" } ?? "is unrated")
        if let before = rating.tierBeforeCaps, before != rating.tier { verdict += " (capped from \(before))" }
        verdict += ", score " + (rating.score.map { NumberFormatting.fixed($0, decimals: 3) } ?? "n/a")
        verdict += ", \(rating.stars) star" + (rating.stars == 1 ? "" : "s")
        verdict += ", ruleset \(rating.ruleset.id) \(rating.ruleset.version)"
        lines.append(WorkflowCommandEscaping.command("notice", properties: ["title": "Steward rating"], message: verdict))
        return lines.joined(separator: "\n") + "\n"
    }
}

extension GitHubAnnotationsReporter: Reporter {
    public static var format: ReportFormat { .github }
    /// Annotation lines of several ratings simply follow one another.
    public static var takesSeveralRatings: Bool { true }
    public static var ratingSeparator: String { "" }
}
