import Crypto
import Foundation

/// Signing and verifying Steward certificates.
///
/// A certificate file is the canonical JSON (RFC 8785, see `CanonicalJSON`) of
///
///     {"payload": {…}, "signature": {"algorithm": "Ed25519", "key_id": "…", "value": "<base64>"}}
///
/// followed by one line feed. The signature is Ed25519 (RFC 8032) over the canonical bytes of `payload`
/// alone, so the envelope can carry other algorithms later without changing what is signed. `value` is
/// standard padded base64 (RFC 4648 §4) of the 64-byte signature.
public enum Certificate {
    /// The only signature algorithm this version writes and accepts.
    public static let signatureAlgorithm = "Ed25519"

    /// Signs `payload` with `privateKey` and returns the certificate file's bytes.
    ///
    /// `issuer_key_id` is set from the key, so a payload cannot name a different issuer than the key that
    /// signed it. The payload is checked first with the same rules `verify` applies, so a certificate this
    /// function returns always parses.
    public static func sign(
        _ payload: CertificatePayload, with privateKey: Curve25519.Signing.PrivateKey
    ) throws(CertificateSigningError) -> [UInt8] {
        var payload = payload
        let keyID = CertificateKeys.keyID(of: privateKey.publicKey)
        payload.issuerKeyID = keyID
        let payloadJSON = payload.json
        do {
            _ = try CertificatePayload(json: payloadJSON)
        } catch {
            throw CertificateSigningError.invalidPayload(error)
        }
        let signedBytes: [UInt8]
        do {
            signedBytes = try payloadJSON.canonicalBytes()
        } catch {
            throw CertificateSigningError.notCanonicalisable(error)
        }
        let signature: Data
        do {
            signature = try privateKey.signature(for: signedBytes)
        } catch {
            throw CertificateSigningError.signingFailed(String(describing: error))
        }
        let envelope = CanonicalJSON.object([
            "payload": payloadJSON,
            "signature": .object([
                "algorithm": .string(signatureAlgorithm),
                "key_id": .string(keyID),
                "value": .string(signature.base64EncodedString()),
            ]),
        ])
        do {
            return try envelope.canonicalBytes() + [0x0A]
        } catch {
            throw CertificateSigningError.notCanonicalisable(error)
        }
    }

