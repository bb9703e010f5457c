/// Makes text from descriptors and rulesets safe to show to a person: control and bidirectional-formatting
/// characters become visible escapes instead of reaching a terminal, a CI log or a browser raw.
///
/// A mission name such as `"\e[2J"` would clear the screen of whoever runs `steward rate`; a carriage return
/// would overwrite the start of a line with other text; `U+202E` (right-to-left override) would make
/// `rating.tier: none` display as something else. Every human-facing writer (text, Markdown, GitHub
/// workflow commands, HTML/XML, `rules doc`, `facts`, the command-line summaries) passes user text through
/// `visible(_:)`, directly or through `MarkdownEscaping`, `WorkflowCommandEscaping` or `MarkupEscaping`.
/// JSON output does not: `JSONEncoder` escapes controls itself and JSON must keep the exact string.
///
/// The one form: each such scalar is written as Swift's escape `\u{HEX}`, upper-case hex without leading
/// zeros (`ESC` → `\u{1B}`, `U+202E` → `\u{202E}`). The result is ASCII-printable where the input was
/// unsafe, so escaping twice gives the same text as escaping once. It is a display form, not a reversible
/// encoding: a name that literally contains the six characters `\u{1B}` shows the same way — the JSON report
/// has the exact value.
public enum TextEscaping {
    /// `raw` with every unsafe scalar (see `isUnsafe`) written as `\u{HEX}`; tab and line feed are kept,
    /// because the writers lay text out with them and each writer decides what a line break means for it.
    public static func visible(_ raw: String) -> String {
        guard raw.unicodeScalars.contains(where: isUnsafe) else { return raw }
        var output = ""
        output.reserveCapacity(raw.utf8.count + 16)
        for scalar in raw.unicodeScalars {
            if isUnsafe(scalar) {
                output += escape(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// `\u{HEX}` for one scalar, whatever it is.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Whether a scalar must not be shown raw:
    /// - C0 controls (U+0000–U+001F) except tab and line feed — `ESC` starts terminal escape sequences
    ///   (ECMA-48), `CR` returns to the start of the line, `NUL` truncates in C consumers, `BS` erases;
    /// - `DEL` (U+007F) and the C1 controls (U+0080–U+009F), which include the 8-bit `CSI` (U+009B) some
    ///   terminals honour;
    /// - the bidirectional formatting characters of Unicode Standard Annex #9 §2: embeddings and overrides
    ///   U+202A–U+202E, isolates U+2066–U+2069, marks U+200E, U+200F and U+061C (the "Trojan Source"
    ///   characters, CVE-2021-42574);
    /// - the line and paragraph separators U+2028 and U+2029, which some viewers treat as line breaks.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
