import PropertyBased
import Testing
@testable import Certificates

/// Property tests (x-sheep/swift-property-based) of canonical JSON over generated values: printing then
/// parsing gives the value back (parse ∘ print = id), and printing what was parsed gives the same bytes
/// (print ∘ parse ∘ print = print), for nested objects and arrays, strings with controls, quotes, escapes,
/// astral-plane and right-to-left characters, and numbers across the whole range of a double.
@Suite("Canonical JSON round trip (property-based)")
struct CanonicalJSONPropertyTests {
    /// Scalars that exercise the string writer: ASCII, controls, quotes and backslash, Latin, RTL, bidi
    /// controls, U+2028, the last BMP scalars, and astral ones (surrogate pairs in UTF-16 terms).
    static let interestingScalars: [Unicode.Scalar] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1B}",
        "\u{1F}", "\u{7F}", "\u{80}", "\u{9B}", "é", "ß", "ש", "ع", "\u{202E}", "\u{2028}", "\u{2029}", "\u{FEFF}",
        "\u{FFFD}", "\u{FFFF}", "😀", "\u{10FFFF}", "\u{E000}",
    ]

    /// Reads a value from a tape of integers (the generator's input, which it shrinks): the first number
    /// picks the kind, the following ones fill it.
    struct Reader {
        let tape: [UInt64]
        var position = 0

        mutating func next() -> UInt64? {
            guard position < tape.count else { return nil }
            defer { position += 1 }
            return tape[position]
        }

        mutating func value(depth: Int) -> CanonicalJSON {
            guard let code = next() else { return .null }
            switch code % (depth >= 5 ? 5 : 7) {
            case 0: return .null
            case 1: return .bool(code & 8 != 0)
            case 2: return .number(number())
            case 3, 4: return .string(string())
            case 5:
                let count = Int((next() ?? 0) % 5)
                return .array((0..<count).map { _ in value(depth: depth + 1) })
            default:
                let count = Int((next() ?? 0) % 5)
                var members: [String: CanonicalJSON] = [:]
                for _ in 0..<count { members[string()] = value(depth: depth + 1) }
                return .object(members)
            }
        }

        mutating func number() -> Double {
            let bits = next() ?? 0
            switch bits % 6 {
            case 0: return Double(Int64(truncatingIfNeeded: bits) >> 40)  // integers, negative too
            case 1: return Double(bits >> 11) / Double(1 << 20)  // short binary fractions
            case 2: return [0.1, 1e21, 1e-7, 1e-6, 1e20, 123e-20, 5e-324, 1.7976931348623157e308, -0.0, 2.2250738585072014e-308][Int(bits >> 3 % 10) % 10]
            default:
                let value = Double(bitPattern: bits)
                return value.isFinite ? value : Double(bits >> 12)
            }
        }

        mutating func string() -> String {
            let count = Int((next() ?? 0) % 7)
            var text = ""
            for _ in 0..<count {
                let pick = next() ?? 0
                if pick % 4 == 0, let scalar = Unicode.Scalar(UInt32(pick >> 8 % 0x110000)) {
                    text.unicodeScalars.append(scalar)  // anything valid (surrogate code points are not scalars)
                } else {
                    text.unicodeScalars.append(CanonicalJSONPropertyTests.interestingScalars[Int(pick >> 2) % CanonicalJSONPropertyTests.interestingScalars.count])
                }
            }
            return text
        }
    }

    static let tape = Gen.uint64().array(of: 1...60)

    @Test("parse ∘ print = id, and print ∘ parse ∘ print = print")
    func roundTrip() async throws {
        await propertyCheck(count: 400, input: Self.tape) { tape in
            var reader = Reader(tape: tape)
            let value = reader.value(depth: 0)
            guard let printed = try? value.canonicalBytes() else {
                Issue.record("a finite value did not print: \(value)")
                return
            }
            let parsed = try CanonicalJSONParser().parse(printed)
            #expect(parsed == value, "\(String(decoding: printed, as: UTF8.self))")
            #expect(try parsed.canonicalBytes() == printed)
            // Numbers compare by value, and -0 == 0; the bytes must agree on the sign too.
            if case .number(let number) = value, case .number(let back) = parsed {
                #expect(number.sign == back.sign || number == 0)
            }
        }
    }

    @Test("printing is idempotent through the parser also for objects built member by member from the same pairs in any order")
    func memberOrder() async throws {
        await propertyCheck(count: 200, input: Self.tape) { tape in
            var reader = Reader(tape: tape)
            var pairs: [(String, CanonicalJSON)] = []
            for _ in 0..<4 { pairs.append((reader.string(), reader.value(depth: 3))) }
            let forward = CanonicalJSON.object(Dictionary(pairs, uniquingKeysWith: { first, _ in first }))
            let backward = CanonicalJSON.object(Dictionary(pairs.reversed(), uniquingKeysWith: { _, last in last }))
            let a = try forward.canonicalBytes(), b = try backward.canonicalBytes()
            #expect(a == b)
            #expect(try CanonicalJSONParser().parse(a).canonicalBytes() == a)
        }
    }
}
