import Foundation
import Testing

/// Golden files: a test compares its output with a checked-in file; with `STEWARD_UPDATE_GOLDEN=1` in the
/// environment it rewrites the file instead, so output changes are made on purpose and reviewed in the diff.
public enum GoldenFile {
    /// True when the run should rewrite golden files rather than compare with them.
    public static var updating: Bool { ProcessInfo.processInfo.environment["STEWARD_UPDATE_GOLDEN"] == "1" }

    /// Compares `actual` with the file at `url`, recording one issue that names the first differing line; when
    /// updating, writes `actual` there (creating folders) instead.
    public static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let name = url.lastPathComponent
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(url.path); run with STEWARD_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            \(name) differs from the golden file at line \(first + 1) (run with STEWARD_UPDATE_GOLDEN=1 to accept, then review the diff):
              expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end of file>")
              actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end of output>")
            """, sourceLocation: sourceLocation)
    }
}
