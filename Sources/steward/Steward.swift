import ArgumentParser
import StewardKit

/// The `steward` command. Each subcommand lives in its own file and only parses arguments, calls
/// StewardKit and prints; options several subcommands share are `@OptionGroup`s in Options.swift. Adding a
/// verb means adding one file and one entry to `subcommands`.
@main
struct Steward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward",
        abstract: "Rate the sustainability of space missions against open rulesets.",
        discussion: """
        Steward reads mission descriptors (YAML or JSON, format steward/mission@1) and checks them \
        against the UN COPUOS Long-term Sustainability guidelines and the debris-mitigation regimes that \
        make them concrete.

        Examples:
          steward check Examples/aurora-3u.yaml
          steward rate Examples/aurora-3u.yaml
          steward rate Examples/*.yaml --ruleset starter --format json
          steward facts Examples/aurora-3u.yaml --format json
          steward rules list
          steward certify Examples/aurora-3u.yaml --key issuer --output out/

        Exit codes: 0 success, 1 rating below --fail-below (or a required rule unmet with --strict), \
        2 invalid input, 64 usage error.
        """,
        version: StewardVersion.current,
        subcommands: [Rate.self, Check.self, Facts.self, Rules.self, Certify.self, Verify.self, Keys.self, DensityTable.self]
    )
}

/// Exit status for invalid input (a descriptor or ruleset with errors). With ArgumentParser's `success` (0),
/// `failure` (1) and `validationFailure` (64, usage) these are the stable exit codes listed in README "Exit codes".
extension ExitCode {
    static let invalidInput = ExitCode(2)
}
