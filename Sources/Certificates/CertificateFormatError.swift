/// A problem with the structure or content of a certificate file, located by a JSON path such as
/// `payload.rating.score` (or by line:column when the file is not JSON at all).
public struct CertificateFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where: a JSON path (`payload.mission.id`) or `line:column`.
    public var location: String
    public var message: String
    /// True when the only problem is a `format` value this version does not read (a newer certificate,
    /// say), which deserves a different message from a broken file.
    public var isUnsupportedFormat: Bool

    public init(at location: String, _ message: String, isUnsupportedFormat: Bool = false) {
        self.location = location
        self.message = message
        self.isUnsupportedFormat = isUnsupportedFormat
    }

    public var description: String { "\(location): \(message)" }
}

/// Reads one JSON object member by member, failing with the member's path, and reporting members it was
/// not asked for — a certificate with a misspelt or extra member is rejected, not silently half-read.
struct StrictJSONObjectReader {
    let path: String
    private let members: [String: CanonicalJSON]
    private var expected: [String] = []

    init(_ value: CanonicalJSON, path: String) throws(CertificateFormatError) {
        guard let members = value.objectValue else {
            throw CertificateFormatError(at: path.isEmpty ? "(top level)" : path, "expected an object, found \(value.kindDescription)")
        }
        self.path = path
        self.members = members
    }

    private func childPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    private mutating func value(_ key: String) throws(CertificateFormatError) -> CanonicalJSON {
        expected.append(key)
        guard let value = members[key] else {
            throw CertificateFormatError(at: childPath(key), "missing member")
        }
        return value
    }

    mutating func string(_ key: String) throws(CertificateFormatError) -> String {
        let value = try value(key)
        guard let text = value.stringValue else {
            throw CertificateFormatError(at: childPath(key), "expected a string, found \(value.kindDescription)")
        }
        return text
    }

    mutating func nonEmptyString(_ key: String) throws(CertificateFormatError) -> String {
        let text = try string(key)
        guard !text.isEmpty else { throw CertificateFormatError(at: childPath(key), "must not be empty") }
        return text
    }

    mutating func lowercaseHex(_ key: String, digits: Int) throws(CertificateFormatError) -> String {
        let text = try string(key)
        guard text.utf8.count == digits, text.utf8.allSatisfy(Self.isLowercaseHexDigit) else {
            throw CertificateFormatError(at: childPath(key), "expected \(digits) lower-case hex digits, found \"\(text)\"")
        }
        return text
    }

    static func isLowercaseHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }

    mutating func unitInterval(_ key: String) throws(CertificateFormatError) -> Double {
        let value = try value(key)
        return try Self.unitInterval(value, at: childPath(key))
    }

    static func unitInterval(_ value: CanonicalJSON, at path: String) throws(CertificateFormatError) -> Double {
        guard let number = value.numberValue else {
            throw CertificateFormatError(at: path, "expected a number, found \(value.kindDescription)")
        }
        guard number >= 0 && number <= 1 else {
            throw CertificateFormatError(at: path, "expected a score between 0 and 1, found \(number)")
        }
        return number
    }

    mutating func count(_ key: String) throws(CertificateFormatError) -> Int {
        let value = try value(key)
        guard let number = value.numberValue, number >= 0, number <= 1_000_000, number == number.rounded() else {
            throw CertificateFormatError(at: childPath(key), "expected a whole number of at least 0")
        }
        return Int(number)
    }

    mutating func timestamp(_ key: String) throws(CertificateFormatError) -> CertificateTimestamp {
        let text = try string(key)
        guard let timestamp = CertificateTimestamp(iso8601: text) else {
            throw CertificateFormatError(at: childPath(key), "expected a UTC time written YYYY-MM-DDTHH:MM:SSZ, found \"\(text)\"")
        }
        return timestamp
    }

    mutating func object(_ key: String) throws(CertificateFormatError) -> StrictJSONObjectReader {
        try StrictJSONObjectReader(value(key), path: childPath(key))
    }

    mutating func stringMap(_ key: String) throws(CertificateFormatError) -> [String: String] {
        let value = try value(key)
        guard let members = value.objectValue else {
            throw CertificateFormatError(at: childPath(key), "expected an object, found \(value.kindDescription)")
        }
        var result: [String: String] = [:]
        for (name, member) in members {
            guard let text = member.stringValue else {
                throw CertificateFormatError(at: childPath(key) + "." + name, "expected a string, found \(member.kindDescription)")
            }
            result[name] = text
        }
        return result
    }

    mutating func scoreMap(_ key: String) throws(CertificateFormatError) -> [String: Double] {
        let value = try value(key)
        guard let members = value.objectValue else {
            throw CertificateFormatError(at: childPath(key), "expected an object, found \(value.kindDescription)")
        }
        var result: [String: Double] = [:]
        for (name, member) in members {
            result[name] = try Self.unitInterval(member, at: childPath(key) + "." + name)
        }
        return result
    }

    /// Whether the object has `key`, for the few members a later version added (absent in older files).
    func has(_ key: String) -> Bool { members[key] != nil }

    mutating func stringArray(_ key: String) throws(CertificateFormatError) -> [String] {
        let value = try value(key)
        guard let elements = value.arrayValue else {
            throw CertificateFormatError(at: childPath(key), "expected an array, found \(value.kindDescription)")
        }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            guard let text = element.stringValue else {
                throw CertificateFormatError(at: childPath(key) + "[\(index)]", "expected a string, found \(element.kindDescription)")
            }
            result.append(text)
        }
        return result
    }

    mutating func array(_ key: String) throws(CertificateFormatError) -> [CanonicalJSON] {
        let value = try value(key)
        guard let elements = value.arrayValue else {
            throw CertificateFormatError(at: childPath(key), "expected an array, found \(value.kindDescription)")
        }
        return elements
    }

    /// Fails if the object has members that were never read.
    func rejectUnexpectedMembers() throws(CertificateFormatError) {
        let unexpected = members.keys.filter { !expected.contains($0) }.sorted(by: CanonicalJSON.memberNamePrecedes)
        guard let first = unexpected.first else { return }
        let known = expected.joined(separator: ", ")
        throw CertificateFormatError(at: childPath(first), "unexpected member (this object has: \(known))")
    }
}
