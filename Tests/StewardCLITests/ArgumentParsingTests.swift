import Foundation
import Testing

/// Option values are parsed once, by ArgumentParser, with the library's reasons: a bad value is a usage error
/// (exit 64) that names the option, gives the did-you-mean, and points at the subcommand's own help.
@Suite struct ArgumentParsingTests {
    /// The usage-error shape every case below shares.
    func expectUsageError(_ arguments: [String], option: String, reason: String, help command: String,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try StewardBinary.run(arguments)
        #expect(run.status == 64, "\(arguments)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(run.stderr.contains("is invalid for '\(option)'"), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(reason), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains("See 'steward \(command) --help'"), "\(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test func assumeIsParsedByTheParserInEveryCommandThatTakesIt() throws {
        let reason = "unknown assumption 'f10.7'; did you mean 'f107'?"
        try expectUsageError(["rate", "Examples/aurora-3u.yaml", "--assume", "f10.7=150"],
                             option: "--assume <key=value>", reason: reason, help: "rate")
        try expectUsageError(["facts", "Examples/aurora-3u.yaml", "--assume", "f10.7=150"],
                             option: "--assume <key=value>", reason: reason, help: "facts")
        try expectUsageError(["certify", "Examples/aurora-3u.yaml", "--key", "k", "--output", "o", "--assume", "f10.7=150"],
                             option: "--assume <key=value>", reason: reason, help: "certify")
    }

    @Test func formatIsParsedByTheParser() throws {
        try expectUsageError(["rate", "Examples/aurora-3u.yaml", "--format", "sraif"], option: "--format <format>",
                             reason: "unknown report format 'sraif'; did you mean 'sarif'?", help: "rate")
    }

    @Test func datesAreParsedByTheParserInEveryCommandThatTakesOne() throws {
        let reason = "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"
        try expectUsageError(["rate", "Examples/aurora-3u.yaml", "--date", "28/11/2026"], option: "--date <date>",
                             reason: reason, help: "rate")
        try expectUsageError(["certify", "Examples/aurora-3u.yaml", "--key", "k", "--output", "o", "--date", "28/11/2026"],
                             option: "--date <date>", reason: reason, help: "certify")
        try expectUsageError(["verify", "c.certificate.json", "--public-key", "k.pub", "--date", "2026-13-01"],
                             option: "--date <date>", reason: reason, help: "verify")
    }

    @Test func aBadSourceDateEpochIsAUsageErrorOfTheSubcommand() throws {
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--ruleset", "starter"],
                                        environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("SOURCE_DATE_EPOCH must be whole seconds since 1970, found 'yesterday'"), "\(run.stderr)")
        #expect(run.stderr.contains("See 'steward rate --help'"))
    }

    @Test func anUnknownRuleToExplainPointsAtItsOwnHelp() throws {
        let run = try StewardBinary.run(["rules", "explain", "A.1-license", "--ruleset", "starter"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'A.1-licence'?"))
        #expect(run.stderr.contains("See 'steward rules explain --help'"), "\(run.stderr)")
        #expect(!run.stderr.contains("<subcommand>"), "not the root usage line")
    }

    @Test(arguments: [["rate"], ["check"], ["facts"], ["certify"], ["verify"], ["density-table"], ["keys"],
                      ["keys", "generate"], ["rules"], ["rules", "list"], ["rules", "lint"], ["rules", "test"],
                      ["rules", "doc"], ["rules", "explain"], ["rules", "show"], ["rules", "facts"], ["rules", "new"]])
    func everySubcommandsHelpHasExamples(_ command: [String]) throws {
        let run = try StewardBinary.run(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example"), "\(command)")
        #expect(run.stdout.contains("  steward \(command.joined(separator: " "))"), "\(command): an example of the command itself")
    }
}
