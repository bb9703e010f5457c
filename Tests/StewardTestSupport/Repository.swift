import Foundation

/// Where the checkout is, so tests read `Examples/`, `Rulesets/` and golden files from any working directory.
public enum Repository {
    /// The repository root, found from this file's path (`Tests/StewardTestSupport/Repository.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file or folder of the checkout, e.g. `Repository.url("Examples/aurora-3u.yaml")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
