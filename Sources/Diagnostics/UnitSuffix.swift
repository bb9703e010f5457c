/// Units named by key suffixes, the descriptor's convention for carrying units in names.
///
/// One table for both sides of a fact: the mission model names the unit of a declared value and the rule engine
/// the unit of a catalogued path from the same suffixes, so the two cannot drift apart. It lives in Diagnostics,
/// the lowest module both depend on.
public enum UnitSuffix {
    /// Suffix → unit symbol, longest suffixes first so `_m2` wins over `_m` and `_m_s` is not read as `_s`.
    /// Only suffixes the mission format, derived facts and ruleset assumptions use.
    public static let table: [(suffix: String, unit: String)] = [
        ("_km_per_day", "km/day"), ("_km_s", "km/s"), ("_m_s", "m/s"), ("_m2", "m²"), ("_km", "km"), ("_deg", "deg"),
        ("_kg", "kg"), ("_years", "years"), ("_hours", "h"), ("_min", "min"), ("_m", "m"), ("_s", "s"),
        ("_pc", "probability"), ("_sfu", "sfu"),
    ]

    /// The unit of the value at `path`, from the suffix of its last key (list indices ignored); nil when the
    /// name carries none.
    public static func unit(forPath path: String) -> String? {
        let key = lastKey(of: path)
        // The suffixes are ASCII, so a key ends with one exactly when its last bytes are the suffix's. Matching bytes,
        // not characters, saves grapheme breaking on every declared and catalogued fact; only a non-ASCII character
        // right before the suffix (which could join it, as a prepended mark would) is left to the character test.
        func match(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            for (index, tail) in suffixBytes.enumerated() where bytes.count > tail.count {
                let start = bytes.count - tail.count
                guard bytes[start...].elementsEqual(tail) else { continue }
                if bytes[start - 1] < 0x80 || (key.hasSuffix(table[index].suffix) && key.count > table[index].suffix.count) {
                    return table[index].unit
                }
            }
            return nil
        }
        if let found = key.utf8.withContiguousStorageIfAvailable(match) { return found }
        return Array(key.utf8).withUnsafeBufferPointer(match)
    }

    private static let suffixBytes: [[UInt8]] = table.map { Array($0.suffix.utf8) }

    /// The last non-empty dotted component of `path` up to its first `[` (leading `[`s skipped), or `path` when it
    /// has no such component. Called for every declared and catalogued fact, so it slices instead of splitting.
    static func lastKey(of path: String) -> Substring {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: ".") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return path[...] }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: ".") { start = utf8.index(before: start) }
        let component = start
        while start < end, utf8[start] == UInt8(ascii: "[") { start = utf8.index(after: start) }
        guard start < end else { return path[component..<end] }
        let bracket = utf8[start..<end].firstIndex(of: UInt8(ascii: "[")) ?? end
        return path[start..<bracket]
    }
}
