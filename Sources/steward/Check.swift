import ArgumentParser
import StewardKit

extension Steward {
    /// `steward check <mission>...`: validate descriptors without rating them.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate mission descriptors.",
            discussion: """
            Checks every file, even when an earlier one fails, and reports every problem of each file as \
            file:line:col: error: message, followed by the offending line and a caret, on standard error. \
            A one-line verdict per file goes to standard output.

            Examples:
              steward check Examples/aurora-3u.yaml
              steward check Examples/*.yaml

            Exit codes: 0 when every file is valid, 2 when any file is invalid, 64 on a usage error.
            """
        )

        @Argument(help: ArgumentHelp("Mission descriptor files (YAML or JSON).", valueName: "mission"))
        var missions: [String]

        func validate() throws {
            if missions.isEmpty { throw ValidationError("give at least one mission descriptor to check") }
        }

        func run() throws {
            var allValid = true
            for outcome in MissionChecking.check(paths: missions) {
                if !outcome.diagnostics.isEmpty {
                    StandardError.write(outcome.renderedDiagnostics + "\n")
                }
                print(MissionChecking.summary(of: outcome))
                allValid = allValid && outcome.isValid
            }
            if !allValid { throw ExitCode.invalidInput }
        }
    }
}
