import Foundation

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

    /// Writes `text` to `path` atomically (`OutputFile`). Without `overwrite`, an existing `path` is an error
    /// and is left untouched, even if it appears while writing.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws(Failure) {
        if !overwrite, FileManager.default.fileExists(atPath: path) { throw .exists(path) }
        do {
            if overwrite {
                try OutputFile.write(Data(text.utf8), to: path)
            } else {
                try OutputFile.create(Data(text.utf8), at: path)
            }
        } catch {
            if FileManager.default.fileExists(atPath: path), !overwrite { throw .exists(path) }
            throw .cannotWrite(path, reason: error.description)
        }
    }
}
