import ArgumentParser
import Certificates
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward certify <mission>... --key KEY --output-dir DIR [--fail-below TIER] [--strict]`.
    struct Certify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rate missions and issue a signed certificate for each.",
            discussion: """
            For each mission (files, directories of them, or --files-from lists), writes \
            DIR/<mission-id>.certificate.json (canonical JSON signed with Ed25519: rating summary, SHA-256 of \
            the descriptor, the ruleset and the files they name, engine version, assumptions, issue date, validity, issuer key id) \
            and DIR/<mission-id>.certificate.html (its rendering for people). See docs/reports.md.

            The certificate lists the required rules that failed and those that could not be shown to hold. \
            A mission that cannot be certified is reported and the others are still certified; --fail-below \
            and --strict gate the exit code as in `steward rate`.

            The issue date comes from --date, else SOURCE_DATE_EPOCH, else the clock; with either of the first \
            two the files are byte-identical on every run.

            Examples:
              steward keys generate --output issuer
              steward certify Examples/aurora-3u.yaml --key issuer --output-dir out/
              steward certify Examples/*.yaml --key issuer --output-dir out/ --fail-below silver
              SOURCE_DATE_EPOCH=1795824000 steward certify m.yaml --key k --output-dir out/

            Exit codes: 0 success, 1 a key problem or a mission below --fail-below (or, with --strict, a \
            required rule not met), 2 invalid descriptor or ruleset (or two missions sharing an id), 64 usage \
            error, 74 output not written.
            """)

        @OptionGroup var inputs: MissionInputOptions

        @Option(help: ArgumentHelp("Issuer private key file (steward keys generate).", valueName: "key"))
        var key: String

        @Option(name: .customLong("ruleset"), help: ArgumentHelp(
            "Embedded ruleset id or ruleset file.", valueName: "id|path"))
        var ruleset: String = EmbeddedRulesets.defaultID

        @Option(name: .customLong("valid-days"), help: "Days the certificate stays valid.")
        var validDays: Int = 365

        @Option(help: ArgumentHelp("Issue date, YYYY-MM-DD (UTC midnight) or YYYY-MM-DDTHH:MM:SSZ.", valueName: "date"),
                transform: ArgumentValue.date)
        var date: CertificateTimestamp?

        @OptionGroup var assumptions: AssumptionOptions

        @OptionGroup var allowPath: AllowPathOptions

        @Option(name: [.customLong("output-dir"), .customLong("output")],
                help: ArgumentHelp("Directory to write the certificates and their HTML pages to (--output is the same option).",
                                   valueName: "dir"))
        var output: String

        @Option(name: .customLong("fail-below"), help: ArgumentHelp(
            "Exit 1 when a certified mission's tier is below this tier (every mission is still certified).", valueName: "tier"))
        var failBelow: String?

        @Flag(help: "Exit 1 when a required rule failed or could not be shown to hold (the certificate lists both).")
        var strict = false

        func validate() throws {
            guard (1...36_500).contains(validDays) else { throw ValidationError("--valid-days must be between 1 and 36500") }
        }

        func run() throws {
            let missions = try inputs.paths(command: "certify")
            let issuedAt: CertificateTimestamp
            do {
                issuedAt = try CertificateDates.issueDate(given: date)
            } catch {
                throw CommandSupport.usageError(error.description, command: "certify")
            }
            let gate = RatingGate(failBelow: failBelow, strict: strict)
            if failBelow != nil, let compiled = RulesetResolver(allowedDirectories: allowPath.directories).resolve(ruleset).ruleset,
               let problem = gate.tierProblem(rulesets: [compiled]) {
                throw CommandSupport.usageError("--fail-below: \(problem)", command: "certify")
            }
            let directory = URL(fileURLWithPath: output)
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                StandardError.write("error: cannot create \(output): \(error.localizedDescription)\n")
                throw ExitCode.outputError
            }
            let results = CertificateIssuer.issue(missionPaths: missions, rulesetReference: ruleset, keyPath: key,
                                                  issuedAt: issuedAt, validDays: validDays, overrides: assumptions.values,
                                                  allowedDirectories: allowPath.directories)
            var invalid = false, belowGate = false
            var written: Set<String> = []
            for result in results {
                switch result {
                case .failure(let error):
                    StandardError.write(error.description + "\n")
                    switch error {
                    case .invalidMission, .invalidRuleset, .invalidInputFile: invalid = true
                    default: throw ExitCode.failure  // the key or signing fails for every mission alike
                    }
                case .success(let issued):
                    guard written.insert(issued.certificateFileName).inserted else {
                        StandardError.write("error: two missions have the id \(issued.payload.mission.id); the second certificate "
                                            + "would overwrite the first, so it is not written\n")
                        invalid = true
                        continue
                    }
                    try CommandSupport.refuseOverwritingInputs(
                        output: directory.appendingPathComponent(issued.certificateFileName).path, inputs: missions, command: "certify")
                    try CommandSupport.emit(Data(issued.certificate),
                                            to: directory.appendingPathComponent(issued.certificateFileName).path)
                    try CommandSupport.emit(issued.html, to: directory.appendingPathComponent(issued.pageFileName).path)
                    StandardOutput.line(issued.summary)
                    StandardOutput.line("wrote \(directory.appendingPathComponent(issued.certificateFileName).relativePath)")
                    StandardOutput.line("wrote \(directory.appendingPathComponent(issued.pageFileName).relativePath)")
                    let shortfalls = gate.shortfalls(of: issued.rating)
                    for reason in shortfalls { StandardError.write(reason + "\n") }
                    belowGate = belowGate || !shortfalls.isEmpty
                }
            }
            if invalid { throw ExitCode.invalidInput }
            if belowGate { throw ExitCode.failure }
        }
    }
}
