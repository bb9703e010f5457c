import Foundation
import Testing
@testable import Certificates

@Suite("Comparing a certificate with a re-evaluation")
struct CertificateComparisonTests {
    let payload = CertificateFixtures.payload()

    @Test("SHA-256 hex of known inputs")
    func sha256() {
        // FIPS 180-2 Appendix B.1: SHA-256("abc").
        #expect(CertificatePayload.sha256Hex(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("an unchanged descriptor and ruleset give no discrepancies")
    func unchanged() {
        #expect(payload.compareDescriptor(bytes: Data("mission: demo\n".utf8)).isEmpty)
        #expect(payload.compareRuleset(bytes: Data("id: lts-2019\n".utf8), id: "lts-2019", version: "1.0.0").isEmpty)
        #expect(payload.compareRating(payload.rating).isEmpty)
    }

    @Test("a changed descriptor names the hash field and both values")
    func changedDescriptor() {
        let differences = payload.compareDescriptor(bytes: Data("mission: demo \n".utf8))
        #expect(differences.count == 1)
        #expect(differences.first?.field == "mission.descriptor_sha256")
        #expect(differences.first?.certified == payload.mission.descriptorSHA256)
        #expect(differences.first?.actual == CertificatePayload.sha256Hex(of: Data("mission: demo \n".utf8)))
    }

    @Test("a changed ruleset reports id, version and hash separately")
    func changedRuleset() {
        let differences = payload.compareRuleset(bytes: Data("id: other\n".utf8), id: "iadc", version: "1.0.1")
        #expect(differences.map(\.field) == ["ruleset.id", "ruleset.version", "ruleset.sha256"])
    }

    @Test("a different rating reports each field that differs")
    func changedRating() {
        var actual = payload.rating
        actual.tier = "silver"
        actual.score = 0.6
        actual.sectionScores["B"] = 0.5
        actual.sectionScores["C"] = nil
        actual.sectionScores["E"] = 0.2
        actual.failedRequiredRules = ["B.9-casualty-risk"]
        let differences = payload.compareRating(actual)
        #expect(differences.map(\.field) == [
            "rating.tier", "rating.score", "rating.section_scores.B", "rating.section_scores.C",
            "rating.section_scores.E", "rating.failed_required_rules", "rating.failed_required_rules",
        ])
        #expect(differences[1].description == "rating.score: certificate has 0.78, found 0.6")
        #expect(differences[3].certified == "1e-7" && differences[3].actual == "(absent)")
        #expect(differences[5].certified == "B.9-casualty-risk not failed" && differences[5].actual == "B.9-casualty-risk failed")
        #expect(differences[6].certified == "D.2-passivation failed" && differences[6].actual == "D.2-passivation not failed")
    }

    @Test("scores are compared exactly: the smallest change is a discrepancy")
    func exactScores() {
        var actual = payload.rating
        actual.score = 0.78.nextUp
        #expect(payload.compareRating(actual).map(\.field) == ["rating.score"])
        actual = payload.rating
        actual.stars = 3
        #expect(payload.compareRating(actual).map(\.field) == ["rating.stars"])
    }
}
