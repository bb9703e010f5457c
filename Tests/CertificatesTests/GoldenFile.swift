import Foundation
import Testing

/// Golden files live in `Tests/CertificatesTests/Golden/`. A test compares its output with the file; with
/// `STEWARD_UPDATE_GOLDEN=1` in the environment it rewrites the file instead, so changes are made on
/// purpose and reviewed in the diff.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["STEWARD_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); run with STEWARD_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifferent = Array(zip(expectedLines, actualLines)).firstIndex { $0 != $1 } ?? min(expectedLines.count, actualLines.count)
            let shownExpected = firstDifferent < expectedLines.count ? String(expectedLines[firstDifferent]) : "(end of file)"
            let shownActual = firstDifferent < actualLines.count ? String(actualLines[firstDifferent]) : "(end of output)"
            Issue.record(
                "\(name) differs at line \(firstDifferent + 1):\n  golden: \(shownExpected)\n  actual: \(shownActual)",
                sourceLocation: sourceLocation)
        }
    }
}
