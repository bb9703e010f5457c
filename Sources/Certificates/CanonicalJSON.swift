/// A JSON value that serialises to exactly one byte sequence: the canonical form of RFC 8785, the JSON
/// Canonicalization Scheme (JCS).
///
/// Certificates are signed over bytes, but people and tools pass them around as JSON. Canonical JSON makes
/// "the same JSON value" mean "the same bytes", so a verifier can re-serialise what it parsed and check the
/// signature without trusting the writer's formatting. The rules (RFC 8785 §3.2):
///
/// - no insignificant whitespace;
/// - object members sorted by their names compared as arrays of UTF-16 code units (§3.2.3);
/// - strings escaped as ECMAScript's `JSON.stringify` does: `\"`, `\\`, `\b \f \n \r \t`, other controls
///   below U+0020 as `\u00xx` in lower-case hex, everything else as literal UTF-8 (§3.2.2.2);
/// - numbers as ECMAScript's `Number.prototype.toString` (shortest round-trip digits, exponent form below
///   1e-6 and from 1e21 upward, `-0` written `0`) (§3.2.2.3); NaN and infinities have no form and are errors;
/// - UTF-8 output (§3.2.4).
///
/// Numbers are IEEE 754 doubles, as I-JSON (RFC 7493) requires: integers beyond ±2^53 lose precision.
public enum CanonicalJSON: Sendable, Hashable {
    case object([String: CanonicalJSON])
    case array([CanonicalJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// The canonical UTF-8 bytes of this value.
    ///
    /// Throws only for a number that is NaN or infinite, naming where in the value it sits.
    public func canonicalBytes() throws(CanonicalJSONError) -> [UInt8] {
        var output: [UInt8] = []
        try Self.write(self, path: "$", into: &output)
        return output
    }

    /// The canonical form as a `String` (the same bytes as `canonicalBytes()`, decoded as UTF-8).
    public func canonicalString() throws(CanonicalJSONError) -> String {
        String(decoding: try canonicalBytes(), as: UTF8.self)
    }

    /// The order RFC 8785 §3.2.3 prescribes for member names: by UTF-16 code units, not by scalars or
    /// by Swift's `String` comparison (which follows Unicode canonical equivalence).
    public static func memberNamePrecedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
    }

    private static func write(_ value: CanonicalJSON, path: String, into output: inout [UInt8]) throws(CanonicalJSONError) {
        switch value {
        case .null:
            output.append(contentsOf: Array("null".utf8))
        case .bool(let flag):
            output.append(contentsOf: Array((flag ? "true" : "false").utf8))
        case .number(let number):
            guard let text = ECMAScriptNumberFormatter.string(for: number) else {
                throw CanonicalJSONError(.nonFiniteNumber, "\(path) is \(number), which JSON cannot represent")
            }
            output.append(contentsOf: Array(text.utf8))
        case .string(let string):
            writeString(string, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try write(element, path: "\(path)[\(index)]", into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, name) in members.keys.sorted(by: memberNamePrecedes).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(name, into: &output)
                output.append(UInt8(ascii: ":"))
                // The key came from `members.keys`, so the lookup cannot fail; `.null` only satisfies the type.
                try write(members[name] ?? .null, path: "\(path).\(name)", into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])  // \"
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])  // \\
            case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let code = Int(scalar.value)
                output.append(contentsOf: Array("\\u00".utf8))
                output.append(hexDigits[code >> 4])
                output.append(hexDigits[code & 0xF])
            default:
                output.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension CanonicalJSON {
    /// The members if this is an object.
    public var objectValue: [String: CanonicalJSON]? {
        if case .object(let members) = self { return members } else { return nil }
    }

    /// The elements if this is an array.
    public var arrayValue: [CanonicalJSON]? {
        if case .array(let elements) = self { return elements } else { return nil }
    }

    /// The text if this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text } else { return nil }
    }

    /// The number if this is a number.
    public var numberValue: Double? {
        if case .number(let number) = self { return number } else { return nil }
    }

    /// A short noun for messages: "an object", "a string", …
    public var kindDescription: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}
