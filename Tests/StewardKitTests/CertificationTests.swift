import Certificates
import Foundation
import Reports
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// `certify` and `verify` through StewardKit: round trip, determinism, and tampering with each input.
@Suite("Certification")
struct CertificationTests {
    static let repository = Repository.root

    /// A scratch folder with a key pair, a copy of the aurora descriptor and of the starter ruleset.
    struct Workspace {
        let directory: URL
        var key: String { directory.appendingPathComponent("issuer").path }
        var publicKey: String { key + ".pub" }
        var mission: String { directory.appendingPathComponent("aurora-3u.yaml").path }
        var ruleset: String { directory.appendingPathComponent("starter.yaml").path }

        init() throws {
            directory = try ScratchDirectory.make("certify")
            _ = try KeyGeneration.generate(toPath: directory.appendingPathComponent("issuer").path)
            try FileManager.default.copyItem(atPath: repository.appendingPathComponent("Examples/aurora-3u.yaml").path, toPath: mission)
            try FileManager.default.copyItem(atPath: repository.appendingPathComponent("Rulesets/starter.yaml").path, toPath: ruleset)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }

        func issue(date: String = "2026-11-28", ruleset reference: String? = nil) throws -> CertificateIssuer.Issued {
            try CertificateIssuer.issue(missionPath: mission, rulesetReference: reference ?? ruleset, keyPath: key,
                                        issuedAt: try #require(CertificateTimestamp(dateOption: date)), validDays: 365)
        }

        func write(_ issued: CertificateIssuer.Issued) throws -> String {
            let path = directory.appendingPathComponent(issued.certificateFileName).path
            try Data(issued.certificate).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    static let during = Date(timeIntervalSince1970: 1_800_000_000) // 2027-01-15, inside the validity period

    @Test("certify then verify with the mission and ruleset: valid, and the summary is the rating's")
    func roundTrip() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issued = try workspace.issue()
        #expect(issued.certificateFileName == "aurora-3u.certificate.json")
        #expect(issued.payload.rating.tier == (issued.rating.tier ?? "none"))
        #expect(issued.payload.rating.score == issued.rating.score)
        #expect(issued.payload.ruleset.id == "starter")
        #expect(issued.payload.ruleset.sha256 == CertificatePayload.sha256Hex(of: try Data(contentsOf: URL(fileURLWithPath: workspace.ruleset))))
        #expect(issued.payload.assumptions == ["solar_activity": "mean_cycle", "target_residual_lifetime_years": "25"])
        #expect(issued.payload.validUntil.iso8601 == "2027-11-28T00:00:00Z")
        #expect(issued.html.contains("aurora-3u.certificate.json"))

        let path = try workspace.write(issued)
        let report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during,
                                                missionPath: workspace.mission, rulesetReference: workspace.ruleset)
        #expect(report.isValid, "\(report.lines)")
        #expect(report.checked.contains("re-evaluated rating"))
    }

    @Test("the printed summary shows the score as reports do (three decimals), not the certified Double")
    func summaryLine() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issued = try workspace.issue()
        let score = issued.payload.rating.score
        #expect(issued.summary.contains(", score \(NumberFormatting.fixed(score, decimals: 3)) under starter "))
        #expect(!issued.summary.contains("\(score)"))
        #expect(issued.summary.hasPrefix("aurora-3u: \(issued.payload.rating.tier == "none" ? "unrated" : issued.payload.rating.tier), "))
    }

