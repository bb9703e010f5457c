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

    /// The bytes, copied out as they are.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    func removeLast() { count -= 1 }

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
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
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
