import Diagnostics
import Foundation

/// The descriptor files a command was asked to read: its path arguments, with each directory standing for
/// the descriptor files under it, plus the paths listed in `--files-from` files.
///
/// A catalogue of thousands of descriptors need not go through the shell and the argument parser (whose cost
/// grows with the square of the argument count): pass the directory, or a list file (`-` for standard input,
/// as `find missions -name '*.yaml' | steward rate --files-from -`).
public enum MissionInputs {
    /// The largest `--files-from` list read (a million paths of 64 bytes): a list is not the place for more.
    public static let maximumListBytes = 64 << 20

    /// File name endings taken as descriptors when a directory is expanded.
    public static let descriptorExtensions: Set<String> = ["yaml", "yml", "json"]

    /// Why the inputs could not be listed; a usage problem (exit 64).
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// `arguments` in order, each directory replaced by its descriptor files (recursively, sorted by path,
    /// hidden files and folders skipped), followed by the paths of every list in `lists` (one per line; blank
    /// lines and lines starting with `#` skipped; `-` reads standard input through `standardInput`). A path
    /// that does not exist is kept as it is, so the loader reports it at its place in the batch.
    public static func expand(_ arguments: [String], lists: [String] = [],
                              standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws(Problem) -> [String] {
        var paths: [String] = []
        for argument in arguments { paths += expandDirectory(argument) }
        for list in lists {
            let data: Data
            if list == "-" {
                data = standardInput()
            } else {
                do {
                    data = try InputFile.read(atPath: list, maxBytes: maximumListBytes, what: "--files-from list")
                } catch {
                    throw Problem(description: "--files-from \(list): " + (error.diagnostics.first?.message ?? "cannot be read"))
                }
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw Problem(description: "--files-from \(list): not UTF-8 text")
            }
            for line in text.split(whereSeparator: \.isNewline) {
                let path = line.trimmingCharacters(in: .whitespaces)
                if path.isEmpty || path.hasPrefix("#") { continue }
                paths += expandDirectory(path)
            }
        }
        return paths
    }

    /// `path` itself when it is not a directory, else the descriptor files under it: regular files only (a
    /// symbolic link is never followed, so a listing cannot lead outside the tree it was given), hidden entries
    /// skipped. Read with `readdir`, whose entry types spare a `stat` per file: a fleet directory of thousands of
    /// descriptors lists before the first mission is rated, so this is time every rating waits for.
    private static func expandDirectory(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        var found: [String] = []
        var pending = [path.hasSuffix("/") ? String(path.dropLast()) : path]
        while let directory = pending.popLast() {
            guard let stream = opendir(directory) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let child = directory + "/" + name
                switch kind(of: entry.pointee.d_type, at: child) {
                case .directory: pending.append(child)
                case .regularFile where isDescriptorName(name): found.append(child)
                default: continue
                }
            }
        }
        return found.sorted()
    }

    private enum EntryKind { case directory, regularFile, other }

    /// The entry's type from `readdir`, or from `lstat` where the file system does not say (`DT_UNKNOWN`).
    private static func kind(of type: UInt8, at path: String) -> EntryKind {
        switch Int32(type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_REG): return .regularFile
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFREG: return .regularFile
            default: return .other
            }
        default: return .other
        }
    }

    /// Whether a file name ends in one of ``descriptorExtensions`` (any case), as `URL.pathExtension` reads it.
    private static func isDescriptorName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return descriptorExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
