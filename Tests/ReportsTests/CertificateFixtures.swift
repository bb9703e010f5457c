import Certificates
import Crypto
import Foundation

/// The certificate the page tests render: the same payload and RFC 8032 key as `CertificatesTests`'
/// `CertificateFixtures` (test targets cannot share sources until a shared test-support target holds it).
enum CertificateFixtures {
    /// RFC 8032 §7.1 TEST 1 secret key; its key id is `21fe31dfa154a261`.
    static func signingKey() throws -> Curve25519.Signing.PrivateKey {
        let hex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return try Curve25519.Signing.PrivateKey(rawRepresentation: bytes)
    }

    static let issuedAt = CertificateTimestamp(iso8601: "2026-11-28T00:00:00Z") ?? CertificateTimestamp(secondsSince1970: 0)

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
