import Diagnostics
import Foundation

/// The wrapped `advice:` and `see:` lines of rules, shared by every text report and rendering thread.
///
/// Those lines are some 28 % of a fleet's text report and the same for every mission rated under one ruleset, yet
/// were escaped, measured and wrapped again for each. Here they are wrapped once per text, colour and width. Keyed by
/// the texts' bytes, not by which rule they came from, so a hit is right whatever rating asks; the hash reads only
/// lengths and a few bytes, and a hit compares the rest. Bounded: past `capacity` entries (rulesets reloaded by a
/// long-running process) it starts over.
final class TextLineCache: @unchecked Sendable {
    struct Key: Hashable {
        var advice: String?
        var references: [String]
        var colour: Bool
        var width: Int

        /// Equal when the bytes are: `String`'s `==` holds canonically equivalent texts equal ("é" and "e\u{301}"),
        /// which would hand one text's bytes to the other.
        static func == (lhs: Key, rhs: Key) -> Bool {
            guard lhs.colour == rhs.colour, lhs.width == rhs.width, lhs.references.count == rhs.references.count else { return false }
            switch (lhs.advice, rhs.advice) {
            case (nil, nil): break
            case let (left?, right?): guard sameBytes(left, right) else { return false }
            default: return false
            }
            return zip(lhs.references, rhs.references).allSatisfy(sameBytes)
        }

        private static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
            let compared = lhs.utf8.withContiguousStorageIfAvailable { left in
                rhs.utf8.withContiguousStorageIfAvailable { right in
                    left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
                }
            }
            if case let same?? = compared { return same }
            return lhs.utf8.elementsEqual(rhs.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(colour)
            hasher.combine(width)
            hasher.combine(references.count)
            if let advice { Self.sample(advice, into: &hasher) }
            if let first = references.first { Self.sample(first, into: &hasher) }
        }

        /// A string's length and its first and last eight bytes (as far as it has them), read in place.
        private static func sample(_ text: String, into hasher: inout Hasher) {
            if text.utf8.withContiguousStorageIfAvailable({ sample($0, into: &hasher) }) == nil {
                Array(text.utf8).withUnsafeBufferPointer { sample($0, into: &hasher) }
            }
        }

        private static func sample(_ utf8: UnsafeBufferPointer<UInt8>, into hasher: inout Hasher) {
            hasher.combine(utf8.count)
            if utf8.count >= 8 {
                hasher.combine(ASCIIWord.load(utf8, at: 0))
                hasher.combine(ASCIIWord.load(utf8, at: utf8.count - 8))
            } else {
                hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
            }
        }
    }

    static let shared = TextLineCache()

    /// Entries kept before the cache starts over.
    let capacity: Int

    init(capacity: Int = 4096) { self.capacity = capacity }

    /// Guards `entries` and `arena`: reports render on several threads at once.
    private let lock = NSLock()
    /// Where each key's bytes are in `arena`. Ranges rather than arrays, so that a hit retains no storage that the
    /// other rendering threads retain too.
    private var entries: [Key: Range<Int>] = [:]
    private let arena = ByteBuffer(capacity: 65_536)

    /// Appends the bytes kept for `key` to `out`, or else `make()`'s, and keeps those. `make` runs outside the lock:
    /// two threads that miss at once both make the same bytes, and either is kept.
    func append(_ key: Key, to out: ByteBuffer, make: () -> [UInt8]) {
        let hit = lock.withLock { () -> Bool in
            guard let range = entries[key] else { return false }
            arena.withBytes(from: range.lowerBound) { out.append(UnsafeBufferPointer(rebasing: $0[..<range.count])) }
            return true
        }
        guard !hit else { return }
        let made = make()
        made.withUnsafeBufferPointer { bytes in
            out.append(bytes)
            lock.withLock {
                if entries.count >= capacity {
                    entries.removeAll(keepingCapacity: true)
                    arena.removeAll()
                }
                guard entries[key] == nil else { return }
                entries[key] = arena.count..<(arena.count + bytes.count)
                arena.append(bytes)
            }
        }
    }

    /// Forgets every entry (tests).
    func removeAll() {
        lock.withLock {
            entries.removeAll()
            arena.removeAll()
        }
    }

    var count: Int { lock.withLock { entries.count } }
}
