import Foundation
import FuzzDriver
import StewardKit

/// libFuzzer entry point: the bytes are a mission descriptor. Exercises the strict YAML layer
/// (Diagnostics.YAMLLoader: limits, structure scan, locations), the descriptor reader (MissionModel, TLE
/// included) and the diagnostic renderer (excerpts and carets). Any input must end in a mission or in
/// located diagnostics; a trap, a sanitizer report or a timeout is a finding.
@main
enum FuzzDescriptorMain {
    static func main() { runFuzzer(fuzzDescriptor) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDescriptor(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzBytes(start, count)
    let data = Data(input)
    let result = MissionLoader.load(data: data, file: "fuzz.yaml")
    if let mission = result.mission {
        _ = mission.declaredFacts.count
    }
    var renderer = DiagnosticRenderer()
    if let source = result.source { renderer.register(source) }
    _ = renderer.render(result.diagnostics)
    return 0
}
