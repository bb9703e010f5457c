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
              steward check missions/

            Plausibility warnings (bulk density outside 1–10,000 kg/m³, an Earth-orbit \
            altitude beyond the Moon, a drag area 10× off the dimensions) are printed \
            as file:line:col: warning: …; the file stays valid unless \
            --warnings-as-errors is given.

            Exit codes: 0 when every file is valid, 2 when any file is invalid (or, \
            with --warnings-as-errors, draws a warning), 64 on a usage error.
            """
        )

        @OptionGroup var inputs: MissionInputOptions

        @OptionGroup var warnings: WarningOptions

        func run() throws {
            let missions = try inputs.paths(command: "check")
            var allValid = true
            for outcome in MissionChecking.check(paths: missions) {
                if !outcome.diagnostics.isEmpty {
                    StandardError.write(outcome.renderedDiagnostics + "\n")
                }
                StandardOutput.line(MissionChecking.summary(of: outcome))
                allValid = allValid && outcome.isValid
                if warnings.warningsAsErrors, outcome.diagnostics.contains(where: { $0.severity == .warning }) {
                    allValid = false
                }
            }
            if !allValid { throw ExitCode.invalidInput }
        }
    }
}
