import Diagnostics
import Foundation

/// A file path written in a descriptor, resolved next to the descriptor and confined to its directory.
///
/// A descriptor is often someone else's file (a pull request, a catalogue import); it must not be able to make
/// Steward read `/etc/passwd` or `~/.ssh/id_ed25519` and echo it back in an error message. So: relative paths
/// only, no `..` component, and after resolving symbolic links the file must still lie inside the descriptor's
/// directory and be a regular file. (Issue 11 adds the same rule for `extends:`; the two are to become one.)
public struct ConfinedPath: Sendable, Hashable {
    /// The resolved absolute path, inside `directory`.
    public let path: String
    /// The descriptor's directory, resolved.
    public let directory: String

    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case absolute(String)
        case parentComponent(String)
        case escapes(String)
        case missing(String)
        case notRegular(String)

        public var description: String {
            switch self {
            case .absolute(let p): return "'\(p)' is an absolute path: give a path relative to the descriptor's directory"
            case .parentComponent(let p): return "'\(p)' contains '..': the file must be in the descriptor's directory or below it"
            case .escapes(let p): return "'\(p)' resolves (through a symbolic link) to a file outside the descriptor's directory"
            case .missing(let p): return "'\(p)' does not exist next to the descriptor"
            case .notRegular(let p): return "'\(p)' is not a regular file"
            }
        }
    }

    /// Resolves `relative` against `directory`, refusing anything that leaves it.
    public static func resolve(_ relative: String, in directory: String) -> Result<ConfinedPath, Failure> {
        if relative.hasPrefix("/") || relative.hasPrefix("~") { return .failure(.absolute(relative)) }
        let components = relative.split(separator: "/", omittingEmptySubsequences: true)
        if components.contains("..") { return .failure(.parentComponent(relative)) }
        let base = URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
        let joined = URL(fileURLWithPath: base).appendingPathComponent(relative).standardizedFileURL
        guard FileManager.default.fileExists(atPath: joined.path) else { return .failure(.missing(relative)) }
        let resolved = joined.resolvingSymlinksInPath().standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard resolved.hasPrefix(prefix) else { return .failure(.escapes(relative)) }
        let type = (try? FileManager.default.attributesOfItem(atPath: resolved))?[.type] as? FileAttributeType
        guard type == .typeRegular else { return .failure(.notRegular(relative)) }
        return .success(ConfinedPath(path: resolved, directory: base))
    }
}
