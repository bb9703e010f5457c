import ArgumentParser
import Foundation
import Reports
import RuleEngine
import StewardKit

/// Small pieces shared by the rating-related commands.
enum CommandSupport {
    /// Compiles every `--ruleset` once; on any error prints every diagnostic and exits 2.
    static func compileRulesets(_ references: [String], allowedDirectories: [String] = []) throws -> [CompiledRuleset] {
        let resolver = RulesetResolver(allowedDirectories: allowedDirectories)
        var compiled: [CompiledRuleset] = []
        var failed = false
        for reference in references {
            let resolved = resolver.resolve(reference)
            if let ruleset = resolved.ruleset {
                compiled.append(ruleset)
            } else {
                resolved.write(resolved.errors) { StandardError.write($0 + "\n") }
                failed = true
            }
        }
        if failed { throw ExitCode.invalidInput }
        return compiled
    }

    /// A usage problem found only while running (it needs the compiled rulesets or the environment).
    /// Throwing `ValidationError` there would print the root command's usage line; this names the subcommand's
    /// help instead, with the same "Error:" form and exit status 64 (`ExitCode.validationFailure`).
    static func usageError(_ message: String, command: String) -> ExitCode {
        StandardError.write("Error: \(message)\n  See 'steward \(command) --help' for more information.\n")
        return .validationFailure
    }

    /// Colour only for a human at a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var standardOutputWantsColour: Bool {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColour && isatty(STDOUT_FILENO) == 1
    }

    /// The width text reports fit: the terminal's when standard output is one, else `COLUMNS` when set (as
    /// scripts and `COLUMNS=100 steward rate … | less` do), else 80. Clamped to 40…240 so a bogus value
    /// cannot make every line wrap or none.
    static var standardOutputColumns: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(max(Int(size.ws_col), 40), 240)
        }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return min(max(columns, 40), 240)
        }
        return 80
    }

    /// Writes a report to `path` (atomically: see `OutputFile`), or to standard output when nil; a write error
    /// is reported and exits 74.
    static func emit(_ report: String, to path: String?) throws {
        try emit(Data(report.utf8), to: path)
    }

    static func emit(_ data: Data, to path: String?) throws {
        do {
            if let path {
                try OutputFile.write(data, to: path)
            } else {
                try OutputFile.writeToStandardOutput(data)
            }
        } catch {
            StandardError.write("error: \(error.description)\n")
            throw ExitCode.outputError
        }
    }

    /// Refuses an `--output` that would overwrite one of the command's inputs (exit 64, before any work).
    static func refuseOverwritingInputs(output: String?, inputs: [String], command: String) throws {
        guard let output, let input = OutputFile.clobberedInput(output, inputs: inputs) else { return }
        throw usageError("--output \(output) would overwrite the input \(input); write the report elsewhere",
                         command: command)
    }

    /// The same check against inputs resolved once (`OutputFile.Inputs`), for commands writing many files.
    static func refuseOverwritingInputs(output: String, inputs: OutputFile.Inputs, command: String) throws {
        guard let input = inputs.clobbered(by: output) else { return }
        throw usageError("--output \(output) would overwrite the input \(input); write the report elsewhere",
                         command: command)
    }
}

/// Writes diagnostics to standard error, which scripts keep apart from reports on standard output.
/// Control and bidi characters (from file names, mission names, YAML values) are shown as `\u{HEX}`
/// (`TextEscaping`); escaping is idempotent, so text its producer escaped already comes out the same.
enum StandardError {
    static func write(_ text: String) {
        // Nowhere is left to report a failed write to standard error; it must not crash the process
        // (`FileHandle.write(_:)` traps on failure), so the throwing form's error is dropped.
        try? FileHandle.standardError.write(contentsOf: Data(TextEscaping.visible(text).utf8))
    }
}

/// Prints one line of a command's own summary (`check`, `rules lint`, `verify`, `certify`) with control
/// and bidi characters shown as `\u{HEX}` (`TextEscaping`). Reports go through `CommandSupport.emit`:
/// each reporter escapes its own text, and the text report's colours are escape sequences on purpose.
enum StandardOutput {
    static func line(_ text: String) {
        print(TextEscaping.visible(text))
    }
}
