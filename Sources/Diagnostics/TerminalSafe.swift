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

    /// `text` with every unsafe scalar written as `\u{XX}` (hexadecimal, at least two digits); other text unchanged.
    public static func escape<S: StringProtocol>(_ text: S) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return String(text) }
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

    /// Like ``escape(_:)``, but also writes line feeds and tabs as `\n` and `\t`: for text that must stay on
    /// one line (a quoted value inside a message).
    public static func escapeLine<S: StringProtocol>(_ text: S) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }
}
