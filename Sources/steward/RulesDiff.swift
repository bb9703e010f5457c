import ArgumentParser
import Foundation
import Reports
import StewardKit

extension Steward.Rules {
    /// `steward rules diff OLD NEW [--missions …]`: what changed between two versions of a ruleset, and how
    /// each mission's rating moves (with the attribution `steward compare` uses).
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two rulesets and how missions' ratings move.",
            usage: "steward rules diff <old> <new> [--missions <mission> ...] [options]",
            discussion: """
            Compares OLD and NEW (embedded ids or files): tier thresholds, assumptions, section and guideline \
            weights, rules added and removed, and for each rule in both the fields that changed (title, \
            guideline, weight, applies_if, pass_if/score/measure, scale, required, caps_tier_at, bonus). With \
            --missions, rates each descriptor under both and lists its tier and score before and after, with \
            the rules whose contribution changed; they sum to the score difference (the residual is shown).

            Examples:
              steward rules diff lts-2019 my-overlay.yaml
              steward rules diff old/overlay.yaml overlay.yaml --missions Examples/*.yaml
              steward rules diff starter lts-2019 --format json

            Exit codes: 0 compared; 2 an invalid ruleset or descriptor (the other missions are still rated); \
            64 usage error.
            """
        )

        @Argument(help: ArgumentHelp("The earlier ruleset (embedded id or file).", valueName: "old"))
        var old: String

        @Argument(help: ArgumentHelp("The later ruleset (embedded id or file).", valueName: "new"))
        var new: String

        @Option(name: .customLong("missions"), parsing: .upToNextOption,
                help: ArgumentHelp("Mission descriptors to rate under both rulesets.", valueName: "mission"))
        var missions: [String] = []

        @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
        var format: String = "text"

        func validate() throws {
            guard ["text", "json"].contains(format) else {
                throw ValidationError("unknown format '\(format)' (known formats: text, json)")
            }
        }

        func run() throws {
            let compiled = try CommandSupport.compileRulesets([old, new])
            let diff: Reports.RulesetDiff
            var invalid = false
            if missions.isEmpty {
                diff = RulesetDiffer.diff(old: compiled[0], new: compiled[1])
            } else {
                let outcome = RulesetDiffer.diff(old: compiled[0], new: compiled[1], missions: missions)
                for result in outcome.results where !result.renderedDiagnostics.isEmpty {
                    StandardError.write(result.renderedDiagnostics + "\n")
                }
                invalid = outcome.results.contains { !$0.isValid }
                diff = outcome.diff
            }
            print(format == "json" ? diff.json() : diff.text(), terminator: "")
            if invalid { throw ExitCode.invalidInput }
        }
    }
}
