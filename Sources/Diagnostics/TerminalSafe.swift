import Foundation

/// Makes text from an input file safe to write to a terminal or CI log.
///
/// A descriptor or ruleset may carry ESC (`\e[2J` clears the screen), CR (overwrites the line), NUL, or bidi
/// overrides (U+202E reverses what follows) in names, titles, values and keys. Every human-facing diagnostic
/// passes user text through ``escape(_:)``, which writes such characters as visible escapes (`\u{1B}`);
/// JSON outputs keep the exact text instead, since their readers escape it themselves.
public enum TerminalSafe {
    /// Whether `scalar` must not reach a terminal as is: C0 controls other than tab and line feed, DEL, C1
    /// controls, the line/paragraph separators, and the bidi embedding, override and isolate controls.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x061C, 0x200E, 0x200F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `escape` of a `String`: the text itself when nothing needs escaping, checked without the generic
    /// indirection other modules would pay for every line of a report.
    public static func escape(_ text: String) -> String {
        let safe = text.utf8.withContiguousStorageIfAvailable { !containsUnsafe(utf8: $0) } ?? false
        return safe ? text : escape(Substring(text))
    }

    /// `text` with every unsafe scalar written as `\u{XX}` (hexadecimal, at least two digits); other text unchanged.
    public static func escape<S: StringProtocol>(_ text: S) -> String {
        guard containsUnsafe(text) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(hex.count < 2 ? "0" + hex : hex)}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether any scalar of `text` is unsafe (`isUnsafe`). Reads the UTF-8 bytes where the string has them in one
    /// piece, so that the common case — text with nothing to escape — decodes no scalar: every report line passes
    /// through here.
    public static func containsUnsafe<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(containsUnsafe(utf8:))
            ?? text.unicodeScalars.contains(where: isUnsafe)
    }

    /// `containsUnsafe` on valid UTF-8. Every unsafe scalar is ASCII or starts with one of three lead bytes:
    /// C1 controls are C2 80–C2 9F, U+061C is D8 9C, and the U+20xx separators and bidi controls are E2 80 xx or
    /// E2 81 xx. A lead byte is never a continuation byte, so the scan may step one byte at a time.
    public static func containsUnsafe(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            if index + 8 <= count {
                let word = ASCIIWord.load(utf8, at: index)
                if ASCIIWord.isASCII(word), !ASCIIWord.containsByte(below: 0x20, in: word), !ASCIIWord.contains(word, 0x7F) {
                    index += 8
                    continue
                }
            }
            let byte = utf8[index]
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { return true }
            } else if byte == 0xC2 {
                if index + 1 < count, utf8[index + 1] <= 0x9F { return true }  // U+0080–U+009F
            } else if byte == 0xD8 {
                if index + 1 < count, utf8[index + 1] == 0x9C { return true }  // U+061C
            } else if byte == 0xE2, index + 2 < count {
                let second = utf8[index + 1], third = utf8[index + 2]
                // U+200E, U+200F, U+2028–U+202E; U+2066–U+2069.
                if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) { return true }
                if second == 0x81, (0xA6...0xA9).contains(third) { return true }
            }
            index += 1
        }
        return false
    }

    /// Like ``escape(_:)``, but also writes line feeds and tabs as `\n` and `\t`: for text that must stay on
    /// one line (a quoted value inside a message).
    public static func escapeLine<S: StringProtocol>(_ text: S) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }
}
