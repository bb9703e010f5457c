#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libFuzzer's driver (compiler-rt `FuzzerInterface.h`, LLVM 11 and later): parses libFuzzer's flags from the
/// command line and calls `callback` with each input. SwiftPM names an executable's entry point
/// `<Module>_main` and links `main` to it, so libFuzzer's own `main` cannot be used; each harness's `@main`
/// calls this instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The shape every harness has: bytes in, 0 out; a crash, trap or sanitizer report is a finding.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with this process's arguments on `target`, then exits with libFuzzer's status.
public func runFuzzer(_ target: FuzzTarget) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}

/// The input as a buffer (libFuzzer may pass a null pointer for the empty input).
public func fuzzBytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    guard let start, count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: start, count: count)
}
