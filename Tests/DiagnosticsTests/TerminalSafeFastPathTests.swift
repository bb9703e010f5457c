import Testing
@testable import Diagnostics

/// `TerminalSafe.escape` decides from the UTF-8 bytes whether a string has anything to escape; the decision must
/// be `isUnsafe` on its scalars, for every scalar.
@Suite struct TerminalSafeFastPathTests {
    static func decidedFromBytes(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable(TerminalSafe.containsUnsafe(utf8:))
    }

    @Test("every scalar, alone and between other text: the byte scan agrees with isUnsafe")
    func everyScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            // All of the BMP and the start of each plane, then a sample: the unsafe scalars are all below U+2070.
            guard value < 0x10000 || value & 0xFFFF < 0x100 || value % 251 == 0, let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "ab" + String(scalar) + "—c", "é\(scalar)"] {
                let fromBytes = Self.decidedFromBytes(text)
                if fromBytes != text.unicodeScalars.contains(where: TerminalSafe.isUnsafe) {
                    disagreements.append("U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("escape with and without unsafe scalars: safe text comes back as is, unsafe text escaped as before")
    func escape() {
        #expect(TerminalSafe.escape("Ruleset lts-2019 — Tiers ≥ 0.850 ★☆ e\u{301} 👩‍🚀") == "Ruleset lts-2019 — Tiers ≥ 0.850 ★☆ e\u{301} 👩‍🚀")
        #expect(TerminalSafe.escape("a\u{1B}[2Jb\u{202E}c\u{85}d\u{61C}\u{2028}\u{2069}") == "a\\u{1B}[2Jb\\u{202E}c\\u{85}d\\u{61C}\\u{2028}\\u{2069}")
        #expect(TerminalSafe.escape("tab\tand\nline" as Substring) == "tab\tand\nline")
        #expect(TerminalSafe.containsUnsafe("x\u{7F}") && !TerminalSafe.containsUnsafe("x\u{A0}\u{2027}\u{202F}\u{2065}\u{206A}"))
    }
}
