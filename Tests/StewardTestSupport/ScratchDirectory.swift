import Foundation

/// A fresh folder under the system's temporary directory for one test's files; the test removes it when done.
public enum ScratchDirectory {
    /// Creates `<tmp>/<prefix>-<UUID>` and returns it.
    public static func make(_ prefix: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Writes `contents` to `name` in a new scratch folder and returns the file's path.
    public static func file(_ name: String, _ contents: String, prefix: String = "steward") throws -> String {
        let url = try make(prefix).appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    /// Removes the scratch folder holding `path` (a file made by `file(_:_:prefix:)`).
    public static func remove(holding path: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }
}
