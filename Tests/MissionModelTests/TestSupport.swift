import Diagnostics
import Foundation
@testable import MissionModel
import StewardTestSupport

/// The repository root, so tests run from any working directory.
let repositoryRoot = Repository.root

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
