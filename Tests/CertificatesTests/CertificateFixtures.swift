import Crypto
import Foundation
@testable import Certificates

/// Shared inputs for the certificate tests.
enum CertificateFixtures {
    /// RFC 8032 §7.1 TEST 1 secret key. Ed25519 signing is deterministic (RFC 8032 §5.1.6), so
    /// certificates signed with it are byte-for-byte reproducible and can be kept as golden files.
    static let rfc8032Test1Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
    /// RFC 8032 §7.1 TEST 1 public key.
    static let rfc8032Test1Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"

    static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return result
    }

    static func signingKey() throws -> Curve25519.Signing.PrivateKey {
        try Curve25519.Signing.PrivateKey(rawRepresentation: bytes(hex: rfc8032Test1Seed))
    }

    static let issuedAt = CertificateTimestamp(iso8601: "2026-11-28T00:00:00Z") ?? CertificateTimestamp(secondsSince1970: 0)

    /// A small but complete payload. One section score is 1e-7 so that its canonical spelling has an
    /// exponent: changing `e` to `E` keeps the value and must still be caught (as non-canonical).
    static func payload() -> CertificatePayload {
        CertificatePayload(
            mission: CertifiedMission(
                id: "demo-sat-1", name: "Demo Sat 1",
                descriptorSHA256: CertificatePayload.sha256Hex(of: Data("mission: demo\n".utf8))),
            ruleset: CertifiedRuleset(
                id: "lts-2019", version: "1.0.0", sha256: CertificatePayload.sha256Hex(of: Data("id: lts-2019\n".utf8))),
            engineVersion: "0.1.0",
            assumptions: ["solar_activity": "mean_cycle", "target_residual_lifetime_years": "25"],
            rating: CertifiedRatingSummary(
                tier: "gold", score: 0.78, stars: 2,
                sectionScores: ["A": 0.9, "B": 0.75, "C": 1e-7, "D": 1],
                failedRequiredRules: ["D.2-passivation"]),
            issuedAt: issuedAt,
            validUntil: issuedAt.adding(days: 365))
    }
}
