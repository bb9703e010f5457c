#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads an input file the way a hostile one must be read: only regular files, never blocking, never more than
/// a size bound, with plain messages (`errno` text, not Foundation's error codes).
///
/// A FIFO, a device or a directory named as a descriptor or ruleset would otherwise block `open(2)` forever or
/// stream without end; a `/proc` file reports size 0 but yields data (or an I/O error) when read.
public enum InputFile {
    /// Why `path` cannot be read as an input, or nil when it is a regular file. Follows symbolic links.
    public static func problem(atPath path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return errnoDescription(errno) }
        return kindProblem(status)
    }

    /// The bytes of the regular file at `path`. Refuses anything else, and a file longer than `maxBytes`
    /// (reading at most `maxBytes + 1` bytes to find out). `what` names the file in messages ("file",
    /// "density table").
    public static func read(atPath path: String, displayName: String? = nil, maxBytes: Int,
                            what: String = "file") throws(DiagnosticError) -> Data {
        let start = SourceLocation(file: displayName ?? path, line: 1, column: 1)
        func fail(_ reason: String) -> DiagnosticError {
            // A directory listing turns a name that is not UTF-8 into U+FFFD, and no file has that name: say why.
            let note = reason == errnoDescription(ENOENT) && path.unicodeScalars.contains("\u{FFFD}")
                ? " (the file name is not valid UTF-8, shown here with U+FFFD, and cannot be opened by it: rename the file)" : ""
            return DiagnosticError(.error("cannot read \(what): \(reason)\(note)", at: start))
        }
        // stat before open: opening a FIFO for reading blocks until a writer appears.
        if let problem = problem(atPath: path) { throw fail(problem) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(errnoDescription(errno)) }
        defer { close(descriptor) }
        // fstat the opened file too: the path may have been swapped between stat and open.
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw fail(errnoDescription(errno)) }
        if let problem = kindProblem(status) { throw fail(problem) }
        let declared = Int(status.st_size)
        if declared > maxBytes {
            throw DiagnosticError(.error("\(what) is too large: expected at most \(maxBytes) bytes, found more", at: start))
        }
        var data = Data()
        // Sized to the file (one byte more, to see its end at once) rather than 64 KB zeroed per small descriptor.
        var buffer = [UInt8](repeating: 0, count: min(65_536, max(declared + 1, 4_096)))
        while data.count <= maxBytes {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errnoDescription(errno)
                throw fail(declared == 0 ? "not a regular file (a special file that reports size 0, as under /proc)" : reason)
            }
            if count == 0 { break }
            if declared == 0 {
                // A regular file of size 0 that yields bytes is a kernel pseudo-file (/proc, /sys): not an input.
                throw fail("not a regular file (a special file that reports size 0, as under /proc)")
            }
            data.append(contentsOf: buffer[0..<count])
        }
        if data.count > maxBytes {
            throw DiagnosticError(.error("\(what) is too large: expected at most \(maxBytes) bytes, found more", at: start))
        }
        return data
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
        #else
        return Darwin.read(descriptor, buffer, count)
        #endif
    }

    static func kindProblem(_ status: stat) -> String? {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "it is a directory"
        case S_IFIFO: return "not a regular file (a named pipe)"
        case S_IFCHR: return "not a regular file (a character device)"
        case S_IFBLK: return "not a regular file (a block device)"
        case S_IFSOCK: return "not a regular file (a socket)"
        default: return "not a regular file"
        }
    }

    /// `errno` as the C library words it, lowercased to read inside a sentence ("no such file or directory").
    static func errnoDescription(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case ELOOP: return "too many levels of symbolic links"
        case EACCES, EPERM: return "permission denied"
        default:
            guard let text = strerror(code) else { return "error \(code)" }
            let message = String(cString: text)
            return message.prefix(1).lowercased() + message.dropFirst()
        }
    }
}
