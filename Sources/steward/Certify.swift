import ArgumentParser
import Certificates
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward certify <mission> --key KEY --output DIR`.
    struct Certify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rate a mission and issue a signed certificate.",
            discussion: """
            Writes DIR/<mission-id>.certificate.json (canonical JSON signed with Ed25519: rating summary, SHA-256 of
            the descriptor and the ruleset, engine version, assumptions, issue date, validity, issuer key id) and
            DIR/<mission-id>.certificate.html (its rendering for people). The issue date comes from --date, else
            SOURCE_DATE_EPOCH, else the clock; with either of the first two the files are byte-identical on every
            run. See docs/reports.md.

            Examples:
              steward keys generate --output issuer
              steward certify Examples/aurora-3u.yaml --key issuer --valid-days 365 --output out/
              SOURCE_DATE_EPOCH=1795824000 steward certify m.yaml --key issuer --ruleset starter --output out/

            Exit codes: 0 success, 1 key or output problem, 2 invalid descriptor or ruleset, 64 usage error.
            """)

        @Argument(help: ArgumentHelp("Mission descriptor file.", valueName: "mission"))
        var mission: String

        @Option(help: ArgumentHelp("Issuer private key file (steward keys generate).", valueName: "key"))
        var key: String

        @Option(name: .customLong("ruleset"), help: ArgumentHelp(
            "Embedded ruleset id or ruleset file (default \(EmbeddedRulesets.defaultID)).", valueName: "id|path"))
        var ruleset: String = EmbeddedRulesets.defaultID

        @Option(name: .customLong("valid-days"), help: "Days the certificate stays valid.")
        var validDays: Int = 365

        @Option(help: ArgumentHelp("Issue date, YYYY-MM-DD (UTC midnight) or YYYY-MM-DDTHH:MM:SSZ.", valueName: "date"),
                transform: ArgumentValue.date)
        var date: CertificateTimestamp?

        @OptionGroup var assumptions: AssumptionOptions

        @OptionGroup var allowPath: AllowPathOptions

        @Option(help: ArgumentHelp("Directory to write the certificate and its HTML page to.", valueName: "dir"))
        var output: String

        func validate() throws {
            guard (1...36_500).contains(validDays) else { throw ValidationError("--valid-days must be between 1 and 36500") }
        }

        func run() throws {
            let issuedAt: CertificateTimestamp
            do {
                issuedAt = try CertificateDates.issueDate(given: date)
            } catch {
                throw CommandSupport.usageError(error.description, command: "certify")
            }
            let overrides = assumptions.values
            let issued: CertificateIssuer.Issued
            do {
                issued = try CertificateIssuer.issue(missionPath: mission, rulesetReference: ruleset, keyPath: key,
                                                     issuedAt: issuedAt, validDays: validDays, overrides: overrides,
                                                     allowedDirectories: allowPath.directories)
            } catch {
                StandardError.write(error.description + "\n")
                switch error {
                case .invalidMission, .invalidRuleset: throw ExitCode.invalidInput
                default: throw ExitCode.failure
                }
            }
            let directory = URL(fileURLWithPath: output)
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(issued.certificate).write(to: directory.appendingPathComponent(issued.certificateFileName))
                try Data(issued.html.utf8).write(to: directory.appendingPathComponent(issued.pageFileName))
            } catch {
                StandardError.write("error: cannot write to \(output): \(error.localizedDescription)\n")
                throw ExitCode.failure
            }
            print(issued.summary)
            print("wrote \(directory.appendingPathComponent(issued.certificateFileName).relativePath)")
            print("wrote \(directory.appendingPathComponent(issued.pageFileName).relativePath)")
        }
    }
}
