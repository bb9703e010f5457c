import Foundation

extension OutputFile {
    /// An output written piece by piece while a batch is rated, with the guarantees of `OutputFile.write`: a file
    /// is built in a temporary file beside it and renamed into place by `commit()`, so a run that fails or is
    /// killed leaves the previous file intact; standard output, and destinations that are not regular files
    /// (`/dev/stdout`, a FIFO), are written as the pieces come.
    ///
    /// `discard()` (or dropping an uncommitted stream) removes the temporary file.
    public final class Stream {
        private enum Target {
            case standardOutput
            case inPlace(descriptor: Int32)
            case temporary(descriptor: Int32, temporary: String, destination: String)
            case closed
        }

        /// The path written to, or nil for standard output; named in error messages.
        public let path: String?
        private var target: Target

        /// Opens standard output (`path` nil) or a temporary file for `path`.
        public init(path: String?) throws(Failure) {
            self.path = path
            guard let path else {
                fflush(nil)  // anything `print` buffered goes first, in order
                target = .standardOutput
                return
            }
            // As in `write(_:to:)`: follow symbolic links, refuse a directory, write a non-regular file in place.
            var existing = stat()
            let exists = stat(path, &existing) == 0
            let kind = existing.st_mode & S_IFMT
            if exists, kind == S_IFDIR { throw Failure("cannot write \(path): it is a directory") }
            if exists, kind != S_IFREG {
                let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK)
                guard descriptor >= 0 else { throw Failure("cannot write \(path): \(OutputFile.reason(errno))") }
                target = .inPlace(descriptor: descriptor)
                return
            }
            let destination = exists ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
            let url = URL(fileURLWithPath: destination)
            let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent
                + ".steward-\(getpid())-\(UInt32.random(in: 0 ... .max))"
            // Registered before it is created: a signal arriving in between must not leave the file behind
            // (removing a path that does not exist yet is harmless).
            slot = InterruptCleanup.register(temporary)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else {
                let reason = OutputFile.reason(errno)
                InterruptCleanup.unregister(slot)
                slot = nil
                throw Failure("cannot write \(path): \(reason)")
            }
            if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
            target = .temporary(descriptor: descriptor, temporary: temporary, destination: destination)
        }

        /// The temporary file's entry in `InterruptCleanup`, removed once the file is renamed or discarded.
        private var slot: Int?

        deinit { discard() }

        /// Appends `text`. A write error discards the temporary file and is thrown.
        public func write(_ text: String) throws(Failure) {
            guard !text.isEmpty else { return }
            // A native string's UTF-8 bytes are written where they are: the end of a large SARIF log is hundreds
            // of megabytes, and a copy into `Data` would double it.
            var text = text
            var failure: Failure?
            text.withUTF8 { utf8 in
                do throws(Failure) { try write(bytes: UnsafeRawBufferPointer(utf8)) } catch { failure = error }
            }
            if let failure { throw failure }
        }

        /// Writes UTF-8 bytes as they are (a report rendered as bytes needs no `String` on the way).
        public func write(bytes: UnsafeRawBufferPointer) throws(Failure) {
            guard !bytes.isEmpty else { return }
            let descriptor: Int32
            switch target {
            case .standardOutput: descriptor = STDOUT_FILENO
            case .inPlace(let file), .temporary(let file, _, _): descriptor = file
            case .closed: return
            }
            if let problem = OutputFile.writeProblem(bytes, to: descriptor) {
                discard()
                throw Failure("cannot write \(path ?? "to standard output"): \(OutputFile.reason(problem))")
            }
        }

        /// Flushes the file to disk and renames it into place (standard output and in-place files: nothing to do).
        public func commit() throws(Failure) {
            let current = target
            target = .closed
            switch current {
            case .standardOutput, .closed:
                return
            case .inPlace(let descriptor):
                close(descriptor)
            case .temporary(let descriptor, let temporary, let destination):
                defer { InterruptCleanup.unregister(slot) }
                let name = path ?? destination
                guard fsync(descriptor) == 0 || errno == EINVAL else {
                    let problem = OutputFile.reason(errno)
                    close(descriptor)
                    unlink(temporary)
                    throw Failure("cannot write \(name): \(problem)")
                }
                guard close(descriptor) == 0 else {
                    let problem = OutputFile.reason(errno)
                    unlink(temporary)
                    throw Failure("cannot write \(name): \(problem)")
                }
                guard rename(temporary, destination) == 0 else {
                    let problem = OutputFile.reason(errno)
                    unlink(temporary)
                    throw Failure("cannot write \(name): \(problem)")
                }
            }
        }

        /// Abandons the output: the temporary file is removed and the destination left as it was.
        public func discard() {
            let current = target
            target = .closed
            switch current {
            case .standardOutput, .closed: return
            case .inPlace(let descriptor): close(descriptor)
            case .temporary(let descriptor, let temporary, _):
                close(descriptor)
                unlink(temporary)
                InterruptCleanup.unregister(slot)
            }
        }
    }
}

/// Removes the temporary files of unfinished output streams when the process is interrupted (SIGINT, SIGTERM,
/// SIGHUP), then lets the signal end the process as it would have: a streamed report is open for the whole run,
/// and Ctrl-C should leave the previous report and nothing else. (SIGKILL cannot be caught; its temporary file
/// stays, hidden, beside the report.)
///
/// The handler may only call async-signal-safe functions (`unlink`, `signal`, `raise`), so the paths are kept as
/// C strings in a fixed table it reads without locking or allocating.
enum InterruptCleanup {
    private static let capacity = 64
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false

    /// Records `path` for removal on interruption; nil when the table is full (the file is then only removed
    /// by a normal exit).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            installed = true
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            for interruption in [SIGINT, SIGTERM, SIGHUP] {
                let previous = signal(interruption) { received in
                    for index in 0..<InterruptCleanup.capacity {
                        if let path = InterruptCleanup.paths[index] { unlink(path) }
                    }
                    signal(received, SIG_DFL)
                    raise(received)
                }
                // A signal the parent set to be ignored (`nohup`, background jobs of a script) stays ignored.
                if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                    signal(interruption, SIG_IGN)
                } else {
                    sigaddset(&unblocked, interruption)
                }
            }
            // Delivered to this (the main) thread even when the parent spawned us with them blocked, as
            // libdispatch worker threads have them; rating threads keep them blocked.
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        }
        for index in 0..<capacity where paths[index] == nil {
            paths[index] = strdup(path)
            return index
        }
        return nil
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = paths[slot]
        paths[slot] = nil
        free(path)
    }
}
