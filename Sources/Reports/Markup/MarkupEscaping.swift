/// Escaping for text that goes into XML, SVG or HTML documents.
///
/// Reports embed user-controlled strings (mission names, rule titles, advice) in markup. Escaping them in
/// one place means no reporter can forget a case, and that a mission called `<script>` renders as text.
public enum MarkupEscaping {
    /// Escapes character data (element content): `&`, `<` and `>`.
    ///
    /// `>` is not strictly required in XML content, but escaping it avoids the `]]>` sequence and keeps
    /// the rule simple for HTML too. Characters that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF),
    /// and the controls and bidirectional-formatting characters `TextEscaping` refuses to show raw (C1,
    /// DEL, U+202E, …), are written as `TextEscaping`'s visible `\u{HEX}` form, so the document stays
    /// well-formed and a right-to-left override in a mission name cannot reorder the page around it.
    public static func text(_ raw: String) -> String {
        escape(raw, quoting: false)
    }

    /// Escapes an attribute value meant to be written between double quotes.
    ///
    /// Besides the text escapes this escapes `"` and writes tab, line feed and carriage return as numeric
    /// references, because an XML parser normalises literal whitespace in attributes to spaces.
    public static func attribute(_ raw: String) -> String {
        escape(raw, quoting: true)
    }

    /// Whether XML 1.0 allows this scalar in a document (production `Char`, XML 1.0 §2.2).
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF: return true
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escape(_ raw: String, quoting: Bool) -> String {
        var output = ""
        output.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quoting: output += "&quot;"
            case "\t" where quoting: output += "&#9;"
            case "\n" where quoting: output += "&#10;"
            case "\r": output += "&#13;"  // a literal CR would be normalised away by any XML parser
            default:
                if isAllowedInXML(scalar) && !TextEscaping.isUnsafe(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    output += TextEscaping.escape(scalar)
                }
            }
        }
        return output
    }
}
