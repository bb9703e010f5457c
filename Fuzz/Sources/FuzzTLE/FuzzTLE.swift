import Astrodynamics
import Foundation
import FuzzDriver

/// libFuzzer entry point: the bytes are a two-line element set (optionally with a title line), as in a
/// descriptor's `tle:` or a catalogue; a parsed set also computes its semi-major axis, and every error is
/// rendered.
/// The OMM reader (CCSDS 502.0-B-3), once it exists, gets a harness of its own here (FuzzOMM).
@main
enum FuzzTLEMain {
    static func main() { runFuzzer(fuzzTLE) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTLE(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzBytes(start, count)
    let text = String(decoding: input, as: UTF8.self)
    switch TwoLineElementSet.parse(text) {
    case .success(let elements): _ = elements.semiMajorAxisKm
    case .failure(let errors): _ = errors.errors.map(\.description)
    }
    return 0
}
