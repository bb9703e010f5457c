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
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw Failure("cannot write \(path): \(OutputFile.reason(errno))") }
            if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
            target = .temporary(descriptor: descriptor, temporary: temporary, destination: destination)
        }

        deinit { discard() }

        /// Appends `text`. A write error discards the temporary file and is thrown.
        public func write(_ text: String) throws(Failure) {
            guard !text.isEmpty else { return }
            let data = Data(text.utf8)
            do {
                switch target {
                case .standardOutput: try OutputFile.writeAll(data, to: STDOUT_FILENO)
                case .inPlace(let descriptor), .temporary(let descriptor, _, _): try OutputFile.writeAll(data, to: descriptor)
                case .closed: return
                }
            } catch {
                discard()
                throw Failure("cannot write \(path ?? "to standard output"): \(error.description)")
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
            }
        }
    }
}
