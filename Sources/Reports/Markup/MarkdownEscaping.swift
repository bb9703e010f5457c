/// Escaping for text placed in Markdown (GitHub-flavoured / CommonMark) reports: pull-request comments and
/// CI step summaries show rule titles, advice and mission names that must read as text, never as markup.
public enum MarkdownEscaping {
    /// Characters that can start or end inline markup, or a table cell: each is written with a backslash,
    /// which CommonMark allows before any ASCII punctuation (CommonMark 0.31 §2.4) and which GitHub's table
    /// extension needs for `|` (GFM §4.10).
    private static let inlineSpecials: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!", "#",
    ]

    /// Text for an inline position — a paragraph, list item or table cell: markup characters are
    /// backslash-escaped, other controls and bidi characters take `TextEscaping`'s visible form, and line
    /// breaks become spaces, so the text stays on its line and in its cell.
    /// Text that would open a block when it starts a line (`- x`, `+ x`, `= x`, `1. x`, `2) x`) is escaped
    /// too, so the result is also safe at the start of a line.
    public static func inline(_ raw: String) -> String {
        var output = ""
        var previousWasLineBreak = false
        let scalars = Array(raw.unicodeScalars)
        let leadingDigits = scalars.prefix { $0.properties.numericType == .decimal && $0.isASCII }.count
        var blockMarkerIndex: Int?
        if let first = scalars.first, first == "-" || first == "+" || first == "=" {
            blockMarkerIndex = 0
        } else if leadingDigits > 0, leadingDigits < scalars.count, scalars[leadingDigits] == "." || scalars[leadingDigits] == ")" {
            // An ordered-list marker needs a space, tab or line end after it (CommonMark §5.2): "3.5 km" is safe.
            let after = leadingDigits + 1
            if after == scalars.count || scalars[after] == " " || scalars[after] == "\t" || scalars[after] == "\n" {
                blockMarkerIndex = leadingDigits
            }
        }
        for (index, scalar) in scalars.enumerated() {
            if index == blockMarkerIndex {
                output += "\\"
                output.unicodeScalars.append(scalar)
                continue
            }
            if scalar == "\n" || scalar == "\r" {
                if !previousWasLineBreak { output += " " }
                previousWasLineBreak = true
                continue
            }
            previousWasLineBreak = false
            if TextEscaping.isUnsafe(scalar) {
                // Shown as `\u{1B}`: the backslash itself is escaped so Markdown renders it literally.
                output += "\\" + TextEscaping.escape(scalar)
                continue
            }
            if inlineSpecials.contains(scalar) {
                output += "\\"
            }
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    /// A code span showing `raw` literally: fenced by one more backtick than the longest run of backticks
    /// inside it, with a space of padding when the content starts or ends with a backtick (CommonMark
    /// §6.1). Line breaks become spaces, as they would inside any code span; other controls and bidi
    /// characters take `TextEscaping`'s visible form. In a table, a `|` inside a
    /// code span still ends the cell on GitHub, so it is escaped as `\|`, which GFM removes again.
    public static func codeSpan(_ raw: String, inTable: Bool = false) -> String {
        var content = raw.replacingLineBreaks()
        if inTable { content = content.replacingPipes() }
        var longestRun = 0
        var run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let needsPadding = content.hasPrefix("`") || content.hasSuffix("`")
            || (content.hasPrefix(" ") && content.hasSuffix(" ") && !content.allSatisfy { $0 == " " })
        let padding = needsPadding ? " " : ""
        return fence + padding + content + padding + fence
    }
}

extension String {
    fileprivate func replacingLineBreaks() -> String {
        var output = ""
        for scalar in unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                output += " "
            } else if TextEscaping.isUnsafe(scalar) {
                output += TextEscaping.escape(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    fileprivate func replacingPipes() -> String {
        var output = ""
        for scalar in unicodeScalars {
            if scalar == "|" { output += "\\" }
            output.unicodeScalars.append(scalar)
        }
        return output
    }
}
