import Crypto
import Foundation
import Testing
@testable import Certificates

@Suite("Certificate key files")
struct CertificateKeysTests {
    /// RFC 8410 §10.3: an Ed25519 private key in PKCS#8 PEM.
    static let rfc8410PrivateKey = """
        -----BEGIN PRIVATE KEY-----
        MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
        -----END PRIVATE KEY-----

        """
    /// RFC 8410 §10.1: the matching public key in SubjectPublicKeyInfo PEM (`openssl pkey -pubout` on the
    /// private key above gives exactly this text).
    static let rfc8410PublicKey = """
        -----BEGIN PUBLIC KEY-----
        MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
        -----END PUBLIC KEY-----

        """

    @Test("reads the RFC 8410 example keys, and writes them back byte for byte")
    func rfc8410Examples() throws {
        let privateKey = try CertificateKeys.parsePrivateKey(pem: Self.rfc8410PrivateKey, file: "key")
        let publicKey = try CertificateKeys.parsePublicKey(pem: Self.rfc8410PublicKey, file: "key.pub")
        #expect(privateKey.publicKey.rawRepresentation == publicKey.rawRepresentation)
        #expect(CertificateKeys.privateKeyPEM(privateKey) == Self.rfc8410PrivateKey)
        #expect(CertificateKeys.publicKeyPEM(publicKey) == Self.rfc8410PublicKey)
    }

    @Test("key id is the first 16 hex digits of SHA-256 of the raw public key")
    func keyID() throws {
        let key = try CertificateFixtures.signingKey()
        // sha256(d75a98…511a) computed with Python hashlib: 21fe31dfa154a261…
        #expect(CertificateKeys.keyID(of: key.publicKey) == "21fe31dfa154a261")
    }

    @Test("generated keys round-trip through their PEM text")
    func generatedRoundTrip() throws {
        let key = CertificateKeys.generate()
        let back = try CertificateKeys.parsePrivateKey(pem: CertificateKeys.privateKeyPEM(key), file: "k")
        #expect(back.rawRepresentation == key.rawRepresentation)
        let publicBack = try CertificateKeys.parsePublicKey(pem: CertificateKeys.publicKeyPEM(key.publicKey), file: "k.pub")
        #expect(publicBack.rawRepresentation == key.publicKey.rawRepresentation)
    }

    @Test("CRLF line endings and surrounding blank lines are accepted")
    func lenientWhitespace() throws {
        let text = "\n" + Self.rfc8410PublicKey.replacingOccurrences(of: "\n", with: "\r\n") + "\n\n"
        _ = try CertificateKeys.parsePublicKey(pem: text, file: "k.pub")
    }

    static let malformedPublicKeys: [(String, String, Int?)] = [
        ("", "is empty", nil),
        ("hello\n", "expected -----BEGIN PUBLIC KEY-----", 1),
        (rfc8410PrivateKey, "this is a private key; pass the public key file", 1),
        ("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n", "missing -----END PUBLIC KEY-----", nil),
        ("-----BEGIN PUBLIC KEY-----\nMCow BQYD!\n-----END PUBLIC KEY-----\n", "expected base64", 2),
        ("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE\n-----END PUBLIC KEY-----\n", "base64 text", 2),
        ("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n", "not an Ed25519 public key", nil),
        (rfc8410PublicKey + "trailing\n", "unexpected text after", 4),
    ]

    @Test("malformed public key files are rejected with a clear, located message", arguments: malformedPublicKeys)
    func malformedPublic(text: String, fragment: String, line: Int?) {
        do {
            _ = try CertificateKeys.parsePublicKey(pem: text, file: "issuer.pub")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.file == "issuer.pub")
            #expect(error.message.contains(fragment), "\(error.message)")
            if let line { #expect(error.line == line) }
        }
    }

    @Test("a public key passed as the private key gets a hint")
    func publicAsPrivate() {
        do {
            _ = try CertificateKeys.parsePrivateKey(pem: Self.rfc8410PublicKey, file: "issuer.pub")
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("this is a public key; pass the private key file"))
            #expect(error.description == "issuer.pub:1: error: " + error.message)
        }
    }

    @Test("writes NAME (mode 0600) and NAME.pub, and refuses to overwrite them")
    func writeFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("issuer").path
        let key = CertificateKeys.generate()
        try CertificateKeys.write(key, toPath: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try CertificateKeys.readPrivateKey(atPath: path).rawRepresentation == key.rawRepresentation)
        #expect(try CertificateKeys.readPublicKey(atPath: path + ".pub").rawRepresentation == key.publicKey.rawRepresentation)
        #expect(throws: KeyFileError.self) { try CertificateKeys.write(CertificateKeys.generate(), toPath: path) }
        #expect(try CertificateKeys.readPrivateKey(atPath: path).rawRepresentation == key.rawRepresentation)
        #expect((try FileManager.default.attributesOfItem(atPath: path + ".pub")[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        #expect(throws: KeyFileError.self) { try CertificateKeys.readPublicKey(atPath: path + ".missing") }
        do {
            try CertificateKeys.write(key, toPath: directory.appendingPathComponent("no/such/dir/key").path)
            Issue.record("wrote into a missing directory")
        } catch {
            #expect(error.message.contains("could not be created"))
        }
    }
}
