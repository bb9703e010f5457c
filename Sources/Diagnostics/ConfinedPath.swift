import Foundation

/// Where a file may name another file: in or under its own directory, or under a directory the user allowed
/// explicitly (`--allow-path DIR`).
///
/// A ruleset's `extends:` (and its `density_table` assumption, and a descriptor's future `orbit.omm:`) is
/// written by whoever wrote that file, who may not be the person running Steward. Without this rule,
/// `extends: /etc/passwd` or `../../secrets.yaml` would make Steward read, and quote in its diagnostics, files
/// the author never had access to. Paths are compared after resolving symbolic links, so a link inside the
/// directory that points outside it is outside.
public struct ConfinedPath: Sendable, Hashable {
    /// Directories, besides the referencing file's own, whose files may be named (from `--allow-path`).
    public var allowedDirectories: [String]

    public init(allowedDirectories: [String] = []) {
        self.allowedDirectories = allowedDirectories
    }

    /// The path `reference` names, written in a file in `directory`: absolute as written, or relative to
    /// `directory`. Throws a message (for a diagnostic at the reference) when it leads outside `directory` and
    /// every allowed directory.
    public func resolve(_ reference: String, relativeTo directory: String) throws(Refusal) -> String {
        let joined = reference.hasPrefix("/") ? reference : URL(fileURLWithPath: directory).appendingPathComponent(reference).path
        let target = Self.realPath(joined)
        let roots = [directory] + allowedDirectories
        for root in roots where Self.contains(Self.realPath(root), target) { return joined }
        throw Refusal(reference: reference, directory: directory)
    }

    /// Why a reference was refused, worded for a diagnostic.
    public struct Refusal: Error, Sendable, Hashable {
        public var reference: String
        public var directory: String

        public var message: String {
            "'\(reference)' is outside '\(directory)': a file may only name files in or under its own directory"
        }

        public var note: String {
            "to read it anyway, pass --allow-path with a directory that contains it"
        }
    }

    /// Whether `path` is `root` or inside it (both already resolved).
    static func contains(_ root: String, _ path: String) -> Bool {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        return path == base || path.hasPrefix(base + "/") || base.isEmpty
    }

    /// `path` made absolute, with `.`/`..` removed and symbolic links resolved as far as the path exists (a
    /// missing file is judged by its existing parent, so the error reported later is "no such file").
    static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        guard parent != absolute, parent != "/" || absolute != "/" else { return url.path }
        let resolvedParent = parent == url.path ? parent : realPath(parent)
        return (resolvedParent == "/" ? "" : resolvedParent) + "/" + url.lastPathComponent
    }
}
