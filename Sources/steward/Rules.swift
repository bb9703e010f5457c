import ArgumentParser
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward rules …`: tools for ruleset authors.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, lint, test, document, explain, show and scaffold rulesets.",
            discussion: """
            Tools for ruleset authors. A ruleset argument is an embedded id or a path (anything with a '/' or \
            a .yaml/.yml/.json suffix). docs/authoring-a-ruleset.md walks through writing an overlay.

            Examples:
              steward rules list
              steward rules lint my-overlay.yaml
              steward rules test starter
              steward rules doc lts-2019 > lts-2019.md
              steward rules explain B.9-casualty-risk
              steward rules show lts-2019
              steward rules facts --format json
              steward rules new my-overlay --extends lts-2019 --output my-overlay.yaml
            """,
            subcommands: [List.self, Lint.self, Test.self, Doc.self, Explain.self, Show.self, Facts.self, New.self,
                          Diff.self]
        )

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the rulesets embedded in the binary.",
                discussion: """
                One line per ruleset: id, version and title, with a note when it does not compile.

                Example:
                  steward rules list
                """)

            func run() throws {
                let summaries = EmbeddedRulesets.summaries()
                let idWidth = summaries.map(\.id.count).max() ?? 0
                let versionWidth = summaries.map(\.version.count).max() ?? 0
                for summary in summaries {
                    var line = summary.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                    line += summary.version.padding(toLength: versionWidth, withPad: " ", startingAt: 0) + "  " + summary.title
                    if summary.errorCount > 0 {
                        line += "  (does not compile: \(summary.errorCount) error\(summary.errorCount == 1 ? "" : "s"); see `steward rules lint \(summary.id)`)"
                    }
                    StandardOutput.line(line)
                }
            }
        }

        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Compile a ruleset and print every error and warning.",
                discussion: """
                Reads the ruleset (and the rulesets it extends), then checks every rule, expression, example and \
                fact path, and prints every error and warning in one pass as file:line:col: error: message.

                Examples:
                  steward rules lint lts-2019
                  steward rules lint my-overlay.yaml

                Exit codes: 0 no errors (warnings allowed), 2 errors, 64 usage error.
                """)

            @Argument(help: ArgumentHelp("Embedded ruleset id or ruleset file.", valueName: "ruleset"))
            var ruleset: String

            @OptionGroup var allowPath: AllowPathOptions

            func run() throws {
                let resolved = RulesetResolver(allowedDirectories: allowPath.directories).resolve(ruleset)
                resolved.write(resolved.diagnostics) { StandardError.write($0 + "\n") }
                let errors = resolved.errors.count, warnings = resolved.warnings.count
                let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
                if let compiled = resolved.ruleset {
                    StandardOutput.line("\(ruleset): \(compiled.identity.id) \(compiled.identity.version), \(compiled.rules.count) rules: \(counts)")
                } else {
                    StandardOutput.line("\(ruleset): \(counts)")
                    throw ExitCode.invalidInput
                }
            }
        }

        struct Test: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Run the inline examples of every rule and report their coverage.",
                discussion: """
                Evaluates each rule on exactly the facts its example gives and compares the outcome and score \
                (tolerance \(NumberFormatting.shortest(CompiledRuleset.exampleTolerance))). With no argument, \
                tests every embedded ruleset.

                Prints each failing example as file:line:col: FAIL rule: what differed, then one summary line \
                per ruleset: examples run, passed and failed, and the coverage, the percentage of rules \
                (bonus rules included) that have at least one example. Then, when there are any, a line naming \
                the rules without an example ("no example:") and one naming the outcomes (pass, partial, fail, \
                not_applicable, unknown) that no example produces. --verbose also prints every passing example.

                --min-coverage P makes the coverage a CI gate: exit 1 when any ruleset's coverage is below P.

                Examples:
                  steward rules test
                  steward rules test starter my-overlay.yaml
                  steward rules test my-overlay.yaml --min-coverage 90
                  steward rules test lts-2019 --verbose

                Exit codes: 0 all pass, 1 an example failed or coverage is below --min-coverage, 2 a ruleset \
                does not compile, 64 usage error.
                """)

            @Argument(help: ArgumentHelp("Embedded ruleset ids or ruleset files (default: every embedded ruleset).", valueName: "ruleset"))
            var rulesets: [String] = []

            @OptionGroup var allowPath: AllowPathOptions

            @Flag(help: "Print every example, passing ones included.")
            var verbose = false

            @Option(name: .customLong("min-coverage"), help: ArgumentHelp(
                "Exit 1 when fewer than this percentage of a ruleset's rules have an example (0-100).", valueName: "percent"))
            var minCoverage: Double?

            func validate() throws {
                if let minCoverage, !(0...100).contains(minCoverage) {
                    throw ValidationError("--min-coverage must be a percentage from 0 to 100, found \(NumberFormatting.shortest(minCoverage))")
                }
            }

            func run() throws {
                let references = rulesets.isEmpty ? EmbeddedRulesets.ids : rulesets
                var failed = false, invalid = false, belowCoverage = false
                let resolver = RulesetResolver(allowedDirectories: allowPath.directories)
                for reference in references {
                    let resolved = resolver.resolve(reference)
                    guard let compiled = resolved.ruleset else {
                        resolved.write(resolved.errors) { StandardError.write($0 + "\n") }
                        StandardOutput.line("\(reference): does not compile (\(resolved.errors.count) errors)")
                        invalid = true
                        continue
                    }
                    let results = compiled.runExamples()
                    var embeddedFiles: [String] = []
                    for result in results {
                        if result.passed {
                            if verbose { StandardOutput.line("\(result.location): PASS \(result.rule)") }
                        } else {
                            StandardOutput.line("\(result.location): FAIL \(result.rule): \(result.message)")
                            failed = true
                            if !embeddedFiles.contains(result.location.file) { embeddedFiles.append(result.location.file) }
                        }
                    }
                    // An inherited example lives in a file only the binary has: say how to read it.
                    for file in embeddedFiles {
                        if let hint = RulesetRegistry.showHint(forFile: file) { StandardOutput.line("note: \(hint)") }
                    }
                    let passed = results.filter(\.passed).count
                    let coverage = compiled.exampleCoverage(results)
                    let percent = NumberFormatting.shortest((coverage.percentage * 10).rounded() / 10)
                    StandardOutput.line("\(reference): \(results.count) examples, \(passed) passed, \(results.count - passed) failed; "
                          + "coverage \(percent)% (\(coverage.rulesWithExamples) of \(coverage.ruleCount) rules have an example)")
                    if !coverage.rulesWithoutExamples.isEmpty {
                        StandardOutput.line("\(reference): no example: " + coverage.rulesWithoutExamples.joined(separator: ", "))
                    }
                    if !coverage.outcomesNotExercised.isEmpty {
                        StandardOutput.line("\(reference): outcomes no example produces: " + coverage.outcomesNotExercised.map(\.rawValue).joined(separator: ", "))
                    }
                    if let minCoverage, coverage.percentage < minCoverage {
                        StandardError.write("\(reference): coverage \(percent)% is below --min-coverage \(NumberFormatting.shortest(minCoverage))%\n")
                        belowCoverage = true
                    }
                }
                if invalid { throw ExitCode.invalidInput }
                if failed || belowCoverage { throw ExitCode.failure }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print an embedded ruleset's YAML.",
                discussion: """
                Prints the file exactly as it is built into steward, comments included, so that inherited rules \
                can be read and copied into an overlay, and so that locations like \
                <embedded>/lts-2019.yaml:548 can be looked up (line numbers match).

                Examples:
                  steward rules show lts-2019
                  steward rules show lts-2019 > lts-2019.yaml

                Exit codes: 0 success, 64 no embedded ruleset with that id (with a did-you-mean).
                """)

            @Argument(help: ArgumentHelp("Embedded ruleset id (see steward rules list).", valueName: "id"))
            var id: String

            func run() throws {
                guard let entry = EmbeddedRulesets.registry[id] else {
                    var message = "no embedded ruleset '\(id)'"
                    if RulesetResolver.isPath(id) { message += "; a ruleset file can be opened directly" }
                    if let hint = Suggestion.note(for: id, in: EmbeddedRulesets.ids) { message += "; \(hint)" }
                    message += " (embedded: \(EmbeddedRulesets.ids.joined(separator: ", ")))"
                    throw CommandSupport.usageError(message, command: "rules show")
                }
                print(entry.text, terminator: entry.text.hasSuffix("\n") ? "" : "\n")
            }
        }

        struct Facts: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List every fact path a rule may read.",
                discussion: """
                For each path: its type, unit, allowed values (for closed vocabularies), origin (declared: a \
                descriptor field; derived: computed by a physics model, see docs/physics.md; assumption: the \
                ruleset's own) and the rules of the ruleset that read it. The ruleset's assumptions add \
                assumptions.* paths. JSON (format steward/facts-catalogue@1) has the same fields.

                Examples:
                  steward rules facts
                  steward rules facts --ruleset my-overlay.yaml
                  steward rules facts --format json > facts.json

                Exit codes: 0 success, 2 the ruleset does not compile, 64 usage error.
                """)

            enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
                case text, json
            }

            @Option(name: .customLong("ruleset"), help: ArgumentHelp("Embedded ruleset id or ruleset file.", valueName: "id|path"))
            var ruleset: String = EmbeddedRulesets.defaultID

            @Option(help: "Output format: text or json.")
            var format: OutputFormat = .text

            func run() throws {
                guard let compiled = try CommandSupport.compileRulesets([ruleset]).first else { return }
                let listing = FactListing(compiled)
                print(format == .json ? listing.json() : listing.text(), terminator: "")
            }
        }

        struct New: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write a commented overlay skeleton that lints and tests green.",
                discussion: """
                The overlay extends BASE and shows an override of an inherited rule, a new required rule with \
                examples, and an assumption, each with comments saying what to change. Without --output it is \
                printed; with --output it is written atomically, and an existing file is never overwritten.

                Examples:
                  steward rules new my-overlay --extends lts-2019
                  steward rules new my-overlay --extends lts-2019 --output my-overlay.yaml

                Exit codes: 0 success, 1 the file exists or cannot be written, 2 the base does not compile, \
                64 usage error (an id that is not a ruleset id).
                """)

            @Argument(help: ArgumentHelp("Id of the new ruleset (letters, digits, . _ - @ /).", valueName: "id"))
            var id: String

            @Option(help: ArgumentHelp("Base ruleset: embedded id or ruleset file.", valueName: "id|path"))
            var extends: String = EmbeddedRulesets.defaultID

            @Option(help: ArgumentHelp("File to create (refused if it exists); default standard output.", valueName: "file"))
            var output: String?

            func validate() throws {
                if !OverlayScaffold.isValidID(id) { throw ValidationError(OverlayScaffold.Problem.invalidID(id).description) }
            }

            func run() throws {
                guard let base = try CommandSupport.compileRulesets([extends]).first else { return }
                let text: String
                do {
                    text = try OverlayScaffold.text(id: id, extending: base, baseReference: extends)
                } catch {
                    throw CommandSupport.usageError(error.description, command: "rules new")
                }
                guard let output else {
                    print(text, terminator: "")
                    return
                }
                do {
                    try OverlayScaffold.write(text, to: output)
                } catch {
                    StandardError.write("error: \(error.description)\n")
                    throw ExitCode.failure
                }
                print("wrote \(output); next: steward rules lint \(output) && steward rules test \(output)")
            }
        }

        struct Doc: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print Markdown documentation of a ruleset.",
                discussion: """
                Prints the ruleset as Markdown: tiers, sections, guidelines and every rule with its expression, \
                scale, advice and sources.

                Examples:
                  steward rules doc lts-2019 > lts-2019.md
                  steward rules doc my-overlay.yaml

                Exit codes: 0 success, 2 the ruleset does not compile, 64 usage error.
                """)

            @Argument(help: ArgumentHelp("Embedded ruleset id or ruleset file.", valueName: "ruleset"))
            var ruleset: String

            @OptionGroup var allowPath: AllowPathOptions

            func run() throws {
                let compiled = try CommandSupport.compileRulesets([ruleset], allowedDirectories: allowPath.directories)
                for ruleset in compiled { print(RulesetDocumentation.markdown(ruleset), terminator: "") }
            }
        }

        struct Explain: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Explain one rule in full, or list the rules of a guideline.",
                discussion: """
                Prints one rule in full, or with a guideline id (B.9) the guideline's rules. The heading names the \
                ruleset that wrote the rule: the one that defines it, or the overlay that last overrides it. \
                Without --ruleset the rule is looked up in every embedded ruleset that compiles, shown as its \
                defining ruleset has it, and the overlays that change it or inherit it unchanged are listed.

                Examples:
                  steward rules explain B.9-casualty-risk
                  steward rules explain B.9
                  steward rules explain B.9-casualty-risk --ruleset france-lose-2024
                  steward rules explain A.1-licence --ruleset starter

                Exit codes: 0 success, 2 a ruleset does not compile, 64 no such rule or guideline (with a \
                did-you-mean).
                """)

            @Argument(help: ArgumentHelp("Rule id (B.9-casualty-risk) or guideline id (B.9).", valueName: "id"))
            var ruleID: String

            @Option(name: .customLong("ruleset"), help: ArgumentHelp("Embedded ruleset id or file to look in (repeatable).", valueName: "id|path"))
            var rulesets: [String] = []

            @OptionGroup var allowPath: AllowPathOptions

            func run() throws {
                let compiled: [CompiledRuleset]
                if rulesets.isEmpty {
                    // The default ruleset first: most rules are defined there and inherited by the others.
                    let resolver = RulesetResolver()
                    let ids = [EmbeddedRulesets.defaultID] + EmbeddedRulesets.ids.filter { $0 != EmbeddedRulesets.defaultID }
                    compiled = ids.compactMap { resolver.resolve($0).ruleset }
                } else {
                    compiled = try CommandSupport.compileRulesets(rulesets, allowedDirectories: allowPath.directories)
                }
                switch RuleExplanation.explain(ruleID, in: compiled, searchedEverything: rulesets.isEmpty) {
                case .found(let text): print(text, terminator: "")
                case .notFound(let message): throw CommandSupport.usageError(message, command: "rules explain")
                }
            }
        }
    }
}
