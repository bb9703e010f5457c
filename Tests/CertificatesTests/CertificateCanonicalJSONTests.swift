import Foundation
import Testing
@testable import Certificates
import StewardTestSupport

@Suite("Canonical JSON (RFC 8785)")
struct CertificateCanonicalJSONTests {
    static func double(fromHex hex: String) -> Double {
        Double(bitPattern: UInt64(hex, radix: 16) ?? 0)
    }

    /// RFC 8785 Appendix B, "Number Serialization Samples": IEEE 754 bit patterns and the ECMAScript
    /// strings they must serialise to. (Each value was also confirmed with Node.js v20.20.2 `JSON.stringify`.)
    static let rfc8785AppendixB: [(String, String)] = [
        ("0000000000000000", "0"),
        ("8000000000000000", "0"),
        ("0000000000000001", "5e-324"),
        ("8000000000000001", "-5e-324"),
        ("7fefffffffffffff", "1.7976931348623157e+308"),
        ("ffefffffffffffff", "-1.7976931348623157e+308"),
        ("4340000000000000", "9007199254740992"),
        ("c340000000000000", "-9007199254740992"),
        ("4430000000000000", "295147905179352830000"),
        ("44b52d02c7e14af5", "9.999999999999997e+22"),
        ("44b52d02c7e14af6", "1e+23"),
        ("44b52d02c7e14af7", "1.0000000000000001e+23"),
        ("444b1ae4d6e2ef4e", "999999999999999700000"),
        ("444b1ae4d6e2ef4f", "999999999999999900000"),
        ("444b1ae4d6e2ef50", "1e+21"),
        ("3eb0c6f7a0b5ed8c", "9.999999999999997e-7"),
        ("3eb0c6f7a0b5ed8d", "0.000001"),
        ("41b3de4355555553", "333333333.3333332"),
        ("41b3de4355555554", "333333333.33333325"),
        ("41b3de4355555555", "333333333.3333333"),
        ("41b3de4355555556", "333333333.3333334"),
        ("41b3de4355555557", "333333333.33333343"),
        ("becbf647612f3696", "-0.0000033333333333333333"),
        ("43143ff3c1cb0959", "1424953923781206.2"),
    ]

    @Test("RFC 8785 Appendix B number samples", arguments: rfc8785AppendixB)
    func appendixBNumbers(hex: String, expected: String) {
        #expect(ECMAScriptNumberFormatter.string(for: Self.double(fromHex: hex)) == expected)
    }

    /// Pseudo-random bit patterns and values near the exponent-form thresholds (1e-7, 1e21), with the
    /// strings Node.js v20.20.2 (V8) `JSON.stringify` produced for them — an independent implementation
    /// of ECMA-262 Number::toString. Generated with a 64-bit LCG seeded 12345; see the commit message.
    static let nodeOracle: [(String, String)] = [
        ("1c0d57f10c894254", "1.4830122828920016e-173"),
        ("43f04a6ece53d613", "18781959765316678000"),
        ("e2b8410510668fa6", "-3.575532127436644e+167"),
        ("d5f2e30a9e501b7d", "-1.0829258728928171e+106"),
        ("8f7b1bac9609eaf7", "-4.262874002980358e-234"),
        ("302bd02b522a861b", "1.2009957333271821e-76"),
        ("fd70522e931f790e", "-1.6677967842578716e+296"),
        ("29616ccb5e0010f0", "2.318589285015657e-109"),
        ("5fe48bdeead11f23", "8.60880578948587e+153"),
        ("5cd158ba16a76b0d", "1.29107691235244e+139"),
        ("07727df42b81c598", "8.54570675525937e-273"),
        ("38c4ac26c846fc8a", "3.1104470921459883e-35"),
        ("3e2ee71828a13642", "3.597549207352378e-9"),
        ("3e6ba425a0e1ef9f", "5.148574554276337e-8"),
        ("3e853f32f0b749ae", "1.5830152509542473e-7"),
        ("3ee29dcb4de20deb", "0.000008876983369049892"),
        ("42c9ba4b2214fe97", "56575830272509.18"),
        ("433e4b1eacad65f5", "8526844419466741"),
        ("43f4701c329e0d1e", "23563329310012070000"),
        ("444676392ae5ccbf", "828694513916458200000"),
        ("447d2e9071e01d37", "8.612974161077516e+21"),
    ]

