import Diagnostics

/// Makes text from descriptors and rulesets safe to show to a person: control and bidirectional-formatting
/// characters become visible escapes instead of reaching a terminal, a CI log or a browser raw.
///
/// Every human-facing writer (text, Markdown, GitHub workflow commands, HTML/XML, `rules doc`, `facts`, the
/// command-line summaries) passes user text through `visible(_:)`, directly or through `MarkdownEscaping`,
/// `WorkflowCommandEscaping` or `MarkupEscaping`. JSON output does not: `JSONEncoder` escapes controls itself
/// and JSON must keep the exact string. The rule itself — which scalars are unsafe (C0 except tab and line
/// feed, DEL, C1, the Unicode bidi embeddings, overrides, isolates and marks of UAX #9 §2, the "Trojan Source"
/// characters of CVE-2021-42574, and U+2028/U+2029) and the one visible form `\u{HEX}` — is `TerminalSafe`
/// in Diagnostics, which diagnostics use too, so a name looks the same in an error and in a report. Escaping
/// twice gives the same text as once.
public enum TextEscaping {
    /// `raw` with every unsafe scalar written as `\u{HEX}`; tab and line feed are kept, because the writers lay
    /// text out with them and each writer decides what a line break means for it.
    public static func visible(_ raw: String) -> String { TerminalSafe.escape(raw) }

    /// Whether a scalar must not be shown raw (`TerminalSafe.isUnsafe`).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { TerminalSafe.isUnsafe(scalar) }

    /// `\u{HEX}` for one scalar, in the same form as `visible(_:)`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{\(hex.count < 2 ? "0" + hex : hex)}"
    }
}