    /// Verifies a certificate file and returns its payload, or throws the first reason it fails.
    ///
    /// Checks, in this order, each reported with its own `CertificateVerificationFailure.Reason`:
    /// 1. the file is strict JSON with exactly the documented members and valid values (`.malformed`,
    ///    or `.unsupportedFormat` for a different `format`);
    /// 2. the algorithm is Ed25519 (`.unknownAlgorithm`);
    /// 2a. the public key is not a small-order or non-canonical point (`.unusableKey`, `Ed25519PointCheck`);
    /// 3. `signature.key_id` equals `payload.issuer_key_id` and the key id of `publicKey` (`.keyIDMismatch`);
    /// 4. the signature's R is not a small-order or non-canonical point, and the signature over the canonical
    ///    payload verifies with `publicKey` (`.badSignature`);
    /// 5. the file is byte for byte the canonical form, optionally followed by LF or CR LF (`.notCanonical`) —
    ///    this catches edits that keep the meaning, such as `1E+30` for `1e+30`, so every changed byte is
    ///    reported, not only those that change the payload;
    /// 6. `now` lies in [issued_at, valid_until] (`.notYetValid`, `.expired`).
    public static func verify(
        _ fileBytes: [UInt8], publicKey: Curve25519.Signing.PublicKey, now: Date
    ) throws(CertificateVerificationFailure) -> CertificatePayload {
        let parsed = try SignedCertificate(fileBytes: fileBytes)

        guard parsed.algorithm == signatureAlgorithm else {
            throw CertificateVerificationFailure(
                .unknownAlgorithm, at: "signature.algorithm",
                "signature algorithm \"\(parsed.algorithm)\" is not supported; this verifier accepts \(signatureAlgorithm)")
        }
        if let problem = Ed25519PointCheck.problem(with: Array(publicKey.rawRepresentation)) {
            throw CertificateVerificationFailure(.unusableKey, at: "public key", "refusing the public key given: it is \(problem)")
        }
        let suppliedKeyID = CertificateKeys.keyID(of: publicKey)
        guard parsed.keyID == parsed.payload.issuerKeyID else {
            throw CertificateVerificationFailure(
                .keyIDMismatch, at: "signature.key_id",
                "signature.key_id \(parsed.keyID) differs from payload.issuer_key_id \(parsed.payload.issuerKeyID)")
        }
        guard parsed.keyID == suppliedKeyID else {
            throw CertificateVerificationFailure(
                .keyIDMismatch, at: "signature.key_id",
                "the certificate was signed by key \(parsed.keyID), but the public key given is \(suppliedKeyID)")
        }
        // R, the first half of the signature, must be a canonical point of large order, as libsodium requires;
        // S < L is checked by swift-crypto (BoringSSL's ED25519_verify), see CertificateTamperingTests.
        if let problem = Ed25519PointCheck.problem(with: Array(parsed.signature.prefix(32))) {
            throw CertificateVerificationFailure(.badSignature, at: "signature.value", "the signature's R is \(problem)")
        }
        guard publicKey.isValidSignature(parsed.signature, for: parsed.signedBytes) else {
            throw CertificateVerificationFailure(
                .badSignature, at: "signature.value",
                "the signature does not match the payload: the certificate was altered after signing, or signed by another key with the same id")
        }
        if let offset = parsed.firstNonCanonicalByteOffset {
            throw CertificateVerificationFailure(
                .notCanonical, at: "byte \(offset)",
                "the file differs from its canonical form at byte \(offset); certificates must not be re-formatted", byteOffset: offset)
        }
        let instant = CertificateTimestamp(now)
        if instant < parsed.payload.issuedAt {
            throw CertificateVerificationFailure(
                .notYetValid, at: "payload.issued_at",
                "the certificate is not valid before \(parsed.payload.issuedAt) (now: \(instant))")
        }
        if instant > parsed.payload.validUntil {
            throw CertificateVerificationFailure(
                .expired, at: "payload.valid_until",
                "the certificate expired at \(parsed.payload.validUntil) (now: \(instant))")
        }
        return parsed.payload
    }

    /// `verify` for a file read as `Data`.
    public static func verify(
        _ fileData: Data, publicKey: Curve25519.Signing.PublicKey, now: Date
    ) throws(CertificateVerificationFailure) -> CertificatePayload {
        try verify(Array(fileData), publicKey: publicKey, now: now)
    }
}

/// A certificate file taken apart but not yet trusted: parsing checks the structure only.
public struct SignedCertificate: Sendable {
    public var payload: CertificatePayload
    public var algorithm: String
    public var keyID: String
    public var signature: Data
    /// The canonical bytes of the payload as it appears in the file — what the signature must cover.
    public var signedBytes: [UInt8]
    /// The first byte at which the file differs from canonical form plus a final line feed, if any.
    public var firstNonCanonicalByteOffset: Int?

