#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Whether everything written to standard output through `print` (stdio) reached it: flushes, then reads the
/// stream's sticky error flag, which a failed write sets even when stdio has already dropped the buffer.
/// Called once, on the main thread, as the process ends.
func standardOutputFailed() -> Bool {
    let flushFailed = fflush(stdout) != 0
    return flushFailed || ferror(stdout) != 0
}
