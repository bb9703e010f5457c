import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file a command creates (`steward init --output`): all or nothing, and never over an existing
/// file unless asked, so a mistyped path cannot destroy a descriptor someone has been editing.
public enum NewFileWriter {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; pass --force to replace it"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes `text` to a temporary file beside `path`, then renames it into place (atomic on one file
    /// system). Without `overwrite`, an existing `path` is an error and is left untouched.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws(Failure) {
        let manager = FileManager.default
        if !overwrite, manager.fileExists(atPath: path) { throw .exists(path) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(path, reason: error.localizedDescription)
        }
        // link(2) fails if `path` appeared meanwhile, so a file created between the check and now survives;
        // with `overwrite`, rename(2) replaces it in one step.
        let result = overwrite ? rename(temporary.path, path) : link(temporary.path, path)
        let code = errno
        if !overwrite { unlink(temporary.path) }
        guard result == 0 else {
            if overwrite { unlink(temporary.path) }
            if code == EEXIST { throw .exists(path) }
            throw .cannotWrite(path, reason: String(cString: strerror(code)))
        }
    }
}
