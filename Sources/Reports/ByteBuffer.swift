/// A growable buffer of UTF-8 bytes for the report writers.
///
/// Appending is a capacity check and a copy, without the uniqueness check and generic dispatch `[UInt8]` pays
/// per call: the JSON report of one rating is some 20,000 small pieces (keys, quotes, indentation), and with an
/// array those calls were most of its cost.
final class ByteBuffer {
    private(set) var count = 0
    private var capacity: Int
    private var base: UnsafeMutablePointer<UInt8>

    init(capacity: Int = 16_384) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes as text (they are always valid UTF-8: whole strings and ASCII pieces).
    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// A copy of the bytes.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    func removeLast() { count -= 1 }

    func removeLast(_ n: Int) { count -= n }

    /// Forgets the bytes but keeps the memory: the text report reuses one buffer for each of its lines.
    func removeAll() { count = 0 }

    /// Removes `byte` from the end while the buffer is longer than `floor`.
    func trimTrailing(_ byte: UInt8, downTo floor: Int) {
        while count > floor, base[count - 1] == byte { count -= 1 }
    }

    /// The bytes from `start` on, valid only inside `body` (an append may move them).
    func withBytes<Result>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        if bytes.count <= 16 {
            // Most pieces are a few bytes (a colour code, ", ", a score): a loop costs less than a call to memmove.
            for index in 0..<bytes.count { base[count + index] = source[index] }
        } else {
            (base + count).update(from: source, count: bytes.count)
        }
        count += bytes.count
    }

    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func append(_ text: String) {
        // In place where the string is contiguous (always, but for bridged strings), without copying it to a variable.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var text = text
            text.withUTF8 { append($0) }
        }
    }

    /// `value` in decimal, as `String(value)` writes it.
    func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { room in  // the 20 digits of UInt64.max
            var index = room.count
            repeat {
                index -= 1
                room[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: room[index...])))
        }
    }

    /// `count` copies of `byte`.
    func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        if self.count + count > capacity { grow(to: self.count + count) }
        (base + self.count).initialize(repeating: byte, count: count)
        self.count += count
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }
}
