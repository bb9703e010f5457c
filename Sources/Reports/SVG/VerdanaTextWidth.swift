/// Estimates how wide a string is when rendered in Verdana, so SVG text can be given room before any
/// browser has measured it — the approach shields.io badges use.
///
/// This is an approximation: it adds up per-character advance widths and ignores kerning, hinting and
/// fallback fonts (characters outside printable ASCII are counted as the width of a digit). The advance
/// widths are Verdana Regular's, in thousandths of an em, for U+0020…U+007E, as listed in the core-font
/// metrics of the Perl PDF::Builder distribution (`PDF/Builder/Resource/Font/CoreFont/verdana.pm`, table
/// `wx`). At 11 px they agree to ±0.01 px with the measured table shields.io uses (anafanafo,
/// `verdana-11px-normal.json`: e.g. space 3.87, `0` 6.99, `M` 9.27 px).
public enum VerdanaTextWidth {
    /// Advance widths in 1/1000 em for U+0020 (space) through U+007E (`~`), in code-point order.
    static let asciiAdvances: [Int] = [
        351, 393, 458, 818, 635, 1076, 726, 268, 454, 454, 635, 818, 363, 454, 363, 454,  // space … /
        635, 635, 635, 635, 635, 635, 635, 635, 635, 635,  // 0 … 9
        454, 454, 818, 818, 818, 545, 1000,  // : ; < = > ? @
        683, 685, 698, 770, 632, 574, 775, 751, 420, 454, 692, 556, 842,  // A … M
        748, 787, 603, 787, 695, 683, 616, 731, 683, 988, 685, 615, 685,  // N … Z
        454, 454, 454, 818, 635, 635,  // [ \ ] ^ _ `
        600, 623, 520, 623, 595, 351, 623, 632, 274, 344, 591, 274, 972,  // a … m
        632, 606, 623, 623, 426, 520, 394, 632, 591, 818, 591, 591, 525,  // n … z
        634, 454, 634, 818,  // { | } ~
    ]

    /// Advance used for characters outside the table: a digit's width, a middle-of-the-road guess.
    static let fallbackAdvance = 635

    /// The estimated width in pixels of `text` set in Verdana at `fontSize` pixels.
    public static func width(of text: String, fontSize: Double = 11) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            if value >= 0x20 && value <= 0x7E {
                thousandths += asciiAdvances[value - 0x20]
            } else if value < 0x20 || (0x7F...0x9F).contains(value) {
                continue  // control characters take no space
            } else {
                thousandths += fallbackAdvance
            }
        }
        return Double(thousandths) * fontSize / 1000
    }

    /// `text` shortened with a trailing ellipsis so that it fits in `maxWidth` pixels.
    public static func truncate(_ text: String, toWidth maxWidth: Double, fontSize: Double = 11) -> String {
        if width(of: text, fontSize: fontSize) <= maxWidth { return text }
        var characters = Array(text)
        while !characters.isEmpty && width(of: String(characters) + "…", fontSize: fontSize) > maxWidth {
            characters.removeLast()
        }
        return String(characters) + "…"
    }
}
