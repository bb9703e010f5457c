import ArgumentParser
import Diagnostics
import Certificates
import Reports
import RuleEngine
import StewardKit

/// `--assume key=value`, shared by `rate`, `facts` and `certify`.
///
/// Each value is parsed and checked once, by the parser (``AssumptionOverride/parse(_:)``), so a typo is a usage
/// error (exit 64, with the subcommand's usage and the library's did-you-mean) before anything runs.
struct AssumptionOptions: ParsableArguments {
    @Option(name: .customLong("assume"),
            help: ArgumentHelp("Override a ruleset assumption, e.g. f107=150 (repeatable).", valueName: "key=value"),
            transform: AssumptionOverride.parse)
    var assumed: [AssumptionOverride] = []

    @Option(help: ArgumentHelp("Monte Carlo draws of the uncertain inputs (1 to 10000): adds the probability of "
                                   + "each tier and percentiles of the physics (docs/physics.md, Uncertainty).",
                               valueName: "n"))
    var samples: Int?

    @Option(help: ArgumentHelp("Seed of the draws (default 1); the same seed gives the same result.", valueName: "s"))
    var seed: UInt64?

    func validate() throws {
        if let samples, !(1...10_000).contains(samples) {
            throw ValidationError("--samples must be a whole number from 1 to 10000, found \(samples)")
        }
        if let seed, seed > 9_007_199_254_740_991 {
            throw ValidationError("--seed must be at most 2^53 − 1 (9007199254740991), found \(seed)")
        }
    }

    /// `--assume` values, then `--samples` and `--seed` as the `uncertainty_samples` and `uncertainty_seed`
    /// assumptions they stand for (so ratings and certificates record them like any other).
    var overrides: [AssumptionOverride] {
        var all = assumed
        if let samples { all.append(AssumptionOverride(key: "uncertainty_samples", value: .number(Double(samples)))) }
        if let seed { all.append(AssumptionOverride(key: "uncertainty_seed", value: .number(Double(seed)))) }
        return all
    }

    /// The overrides by key as the rating pipeline takes them; the last of a repeated key wins.
    var values: [String: RuleEngine.FactValue] { AssumptionOverride.factValues(overrides) }
}

/// The descriptors a command reads: paths (a directory stands for the descriptor files under it) and
/// `--files-from` lists, shared by `rate` and `check`. Expanded when the command runs (`paths(command:)`).
struct MissionInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Mission descriptor files (YAML or JSON), or directories of them.", valueName: "mission"))
    var arguments: [String] = []

    @Option(name: .customLong("files-from"), help: ArgumentHelp(
        "Also read the descriptor paths listed in this file, one per line ('-' for standard input; repeatable).",
        valueName: "file"))
    var lists: [String] = []

    /// Every descriptor path, in order; a usage error (exit 64) when there is none or a list is unreadable.
    func paths(command: String) throws -> [String] {
        let paths: [String]
        do {
            paths = try MissionInputs.expand(arguments, lists: lists)
        } catch {
            throw CommandSupport.usageError(error.description, command: command)
        }
        if paths.isEmpty {
            throw CommandSupport.usageError("give at least one mission descriptor (a file, a directory of them, or --files-from)",
                                            command: command)
        }
        return paths
    }
}

/// `--warnings-as-errors`, shared by `check`, `rate` and `facts`: plausibility warnings (an implausible bulk
/// density, an altitude beyond the Moon, an `--assume` value no model reads) then exit 2 like errors. `--strict`
/// does not imply it: strict is about rules that could not be shown to hold (exit 1), this is about input.
struct WarningOptions: ParsableArguments {
    @Flag(name: .customLong("warnings-as-errors"),
          help: "Exit 2 when a descriptor or an --assume value draws a plausibility warning.")
    var warningsAsErrors = false

    /// Prints `warnings` (already located) on standard error.
    static func print(_ warnings: [Diagnostic]) {
        guard !warnings.isEmpty else { return }
        StandardError.write(DiagnosticRenderer().render(warnings) + "\n")
    }
}

/// Parsers for option values that are not plain strings, used as `transform:` so that a bad value is refused by
/// ArgumentParser with the reason (a failable `ExpressibleByArgument` initialiser would drop it).
enum ArgumentValue {
    /// `--format`: a report format name, with a did-you-mean for near misses.
    static func reportFormat(_ text: String) throws -> ReportFormat {
        try ReportFormat.parse(text)
    }

    /// `--format a,b,c`: one or more report format names, comma-separated.
    static func reportFormats(_ text: String) throws -> [ReportFormat] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { try ReportFormat.parse(String($0)) }
    }

    /// `--date`: `YYYY-MM-DD` (UTC midnight) or `YYYY-MM-DDTHH:MM:SSZ`.
    static func date(_ text: String) throws -> CertificateTimestamp {
        guard let instant = CertificateTimestamp(dateOption: text) else {
            throw ValidationError("expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ")
        }
        return instant
    }
}

/// `--allow-path DIR`, shared by every command that reads a ruleset file: a ruleset's `extends:` and
/// `density_table` may name files in or under its own directory only, unless a directory is allowed here.
struct AllowPathOptions: ParsableArguments {
    @Option(name: .customLong("allow-path"),
            help: ArgumentHelp("Let a ruleset's 'extends:' and 'density_table' name files under DIR (repeatable).",
                               valueName: "DIR"))
    var directories: [String] = []
}
