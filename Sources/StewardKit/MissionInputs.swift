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

    private static func expandDirectory(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let root = URL(fileURLWithPath: path)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for case let url as URL in walker where descriptorExtensions.contains(url.pathExtension.lowercased()) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
            found.append(prefix + relative)
        }
        return found.sorted()
    }
}
