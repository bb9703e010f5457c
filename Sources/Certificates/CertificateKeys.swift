import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ed25519 keys for signing certificates: generation, key ids, and the key file formats.
///
/// Key files are PEM (RFC 7468) holding the standard DER structures for Ed25519 of RFC 8410, so they
/// interoperate with other tools (`openssl pkey -in NAME -pubout` gives the same public key as `NAME.pub`):
///
/// - private key `NAME`: `-----BEGIN PRIVATE KEY-----`, PKCS#8 v1 `PrivateKeyInfo` (RFC 5958) whose
///   algorithm is id-Ed25519 (OID 1.3.101.112) and whose key is the 32-byte seed (RFC 8410 §7);
/// - public key `NAME.pub`: `-----BEGIN PUBLIC KEY-----`, `SubjectPublicKeyInfo` (RFC 5280) with
///   id-Ed25519 and the 32-byte public key (RFC 8410 §4).
///
/// swift-crypto 3.12 has no PEM support for Curve25519 keys, and the DER of both structures for Ed25519
/// is a fixed prefix followed by the 32 key bytes, so this type writes and checks those prefixes directly.
public enum CertificateKeys {
    /// Hex digits in a key id.
    public static let keyIDLength = 16

    /// DER prefix of an Ed25519 PKCS#8 v1 PrivateKeyInfo: SEQUENCE(46) { INTEGER 0, SEQUENCE { OID
    /// 1.3.101.112 }, OCTET STRING(34) { OCTET STRING(32) … } } — RFC 8410 §7 and its §10.3 example.
    static let privateKeyDERPrefix: [UInt8] = [
        0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
    ]
    /// DER prefix of an Ed25519 SubjectPublicKeyInfo: SEQUENCE(42) { SEQUENCE { OID 1.3.101.112 },
    /// BIT STRING(33, 0 unused bits) … } — RFC 8410 §4 and its §10.1 example.
    static let publicKeyDERPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]

    static let privateKeyLabel = "PRIVATE KEY"
    static let publicKeyLabel = "PUBLIC KEY"

    /// A new random signing key (from the system's secure random source, via swift-crypto).
    public static func generate() -> Curve25519.Signing.PrivateKey {
        Curve25519.Signing.PrivateKey()
    }

    /// The key id that certificates name their issuer by: the first 16 lower-case hex digits of the
    /// SHA-256 of the raw 32-byte public key. Short enough to read aloud, long enough (64 bits) that two
    /// issuers' keys do not collide by accident; it identifies, it does not authenticate — the signature does.
    public static func keyID(of publicKey: Curve25519.Signing.PublicKey) -> String {
        let digest = SHA256.hash(data: publicKey.rawRepresentation)
        return String(digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 0x10 ? "0" + hex : hex
        }.joined().prefix(keyIDLength))
    }

    /// The PEM text of a private key file.
    public static func privateKeyPEM(_ key: Curve25519.Signing.PrivateKey) -> String {
        pem(label: privateKeyLabel, der: privateKeyDERPrefix + Array(key.rawRepresentation))
    }

    /// The PEM text of a public key file.
    public static func publicKeyPEM(_ key: Curve25519.Signing.PublicKey) -> String {
        pem(label: publicKeyLabel, der: publicKeyDERPrefix + Array(key.rawRepresentation))
    }

    /// Reads a private key file's text. `file` names the file in errors.
    public static func parsePrivateKey(pem text: String, file: String) throws(KeyFileError) -> Curve25519.Signing.PrivateKey {
        let der = try decodePEM(text, label: privateKeyLabel, otherLabel: publicKeyLabel, file: file)
        let raw = try keyBytes(der, prefix: privateKeyDERPrefix, what: "an Ed25519 private key (PKCS#8)", file: file)
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        } catch {
            throw KeyFileError(file: file, line: nil, "the key bytes are not a valid Ed25519 private key")
        }
    }

    /// Reads a public key file's text. `file` names the file in errors. Small-order and non-canonical
    /// points are refused (`Ed25519PointCheck`).
    public static func parsePublicKey(pem text: String, file: String) throws(KeyFileError) -> Curve25519.Signing.PublicKey {
        let der = try decodePEM(text, label: publicKeyLabel, otherLabel: privateKeyLabel, file: file)
        let raw = try keyBytes(der, prefix: publicKeyDERPrefix, what: "an Ed25519 public key (SubjectPublicKeyInfo)", file: file)
        // swift-crypto checks only the length: refuse small-order and non-canonical points here, so
        // verify, certify and keys all share the check (see Ed25519PointCheck).
        if let problem = Ed25519PointCheck.problem(with: raw) {
            throw KeyFileError(file: file, line: nil, "refusing this public key: it is \(problem)")
        }
        do {
            return try Curve25519.Signing.PublicKey(rawRepresentation: raw)
        } catch {
            throw KeyFileError(file: file, line: nil, "the key bytes are not a valid Ed25519 public key")
        }
    }

    /// Reads the private key file at `path`.
    public static func readPrivateKey(atPath path: String) throws(KeyFileError) -> Curve25519.Signing.PrivateKey {
        try parsePrivateKey(pem: readText(path), file: path)
    }

    /// Reads the public key file at `path`.
    public static func readPublicKey(atPath path: String) throws(KeyFileError) -> Curve25519.Signing.PublicKey {
        try parsePublicKey(pem: readText(path), file: path)
    }

    /// Writes `NAME` (private, mode 0600) and `NAME.pub` (public, mode 0644). Refuses to replace existing
    /// files, because overwriting a signing key silently would orphan every certificate it issued.
    ///
    /// Each file is created with `open(O_CREAT | O_EXCL)` and its final mode, so the private key is never
    /// readable by others, not even for a moment, and an existing file is never truncated.
    public static func write(_ key: Curve25519.Signing.PrivateKey, toPath path: String) throws(KeyFileError) {
        let publicPath = path + ".pub"
        for existing in [path, publicPath] where FileManager.default.fileExists(atPath: existing) {
            throw KeyFileError(file: existing, line: nil, "already exists; refusing to overwrite a key file")
        }
        try createExclusively(path, contents: privateKeyPEM(key), mode: 0o600)
        do {
            try createExclusively(publicPath, contents: publicKeyPEM(key.publicKey), mode: 0o644)
        } catch {
            // Leave no private key without its public half.
            unlink(path)
            throw error
        }
    }

    private static func createExclusively(_ path: String, contents: String, mode: mode_t) throws(KeyFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw KeyFileError(file: path, line: nil, "could not be created: \(reason)")
        }
        defer { close(descriptor) }
        // open() applies the umask; set the intended mode explicitly.
        fchmod(descriptor, mode)
        let bytes = Array(contents.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress, buffer.count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                unlink(path)
                throw KeyFileError(file: path, line: nil, "could not be written: \(reason)")
            }
            written += result
        }
    }

    // MARK: - PEM

    static func pem(label: String, der: [UInt8]) -> String {
        let base64 = Data(der).base64EncodedString()
        var lines = ["-----BEGIN \(label)-----"]
        var index = base64.startIndex
        while index < base64.endIndex {
            let end = base64.index(index, offsetBy: 64, limitedBy: base64.endIndex) ?? base64.endIndex
            lines.append(String(base64[index..<end]))
            index = end
        }
        lines.append("-----END \(label)-----")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func readText(_ path: String) throws(KeyFileError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KeyFileError(file: path, line: nil, "cannot be read (missing, or not a readable file)")
        }
        guard data.count <= 16 * 1024 else {
            throw KeyFileError(file: path, line: nil, "is \(data.count) bytes; a key file is a few hundred")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KeyFileError(file: path, line: nil, "is not UTF-8 text; expected a PEM key file")
        }
        return text
    }

    /// Decodes strict PEM: optional blank lines, the BEGIN line, base64 lines, the END line, blank lines.
    private static func decodePEM(_ text: String, label: String, otherLabel: String, file: String) throws(KeyFileError) -> [UInt8] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        let begin = "-----BEGIN \(label)-----"
        let end = "-----END \(label)-----"
        guard let beginIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw KeyFileError(file: file, line: nil, "is empty; expected a PEM block starting with \(begin)")
        }
        let firstLine = lines[beginIndex].trimmingCharacters(in: .whitespaces)
        guard firstLine == begin else {
            if firstLine == "-----BEGIN \(otherLabel)-----" {
                let hint = label == publicKeyLabel
                    ? "this is a private key; pass the public key file (NAME.pub)"
                    : "this is a public key; pass the private key file (NAME, without .pub)"
                throw KeyFileError(file: file, line: beginIndex + 1, "expected \(begin): \(hint)")
            }
            throw KeyFileError(file: file, line: beginIndex + 1, "expected \(begin), found \"\(firstLine.prefix(40))\"")
        }
        var base64 = ""
        var lineIndex = beginIndex + 1
        while true {
            guard lineIndex < lines.count else {
                throw KeyFileError(file: file, line: lines.count, "missing \(end)")
            }
            let line = lines[lineIndex].trimmingCharacters(in: .whitespaces)
            if line == end { break }
            if lines[lineIndex...].allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                throw KeyFileError(file: file, line: lines.count, "missing \(end)")
            }
            guard !line.isEmpty, line.utf8.allSatisfy(isBase64Byte) else {
                throw KeyFileError(file: file, line: lineIndex + 1, "expected base64 text or \(end)")
            }
            base64 += line
            lineIndex += 1
        }
        if let extra = lines[(lineIndex + 1)...].firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) {
            throw KeyFileError(file: file, line: extra + 1, "unexpected text after \(end)")
        }
        guard let data = Data(base64Encoded: base64), data.base64EncodedString() == base64 else {
            throw KeyFileError(file: file, line: beginIndex + 2, "the base64 text between the PEM lines is not valid")
        }
        return Array(data)
    }

    private static func isBase64Byte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    private static func keyBytes(_ der: [UInt8], prefix: [UInt8], what: String, file: String) throws(KeyFileError) -> [UInt8] {
        guard der.count == prefix.count + 32, der.starts(with: prefix) else {
            throw KeyFileError(
                file: file, line: nil,
                "the PEM block is not \(what): expected \(prefix.count + 32) bytes of DER starting with the id-Ed25519 algorithm (RFC 8410); found \(der.count) bytes")
        }
        return Array(der[prefix.count...])
    }
}

/// A key file that could not be read or understood, with the file and (when known) the line.
public struct KeyFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): error: \(message)" }
        return "\(file): error: \(message)"
    }
}
