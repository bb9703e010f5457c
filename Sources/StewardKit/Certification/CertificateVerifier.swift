import Certificates
import Crypto
import Diagnostics
import Foundation
import RuleEngine

/// `steward verify` as a library call: check a certificate's signature, form and validity, then (given the
/// mission, and optionally the ruleset) re-hash and re-rate and list every field that differs.
public enum CertificateVerifier {
    public struct Report: Sendable {
        /// The payload when the signature, form and dates check out.
        public var payload: CertificatePayload?
        /// The first failure of the signature/form/date checks (`docs/reports.md`, "Verification").
        public var failure: CertificateVerificationFailure?
        /// Differences found by re-hashing and re-rating; empty when nothing was compared or all agree.
        public var discrepancies: [CertificateDiscrepancy]
        /// Problems that prevented a comparison (unreadable or invalid mission or ruleset).
        public var problems: [String]
        /// What was compared, for the success message.
        public var checked: [String]

        public var isValid: Bool { failure == nil && discrepancies.isEmpty && problems.isEmpty }

        /// One line per finding, each naming what fails.
        public var lines: [String] {
            var out: [String] = []
            if let failure { out.append("error: \(failure)") }
            out += problems.map { "error: \($0)" }
            out += discrepancies.map { "error: \($0)" }
            return out
        }
    }

    /// - Parameters:
    ///   - missionPath: when given, its bytes must hash to the certified descriptor hash, the input files the
    ///     certificate seals (`orbit.omm` next to it, assumptions' files) to theirs, and it must re-rate to the
    ///     certified summary.
    ///   - rulesetReference: the ruleset to compare and re-rate with; default the certificate's ruleset id,
    ///     which resolves to the embedded ruleset of that id (its hash is compared too).
    public static func verify(certificatePath: String, publicKeyPath: String, now: Date, missionPath: String? = nil,
                              rulesetReference: String? = nil, allowedDirectories: [String] = []) -> Report {
        var report = Report(payload: nil, failure: nil, discrepancies: [], problems: [], checked: [])
        guard let bytes = FileManager.default.contents(atPath: certificatePath) else {
            report.problems.append("cannot read \(certificatePath)")
            return report
        }
        let publicKey: Curve25519.Signing.PublicKey
        do {
            publicKey = try CertificateKeys.readPublicKey(atPath: publicKeyPath)
        } catch {
            report.problems.append(error.description)
            return report
        }
        let payload: CertificatePayload
        do {
            payload = try Certificate.verify(bytes, publicKey: publicKey, now: now)
        } catch {
            report.failure = error
            return report
        }
        report.payload = payload
        report.checked += ["signature", "canonical form", "validity until \(payload.validUntil)"]
        guard missionPath != nil || rulesetReference != nil else { return report }

        let resolver = RulesetResolver(allowedDirectories: allowedDirectories)
        let reference = rulesetReference ?? payload.ruleset.id
        let resolved = resolver.resolve(reference)
        if let hash = resolver.sha256(of: reference) {
            report.discrepancies += payload.compareRuleset(id: resolved.ruleset?.identity.id,
                                                           version: resolved.ruleset?.identity.version, sha256Hex: hash)
            report.checked.append("ruleset hash")
        } else if rulesetReference != nil {
            report.problems.append("cannot read ruleset \(reference)")
        }
        guard let missionPath else { return report }
        guard let descriptorBytes = try? InputFile.read(atPath: missionPath, maxBytes: YAMLLimits.default.maxBytes) else {
            report.problems.append("cannot read \(missionPath)")
            return report
        }
        report.discrepancies += payload.compareDescriptor(bytes: descriptorBytes)
        report.checked.append("descriptor hash")
        for file in payload.inputFiles {
            report.discrepancies += payload.compareInputFile(file, now: CertifiedInputFiles.currentHash(of: file, missionPath: missionPath))
        }
        if !payload.inputFiles.isEmpty { report.checked.append("input file hashes (\(payload.inputFiles.map(\.name).joined(separator: ", ")))") }
        guard let ruleset = resolved.ruleset else {
            report.problems.append("cannot re-rate: ruleset \(reference) does not compile:\n" + resolved.render(resolved.errors))
            return report
        }
        let overrides = CertificationInputs.overrides(reproducing: payload.assumptions, ruleset: ruleset)
        let result = RatingPipeline.rate(file: missionPath, rulesets: [ruleset], overrides: overrides)
        guard let rating = result.ratings.first else {
            report.problems.append("cannot re-rate: \(missionPath) is invalid:\n" + result.renderedDiagnostics)
            return report
        }
        if rating.engine != payload.engineVersion {
            report.discrepancies.append(CertificateDiscrepancy(field: "engine_version", certified: payload.engineVersion, actual: rating.engine))
        }
        report.discrepancies += payload.compareRating(CertificationInputs.summary(of: rating))
        report.checked.append("re-evaluated rating")
        return report
    }
}
