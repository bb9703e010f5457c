import Foundation
import StewardTestSupport

/// Runs the built `steward` executable, as a user or a CI job would.
struct StewardBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the run outlived its `timeout` and was killed (a hang).
        var timedOut = false
    }

    /// The repository root: commands run there so relative example paths work.
    static let repositoryRoot = Repository.root

    /// The executable next to the test bundle (same products directory), else in `.build` of this checkout.
    /// `STEWARD_BINARY` overrides both, for testing an installed or copied binary.
    static let url: URL? = {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["STEWARD_BINARY"], fileManager.isExecutableFile(atPath: override) {
            return URL(fileURLWithPath: override)
        }
        var directories: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
            directories.append(bundle.bundleURL)
            if let executable = bundle.executableURL { directories.append(executable.deletingLastPathComponent()) }
        }
        if let argument = CommandLine.arguments.first {
            directories.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        let build = repositoryRoot.appendingPathComponent(".build")
        directories.append(build.appendingPathComponent("debug"))
        directories.append(build.appendingPathComponent("release"))
        if let triples = try? fileManager.contentsOfDirectory(atPath: build.path) {
            for triple in triples.sorted() {
                directories.append(build.appendingPathComponent(triple).appendingPathComponent("debug"))
                directories.append(build.appendingPathComponent(triple).appendingPathComponent("release"))
            }
        }
        return directories.map { $0.appendingPathComponent("steward") }
            .first { fileManager.isExecutableFile(atPath: $0.path) && !isDirectory($0) }
    }()

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }

    /// Runs `steward arguments…` in `directory` (default the repository root, so relative example paths work),
    /// with `environment` added to this process's own. `COLUMNS` is 80 unless `environment` says otherwise, so
    /// text output (and its golden files) does not depend on the shell the tests run from.
    /// A `timeout` (seconds) kills a run that hangs, so a regression fails the test instead of blocking the suite.
    static func run(_ arguments: [String], in directory: String = repositoryRoot.path,
                    environment: [String: String] = [:], timeout: TimeInterval? = nil) throws -> Run {
        guard let url else { throw MissingBinary() }
        return try runProgram(url.path, arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Runs any program the same way (a script that calls steward, a shell).
    static func runProgram(_ program: String, _ arguments: [String], in directory: String = repositoryRoot.path,
                           environment: [String: String] = [:], timeout: TimeInterval? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["COLUMNS": "80"].merging(environment) { _, new in new }) { _, new in new }
        // Files, not pipes: a large output can never fill a pipe buffer and deadlock the test.
        let scratch = try ScratchDirectory.make("steward-cli")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        var timedOut = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning {
                timedOut = true
                // SIGKILL: the child inherits the test runner's blocked-signal mask, which blocks SIGTERM.
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self), timedOut: timedOut)
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "the steward executable was not found next to the tests or in .build; run `swift build` first or set STEWARD_BINARY" }
    }
}
