import ArgumentParser
import Foundation
import RuleEngine
import StewardKit

/// Small pieces shared by the rating-related commands.
enum CommandSupport {
    /// Compiles every `--ruleset` once; on any error prints every diagnostic and exits 2.
    static func compileRulesets(_ references: [String], allowPath: AllowPathOptions = AllowPathOptions()) throws -> [CompiledRuleset] {
        let resolver = RulesetResolver(allowedDirectories: allowPath.directories)
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

    /// Writes a report to `path`, or to standard output when nil.
    static func emit(_ report: String, to path: String?) throws {
        guard let path else {
            print(report, terminator: "")
            return
        }
        do {
            try Data(report.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            StandardError.write("error: cannot write \(path): \(error.localizedDescription)\n")
            throw ExitCode.failure
        }
    }
}

/// Writes diagnostics to standard error, which scripts keep apart from reports on standard output.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
