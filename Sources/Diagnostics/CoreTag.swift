/// YAML tags Steward accepts: only the core schema's, and only where they agree with the value.
///
/// A tag changes how a value is typed (`!!str 4.2` is the string "4.2", not a number) and foreign tags
/// (`!!python/object`, `!!binary`, `!local`, `%TAG` prefixes) ask a loader to build something Steward never
/// builds. Ignoring them would silently read a different document from the one written, so they are errors.
enum CoreTag {
    enum Verdict: Equatable {
        /// No explicit tag (or the implicit `!!str` of a quoted scalar).
        case untagged
        /// `!!str`: read as a string even when it looks like a number.
        case string
        /// `!!int`, `!!float`, `!!bool` or `!!null` agreeing with the value: read as written.
        case typed
        case refused(String)
    }

    enum Collection: String {
        case map, seq
    }

    static let prefix = "tag:yaml.org,2002:"
    static let allowed = "!!str, !!int, !!float, !!bool, !!null, !!map and !!seq"

    /// `!!name` for core tags, the tag as written otherwise.
    static func shortName(_ tag: String) -> String {
        tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    static func check(_ tag: String, value: String, isPlain: Bool) -> Verdict {
        if tag.isEmpty { return .untagged }
        let name = tag.hasPrefix(prefix) ? String(tag.dropFirst(prefix.count)) : nil
        switch name {
        case "str":
            return .string
        case "int" where Int(value.replacingUnderscores) != nil,
             "float" where Double(value) != nil || [".inf", "-.inf", "+.inf", ".nan"].contains(value.lowercased()),
             "bool" where ["true", "false"].contains(value.lowercased()),
             "null" where ["", "~", "null"].contains(value.lowercased()):
            return .typed
        case "int", "float", "bool", "null":
            return .refused("YAML tag '\(shortName(tag))' does not match the value '\(value.prefix(40))'")
        default:
            return .refused("YAML tag '\(shortName(tag))' is not allowed: Steward reads only the core schema's tags (\(allowed))")
        }
    }

    /// An error when a mapping or list carries a tag other than its own core one.
    static func collectionProblem(_ tag: String, expected: Collection) -> String? {
        if tag.isEmpty || tag == prefix + expected.rawValue { return nil }
        return "YAML tag '\(shortName(tag))' is not allowed here: a \(expected == .map ? "mapping takes only !!map" : "list takes only !!seq")"
    }
}

private extension String {
    var replacingUnderscores: String { String(filter { $0 != "_" }) }
}
