import Foundation

/// Writes Steward's output files so that nobody ever reads half of one, and reports every write error.
///
/// A report, certificate or descriptor is first written to a temporary file in the same directory, flushed to
/// disk, and then renamed over the destination: `rename(2)` within one file system is atomic, so a process
/// killed mid-write (Ctrl-C in a long batch, a CI timeout) leaves the previous file intact, never a truncated
/// one. A destination that exists and is not a regular file (`/dev/stdout`, a FIFO) is written in place, since
/// renaming over a device node would replace it.
public enum OutputFile {
    /// Why an output could not be written, in words for the user (`cannot write out.json: No space left on device`).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// Writes `data` to `path` atomically (see the type's documentation). An existing file keeps its
    /// permission bits; a new one gets the process's default (0666 less the umask).
    public static func write(_ data: Data, to path: String) throws(Failure) {
        // Follow symbolic links: the file they lead to is replaced, and the link itself stays (`/dev/stdout` is
        // a link to a descriptor, never a file to rename over).
        var existing = stat()
        let exists = stat(path, &existing) == 0
        let kind = existing.st_mode & S_IFMT
        if exists, kind == S_IFDIR { throw Failure("cannot write \(path): it is a directory") }
        if exists, kind != S_IFREG {
            try writeInPlace(data, to: path)
            return
        }
        let destination = exists ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        let url = URL(fileURLWithPath: destination)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".steward-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure("cannot write \(path): \(reason(errno))") }
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
        do {
            try writeAll(data, to: descriptor)
        } catch {
            close(descriptor)
            throw Failure("cannot write \(path): \(error.description)")
        }
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            let problem = reason(errno)
            close(descriptor)
            throw Failure("cannot write \(path): \(problem)")
        }
        guard close(descriptor) == 0 else { throw Failure("cannot write \(path): \(reason(errno))") }
        guard rename(temporary, destination) == 0 else { throw Failure("cannot write \(path): \(reason(errno))") }
        finished = true
    }

    /// Writes `data` to a new file at `path`, atomically, and never over anything already there — even a file
    /// that appears between the check and the write: the temporary file is hard-linked to `path`, which
    /// `link(2)` refuses when `path` exists. For files a command creates (`init`, `rules new`, `import`).
    public static func create(_ data: Data, at path: String) throws(Failure) {
        if FileManager.default.fileExists(atPath: path) { throw Failure("\(path) already exists") }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent
            + ".steward-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure("cannot write \(path): \(reason(errno))") }
        defer { unlink(temporary) }
        do {
            try writeAll(data, to: descriptor)
        } catch {
            close(descriptor)
            throw Failure("cannot write \(path): \(error.description)")
        }
        guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0 else {
            throw Failure("cannot write \(path): \(reason(errno))")
        }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw Failure("\(path) already exists") }
            throw Failure("cannot write \(path): \(reason(errno))")
        }
    }

    /// Writes `data` to standard output, failing (instead of losing the output silently) on a full disk, a
    /// closed descriptor or any other write error.
    public static func writeToStandardOutput(_ data: Data) throws(Failure) {
        fflush(nil)  // anything `print` buffered goes first, in order
        do {
            try writeAll(data, to: STDOUT_FILENO)
        } catch {
            throw Failure("cannot write to standard output: \(error.description)")
        }
    }

    /// The input that writing `output` would overwrite — the same file (device and inode, so the same path, hard
    /// links and symbolic links all count) — or nil when it overwrites none of them. An input that does not exist
    /// has no file to compare: it counts when its path, once resolved, is the output's.
    public static func clobberedInput(_ output: String, inputs: [String]) -> String? {
        Inputs(inputs).clobbered(by: output)
    }

    /// `clobberedInput(_:inputs:)` for many outputs against the same inputs (`rate --output-dir` on a fleet
    /// writes a page per mission): the inputs are stat'ed once, so each output costs a lookup, not a pass over
    /// every input. Only missing inputs have their paths resolved (a `stat` per input is all a fleet of existing
    /// descriptors costs, where resolving every path component of each took longer than rating the first
    /// missions).
    public struct Inputs: Sendable {
        private var missingByResolvedPath: [String: String] = [:]
        private var byFile: [FileIdentity: String] = [:]

        private struct FileIdentity: Hashable, Sendable {
            var device: UInt64
            var inode: UInt64
        }

        public init(_ inputs: [String]) {
            for input in inputs.reversed() {
                var status = stat()
                if stat(input, &status) == 0 {
                    byFile[FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))] = input
                } else {
                    missingByResolvedPath[Self.resolved(input)] = input
                }
            }
        }

        /// The input that writing `output` would overwrite, or nil.
        public func clobbered(by output: String) -> String? {
            var status = stat()
            if stat(output, &status) == 0,
               let input = byFile[FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))] {
                return input
            }
            return missingByResolvedPath.isEmpty ? nil : missingByResolvedPath[Self.resolved(output)]
        }

        private static func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        }
    }

    private static func writeInPlace(_ data: Data, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw Failure("cannot write \(path): \(reason(errno))") }
        defer { close(descriptor) }
        do {
            try writeAll(data, to: descriptor)
        } catch {
            throw Failure("cannot write \(path): \(error.description)")
        }
    }

    /// Writes every byte, retrying short writes and interruptions.
    static func writeAll(_ data: Data, to descriptor: Int32) throws(Failure) {
        if let problem = data.withUnsafeBytes({ writeProblem($0, to: descriptor) }) { throw Failure(reason(problem)) }
    }

    /// The `errno` of a failed write of every byte of `buffer`, or nil once all are written.
    static func writeProblem(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var pointer = buffer.baseAddress else { return nil }
        var remaining = buffer.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            remaining -= written
            pointer += written
        }
        return nil
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
