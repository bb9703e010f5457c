import Crypto
import Foundation

/// One field where a certificate and a fresh computation disagree.
///
/// `steward verify --mission M --ruleset R` re-hashes and re-rates; each difference becomes one of these,
/// so the user is told exactly which field changed and both values, not only that "something differs".
public struct CertificateDiscrepancy: Sendable, Hashable, CustomStringConvertible {
    /// The payload path of the field, e.g. `mission.descriptor_sha256` or `rating.section_scores.B`.
    public var field: String
    /// The value the certificate holds (`(absent)` when it has none).
    public var certified: String
    /// The value found now (`(absent)` when there is none).
    public var actual: String

    public init(field: String, certified: String, actual: String) {
        self.field = field
        self.certified = certified
        self.actual = actual
    }

    public var description: String { "\(field): certificate has \(certified), found \(actual)" }
}

extension CertificatePayload {
    static let absent = "(absent)"

    /// Lower-case hex SHA-256 of some bytes, as certificates record file hashes.
    public static func sha256Hex(of bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }

    /// Compares the descriptor hash with the hash of `descriptorBytes` (the file as read, unmodified).
    public func compareDescriptor(bytes descriptorBytes: some DataProtocol) -> [CertificateDiscrepancy] {
        compareDescriptor(sha256Hex: Self.sha256Hex(of: descriptorBytes))
    }

    /// Compares the descriptor hash with an already computed lower-case hex SHA-256.
    public func compareDescriptor(sha256Hex: String) -> [CertificateDiscrepancy] {
        sha256Hex == mission.descriptorSHA256 ? [] : [
            CertificateDiscrepancy(field: "mission.descriptor_sha256", certified: mission.descriptorSHA256, actual: sha256Hex)
        ]
    }

    /// Compares the ruleset identity and hash. Pass nil for `id`/`version` to compare the hash only.
    public func compareRuleset(id: String? = nil, version: String? = nil, sha256Hex: String) -> [CertificateDiscrepancy] {
        var differences: [CertificateDiscrepancy] = []
        if let id, id != ruleset.id {
            differences.append(CertificateDiscrepancy(field: "ruleset.id", certified: ruleset.id, actual: id))
        }
        if let version, version != ruleset.version {
            differences.append(CertificateDiscrepancy(field: "ruleset.version", certified: ruleset.version, actual: version))
        }
        if sha256Hex != ruleset.sha256 {
            differences.append(CertificateDiscrepancy(field: "ruleset.sha256", certified: ruleset.sha256, actual: sha256Hex))
        }
        return differences
    }

    /// Compares the ruleset hash with the hash of the ruleset file's bytes.
    public func compareRuleset(bytes rulesetBytes: some DataProtocol, id: String? = nil, version: String? = nil) -> [CertificateDiscrepancy] {
        compareRuleset(id: id, version: version, sha256Hex: Self.sha256Hex(of: rulesetBytes))
    }

    /// Compares the certified rating with a re-evaluation, field by field.
    ///
    /// Scores are compared exactly: the certificate stores the shortest decimal that reads back to the
    /// same double, and evaluation is deterministic, so any difference is a real change in the result.
    /// Section scores and failed required rules are compared per entry, naming each one that differs.
    public func compareRating(_ actual: CertifiedRatingSummary) -> [CertificateDiscrepancy] {
        var differences: [CertificateDiscrepancy] = []
        let certified = rating
        if certified.tier != actual.tier {
            differences.append(CertificateDiscrepancy(field: "rating.tier", certified: certified.tier, actual: actual.tier))
        }
        if certified.score != actual.score {
            differences.append(CertificateDiscrepancy(
                field: "rating.score", certified: Self.numberText(certified.score), actual: Self.numberText(actual.score)))
        }
        if certified.stars != actual.stars {
            differences.append(CertificateDiscrepancy(field: "rating.stars", certified: String(certified.stars), actual: String(actual.stars)))
        }
        let sections = Set(certified.sectionScores.keys).union(actual.sectionScores.keys)
        for section in sections.sorted(by: CanonicalJSON.memberNamePrecedes) {
            let before = certified.sectionScores[section]
            let after = actual.sectionScores[section]
            if before != after {
                differences.append(CertificateDiscrepancy(
                    field: "rating.section_scores.\(section)",
                    certified: before.map(Self.numberText) ?? Self.absent, actual: after.map(Self.numberText) ?? Self.absent))
            }
        }
        let failedBefore = Set(certified.failedRequiredRules)
        let failedAfter = Set(actual.failedRequiredRules)
        for rule in failedBefore.symmetricDifference(failedAfter).sorted(by: CanonicalJSON.memberNamePrecedes) {
            differences.append(CertificateDiscrepancy(
                field: "rating.failed_required_rules",
                certified: failedBefore.contains(rule) ? "\(rule) failed" : "\(rule) not failed",
                actual: failedAfter.contains(rule) ? "\(rule) failed" : "\(rule) not failed"))
        }
        differences += compareUncertainty(certified.uncertainty, actual.uncertainty)
        let unprovenBefore = Set(certified.unprovenRequiredRules)
        let unprovenAfter = Set(actual.unprovenRequiredRules)
        for rule in unprovenBefore.symmetricDifference(unprovenAfter).sorted(by: CanonicalJSON.memberNamePrecedes) {
            differences.append(CertificateDiscrepancy(
                field: "rating.unproven_required_rules",
                certified: unprovenBefore.contains(rule) ? "\(rule) not shown to hold" : "\(rule) shown to hold or failed",
                actual: unprovenAfter.contains(rule) ? "\(rule) not shown to hold" : "\(rule) shown to hold or failed"))
        }
        return differences
    }

