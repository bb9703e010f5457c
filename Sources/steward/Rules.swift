import ArgumentParser
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward rules …`: tools for ruleset authors.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, lint, test, document and explain rulesets.",
            discussion: """
            Tools for ruleset authors. A ruleset argument is an embedded id or a path (anything with a '/' or a
            .yaml/.yml/.json suffix).

            Examples:
              steward rules list
              steward rules lint my-overlay.yaml
              steward rules test starter
              steward rules doc lts-2019 > lts-2019.md
              steward rules explain B.9-casualty-risk
            """,
            subcommands: [List.self, Lint.self, Test.self, Doc.self, Explain.self]
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
                    print(line)
                }
            }
        }

        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Compile a ruleset and print every error and warning.",
                discussion: """
                Examples:
                  steward rules lint lts-2019
                  steward rules lint my-overlay.yaml

                Exit codes: 0 no errors (warnings allowed), 2 errors.
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
                    print("\(ruleset): \(compiled.identity.id) \(compiled.identity.version), \(compiled.rules.count) rules: \(counts)")
                } else {
                    print("\(ruleset): \(counts)")
                    throw ExitCode.invalidInput
                }
            }
        }

        struct Test: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Run the inline examples of every rule.",
                discussion: """
                Evaluates each rule on exactly the facts its example gives and compares the outcome and score
                (tolerance \(NumberFormatting.shortest(CompiledRuleset.exampleTolerance))). With no argument, tests every
                embedded ruleset.

                Examples:
                  steward rules test
                  steward rules test starter my-overlay.yaml

                Exit codes: 0 all pass, 1 an example failed, 2 a ruleset does not compile.
                """)

            @Argument(help: ArgumentHelp("Embedded ruleset ids or ruleset files (default: every embedded ruleset).", valueName: "ruleset"))
            var rulesets: [String] = []

            @OptionGroup var allowPath: AllowPathOptions

            func run() throws {
                let references = rulesets.isEmpty ? EmbeddedRulesets.ids : rulesets
                var failed = false, invalid = false
                let resolver = RulesetResolver(allowedDirectories: allowPath.directories)
                for reference in references {
                    let resolved = resolver.resolve(reference)
                    guard let compiled = resolved.ruleset else {
                        resolved.write(resolved.errors) { StandardError.write($0 + "\n") }
                        print("\(reference): does not compile (\(resolved.errors.count) errors)")
                        invalid = true
                        continue
                    }
                    let results = compiled.runExamples()
                    for result in results {
                        if result.passed {
                            print("\(result.location): PASS \(result.rule)")
                        } else {
                            print("\(result.location): FAIL \(result.rule): \(result.message)")
                            failed = true
                        }
                    }
                    let passed = results.filter(\.passed).count
                    print("\(reference): \(results.count) examples, \(passed) passed, \(results.count - passed) failed")
                }
                if invalid { throw ExitCode.invalidInput }
                if failed { throw ExitCode.failure }
            }
        }

        struct Doc: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Print Markdown documentation of a ruleset.",
                discussion: """
                Examples:
                  steward rules doc lts-2019 > lts-2019.md
                  steward rules doc my-overlay.yaml

                Exit codes: 0 success, 2 the ruleset does not compile.
                """)

            @Argument(help: ArgumentHelp("Embedded ruleset id or ruleset file.", valueName: "ruleset"))
            var ruleset: String

            @OptionGroup var allowPath: AllowPathOptions

            func run() throws {
                let compiled = try CommandSupport.compileRulesets([ruleset], allowPath: allowPath)
                for ruleset in compiled { print(RulesetDocumentation.markdown(ruleset), terminator: "") }
            }
        }

        struct Explain: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Explain one rule in full.",
                discussion: """
                Looks the rule up in the given rulesets, or else in every embedded ruleset that compiles.

                Examples:
                  steward rules explain B.9-casualty-risk
                  steward rules explain A.1-licence --ruleset starter

                Exit codes: 0 success, 2 a ruleset does not compile, 64 no such rule (with a did-you-mean).
                """)

            @Argument(help: ArgumentHelp("Rule id, e.g. B.9-casualty-risk.", valueName: "rule-id"))
            var ruleID: String

            @Option(name: .customLong("ruleset"), help: ArgumentHelp("Embedded ruleset id or file to look in (repeatable).", valueName: "id|path"))
            var rulesets: [String] = []

            @OptionGroup var allowPath: AllowPathOptions

            func run() throws {
                let compiled: [CompiledRuleset]
                if rulesets.isEmpty {
                    let resolver = RulesetResolver()
                    compiled = EmbeddedRulesets.ids.compactMap { resolver.resolve($0).ruleset }
                } else {
                    compiled = try CommandSupport.compileRulesets(rulesets, allowPath: allowPath)
                }
                for ruleset in compiled {
                    if let rule = ruleset.rules.first(where: { $0.id == ruleID }) {
                        print("Ruleset `\(ruleset.identity.id)` \(ruleset.identity.version)\n")
                        print(RulesetDocumentation.ruleMarkdown(rule), terminator: "")
                        return
                    }
                }
                let known = Set(compiled.flatMap { $0.rules.map(\.id) })
                let hint = Suggestion.note(for: ruleID, in: known).map { "; \($0)" } ?? ""
                throw CommandSupport.usageError("no rule '\(ruleID)' in \(compiled.map(\.identity.id).joined(separator: ", "))\(hint)",
                                                command: "rules explain")
            }
        }
    }
}
