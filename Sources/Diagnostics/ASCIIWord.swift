/// Eight bytes of UTF-8 read as one 64-bit word, so that scans over text that is mostly ASCII (`TerminalSafe`'s
/// check, the text report's column counting) can pass over eight plain characters at once and look at single
/// bytes only where something needs a closer look. The tests are the classic word-at-a-time ones (Anderson,
/// "Bit Twiddling Hacks": "Determine if a word has a byte less than n"): exact as a yes/no answer.
public enum ASCIIWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `utf8` from `offset` (the caller checks `offset + 8 <= utf8.count`).
    @inlinable public static func load(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(utf8.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether all eight bytes are ASCII.
    @inlinable public static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }

    /// Whether a byte of an all-ASCII `word` is `byte`.
    @inlinable public static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }

    /// Whether a byte of an all-ASCII `word` is below `bound` (at most 0x80).
    @inlinable public static func containsByte(below bound: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(bound)) & ~word & highBits != 0
    }
}
