/// Refuses Ed25519 point encodings that must never be a public key (or a signature's R).
///
/// swift-crypto's `Curve25519.Signing.PublicKey(rawRepresentation:)` checks only that there are 32 bytes,
/// and its verifier (BoringSSL's `ED25519_verify`) accepts any point it can decode. A key of small order
/// breaks the scheme: with the identity `01 00…00` as public key, the signature R = identity, S = 0 verifies
/// for every message, so a published issuer key of that shape lets anyone issue certificates in its name
/// (and lets the issuer deny any of them). The same holds, with a few tries, for the other seven torsion
/// points. A non-canonical encoding (y ≥ p) names the same point as a canonical one under another key id.
///
/// Rules (the checks libsodium applies in `crypto_sign_verify_detached` and `crypto_core_ed25519_is_valid_point`):
/// - **canonical**: y, the low 255 bits read little-endian, must be below p = 2²⁵⁵ − 19 (RFC 8032 §5.1.3,
///   decoding step 1), and the sign bit must be clear when x = 0, i.e. for y = 1 and y = p − 1 (step 4:
///   "if x = 0 and x_0 = 1, decoding fails");
/// - **not small order**: y must not be the y-coordinate of one of the 8 points of order 1, 2, 4 or 8
///   (the torsion subgroup). Comparing y with the sign bit cleared covers both signs of each point.
///
/// Sources of the small-order list: libsodium's blocklist in `ge25519_has_small_order()`
/// (src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c, jedisct1/libsodium); K. Chalkias, F. Garillot,
/// V. Nikolaenko, "Taming the many EdDSAs", SSR 2020 (IACR ePrint 2020/1244), which lists the 8 canonical
/// small-order encodings; the orders were recomputed for this project with the RFC 8032 curve constants.
/// An encoding that passes but is not on the curve at all needs no check here: it never verifies.
public enum Ed25519PointCheck {
    /// Why `encoding` is refused, or nil when it may be used. Always nil-or-reason, never a crash: any
    /// byte count other than 32 is a reason too.
    public static func problem(with encoding: [UInt8]) -> String? {
        guard encoding.count == 32 else { return "expected 32 bytes, found \(encoding.count)" }
        var y = encoding
        y[31] &= 0x7F
        let signBit = encoding[31] & 0x80 != 0
        if !isBelowP(y) {
            return "not a canonical Ed25519 encoding: its y coordinate is at least p = 2^255 - 19 (RFC 8032 §5.1.3)"
        }
        if signBit && (y == one || y == pMinusOne) {
            return "not a canonical Ed25519 encoding: x = 0 with the sign bit set (RFC 8032 §5.1.3)"
        }
        if smallOrderY.contains(y) {
            return "a small-order Ed25519 point (one of the 8 torsion points); with such a key anyone can forge a signature"
        }
        return nil
    }

    /// Little-endian y coordinates of the 8 small-order points (the sign bit, bit 255, cleared):
    /// y = 0 (order 4, x = ±√−1), y = 1 (the identity, order 1), y = p − 1 (order 2), and the two y values
    /// of the four points of order 8.
    static let smallOrderY: [[UInt8]] = [
        [UInt8](repeating: 0, count: 32),
        one,
        pMinusOne,
        hex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    ]

    static let one: [UInt8] = [1] + [UInt8](repeating: 0, count: 31)
    /// p − 1 = 2²⁵⁵ − 20, little-endian.
    static let pMinusOne: [UInt8] = [0xEC] + [UInt8](repeating: 0xFF, count: 30) + [0x7F]
    /// p = 2²⁵⁵ − 19, little-endian.
    static let p: [UInt8] = [0xED] + [UInt8](repeating: 0xFF, count: 30) + [0x7F]

    /// Whether the little-endian 256-bit number `value` is below p, comparing from the most significant byte.
    private static func isBelowP(_ value: [UInt8]) -> Bool {
        for index in stride(from: 31, through: 0, by: -1) where value[index] != p[index] {
            return value[index] < p[index]
        }
        return false
    }

    private static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }
}
