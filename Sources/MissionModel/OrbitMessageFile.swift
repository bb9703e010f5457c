import Diagnostics
import Foundation

/// Where a descriptor's `orbit.omm: FILE` may point: a regular file in or under the descriptor's own directory,
/// named by a relative path without `..`.
///
/// A descriptor is often someone else's file (a pull request, a catalogue import); it must not make Steward read
/// `/etc/passwd` or `~/.ssh/id_ed25519` and echo it in an error. The containment check, symbolic links resolved,
/// is the one `extends:` uses (`ConfinedPath` in Diagnostics); a descriptor is held tighter still — no
/// absolute path and no `..` at all, even one that stays inside.
enum OrbitMessageFile {
    /// The file's path, or why it is refused (worded for a diagnostic at the `omm` value).
    static func resolve(_ relative: String, in directory: String) -> Result<String, Refusal> {
        if relative.hasPrefix("/") || relative.hasPrefix("~") { return .failure(.absolute(relative)) }
        if relative.split(separator: "/").contains("..") { return .failure(.parentComponent(relative)) }
        let path: String
        do {
            path = try ConfinedPath().resolve(relative, relativeTo: directory)
        } catch {
            return .failure(.escapes(relative))
        }
        guard FileManager.default.fileExists(atPath: path) else { return .failure(.missing(relative)) }
        if InputFile.problem(atPath: path) != nil { return .failure(.notRegular(relative)) }
        return .success(path)
    }

    enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case absolute(String)
        case parentComponent(String)
        case escapes(String)
        case missing(String)
        case notRegular(String)

        var description: String {
            switch self {
            case .absolute(let p): return "'\(p)' is an absolute path: give a path relative to the descriptor's directory"
            case .parentComponent(let p): return "'\(p)' contains '..': the file must be in the descriptor's directory or below it"
            case .escapes(let p): return "'\(p)' resolves (through a symbolic link) to a file outside the descriptor's directory"
            case .missing(let p): return "'\(p)' does not exist next to the descriptor"
            case .notRegular(let p): return "'\(p)' is not a regular file"
            }
        }
    }
}

/// Why a file a descriptor names cannot be read, worded for a message.
public struct ReferencedFileRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
