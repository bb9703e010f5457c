import Diagnostics
import Foundation
@testable import MissionModel

/// The repository root, found from this file's path so tests run from any working directory.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A valid minimal descriptor; tests replace or append lines to provoke one error class at a time.
let minimalMission = """
format: steward/mission@1
id: test
name: Test mission
orbit:
  perigee_km: 500
  apogee_km: 510
  inclination_deg: 97.4
spacecraft:
  mass_kg: 4
"""

func load(_ text: String, file: String = "m.yaml") -> MissionLoadResult {
    MissionLoader.load(text: text, file: file)
}

/// `line:col: message` of every error, the form the assertions compare.
func errorSummaries(_ text: String) -> [String] {
    load(text).diagnostics.filter { $0.severity == .error }.map { d in
        "\(d.location?.line ?? 0):\(d.location?.column ?? 0): \(d.message)"
    }
}

/// Deterministic pseudo-random numbers (SplitMix64) so fuzz failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
