import ArgumentParser
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward compare`: missions, rulesets or assumption sets side by side, with the score difference
    /// attributed to rules; `--baseline … --fail-on-regression` for CI.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare missions, rulesets or assumptions side by side.",
            usage: "steward compare <mission> ... [--ruleset <id|path> ...] [options]",
            discussion: """
            Several missions under one ruleset (default \(EmbeddedRulesets.defaultID)); one mission under several \
            --ruleset (a compliance matrix: which rulesets it passes, which required rules fail under which); or \
            one mission under --assume against --versus (the versus set is the --assume set with the --versus \
            keys replaced). Shows tier, score, caps and stars per column, the section and guideline scores, the \
            facts that differ (declared and derived, with units and sources), and the score difference of each \
            column against the first attributed to rules: each rule's change in contribution (share of the total \
            × score), largest first, summing to the difference; the residual is printed.

            With --baseline OLD NEW, NEW is compared against OLD; --fail-on-regression exits 1 when NEW's tier \
            is lower or its score falls by more than --tolerance (default 0), and prints the rules that caused \
            it. Formats: text (100 columns), markdown, json (steward/comparison@1, docs/comparison-json.md), html.

            Examples:
              steward compare Examples/aurora-3u.yaml Examples/kestrel-eo.yaml
              steward compare Examples/iss.yaml --ruleset lts-2019 --ruleset fcc-2024
              steward compare m.yaml --assume f107=70 --versus f107=200
              steward compare --baseline base.yaml m.yaml --fail-on-regression
              steward compare a.yaml b.yaml --format html --output comparison.html

            Exit codes: 0 compared (and no regression); 1 a regression with --fail-on-regression; 2 an invalid \
            descriptor or ruleset (the other inputs are still compared); 64 usage error.
            """
        )

        @Argument(help: ArgumentHelp("Mission descriptor files (YAML or JSON).", valueName: "mission"))
        var missions: [String] = []

        @Option(name: .customLong("ruleset"), help: ArgumentHelp(
            "Embedded ruleset id or ruleset file (repeatable with one mission; default \(EmbeddedRulesets.defaultID)).", valueName: "id|path"))
        var rulesets: [String] = []

        @Option(help: ArgumentHelp("Output format: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: text).",
                                   valueName: "format"),
                completion: .list(ComparisonFormat.allCases.map(\.rawValue)), transform: { try ComparisonFormat.parse($0) })
        var format: ComparisonFormat = .text

        @Option(help: ArgumentHelp("Write the comparison to this file instead of standard output.", valueName: "path"))
        var output: String?

        @Option(help: ArgumentHelp("The descriptor to compare the one mission against (e.g. the base branch's copy).", valueName: "path"))
        var baseline: String?

        @Flag(name: .customLong("fail-on-regression"), help: "With --baseline: exit 1 when the tier drops or the score falls by more than --tolerance.")
        var failOnRegression = false

        @Option(help: ArgumentHelp("With --baseline: the score drop allowed (default 0).", valueName: "x"))
        var tolerance: Double?

        @OptionGroup var assumptions: AssumptionOptions

        @Option(name: .customLong("versus"),
                help: ArgumentHelp("The second assumption set: --assume with this key replaced (repeatable; needs --assume).", valueName: "key=value"),
                transform: AssumptionOverride.parse)
        var versus: [AssumptionOverride] = []

        func validate() throws {
            if missions.isEmpty { throw ValidationError("give the mission descriptors to compare") }
            if !versus.isEmpty {
                if assumptions.overrides.isEmpty { throw ValidationError("--versus needs --assume: it changes keys of the --assume set") }
                if missions.count != 1 || rulesets.count > 1 { throw ValidationError("--versus compares one mission under one ruleset") }
            }
            if baseline != nil {
                if missions.count != 1 { throw ValidationError("--baseline OLD compares exactly one changed descriptor: give one mission") }
                if rulesets.count > 1 || !versus.isEmpty { throw ValidationError("--baseline compares under one ruleset and one assumption set") }
            } else {
                if failOnRegression { throw ValidationError("--fail-on-regression needs --baseline") }
                if tolerance != nil { throw ValidationError("--tolerance needs --baseline") }
            }
            if let tolerance, !(tolerance >= 0 && tolerance.isFinite) { throw ValidationError("--tolerance must be a number ≥ 0") }
            if rulesets.count > 1 && missions.count > 1 {
                throw ValidationError("compare several missions under one ruleset, or one mission under several rulesets")
            }
            if missions.count == 1 && rulesets.count < 2 && versus.isEmpty && baseline == nil {
                throw ValidationError("nothing to compare: give two or more missions, two or more --ruleset, --versus, or --baseline")
            }
        }

        func run() throws {
            let references = rulesets.isEmpty ? [EmbeddedRulesets.defaultID] : rulesets
            let compiled = try CommandSupport.compileRulesets(references)
            let overrides = assumptions.values
            let versusValues = AssumptionOverride.factValues(versus)
            let problems = RatingPipeline.overrideProblems(overrides, rulesets: compiled)
                + RatingPipeline.overrideProblems(versusValues, rulesets: compiled)
            if !problems.isEmpty {
                throw CommandSupport.usageError("--assume/--versus: " + problems.joined(separator: "; "), command: "compare")
            }

            let outcome: ComparisonPipeline.Outcome
            if let baseline {
                outcome = ComparisonPipeline.compare(baseline: baseline, changed: missions[0], ruleset: compiled[0],
                                                     overrides: overrides, tolerance: tolerance ?? 0)
            } else if !versus.isEmpty {
                outcome = ComparisonPipeline.compare(file: missions[0], ruleset: compiled[0], base: overrides, versus: versusValues)
            } else if compiled.count > 1 {
                outcome = ComparisonPipeline.compare(file: missions[0], rulesets: compiled, overrides: overrides)
            } else {
                outcome = ComparisonPipeline.compare(files: missions, ruleset: compiled[0], overrides: overrides)
            }
            if !outcome.renderedDiagnostics.isEmpty { StandardError.write(outcome.renderedDiagnostics + "\n") }
            guard let comparison = outcome.comparison else {
                StandardError.write("error: fewer than two valid inputs; nothing was compared\n")
                throw ExitCode.invalidInput
            }
            try CommandSupport.emit(format.render(comparison), to: output)
            if outcome.hasInvalidInput { throw ExitCode.invalidInput }
            if let regression = comparison.regression, regression.regressed {
                for reason in regression.reasons { StandardError.write("regression: " + reason + "\n") }
                if failOnRegression { throw ExitCode.failure }
            }
        }
    }
}
