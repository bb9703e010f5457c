import Crypto
import Foundation
import Testing
@testable import Certificates
import StewardTestSupport

@Suite("Certificate signing and verification")
struct CertificateSigningTests {
    let key: Curve25519.Signing.PrivateKey
    let file: [UInt8]
    let now = CertificateFixtures.issuedAt.adding(days: 10).date

    init() throws {
        key = try CertificateFixtures.signingKey()
        file = try Certificate.sign(CertificateFixtures.payload(), with: key)
    }

    @Test("the RFC 8032 test key derives the published public key and signature")
    func rfc8032Vector() throws {
        #expect(Array(key.publicKey.rawRepresentation) == CertificateFixtures.bytes(hex: CertificateFixtures.rfc8032Test1Public))
        // RFC 8032 §7.1 TEST 1: the signature of the empty message.
        let expected = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        #expect(key.publicKey.isValidSignature(Data(CertificateFixtures.bytes(hex: expected)), for: Data()))
    }

    @Test("unproven required rules round-trip; a payload written before the member existed reads as none")
    func unprovenRequiredRules() throws {
        var payload = CertificateFixtures.payload()
        payload.rating.unprovenRequiredRules = ["B.9-casualty-risk", "A.1-licence"]
        payload.issuerKeyID = "21fe31dfa154a261"
        let read = try CertificatePayload(json: payload.json)
        #expect(read.rating.unprovenRequiredRules == ["A.1-licence", "B.9-casualty-risk"])
        guard case .object(var members) = payload.json, case .object(var rating) = members["rating"] else {
            Issue.record("payload JSON is not an object")
            return
        }
        rating.removeValue(forKey: "unproven_required_rules")
        members["rating"] = .object(rating)
        #expect(try CertificatePayload(json: .object(members)).rating.unprovenRequiredRules.isEmpty)
    }

    @Test("sign then verify returns the payload, with the issuer key id filled in")
    func roundTrip() throws {
        let payload = try Certificate.verify(file, publicKey: key.publicKey, now: now)
        var expected = CertificateFixtures.payload()
        expected.issuerKeyID = CertificateKeys.keyID(of: key.publicKey)
        #expect(payload == expected)
        #expect(payload.issuerKeyID.count == 16)
    }

    @Test("the file is canonical JSON plus a line feed, and the signature covers the canonical payload")
    func fileLayout() throws {
        #expect(file.last == 0x0A)
        let document = try CanonicalJSONParser().parse(file)
        #expect(try document.canonicalBytes() + [0x0A] == file)
        let text = String(decoding: file, as: UTF8.self)
        #expect(text.hasPrefix(#"{"payload":{"assumptions":{"solar_activity":"mean_cycle","#))
        #expect(text.contains(#""signature":{"algorithm":"Ed25519","key_id":""#))
        let parsed = try SignedCertificate(fileBytes: file)
        #expect(try parsed.signedBytes == CertificateFixtures.payload().withIssuer(key).json.canonicalBytes())
        #expect(key.publicKey.isValidSignature(parsed.signature, for: parsed.signedBytes))
    }

    @Test("signing is deterministic: the same payload and key give the same bytes")
    func deterministic() throws {
        #expect(try Certificate.sign(CertificateFixtures.payload(), with: key) == file)
    }

    @Test("a certificate without its final line feed, or ending in CR LF, still verifies; other endings do not")
    func lineEndings() throws {
        _ = try Certificate.verify(Array(file.dropLast()), publicKey: key.publicKey, now: now)
        _ = try Certificate.verify(Array(file.dropLast()) + [0x0D, 0x0A], publicKey: key.publicKey, now: now)
        #expect(reason(now: now, bytes: file + [0x0A]) == .notCanonical)
        #expect(reason(now: now, bytes: Array(file.dropLast()) + [0x0D]) == .notCanonical)
    }

    @Test("validity: not before issued_at, not after valid_until, both ends inclusive")
    func validityPeriod() throws {
        let payload = CertificateFixtures.payload()
        _ = try Certificate.verify(file, publicKey: key.publicKey, now: payload.issuedAt.date)
        _ = try Certificate.verify(file, publicKey: key.publicKey, now: payload.validUntil.date)
        #expect(reason(now: payload.issuedAt.date.addingTimeInterval(-1)) == .notYetValid)
        #expect(reason(now: payload.validUntil.date.addingTimeInterval(1)) == .expired)
        #expect(reason(now: payload.validUntil.date.addingTimeInterval(86_400 * 400)) == .expired)
    }

