import ArgumentParser
import Foundation
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
          steward certify Examples/aurora-3u.yaml --key issuer --output-dir out/

        Exit codes: 0 success, 1 rating below --fail-below (or a required rule unmet with --strict), \
        2 invalid input, 64 usage error, 74 output could not be written.
        """,
        version: StewardVersion.current,
        subcommands: [
            Rate.self,
            Check.self,
            Facts.self,
            Compare.self,
            Improve.self,
            Rules.self,
            Certify.self,
            Verify.self,
            Keys.self,
            DensityTable.self,
            Schema.self,
            Init.self,
            Import.self,
        ]
    )

    /// ArgumentParser's entry point, plus one promise: output that could not be written (a full disk, a
    /// closed standard output) is an error with its own exit status, 74 (`EX_IOERR` in sysexits.h), never a
    /// silent success.
    static func main() {
        var failure: Error?
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            failure = error
        }
        let code = failure.map { exitCode(for: $0) } ?? .success
        if let failure {
            let message = fullMessage(for: failure)
            if !message.isEmpty {
                if code == .success { print(message) } else { StandardError.write(message + "\n") }
            }
        }
        if standardOutputFailed() {
            StandardError.write("error: cannot write to standard output\n")
            Foundation.exit(ExitCode.outputError.rawValue)
        }
        Foundation.exit(code.rawValue)
    }
}

/// Exit status for invalid input (a descriptor or ruleset with errors). With ArgumentParser's `success` (0),
/// `failure` (1) and `validationFailure` (64, usage) these are the stable exit codes listed in README "Exit codes".
extension ExitCode {
    static let invalidInput = ExitCode(2)
    /// An output file or standard output could not be written (sysexits.h `EX_IOERR`).
    static let outputError = ExitCode(74)
}
