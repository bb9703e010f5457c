import Crypto
import Foundation
import StewardTestSupport
import Testing
@testable import Certificates

/// Issue 11, item 8: a small-order Ed25519 public key "verifies" forged certificates. These tests keep the
/// forgeries of the hostile corpus (`Hostile/`, see its README) and generate the rest of the key corpus.
@Suite("Certificate tampering corpus: small-order and non-canonical keys, malleated signatures")
struct CertificateTamperingTests {
    static func corpus(_ name: String) throws -> Data {
        try Data(contentsOf: Repository.url("Tests/CertificatesTests/Hostile/" + name))
    }

    /// The date the corpus certificates were checked at: inside their validity.
    static let checkDate = Date(timeIntervalSince1970: 1_796_169_600)  // 2026-12-02T00:00:00Z

    /// The 8 canonical torsion points, then their 6 non-canonical spellings (x = 0 with the sign bit, y ≥ p),
    /// as measured in the investigation (its small-order-table.txt).
    static let smallOrderAndNonCanonical = [
        "0100000000000000000000000000000000000000000000000000000000000000",  // identity, order 1
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // (0, -1), order 2
        "0000000000000000000000000000000000000000000000000000000000000000",  // order 4
        "0000000000000000000000000000000000000000000000000000000000000080",  // order 4
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",  // order 8
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",  // order 8
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",  // order 8
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",  // order 8
        "0100000000000000000000000000000000000000000000000000000000000080",  // identity, x = 0 with sign bit
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",  // (0, -1) with sign bit
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // y = p
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",  // y = p, sign bit
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // y = p + 1
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",  // y = p + 1, sign bit
    ]

    static let torsionPoints = Array(smallOrderAndNonCanonical.prefix(8))

