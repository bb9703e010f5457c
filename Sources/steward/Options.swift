import ArgumentParser
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
    var overrides: [AssumptionOverride] = []

    /// The overrides by key as the rating pipeline takes them; the last of a repeated key wins.
    var values: [String: RuleEngine.FactValue] { AssumptionOverride.factValues(overrides) }
}

/// Parsers for option values that are not plain strings, used as `transform:` so that a bad value is refused by
/// ArgumentParser with the reason (a failable `ExpressibleByArgument` initialiser would drop it).
enum ArgumentValue {
    /// `--format`: a report format name, with a did-you-mean for near misses.
    static func reportFormat(_ text: String) throws -> ReportFormat {
        try ReportFormat.parse(text)
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
