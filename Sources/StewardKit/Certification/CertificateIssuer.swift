import Certificates
import Crypto
import Diagnostics
import Foundation
import Reports
import RuleEngine

/// `steward certify` as a library call: rate one mission and seal the result in a signed certificate
/// (`docs/reports.md`, "Certificates") plus its HTML rendering.
///
/// Deterministic: the same descriptor, ruleset, key, assumptions and issue date give byte-identical files
/// (Ed25519 signatures are deterministic, RFC 8032 §5.1.6, and the JSON is canonical).
public enum CertificateIssuer {
    /// What `certify` produces; nothing is written until the caller writes it.
    public struct Issued: Sendable {
        public var payload: CertificatePayload
        public var rating: Rating
        /// The certificate file's bytes (canonical JSON and a line feed).
        public var certificate: [UInt8]
        /// The HTML page.
        public var html: String
        /// `<mission-id>.certificate.json`
        public var certificateFileName: String
        /// `<mission-id>.certificate.html`
        public var pageFileName: String

        /// The line `certify` prints: `aurora-3u: gold, score 0.853 under starter 1.0.0; valid … to …`, the score
        /// as the reports show it (the certificate keeps it exactly) and "unrated" for no tier.
        public var summary: String {
            let rating = payload.rating
            let tier = TierStyle(tierName: rating.tier) == .none ? "unrated" : rating.tier
            let share = rating.uncertainty.map {
                " (\(NumberFormatting.readable($0.tierProbability * 100, significantDigits: 3)) % of \($0.samples) draws)"
            } ?? ""
            return "\(payload.mission.id): \(tier)\(share), score \(NumberFormatting.fixed(rating.score, decimals: 3)) under "
                + "\(payload.ruleset.id) \(payload.ruleset.version); valid \(payload.issuedAt) to \(payload.validUntil)"
        }
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The descriptor has errors; the text is the rendered diagnostics.
        case invalidMission(String)
        /// The ruleset has errors; the text is the rendered diagnostics.
        case invalidRuleset(String)
        /// A file the rating read besides the descriptor and ruleset (`orbit.omm`, an assumption's file) cannot
        /// be read to seal it; the text is the rendered diagnostic.
        case invalidInputFile(String)
        case unreadable(String)
        case key(String)
        case signing(String)

        public var description: String {
            switch self {
            case .invalidMission(let text), .invalidRuleset(let text), .invalidInputFile(let text), .unreadable(let text), .key(let text),
                 .signing(let text):
                return text
            }
        }
    }

    /// Issues a certificate for each descriptor of a batch, on every core; results in input order. A mission
    /// that cannot be certified (invalid descriptor) does not stop the others.
    public static func issue(missionPaths: [String], rulesetReference: String, keyPath: String, issuedAt: CertificateTimestamp,
                             validDays: Int, overrides: [String: RuleEngine.FactValue] = [:],
                             allowedDirectories: [String] = []) -> [Result<Issued, Failure>] {
        ParallelMap.map(count: missionPaths.count) { index in
            do throws(Failure) {
                return .success(try issue(missionPath: missionPaths[index], rulesetReference: rulesetReference, keyPath: keyPath,
                                          issuedAt: issuedAt, validDays: validDays, overrides: overrides,
                                          allowedDirectories: allowedDirectories))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Issues a certificate.
    ///
    /// - Parameters:
    ///   - missionPath: the descriptor; its bytes are hashed exactly as read, and so are those of the files it and
    ///     the assumptions name (`CertifiedInputFiles`).
    ///   - rulesetReference: an embedded id or a ruleset path (`--ruleset`); its file bytes are hashed.
    ///   - keyPath: the issuer's private key file (`steward keys generate`).
    ///   - issuedAt: from `--date` or `SOURCE_DATE_EPOCH` (see `CertificateDates`), never the clock when given.
    ///   - validDays: validity period; `valid_until = issued_at + validDays × 86 400 s`.
    public static func issue(missionPath: String, rulesetReference: String, keyPath: String, issuedAt: CertificateTimestamp,
                             validDays: Int, overrides: [String: RuleEngine.FactValue] = [:],
                             allowedDirectories: [String] = []) throws(Failure) -> Issued {
        let resolver = RulesetResolver(allowedDirectories: allowedDirectories)
        let resolved = resolver.resolve(rulesetReference)
        guard let ruleset = resolved.ruleset else { throw .invalidRuleset(resolved.render(resolved.errors)) }
        guard let rulesetHash = resolver.sha256(of: rulesetReference) else { throw .unreadable("cannot read ruleset \(rulesetReference)") }
        // The density table the rating will read (as `rate` and `facts` check it): a broken one is invalid input.
        do throws(DiagnosticError) {
            try DensityTableFile.check(overrides: overrides, rulesets: [ruleset])
        } catch {
            throw .invalidRuleset(DiagnosticRenderer().render(error.diagnostics))
        }
        // Rated before its bytes are hashed, so an unreadable descriptor (a FIFO, a loop) gets its located error.
        let result = RatingPipeline.rate(file: missionPath, rulesets: [ruleset], overrides: overrides)
        guard let mission = result.mission, let rating = result.ratings.first else {
            throw .invalidMission(result.renderedDiagnostics)
        }
        guard let descriptorBytes = try? InputFile.read(atPath: missionPath, maxBytes: YAMLLimits.default.maxBytes) else {
            throw .unreadable("cannot read \(missionPath)")
        }
        let inputFiles: [CertifiedInputFile]
        do throws(DiagnosticError) {
            inputFiles = try CertifiedInputFiles.seal(CertifiedInputFiles.files(of: mission, assumptions: rating.assumptions))
        } catch {
            throw .invalidInputFile(DiagnosticRenderer().render(error.diagnostics))
        }
        let key: Curve25519.Signing.PrivateKey
        do {
            key = try CertificateKeys.readPrivateKey(atPath: keyPath)
        } catch {
            throw .key(error.description)
        }
        let payload = CertificatePayload(
            mission: CertifiedMission(id: mission.id, name: mission.name, descriptorSHA256: CertificatePayload.sha256Hex(of: descriptorBytes)),
            ruleset: CertifiedRuleset(id: ruleset.identity.id, version: ruleset.identity.version,
                                      sha256: rulesetHash),
            engineVersion: rating.engine, assumptions: CertificationInputs.assumptionTexts(of: rating),
            rating: CertificationInputs.summary(of: rating), issuedAt: issuedAt, validUntil: issuedAt.adding(days: validDays),
            inputFiles: inputFiles)
        let bytes: [UInt8]
        do {
            bytes = try Certificate.sign(payload, with: key)
        } catch {
            throw .signing(error.description)
        }
        // Read back the payload as signed (issuer_key_id filled in) so the page shows exactly the certificate.
        let signed = (try? SignedCertificate(fileBytes: bytes).payload) ?? payload
        let fileName = "\(mission.id).certificate.json"
        let page = CertificatePage(
            payload: signed, thresholds: ruleset.tiers.map { SectionScoreChart.Threshold(tier: $0.name, minimumScore: $0.minScore) },
            sectionTitles: Dictionary(ruleset.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }),
            certificateFileName: fileName)
        return Issued(payload: signed, rating: rating, certificate: bytes, html: page.render(), certificateFileName: fileName,
                      pageFileName: "\(mission.id).certificate.html")
    }
}