    @Test("the forged certificate of the corpus: its identity key is refused when loaded, and by verify")
    func identityForgery() throws {
        let pem = try #require(String(data: Self.corpus("identity.pub"), encoding: .utf8))
        #expect(throws: KeyFileError.self) { try CertificateKeys.parsePublicKey(pem: pem, file: "identity.pub") }
        do {
            _ = try CertificateKeys.parsePublicKey(pem: pem, file: "identity.pub")
        } catch {
            #expect(error.description.contains("small-order"))
        }
        // What the check protects against: swift-crypto alone accepts R = identity, S = 0 for this key.
        let identity = try Curve25519.Signing.PublicKey(rawRepresentation: CertificateFixtures.bytes(hex: Self.smallOrderAndNonCanonical[0]))
        let forgedSignature = Data(CertificateFixtures.bytes(hex: Self.smallOrderAndNonCanonical[0]) + [UInt8](repeating: 0, count: 32))
        #expect(identity.isValidSignature(forgedSignature, for: Data("any message at all".utf8)))
        for name in ["forged.certificate.json", "forged-same-rating.certificate.json"] {
            let bytes = try [UInt8](Self.corpus(name))
            #expect(throws: CertificateVerificationFailure.self) {
                try Certificate.verify(bytes, publicKey: identity, now: Self.checkDate)
            }
            do {
                _ = try Certificate.verify(bytes, publicKey: identity, now: Self.checkDate)
            } catch {
                #expect(error.reason == .unusableKey, "\(name)")
            }
        }
    }

    @Test("the genuine certificate still verifies with its issuer key (control)")
    func genuineControl() throws {
        let pem = try #require(String(data: Self.corpus("issuer.pub"), encoding: .utf8))
        let key = try CertificateKeys.parsePublicKey(pem: pem, file: "issuer.pub")
        let payload = try Certificate.verify([UInt8](Self.corpus("genuine.certificate.json")), publicKey: key, now: Self.checkDate)
        #expect(payload.mission.id == "m1")
    }

    @Test("S + L and S = L (non-canonical S) are refused as bad signatures")
    func malleatedS() throws {
        let pem = try #require(String(data: Self.corpus("issuer.pub"), encoding: .utf8))
        let key = try CertificateKeys.parsePublicKey(pem: pem, file: "issuer.pub")
        let malleated = try [UInt8](Self.corpus("malleated-s-plus-l.certificate.json"))
        #expect(Self.reason(malleated, key) == .badSignature)

        // S = L exactly: the smallest S that is not reduced (RFC 8032 §5.1.7 requires 0 ≤ S < L).
        let genuine = try #require(String(data: Self.corpus("genuine.certificate.json"), encoding: .utf8))
        let value = try #require(Self.signatureValue(in: genuine))
        var signature = try #require(Data(base64Encoded: value))
        signature.replaceSubrange(32..<64, with: Self.groupOrderL)
        let edited = genuine.replacingOccurrences(of: value, with: signature.base64EncodedString())
        #expect(Self.reason(Array(edited.utf8), key) == .badSignature)
    }

    @Test("all 14 small-order and non-canonical encodings are refused when a key file is loaded", arguments: smallOrderAndNonCanonical)
    func keyFileRefused(hex: String) {
        let pem = CertificateKeys.pem(label: CertificateKeys.publicKeyLabel,
                                      der: CertificateKeys.publicKeyDERPrefix + CertificateFixtures.bytes(hex: hex))
        do {
            _ = try CertificateKeys.parsePublicKey(pem: pem, file: "k.pub")
            Issue.record("key \(hex) was loaded")
        } catch {
            #expect(error.message.hasPrefix("refusing this public key"))
            #expect(error.message.contains("small-order") || error.message.contains("canonical"))
        }
    }

    @Test("every y ≥ p spelling (y = p + k, k = 0…18, either sign) is refused as non-canonical")
    func everyNonCanonicalY() {
        for k in 0...18 {
            for sign in [UInt8(0x7F), 0xFF] {
                let encoding = [UInt8(0xED + k)] + [UInt8](repeating: 0xFF, count: 30) + [sign]
                let problem = Ed25519PointCheck.problem(with: encoding)
                #expect(problem?.contains("not a canonical") == true, "k = \(k), last byte \(sign)")
            }
        }
        // y = p − 1 is canonical: refused only because it has small order.
        #expect(Ed25519PointCheck.problem(with: CertificateFixtures.bytes(hex: Self.smallOrderAndNonCanonical[1]))?.contains("small-order") == true)
    }

    @Test("a forgery for each refused key and each torsion point as R is refused by verify")
    func torsionForgeries() throws {
        let genuine = try #require(String(data: Self.corpus("genuine.certificate.json"), encoding: .utf8))
        let genuineKeyID = "\"issuer_key_id\":\""
        let keyIDStart = try #require(genuine.range(of: genuineKeyID)).upperBound
        let oldKeyID = String(genuine[keyIDStart...].prefix(CertificateKeys.keyIDLength))
        let oldValue = try #require(Self.signatureValue(in: genuine))
        var refused = 0
        for keyHex in Self.smallOrderAndNonCanonical {
            let key = try Curve25519.Signing.PublicKey(rawRepresentation: CertificateFixtures.bytes(hex: keyHex))
            for rHex in Self.torsionPoints {
                let signature = Data(CertificateFixtures.bytes(hex: rHex) + [UInt8](repeating: 0, count: 32))
                let forged = genuine.replacingOccurrences(of: oldKeyID, with: CertificateKeys.keyID(of: key))
                    .replacingOccurrences(of: oldValue, with: signature.base64EncodedString())
                let reason = Self.reason(Array(forged.utf8), key)
                #expect(reason == .unusableKey, "key \(keyHex), R \(rHex)")
                if reason != nil { refused += 1 }
            }
        }
        #expect(refused == 14 * 8)
    }

    @Test("with a genuine key, a signature whose R is a torsion point is refused before the curve check")
    func smallOrderR() throws {
        let signer = try CertificateFixtures.signingKey()
        let file = try Certificate.sign(CertificateFixtures.payload(), with: signer)
        let text = try #require(String(bytes: file, encoding: .utf8))
        let value = try #require(Self.signatureValue(in: text))
        for rHex in Self.torsionPoints {
            let signature = Data(CertificateFixtures.bytes(hex: rHex) + [UInt8](repeating: 0, count: 32))
            let forged = text.replacingOccurrences(of: value, with: signature.base64EncodedString())
            #expect(Self.reason(Array(forged.utf8), signer.publicKey) == .badSignature)
        }
    }

    @Test("ordinary keys pass: the RFC 8032 test keys and 500 generated keys")
    func ordinaryKeysPass() throws {
        let rfc8032 = [
            CertificateFixtures.rfc8032Test1Public,
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",  // RFC 8032 §7.1 TEST 2
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",  // RFC 8032 §7.1 TEST 3
        ]
        for hex in rfc8032 { #expect(Ed25519PointCheck.problem(with: CertificateFixtures.bytes(hex: hex)) == nil) }
        for _ in 0..<500 {
            let key = CertificateKeys.generate().publicKey
            #expect(Ed25519PointCheck.problem(with: Array(key.rawRepresentation)) == nil)
            _ = try CertificateKeys.parsePublicKey(pem: CertificateKeys.publicKeyPEM(key), file: "k.pub")
        }
        #expect(Ed25519PointCheck.problem(with: [1, 2, 3]) != nil)
    }

    /// L = 2^252 + 27742317777372353535851937790883648493, little-endian (RFC 8032 §5.1).
    static let groupOrderL: [UInt8] = CertificateFixtures.bytes(hex: "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")

    static func signatureValue(in text: String) -> String? {
        guard let start = text.range(of: "\"value\":\"")?.upperBound,
              let end = text[start...].firstIndex(of: "\"") else { return nil }
        return String(text[start..<end])
    }

    static func reason(_ bytes: [UInt8], _ key: Curve25519.Signing.PublicKey) -> CertificateVerificationFailure.Reason? {
        do {
            _ = try Certificate.verify(bytes, publicKey: key, now: checkDate)
            return nil
        } catch {
            return error.reason
        }
    }
}