    @Test("agrees with an ECMAScript engine on other values", arguments: nodeOracle)
    func nodeOracleNumbers(hex: String, expected: String) {
        #expect(ECMAScriptNumberFormatter.string(for: Self.double(fromHex: hex)) == expected)
    }

    @Test("simple numbers and the thresholds of exponent form")
    func simpleNumbers() {
        let cases: [(Double, String)] = [
            (1, "1"), (-1, "-1"), (0.5, "0.5"), (100, "100"), (0.1, "0.1"), (0.78, "0.78"), (1e20, "100000000000000000000"),
            (1e21, "1e+21"), (1.5e21, "1.5e+21"), (1e-6, "0.000001"), (1e-7, "1e-7"), (1.25e-7, "1.25e-7"), (123e-20, "1.23e-18"),
        ]
        for (value, expected) in cases {
            #expect(ECMAScriptNumberFormatter.string(for: value) == expected, "\(value)")
        }
        #expect(ECMAScriptNumberFormatter.string(for: .nan) == nil)
        #expect(ECMAScriptNumberFormatter.string(for: .infinity) == nil)
        #expect(ECMAScriptNumberFormatter.string(for: -.infinity) == nil)
    }

    @Test("every formatted number reads back to the same double")
    func roundTrip() {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            guard let text = ECMAScriptNumberFormatter.string(for: value) else {
                Issue.record("no text for \(value)")
                continue
            }
            #expect(Double(text) == value || (value == 0 && Double(text) == 0), "\(value) -> \(text)")
        }
    }

    /// RFC 8785 §3.2.2 example: the input and its canonical form (the RFC shows the output; its hex dump
    /// in §3.2.4 confirms the bytes).
    @Test("RFC 8785 §3.2.2 example")
    func rfcSerializationExample() throws {
        let input = #"""
        {
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }
        """#
        let expected = #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        let value = try CanonicalJSONParser().parse(input)
        #expect(try value.canonicalString() == expected)
    }

    /// RFC 8785 §3.2.3 sorting example: members sorted by UTF-16 code units, so U+1F600 (a surrogate
    /// pair starting 0xD83D) sorts before U+FB33.
    @Test("RFC 8785 §3.2.3 property sorting example")
    func rfcSortingExample() throws {
        let input = #"""
        {
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "\u0080": "Control",
          "\u00f6": "Latin Small Letter O With Diaeresis"
        }
        """#
        let canonical = try CanonicalJSONParser().parse(input).canonicalString()
        let order = ["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign",
                     "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"]
        var searchStart = canonical.startIndex
        for name in order {
            let range = try #require(canonical.range(of: "\"\(name)\"", range: searchStart..<canonical.endIndex), "\(name) out of order")
            searchStart = range.upperBound
        }
        #expect(canonical.hasPrefix(#"{"\r":"Carriage Return","1":"One","\#u{80}":"Control""#))
    }

    @Test("string escaping follows ECMAScript JSON.stringify")
    func stringEscapes() throws {
        let value = CanonicalJSON.string("a\"b\\c\u{08}\u{0C}\n\r\t\u{01}\u{1F}\u{7F}/é\u{2028}😀")
        #expect(try value.canonicalString() == "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\u{7F}/é\u{2028}😀\"")
    }

    @Test("non-finite numbers cannot be canonicalised, and the error says where")
    func nonFinite() {
        let value = CanonicalJSON.object(["a": .array([.number(1), .number(.nan)])])
        #expect {
            try value.canonicalBytes()
        } throws: { error in
            guard let error = error as? CanonicalJSONError else { return false }
            return error.kind == .nonFiniteNumber && error.message.contains("$.a[1]")
        }
    }

    @Test("parse, canonicalise and parse again gives the same value and the same bytes")
    func parseRoundTrip() throws {
        let text = #"{ "z": [1, 2.50, -0.0, {"b": false, "a": null}], "a": "x\u0000y", "m": {"": 1e-7} }"#
        let first = try CanonicalJSONParser().parse(text)
        let bytes = try first.canonicalBytes()
        let second = try CanonicalJSONParser().parse(bytes)
        #expect(first == second)
        #expect(try second.canonicalBytes() == bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"a":"x\u0000y","m":{"":1e-7},"z":[1,2.5,0,{"a":null,"b":false}]}"#)
    }

    static let rejected: [(String, CanonicalJSONError.Kind)] = [
        ("", .unexpectedEndOfInput),
        ("{", .unexpectedEndOfInput),
        (#"{"a":1,"a":2}"#, .duplicateMemberName),
        (#"{"a":1,"\u0061":2}"#, .duplicateMemberName),
        ("[1,]", .unexpectedCharacter),
        ("{} {}", .trailingContent),
        ("[1] x", .trailingContent),
        ("1e400", .nonFiniteNumber),
        ("-1e400", .nonFiniteNumber),
        ("NaN", .unexpectedCharacter),
        ("Infinity", .unexpectedCharacter),
        ("01", .invalidNumber),
        ("1.", .invalidNumber),
        ("1e", .invalidNumber),
        ("-", .invalidNumber),
        ("+1", .unexpectedCharacter),
        (#""\ud800""#, .loneSurrogate),
        (#""\udc00""#, .loneSurrogate),
        (#""\ud800\u0041""#, .loneSurrogate),
        (#""\x""#, .invalidEscape),
        (#""\u12G4""#, .invalidEscape),
        ("\"a\u{01}b\"", .invalidString),
        ("\"tab\there\"", .invalidString),
        ("\"open", .unexpectedEndOfInput),
        ("tru", .unexpectedEndOfInput),
        ("nul", .unexpectedEndOfInput),
        ("{'a':1}", .unexpectedCharacter),
        ("{\"a\" 1}", .unexpectedCharacter),
        ("\u{FEFF}{}", .invalidEncoding),
    ]

    @Test("strict parser rejects malformed and ambiguous input", arguments: rejected)
    func rejects(text: String, kind: CanonicalJSONError.Kind) {
        #expect {
            try CanonicalJSONParser().parse(text)
        } throws: { error in
            (error as? CanonicalJSONError)?.kind == kind
        }
    }

    @Test("invalid UTF-8 inside a string is rejected")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
        #expect(throws: CanonicalJSONError.self) { try CanonicalJSONParser().parse(bytes) }
    }

    @Test("nesting depth and size limits")
    func limits() throws {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect {
            try CanonicalJSONParser().parse(deep)
        } throws: { ($0 as? CanonicalJSONError)?.kind == .nestingTooDeep }
        let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        _ = try CanonicalJSONParser().parse(fine)
        #expect {
            try CanonicalJSONParser(maxBytes: 4).parse("[1,2]")
        } throws: { ($0 as? CanonicalJSONError)?.kind == .inputTooLarge }
    }

    @Test("errors carry line and column")
    func errorLocation() {
        do {
            _ = try CanonicalJSONParser().parse("{\n  \"a\": 1,\n  \"a\": 2\n}")
            Issue.record("duplicate accepted")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 3)
            #expect(error.byteOffset == 14)
        }
    }

    struct Sample: Codable, Equatable {
        var zeta: String
        var alpha: [Double]
        var nested: [String: Int]
    }

    @Test("building from Encodable and decoding back")
    func encodable() throws {
        let sample = Sample(zeta: "ü\n", alpha: [0.1, 1e21, 3], nested: ["b": 2, "a": 1])
        let value = try CanonicalJSON(encoding: sample)
        #expect(try value.canonicalString() == #"{"alpha":[0.1,1e+21,3],"nested":{"a":1,"b":2},"zeta":"ü\n"}"#)
        #expect(try value.decode(Sample.self) == sample)
    }
}