    /// The Monte Carlo part: the same draws (count, seed, method) must give exactly the same tier shares.
    func compareUncertainty(_ certified: CertifiedUncertainty?, _ actual: CertifiedUncertainty?) -> [CertificateDiscrepancy] {
        guard certified != actual else { return [] }
        guard let certified, let actual else {
            return [CertificateDiscrepancy(field: "rating.uncertainty", certified: certified == nil ? Self.absent : "present",
                                           actual: actual == nil ? Self.absent : "present")]
        }
        var differences: [CertificateDiscrepancy] = []
        if certified.samples != actual.samples {
            differences.append(CertificateDiscrepancy(field: "rating.uncertainty.samples", certified: String(certified.samples),
                                                      actual: String(actual.samples)))
        }
        if certified.seed != actual.seed {
            differences.append(CertificateDiscrepancy(field: "rating.uncertainty.seed", certified: String(certified.seed),
                                                      actual: String(actual.seed)))
        }
        if certified.method != actual.method {
            differences.append(CertificateDiscrepancy(field: "rating.uncertainty.method", certified: certified.method,
                                                      actual: actual.method))
        }
        if certified.tierProbability != actual.tierProbability {
            differences.append(CertificateDiscrepancy(field: "rating.uncertainty.tier_probability",
                                                      certified: Self.numberText(certified.tierProbability),
                                                      actual: Self.numberText(actual.tierProbability)))
        }
        let tiers = Set(certified.tierProbabilities.keys).union(actual.tierProbabilities.keys)
        for tier in tiers.sorted(by: CanonicalJSON.memberNamePrecedes)
        where certified.tierProbabilities[tier] != actual.tierProbabilities[tier] {
            differences.append(CertificateDiscrepancy(
                field: "rating.uncertainty.tier_probabilities.\(tier)",
                certified: certified.tierProbabilities[tier].map(Self.numberText) ?? Self.absent,
                actual: actual.tierProbabilities[tier].map(Self.numberText) ?? Self.absent))
        }
        return differences
    }

    /// Compares one sealed input file with what is there now: its SHA-256 (lower-case hex), or why it could not
    /// be read. The message names the file, so a user sees which one changed since certification.
    public func compareInputFile(_ file: CertifiedInputFile, now: Result<String, InputFileUnreadable>) -> [CertificateDiscrepancy] {
        let field = "input_files.\(file.role).sha256"
        switch now {
        case .success(let hash) where hash == file.sha256:
            return []
        case .success(let hash):
            return [CertificateDiscrepancy(field: field, certified: "\(file.sha256) for \(file.name)",
                                           actual: "\(hash): \(file.name) changed since certification")]
        case .failure(let problem):
            return [CertificateDiscrepancy(field: field, certified: "\(file.sha256) for \(file.name)",
                                           actual: "no readable file (\(problem.reason))")]
        }
    }

    /// Numbers in messages use the same spelling as in the certificate file.
    static func numberText(_ value: Double) -> String {
        ECMAScriptNumberFormatter.string(for: value) ?? String(value)
    }
}

/// Why a sealed input file could not be read again.
public struct InputFileUnreadable: Error, Sendable, Hashable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
}
