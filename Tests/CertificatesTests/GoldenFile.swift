import Foundation
import StewardTestSupport
import Testing

/// Golden files of this target live in `Tests/CertificatesTests/Golden/` (``GoldenFile``:
/// `STEWARD_UPDATE_GOLDEN=1` rewrites them instead of comparing).
extension GoldenFile {
    static let directory = Repository.url("Tests/CertificatesTests/Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(actual, against: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