    @Test("the same inputs and date give byte-identical certificates and pages")
    func deterministic() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try workspace.issue(), second = try workspace.issue()
        #expect(first.certificate == second.certificate)
        #expect(first.html == second.html)
        #expect(try workspace.issue(date: "2026-11-29").certificate != first.certificate)
    }

    @Test("an embedded ruleset id is hashed as its embedded text, and verify finds it by the certified id")
    func embeddedRuleset() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issued = try workspace.issue(ruleset: "starter")
        #expect(issued.payload.ruleset.sha256 == CertificatePayload.sha256Hex(of: Array((EmbeddedRulesets.registry["starter"]?.text ?? "").utf8)))
        let path = try workspace.write(issued)
        let report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during,
                                                missionPath: workspace.mission)
        #expect(report.isValid, "\(report.lines)")
    }

    @Test("changing any one of several certificate bytes fails with a signature, form or syntax reason")
    func tamperedCertificate() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issued = try workspace.issue()
        let path = try workspace.write(issued)
        let text = String(decoding: issued.certificate, as: UTF8.self)
        // A payload digit, the tier name, a signature character: each a different kind of change.
        let scoreRange = try #require(text.range(of: "\"score\":"))
        let digitOffset = text.utf8.distance(from: text.startIndex, to: scoreRange.upperBound) + 2
        var bytes = issued.certificate
        bytes[digitOffset] = bytes[digitOffset] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during)
        #expect(report.failure?.reason == .badSignature)

        let tampered = text.replacingOccurrences(of: "\"tier\":\"\(issued.payload.rating.tier)\"", with: "\"tier\":\"platinum\"")
        #expect(tampered != text)
        try tampered.write(toFile: path, atomically: true, encoding: .utf8)
        report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during)
        #expect(report.failure?.reason == .badSignature)
        #expect(report.lines.first?.hasPrefix("error: bad signature: signature.value:") == true)

        // A second key pair: the certificate names the first key's id.
        let other = workspace.directory.appendingPathComponent("other").path
        _ = try KeyGeneration.generate(toPath: other)
        try Data(issued.certificate).write(to: URL(fileURLWithPath: path))
        report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: other + ".pub", now: Self.during)
        #expect(report.failure?.reason == .keyIDMismatch)

        report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey,
                                            now: Date(timeIntervalSince1970: 1_900_000_000))
        #expect(report.failure?.reason == .expired)
    }

    @Test("a changed descriptor fails on its hash and, when the change matters, on the re-evaluated rating")
    func tamperedDescriptor() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issued = try workspace.issue()
        let path = try workspace.write(issued)

        // A comment only: the hash differs, the rating does not.
        try (try String(contentsOfFile: workspace.mission, encoding: .utf8) + "# edited\n").write(toFile: workspace.mission, atomically: true, encoding: .utf8)
        var report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during,
                                                missionPath: workspace.mission, rulesetReference: workspace.ruleset)
        #expect(report.failure == nil)
        #expect(report.discrepancies.map(\.field) == ["mission.descriptor_sha256"])

        // A real change: a 24/7 contact lifts B.1 and the score.
        let original = try String(contentsOfFile: workspace.mission, encoding: .utf8)
        let improved = original.replacingOccurrences(of: "around_the_clock: false", with: "around_the_clock: true")
        #expect(improved != original)
        try improved.write(toFile: workspace.mission, atomically: true, encoding: .utf8)
        report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during,
                                            missionPath: workspace.mission, rulesetReference: workspace.ruleset)
        let fields = report.discrepancies.map(\.field)
        #expect(fields.contains("mission.descriptor_sha256"))
        #expect(fields.contains("rating.score"))
        #expect(fields.contains("rating.section_scores.B"))
        #expect(!report.isValid)
    }

    @Test("a changed ruleset fails on its hash, and on the rating when a threshold moves")
    func tamperedRuleset() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issued = try workspace.issue()
        let path = try workspace.write(issued)
        let original = try String(contentsOfFile: workspace.ruleset, encoding: .utf8)
        // Every tier threshold moved just below 1 in the same order (0.85 → 0.999985, 0.40 → 0.99994): the
        // certified tier can no longer be reached.
        #expect(issued.rating.tier != nil && (issued.rating.score ?? 1) < 0.9999)
        let raised = original.replacingOccurrences(of: "min_score: 0.", with: "min_score: 0.9999")
        #expect(raised != original)
        try raised.write(toFile: workspace.ruleset, atomically: true, encoding: .utf8)
        let report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during,
                                                missionPath: workspace.mission, rulesetReference: workspace.ruleset)
        let fields = report.discrepancies.map(\.field)
        #expect(fields.first == "ruleset.sha256")
        #expect(fields.contains("rating.tier"), "with every threshold above its score, aurora is unrated")
        #expect(!fields.contains("mission.descriptor_sha256"))
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test("issue dates: --date wins over SOURCE_DATE_EPOCH, which wins over the clock; bad values are refused")
    func issueDates() throws {
        let clock = { Date(timeIntervalSince1970: 5) }
        let given = try #require(CertificateTimestamp(dateOption: "2026-11-28"))
        #expect(try CertificateDates.issueDate(given: given, environment: ["SOURCE_DATE_EPOCH": "0"], clock: clock).iso8601
                == "2026-11-28T00:00:00Z")
        #expect(try CertificateDates.issueDate(given: nil, environment: ["SOURCE_DATE_EPOCH": "1795824000"], clock: clock).iso8601
                == "2026-11-28T00:00:00Z")
        #expect(try CertificateDates.issueDate(given: nil, environment: [:], clock: clock).secondsSince1970 == 5)
        // A malformed --date is refused by the command line's parser (StewardCLITests); only the environment is checked here.
        #expect(throws: CertificateDates.Problem.self) { try CertificateDates.issueDate(given: nil, environment: ["SOURCE_DATE_EPOCH": "-1"]) }
    }

    @Test("assumptions in a certificate are reproduced as overrides on re-evaluation")
    func assumptionOverridesRoundTrip() throws {
        let ruleset = try #require(RulesetResolver().resolve("starter").ruleset)
        #expect(CertificationInputs.overrides(reproducing: ["solar_activity": "mean_cycle", "target_residual_lifetime_years": "25"],
                                              ruleset: ruleset).isEmpty)
        #expect(CertificationInputs.overrides(reproducing: ["target_residual_lifetime_years": "5", "f107": "150", "solar_activity": "constant"],
                                              ruleset: ruleset)
                == ["target_residual_lifetime_years": .number(5), "f107": .number(150), "solar_activity": .string("constant")])
    }

    /// `--samples`/`--seed` are certified assumptions, so `verify` re-runs the same draws; the certificate
    /// carries the tier's share of draws, and a different share is a discrepancy naming the field.
    @Test("a Monte Carlo certificate seals the tier probability, draws and seed, and verify reproduces them")
    func monteCarloCertificate() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let issued = try CertificateIssuer.issue(
            missionPath: workspace.mission, rulesetReference: "lts-2019", keyPath: workspace.key,
            issuedAt: try #require(CertificateTimestamp(dateOption: "2026-11-28")), validDays: 365,
            overrides: ["uncertainty_samples": .number(30), "uncertainty_seed": .number(4)])
        let sealed = try #require(issued.payload.rating.uncertainty)
        #expect(sealed.samples == 30 && sealed.seed == 4 && sealed.method == "latin-hypercube")
        let block = try #require(issued.rating.uncertainty)
        #expect(sealed.tierProbability == block.probability(ofTier: issued.rating.tier)?.probability)
        #expect(abs(sealed.tierProbabilities.values.reduce(0, +) - 1) < 1e-12)
        #expect(issued.payload.assumptions["uncertainty_samples"] == "30")
        #expect(issued.summary.contains("% of 30 draws"))
        #expect(issued.html.contains("Probability of the tier"))

        let path = try workspace.write(issued)
        let report = CertificateVerifier.verify(certificatePath: path, publicKeyPath: workspace.publicKey, now: Self.during,
                                                missionPath: workspace.mission, rulesetReference: "lts-2019")
        #expect(report.isValid, "\(report.lines)")

        // The JSON form reads back to the same payload.
        #expect(try CertificatePayload(json: issued.payload.json) == issued.payload)
        // Another share (another seed's draws) is named field by field.
        var other = issued.payload.rating
        other.uncertainty?.tierProbability = 0.5
        other.uncertainty?.seed = 5
        let fields = issued.payload.compareRating(other).map(\.field)
        #expect(fields.contains("rating.uncertainty.tier_probability") && fields.contains("rating.uncertainty.seed"))
        other.uncertainty = nil
        #expect(issued.payload.compareRating(other).map(\.field) == ["rating.uncertainty"])
    }
}
