import Certificates
import Crypto
import Foundation
import FuzzDriver

/// A fixed issuer key (RFC 8032 §7.1 TEST 1), so the harness exercises every check up to the signature.
private let issuer = try! Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](
    [0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
     0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60]))
private let now = Date(timeIntervalSince1970: 1_796_169_600)  // 2026-12-02

/// libFuzzer entry point: the bytes are a certificate file. Exercises the strict JSON parser, the payload
/// reader and `Certificate.verify`; and checks two properties, trapping (a finding) when they fail:
/// - canonical JSON: parsing the canonical bytes of a parsed value gives the same value, and printing is
///   idempotent (print ∘ parse ∘ print = print);
/// - a payload that parses re-signs and verifies (sign ∘ parse round-trips).
@main
enum FuzzCertificateMain {
    static func main() { runFuzzer(fuzzCertificate) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCertificate(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzBytes(start, count)
    let bytes = Array(input)
    _ = try? Certificate.verify(bytes, publicKey: issuer.publicKey, now: now)

    let parser = CanonicalJSONParser()
    guard let value = try? parser.parse(bytes), let printed = try? value.canonicalBytes() else { return 0 }
    guard let reparsed = try? parser.parse(printed) else { fatalError("canonical bytes do not parse again") }
    precondition(reparsed == value, "parse ∘ print is not the identity")
    precondition((try? reparsed.canonicalBytes()) == printed, "print is not idempotent")

    if let payloadJSON = value.objectValue?["payload"], let payload = try? CertificatePayload(json: payloadJSON),
       let signed = try? Certificate.sign(payload, with: issuer) {
        precondition((try? Certificate.verify(signed, publicKey: issuer.publicKey, now: payload.issuedAt.date)) != nil,
                     "a certificate signed from a parsed payload does not verify")
    }
    return 0
}
