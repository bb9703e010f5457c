import ArgumentParser
import StewardKit

/// The `steward` command. Each subcommand lives in its own file and only parses arguments, calls
/// StewardKit and prints; adding a verb (`rate`, `compare`, `rules`, …) means adding one file and one
/// entry to `subcommands`.
@main
struct Steward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steward",
        abstract: "Rate the sustainability of space missions against open rulesets.",
        discussion: """
        Steward reads mission descriptors (YAML or JSON, format steward/mission@1) and checks them against
        the UN COPUOS Long-term Sustainability guidelines and the debris-mitigation regimes that make them
        concrete.

        Examples:
          steward check Examples/aurora-3u.yaml
          steward facts Examples/aurora-3u.yaml --format json

        Exit codes: 0 success, 2 invalid input, 64 usage error.
        """,
        version: StewardVersion.current,
        subcommands: [Check.self, Facts.self, DensityTable.self]
    )
}

/// Exit status for invalid input (a descriptor or ruleset with errors), DESIGN §7.
extension ExitCode {
    static let invalidInput = ExitCode(2)
}
