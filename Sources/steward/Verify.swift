import ArgumentParser
import Certificates
import Foundation
import Reports
import StewardKit

extension Steward {
    /// `steward verify <cert>... --public-key PUB [--mission M]... [--ruleset R]`.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a certificate, and optionally that the mission still rates the same.",
            discussion: """
            Checks the certificate's form, Ed25519 signature, canonical bytes and validity period; with \
            --mission it also re-hashes the descriptor and the ruleset (--ruleset, default the certificate's \
            embedded ruleset id) and re-rates the mission, naming every field that differs with both values. \
            See docs/reports.md.

            Several certificates are verified one after another, each with its verdict; give one --mission per \
            certificate, in the same order, to re-rate each.

            Examples:
              steward verify out/aurora-3u.certificate.json --public-key issuer.pub
              steward verify out/aurora-3u.certificate.json --public-key issuer.pub \
                --mission Examples/aurora-3u.yaml
              steward verify out/*.certificate.json --public-key issuer.pub

            Exit codes: 0 every certificate valid, 1 a verification failed (each reason on stderr), 64 usage \
            error.
            """)

        @Argument(help: ArgumentHelp("Certificate files (.certificate.json).", valueName: "cert"))
        var certificates: [String] = []

        @Option(name: .customLong("public-key"), help: ArgumentHelp("Issuer public key file (NAME.pub).", valueName: "pub"))
        var publicKey: String

        @Option(name: .customLong("mission"), help: ArgumentHelp(
            "Mission descriptor to re-hash and re-rate (one per certificate, in order; repeatable).", valueName: "mission"))
        var missions: [String] = []

        @Option(name: .customLong("ruleset"), help: ArgumentHelp("Ruleset to compare and re-rate with.", valueName: "id|path"))
        var ruleset: String?

        @Option(help: ArgumentHelp("Check validity at this date instead of now (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ).", valueName: "date"),
                transform: ArgumentValue.date)
        var date: CertificateTimestamp?

        @OptionGroup var allowPath: AllowPathOptions

        func validate() throws {
            if certificates.isEmpty { throw ValidationError("give at least one certificate to verify") }
            if !missions.isEmpty, missions.count != certificates.count {
                throw ValidationError("give one --mission per certificate (\(certificates.count) certificates, \(missions.count) missions)")
            }
        }

        func run() throws {
            let now = date?.date ?? Date()
            var allValid = true
            for (index, certificate) in certificates.enumerated() {
                let mission = missions.isEmpty ? nil : missions[index]
                let report = CertificateVerifier.verify(certificatePath: certificate, publicKeyPath: publicKey, now: now,
                                                        missionPath: mission, rulesetReference: ruleset,
                                                        allowedDirectories: allowPath.directories)
                guard report.isValid, let payload = report.payload else {
                    for line in report.lines { StandardError.write("\(certificate): \(line)\n") }
                    StandardOutput.line("\(certificate): NOT VALID")
                    allValid = false
                    continue
                }
                let tier = TierStyle(tierName: payload.rating.tier) == .none ? "unrated" : payload.rating.tier
                StandardOutput.line("\(certificate): valid — \(payload.mission.id) \(tier) under \(payload.ruleset.id) \(payload.ruleset.version), "
                      + "key \(payload.issuerKeyID); checked " + report.checked.joined(separator: ", "))
            }
            if !allValid { throw ExitCode.failure }
        }
    }
}
