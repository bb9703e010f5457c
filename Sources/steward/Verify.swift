import ArgumentParser
import Certificates
import Foundation
import Reports
import StewardKit

extension Steward {
    /// `steward verify <cert> --public-key PUB [--mission M] [--ruleset R]`.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a certificate, and optionally that the mission still rates the same.",
            discussion: """
            Checks the certificate's form, Ed25519 signature, canonical bytes and validity period; with --mission it
            also re-hashes the descriptor and the ruleset (--ruleset, default the certificate's embedded ruleset id)
            and re-rates the mission, naming every field that differs with both values. See docs/reports.md.

            Examples:
              steward verify out/aurora-3u.certificate.json --public-key issuer.pub
              steward verify out/aurora-3u.certificate.json --public-key issuer.pub --mission Examples/aurora-3u.yaml

            Exit codes: 0 valid, 1 verification failed (each reason on stderr), 64 usage error.
            """)

        @Argument(help: ArgumentHelp("Certificate file (.certificate.json).", valueName: "cert"))
        var certificate: String

        @Option(name: .customLong("public-key"), help: ArgumentHelp("Issuer public key file (NAME.pub).", valueName: "pub"))
        var publicKey: String

        @Option(help: ArgumentHelp("Mission descriptor to re-hash and re-rate.", valueName: "mission"))
        var mission: String?

        @Option(name: .customLong("ruleset"), help: ArgumentHelp("Ruleset to compare and re-rate with.", valueName: "id|path"))
        var ruleset: String?

        @Option(help: ArgumentHelp("Check validity at this date instead of now (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ).", valueName: "date"),
                transform: ArgumentValue.date)
        var date: CertificateTimestamp?

        @OptionGroup var allowPath: AllowPathOptions

        func run() throws {
            let now = date?.date ?? Date()
            let report = CertificateVerifier.verify(certificatePath: certificate, publicKeyPath: publicKey, now: now,
                                                    missionPath: mission, rulesetReference: ruleset,
                                                    allowedDirectories: allowPath.directories)
            guard report.isValid, let payload = report.payload else {
                for line in report.lines { StandardError.write("\(certificate): \(line)\n") }
                print("\(certificate): NOT VALID")
                throw ExitCode.failure
            }
            print("\(certificate): valid — \(payload.mission.id) \(payload.rating.tier) under \(payload.ruleset.id) \(payload.ruleset.version), "
                  + "key \(payload.issuerKeyID); checked " + report.checked.joined(separator: ", "))
        }
    }
}
