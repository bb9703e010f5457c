import Diagnostics

/// Column counting for the text report (its widths, cuts and wrapping), on UTF-8 bytes.
///
/// The text report measures lines by `Character` (one column each, ANSI colour sequences `ESC … m` taking none),
/// which walks grapheme-cluster boundaries: it was most of the cost of rendering a rating. Almost every report line
/// is made only of scalars that are each a `Character` of their own — ASCII apart from CR, the Latin letters below
/// the combining marks at U+0300, Greek (`Σ`, `Δt` in model names) and Cyrillic apart from its combining marks (U+0483–U+0489), and
/// the punctuation, arrows, mathematical operators, box drawing, shapes and symbols of U+2010–U+2BFF that the report
/// draws with (`—`, `≥`, `×`, `█`, `★`, `✓`) — since none of those scalars can join its neighbours into one cluster
/// (Unicode UAX #29: they are neither Extend, ZWJ, SpacingMark, Prepend, Regional_Indicator nor Hangul, and CR LF is
/// the one pair of controls that joins). For such text a column is a scalar, counted from the bytes that start one.
/// Any other scalar sends the whole text to the `Character` path, so the result is the same for every input
/// (`TextColumnsTests` compares both paths).
enum TextColumns {
    /// Whether `scalar` is always a `Character` on its own (see above); conservative: false is always safe.
    static func isStandalone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: return false
        case 0...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205F, 0x2070...0x20CF, 0x2100...0x2BFF:
            return true
        default: return false
        }
    }

    /// Columns of `utf8` as `TextReporter.visibleWidth` counts them (escape sequences `ESC … m` take none), or
    /// nil when a scalar might join another into one `Character` (then only the `Character` path is right).
    static func width(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var inEscape = false
        var index = 0
        let end = utf8.count
        while index < end {
            if !inEscape, index + 8 <= end {
                // Eight ASCII characters at once, unless one of them is ESC or CR.
                let word = ASCIIWord.load(utf8, at: index)
                if ASCIIWord.isASCII(word), !ASCIIWord.contains(word, 0x1B), !ASCIIWord.contains(word, 0x0D) {
                    count += 8
                    index += 8
                    continue
                }
            }
            let byte = utf8[index]
            if byte < 0x80 {
                if byte == 0x0D { return nil }
                if inEscape {
                    if byte == UInt8(ascii: "m") { inEscape = false }
                } else if byte == 0x1B {
                    inEscape = true
                } else {
                    count += 1
                }
                index += 1
            } else {
                guard let length = standaloneLength(utf8, at: index) else { return nil }
                if !inEscape { count += 1 }
                index += length
            }
        }
        return count
    }

    /// `width` of bytes already known to be standalone (a word of a line `width` accepted).
    static func columns(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inEscape = false
        for byte in utf8 where byte & 0xC0 != 0x80 {
            if inEscape {
                if byte == UInt8(ascii: "m") { inEscape = false }
            } else if byte == 0x1B {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// Whether every scalar of `utf8` is a `Character` of its own.
    static func isStandalone(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let end = utf8.count
        while index < end {
            if index + 8 <= end {
                let word = ASCIIWord.load(utf8, at: index)
                if ASCIIWord.isASCII(word), !ASCIIWord.contains(word, 0x0D) {
                    index += 8
                    continue
                }
            }
            let byte = utf8[index]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                index += 1
            } else {
                guard let length = standaloneLength(utf8, at: index) else { return false }
                index += length
            }
        }
        return true
    }

    /// The length of the scalar whose lead byte (≥ 0x80) is at `index`, if that scalar stands alone.
    private static func standaloneLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = utf8[index]
        let length = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
        guard index + length <= utf8.count else { return nil }
        var value = UInt32(byte) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return isStandalone(value) ? length : nil
    }

    /// Characters of `text`: `text.count`, counted from the bytes when every scalar stands alone.
    static func count(_ text: String) -> Int {
        let fast = text.utf8.withContiguousStorageIfAvailable { utf8 -> Int? in
            isStandalone(utf8) ? utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } : nil
        }
        if case let count?? = fast { return count }
        return text.count
    }

    /// `text` if it has at most `width` characters, else its first `width − 1` and "…" (`TextReporter.truncate`).
    static func truncate(_ text: String, _ width: Int) -> String {
        // At most `width` bytes is at most `width` characters.
        if text.utf8.count <= width { return text }
        let fast = text.utf8.withContiguousStorageIfAvailable { utf8 -> String? in
            guard isStandalone(utf8) else { return nil }
            var scalars = 0
            var end = utf8.count  // where the scalars after the first `width − 1` start
            for (index, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
                if scalars == width - 1 { end = index }
                scalars += 1
            }
            if scalars <= width { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<end]), as: UTF8.self) + "…"
        }
        if case let cut?? = fast { return cut }
        return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
