import ArgumentParser
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward improve <mission> --target <tier>`: the smallest descriptor changes that reach a tier.
    struct Improve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the smallest descriptor changes that lift a mission to a tier.",
            discussion: """
            Searches the fields the losing rules read (declared practice such as conjunction-assessment phases, \
            passivation or covariance sharing, and design parameters such as the disposal perigee, the disposal \
            success probability, a drag device or a surviving component's material) breadth first by number of \
            changed fields, and re-rates every option from its edited descriptor. Facts that are not design \
            choices (the orbit, mass, country, launch date; the hardware once the phase is past design) are held \
            fixed unless --allow names them. Also prints the score interval the unknown facts leave open. \
            docs/improve.md explains the search.

            Examples:
              steward improve Examples/kestrel-eo.yaml --target platinum
              steward improve m.yaml --target gold --max-changes 2 --format json
              steward improve m.yaml --target gold --allow orbit.perigee_km
              steward improve m.yaml --target gold --write-to m-gold.yaml
              steward improve m.yaml --target gold --format json | jq -r '.options[0].diff' | patch -p0

            Exit codes: 0 options found, or the mission is already at the target; 1 no set of at most \
            --max-changes changes reaches the target; 2 invalid descriptor or ruleset, or --write-to failed; \
            64 usage error (unknown tier, an --allow path that is not a descriptor field).
            """
        )

        @Argument(help: ArgumentHelp("Mission descriptor file (YAML or JSON).", valueName: "mission"))
        var mission: String

        @Option(help: ArgumentHelp("Tier to reach (a tier of the ruleset, e.g. gold).", valueName: "tier"))
        var target: String

        @Option(name: .customLong("ruleset"), help: ArgumentHelp(
            "Embedded ruleset id or ruleset file.", valueName: "id|path"))
        var ruleset: String = EmbeddedRulesets.defaultID

        @Option(name: .customLong("max-changes"), help: ArgumentHelp("Most fields one option may change (1–5).", valueName: "n"))
        var maxChanges: Int = 3

        @Option(help: ArgumentHelp("A fact the search may change although it is held fixed (repeatable).", valueName: "path"))
        var allow: [String] = []

        @Option(help: ArgumentHelp("Output format: text, markdown or json.", valueName: "format"))
        var format: String = "text"

        @Option(name: .customLong("write-to"), help: ArgumentHelp(
            "Write option 1's descriptor to this file (never the input).", valueName: "file"))
        var writeTo: String?

        @OptionGroup var assumptions: AssumptionOptions

        func validate() throws {
            guard (1...5).contains(maxChanges) else { throw ValidationError("--max-changes must be 1 to 5, found \(maxChanges)") }
            guard ImprovementReporter.Format(rawValue: format) != nil else {
                throw ValidationError("--format must be one of text, markdown, json; found '\(format)'")
            }
            if let writeTo, URL(fileURLWithPath: writeTo).standardizedFileURL.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: mission).standardizedFileURL.resolvingSymlinksInPath().path {
                throw ValidationError("--write-to must not be the input descriptor: write elsewhere and compare")
            }
        }

        func run() throws {
            let compiled = try CommandSupport.compileRulesets([ruleset])[0]
            let overrides = assumptions.values
            let problems = RatingPipeline.overrideProblems(overrides, rulesets: [compiled])
            if !problems.isEmpty {
                throw CommandSupport.usageError("--assume: " + problems.joined(separator: "; "), command: "improve")
            }
            let request = ImprovementRequest(target: target, maxChanges: maxChanges, allow: allow, overrides: overrides)
            switch Improvement.run(path: mission, ruleset: compiled, request: request) {
            case .invalid(let diagnostics):
                StandardError.write(diagnostics + "\n")
                throw ExitCode.invalidInput
            case .unusable(let error):
                throw CommandSupport.usageError(error.message, command: "improve")
            case let .report(report, improvedText):
                print(ImprovementReporter.render(report, format: ImprovementReporter.Format(rawValue: format) ?? .text),
                      terminator: "")
                if writeTo != nil, improvedText == nil, !report.alreadyAtTarget {
                    StandardError.write("note: no option found, so nothing was written to \(writeTo!)\n")
                }
                if let writeTo, let improvedText {
                    do throws(Improvement.WriteError) {
                        try Improvement.write(improvedText, to: writeTo, input: mission)
                    } catch {
                        StandardError.write("error: \(error.message)\n")
                        throw ExitCode.invalidInput
                    }
                }
                if !report.alreadyAtTarget && report.options.isEmpty { throw ExitCode.failure }
            }
        }
    }
}
