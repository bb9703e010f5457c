import ArgumentParser
import Certificates
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward rate <mission>...`: rate descriptors against one or more rulesets.
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rate missions against a ruleset.",
            discussion: """
            Rates each mission under each --ruleset (default: the embedded lts-2019). A ruleset is an embedded id
            (see `steward rules list`) or a path: anything with a '/' or a .yaml/.yml/.json suffix. The text report
            starts with the tier and score, then sections, guidelines and findings with advice; colour only on a
            terminal and never when NO_COLOR is set. JSON is one steward/rating@1 object for a single rating,
            otherwise {"format": "steward/ratings@1", "ratings": [...]} (docs/rating-json.md). Markdown, HTML,
            SARIF, JUnit, GitHub annotations and an SVG badge are described in docs/reports.md; HTML, SARIF, JUnit
            and badge hold one rating, so rate one mission under one ruleset per run with them.

            Examples:
              steward rate Examples/aurora-3u.yaml
              steward rate Examples/*.yaml --ruleset starter --format json --output ratings.json
              steward rate m.yaml --ruleset lts-2019 --ruleset my-overlay.yaml --fail-below silver --strict
              steward rate m.yaml --assume solar_activity=constant --assume f107=150
              steward rate m.yaml --format sarif --output steward.sarif

            Exit codes: 0 success; 1 a rating below --fail-below, or (with --strict) a required rule not met;
            2 invalid descriptor or ruleset (diagnostics on stderr as file:line:col: error: …); 64 usage error.
            """
        )

        @Argument(help: ArgumentHelp("Mission descriptor files (YAML or JSON).", valueName: "mission"))
        var missions: [String] = []

        @Option(name: .customLong("ruleset"), help: ArgumentHelp(
            "Embedded ruleset id or ruleset file (repeatable; default \(EmbeddedRulesets.defaultID)).", valueName: "id|path"))
        var rulesets: [String] = []

        // `transform:` keeps the library's did-you-mean, but hides the default from ArgumentParser: the help says it.
        @Option(help: ArgumentHelp("Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: text).",
                                   valueName: "format"),
                completion: .list(ReportFormat.allCases.map(\.rawValue)), transform: ArgumentValue.reportFormat)
        var format: ReportFormat = .text

        @Option(help: ArgumentHelp("Date shown by reports that show one (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else none.", valueName: "date"),
                transform: ArgumentValue.date)
        var date: CertificateTimestamp?

        @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "path"))
        var output: String?

        @Option(name: .customLong("fail-below"), help: ArgumentHelp(
            "Exit 1 when a rating's final tier is below this tier (a tier of every ruleset used).", valueName: "tier"))
        var failBelow: String?

        @Flag(help: "Exit 1 when a required rule failed or could not be shown to hold.")
        var strict = false

        @OptionGroup var assumptions: AssumptionOptions

        @OptionGroup var allowPath: AllowPathOptions

        func validate() throws {
            if missions.isEmpty { throw ValidationError("give at least one mission descriptor to rate") }
            if missions.count * max(rulesets.count, 1) > 1, !format.reporter.takesSeveralRatings {
                throw ValidationError("--format \(format.rawValue) holds one rating: rate one mission under one ruleset per run (use --output for each)")
            }
        }

        func run() throws {
            let references = rulesets.isEmpty ? [EmbeddedRulesets.defaultID] : rulesets
            let compiled = try CommandSupport.compileRulesets(references, allowPath: allowPath)
            let overrides = assumptions.values
            // Tier names and assumption types belong to the rulesets, so these are checked once they are compiled.
            let gate = RatingGate(failBelow: failBelow, strict: strict)
            if let problem = gate.tierProblem(rulesets: compiled) {
                throw CommandSupport.usageError("--fail-below: \(problem)", command: "rate")
            }
            let overrideProblems = RatingPipeline.overrideProblems(overrides, rulesets: compiled)
            if !overrideProblems.isEmpty {
                throw CommandSupport.usageError("--assume: " + overrideProblems.joined(separator: "; "), command: "rate")
            }
            // Every density table the rating will read, checked before any physics runs (as `facts` does).
            do {
                try DensityTableFile.check(overrides: overrides, rulesets: compiled)
            } catch {
                StandardError.write(DiagnosticRenderer().render(error.diagnostics) + "\n")
                throw ExitCode.invalidInput
            }
            let timestamp: String?
            do {
                timestamp = try CertificateDates.reportTimestamp(given: date)
            } catch {
                throw CommandSupport.usageError(error.description, command: "rate")
            }

            let results = RatingPipeline.rate(files: missions, rulesets: compiled, overrides: overrides)
            for result in results where !result.renderedDiagnostics.isEmpty {
                StandardError.write(result.renderedDiagnostics + "\n")
            }
            let ratings = results.flatMap(\.ratings)
            if !ratings.isEmpty {
                let colour = output == nil && CommandSupport.standardOutputWantsColour
                let rulesetHashes = RulesetResolver(allowedDirectories: allowPath.directories).sha256ByRulesetID(references: references, compiled: compiled)
                let report = format.render(ratings) { rating in
                    RatingReport.options(for: rating, colour: colour, rulesetSHA256: rulesetHashes, timestamp: timestamp)
                }
                try CommandSupport.emit(report, to: output)
            }
            for rating in ratings {
                for reason in gate.shortfalls(of: rating) { StandardError.write(reason + "\n") }
            }
            let verdict = gate.verdict(for: results)
            if verdict != .success { throw ExitCode(verdict.rawValue) }
        }
    }
}