    /// Parses a certificate file strictly. Fails with `.malformed` or `.unsupportedFormat`.
    public init(fileBytes: [UInt8]) throws(CertificateVerificationFailure) {
        let document: CanonicalJSON
        do {
            document = try CanonicalJSONParser(maxBytes: 256 * 1024, maxDepth: 16).parse(fileBytes)
        } catch {
            let location = error.line.map { "\($0):\(error.column ?? 1)" } ?? "file"
            throw CertificateVerificationFailure(.malformed, at: location, "not valid JSON: \(error.message)", byteOffset: error.byteOffset)
        }
        do {
            var envelope = try StrictJSONObjectReader(document, path: "")
            var signatureReader = try envelope.object("signature")
            let algorithm = try signatureReader.nonEmptyString("algorithm")
            let keyID = try signatureReader.lowercaseHex("key_id", digits: CertificateKeys.keyIDLength)
            let value = try signatureReader.string("value")
            try signatureReader.rejectUnexpectedMembers()
            // Strict base64: re-encoding must give the same text, so the unused low bits of the last
            // character cannot be flipped without notice.
            guard let signature = Data(base64Encoded: value), signature.base64EncodedString() == value else {
                throw CertificateFormatError(at: "signature.value", "is not standard padded base64")
            }
            if algorithm == Certificate.signatureAlgorithm && signature.count != 64 {
                throw CertificateFormatError(at: "signature.value", "an Ed25519 signature is 64 bytes, found \(signature.count)")
            }
            guard let payloadJSON = document.objectValue?["payload"] else {
                throw CertificateFormatError(at: "payload", "missing member")
            }
            _ = try envelope.object("payload")
            try envelope.rejectUnexpectedMembers()
            let payload = try CertificatePayload(json: payloadJSON, path: "payload")
            self.payload = payload
            self.algorithm = algorithm
            self.keyID = keyID
            self.signature = signature
            self.signedBytes = try payloadJSON.canonicalBytes()
            let canonical = try document.canonicalBytes() + [0x0A]
            self.firstNonCanonicalByteOffset = Self.firstDifference(fileBytes, canonical)
        } catch let error as CertificateFormatError {
            let reason: CertificateVerificationFailure.Reason = error.isUnsupportedFormat ? .unsupportedFormat : .malformed
            throw CertificateVerificationFailure(reason, at: error.location, error.message)
        } catch {
            throw CertificateVerificationFailure(.malformed, at: "file", String(describing: error))
        }
    }

    /// The first offset where `file` differs from `canonical` (which ends in a line feed). A file that
    /// equals `canonical` without its line feed, or with CR LF instead (a Windows checkout with
    /// `core.autocrlf`), counts as canonical: line endings after the JSON text carry no meaning.
    static func firstDifference(_ file: [UInt8], _ canonical: [UInt8]) -> Int? {
        let body = Array(canonical.dropLast())
        if file == canonical || file == body || file == body + [0x0D, 0x0A] { return nil }
        let shared = min(file.count, canonical.count)
        for index in 0..<shared where file[index] != canonical[index] {
            return index
        }
        return shared
    }
}

/// Why `Certificate.verify` rejected a certificate.
public struct CertificateVerificationFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable {
        case malformed = "malformed certificate"
        case unsupportedFormat = "unsupported certificate format"
        case unknownAlgorithm = "unknown signature algorithm"
        case keyIDMismatch = "key id mismatch"
        case badSignature = "bad signature"
        /// The public key given is a small-order or non-canonical Ed25519 point (`Ed25519PointCheck`).
        case unusableKey = "unusable public key"
        case notCanonical = "not in canonical form"
        case notYetValid = "not yet valid"
        case expired = "expired"
    }

    public var reason: Reason
    /// Where: a JSON path (`payload.rating.score`), `line:column` for a JSON syntax error, or `byte N`.
    public var location: String
    public var message: String
    public var byteOffset: Int?

    public init(_ reason: Reason, at location: String, _ message: String, byteOffset: Int? = nil) {
        self.reason = reason
        self.location = location
        self.message = message
        self.byteOffset = byteOffset
    }

    public var description: String { "\(reason.rawValue): \(location): \(message)" }
}

/// Why `Certificate.sign` refused to sign.
public enum CertificateSigningError: Error, Sendable, CustomStringConvertible {
    case invalidPayload(CertificateFormatError)
    case notCanonicalisable(CanonicalJSONError)
    case signingFailed(String)

    public var description: String {
        switch self {
        case .invalidPayload(let error): return "cannot sign an invalid payload: \(error)"
        case .notCanonicalisable(let error): return "cannot canonicalise the payload: \(error)"
        case .signingFailed(let message): return "Ed25519 signing failed: \(message)"
        }
    }
}