    func reason(now: Date, bytes: [UInt8]? = nil, publicKey: Curve25519.Signing.PublicKey? = nil) -> CertificateVerificationFailure.Reason? {
        do {
            _ = try Certificate.verify(bytes ?? file, publicKey: publicKey ?? key.publicKey, now: now)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test("another public key is reported as a key id mismatch naming both ids")
    func wrongKey() throws {
        let other = Curve25519.Signing.PrivateKey().publicKey
        do {
            _ = try Certificate.verify(file, publicKey: other, now: now)
            Issue.record("verified with the wrong key")
        } catch {
            #expect(error.reason == .keyIDMismatch)
            #expect(error.message.contains(CertificateKeys.keyID(of: other)))
            #expect(error.message.contains(CertificateKeys.keyID(of: key.publicKey)))
        }
    }

    /// Replaces `old` with `new` in the certificate text, re-signing nothing.
    func edited(_ old: String, _ new: String) -> [UInt8] {
        Array(String(decoding: file, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
    }

    @Test("specific edits give specific reasons")
    func specificEdits() throws {
        #expect(reason(now: now, bytes: edited(#""score":0.78"#, #""score":0.79"#)) == .badSignature)
        #expect(reason(now: now, bytes: edited(#""tier":"gold""#, #""tier":"platinum""#)) == .badSignature)
        #expect(reason(now: now, bytes: edited(#""algorithm":"Ed25519""#, #""algorithm":"Ed448""#)) == .unknownAlgorithm)
        #expect(reason(now: now, bytes: edited("steward/certificate@1", "steward/certificate@2")) == .unsupportedFormat)
        #expect(reason(now: now, bytes: edited(#""C":1e-7"#, #""C":1E-7"#)) == .notCanonical)
        #expect(reason(now: now, bytes: edited(#""C":1e-7"#, #""C":0.0000001"#)) == .notCanonical)
        #expect(reason(now: now, bytes: edited(#"{"payload":"#, "{ \"payload\":")) == .notCanonical)
        #expect(reason(now: now, bytes: edited(#""stars":2"#, #""stars":2,"bonus":1"#)) == .malformed)
        #expect(reason(now: now, bytes: edited(#""score":0.78"#, #""score":1.5"#)) == .malformed)
        #expect(reason(now: now, bytes: edited(#""engine_version":"0.1.0""#, #""engine_version":"0.1.0","engine_version":"0.1.0""#)) == .malformed)
        #expect(reason(now: now, bytes: Array("not json".utf8)) == .malformed)
        #expect(reason(now: now, bytes: []) == .malformed)
    }

    @Test("malformed files are located: a syntax error by line:column, a bad field by its path")
    func malformedLocations() throws {
        do {
            _ = try Certificate.verify(edited(#""score":0.78"#, #""score":"high""#), publicKey: key.publicKey, now: now)
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .malformed)
            #expect(error.location == "payload.rating.score")
        }
        do {
            _ = try Certificate.verify(edited(#""score":0.78"#, #""score":0.78,"#), publicKey: key.publicKey, now: now)
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .malformed)
            #expect(error.location.hasPrefix("1:"))
        }
    }

    @Test("structural problems name the member: missing signature, wrong top-level type, bad base64")
    func structuralLocations() {
        func failure(_ bytes: [UInt8]) -> CertificateVerificationFailure? {
            do {
                _ = try Certificate.verify(bytes, publicKey: key.publicKey, now: now)
                return nil
            } catch {
                return error
            }
        }
        #expect(failure(Array("[1]".utf8))?.location == "(top level)")
        let text = String(decoding: file, as: UTF8.self)
        let withoutSignature = String(text[..<(text.range(of: #","signature":"#)?.lowerBound ?? text.endIndex)]) + "}"
        #expect(failure(Array(withoutSignature.utf8))?.location == "signature")
        #expect(failure(Array(withoutSignature.utf8))?.message == "missing member")
        let shortSignature = text.replacingOccurrences(of: #""value":""#, with: #""value":"AAAA"#)
        #expect(failure(Array(shortSignature.utf8))?.location == "signature.value")
    }

    @Test("changing any single byte of the certificate makes verification fail for the right reason")
    func everyByteTampered() throws {
        let text = String(decoding: file, as: UTF8.self)
        func valueRange(after marker: String) -> Range<Int> {
            guard let markerRange = text.range(of: marker, options: .backwards) else { return 0..<0 }
            let start = text.utf8.distance(from: text.startIndex, to: markerRange.upperBound)
            let end = file[start...].firstIndex(of: UInt8(ascii: "\"")) ?? start
            return start..<end
        }
        let signatureValue = valueRange(after: #""value":""#)
        let keyID = valueRange(after: #""key_id":""#)
        let algorithm = valueRange(after: #""algorithm":""#)
        #expect(signatureValue.count == 88 && keyID.count == 16 && algorithm.count == 7)
        let payloadStart = #"{"payload":"#.utf8.count
        let payloadEnd = text.utf8.distance(
            from: text.startIndex, to: try #require(text.range(of: #","signature":"#)).lowerBound)
        let payloadRange = payloadStart..<payloadEnd

        typealias Reason = CertificateVerificationFailure.Reason
        var seen: Set<Reason> = []
        var checked = 0
        for position in file.indices {
            let allowed: Set<Reason>
            switch position {
            case signatureValue: allowed = [.badSignature, .malformed]
            case keyID: allowed = [.keyIDMismatch, .malformed]
            case algorithm: allowed = [.unknownAlgorithm, .malformed]
            case payloadRange: allowed = [.badSignature, .malformed, .unsupportedFormat, .keyIDMismatch, .notCanonical]
            default: allowed = [.malformed, .notCanonical]
            }
            let original = file[position]
            // Three kinds of change: the lowest bit, the ASCII case bit, and a space.
            for replacement in Set([original ^ 0x01, original ^ 0x20, 0x20]) where replacement != original {
                var tampered = file
                tampered[position] = replacement
                checked += 1
                guard let failure = reason(now: now, bytes: tampered) else {
                    Issue.record("byte \(position) changed from \(original) to \(replacement) still verifies")
                    continue
                }
                seen.insert(failure)
                #expect(allowed.contains(failure), "byte \(position) \(original)->\(replacement): \(failure)")
            }
        }
        #expect(checked > 2 * file.count)
        // Every class of failure the regions allow actually occurred somewhere.
        #expect(seen == [.badSignature, .malformed, .unsupportedFormat, .keyIDMismatch, .notCanonical, .unknownAlgorithm])
    }

    @Test("truncations, random multi-byte edits and random bytes are rejected, never accepted or crashing")
    func robustness() {
        for length in 0..<(file.count - 1) {
            #expect(reason(now: now, bytes: Array(file.prefix(length))) != nil, "prefix of \(length) bytes verified")
        }
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            var tampered = file
            let edits = Int(generator.next() % 8) + 2
            for _ in 0..<edits {
                let position = Int(generator.next() % UInt64(tampered.count))
                tampered[position] = UInt8(truncatingIfNeeded: generator.next())
            }
            if tampered != file {
                #expect(reason(now: now, bytes: tampered) != nil)
            }
        }
        for _ in 0..<500 {
            let garbage = (0..<Int(generator.next() % 2_000)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(reason(now: now, bytes: garbage) == .malformed)
        }
    }

    @Test("sign refuses a payload that verify would reject")
    func signValidates() throws {
        var payload = CertificateFixtures.payload()
        payload.rating.score = .nan
        #expect(throws: CertificateSigningError.self) { try Certificate.sign(payload, with: key) }
        payload = CertificateFixtures.payload()
        payload.mission.descriptorSHA256 = "ABC"
        #expect(throws: CertificateSigningError.self) { try Certificate.sign(payload, with: key) }
        payload = CertificateFixtures.payload()
        payload.validUntil = payload.issuedAt.adding(days: -1)
        #expect(throws: CertificateSigningError.self) { try Certificate.sign(payload, with: key) }
    }

    @Test("golden certificate: signed with the RFC 8032 test key (regenerate with STEWARD_UPDATE_GOLDEN=1)")
    func golden() throws {
        try GoldenFile.check(String(decoding: file, as: UTF8.self), named: "Certificate/demo-sat-1.certificate.json")
    }
}

extension CertificatePayload {
    func withIssuer(_ key: Curve25519.Signing.PrivateKey) -> CertificatePayload {
        var copy = self
        copy.issuerKeyID = CertificateKeys.keyID(of: key.publicKey)
        return copy
    }
}
