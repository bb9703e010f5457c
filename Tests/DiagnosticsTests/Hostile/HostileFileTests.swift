import Foundation
import Testing
@testable import Diagnostics

/// Reading files that are not what they claim (issue 11): FIFOs, directories, symlink loops, /proc files, and
/// references that lead outside the referencing file's directory.
@Suite("Hostile files")
struct HostileFileTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static func readProblem(_ path: String) -> String? {
        do {
            _ = try YAMLLoader.load(contentsOf: path)
            return nil
        } catch {
            return error.diagnostics.first?.message
        }
    }

    @Test("a FIFO is refused without opening it (opening one blocks until a writer appears)")
    func fifoIsRefused() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("mission.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        #expect(Self.readProblem(fifo) == "cannot read file: not a regular file (a named pipe)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test("directories, devices, symlink loops and /proc files get plain messages")
    func otherNonRegularFiles() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(Self.readProblem(directory.path) == "cannot read file: it is a directory")
        #expect(Self.readProblem("/dev/zero") == "cannot read file: not a regular file (a character device)")
        let a = directory.appendingPathComponent("loop-a.yaml").path
        let b = directory.appendingPathComponent("loop-b.yaml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        #expect(Self.readProblem(a) == "cannot read file: too many levels of symbolic links")
        #expect(Self.readProblem(directory.appendingPathComponent("missing.yaml").path) == "cannot read file: no such file")
        let proc = Self.readProblem("/proc/self/mem")
        #expect(proc == "cannot read file: not a regular file (a special file that reports size 0, as under /proc)")
        #expect(Self.readProblem("/proc/self/environ")?.hasPrefix("cannot read file: not a regular file") == true)
    }

    @Test("an empty regular file is read (and reported as empty by the loader), not refused as special")
    func emptyFile() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("empty.yaml").path
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(Self.readProblem(path) == "file is empty: expected a YAML or JSON document")
    }

    @Test("ConfinedPath allows the directory and below, refuses .., absolute paths and symlinks leading out")
    func confinement() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let inner = root.appendingPathComponent("rulesets")
        try FileManager.default.createDirectory(at: inner.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let outside = root.appendingPathComponent("secret.yaml")
        FileManager.default.createFile(atPath: outside.path, contents: Data("k: v\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: inner.appendingPathComponent("link.yaml").path,
                                                   withDestinationPath: outside.path)
        let confined = ConfinedPath()
        #expect((try? confined.resolve("base.yaml", relativeTo: inner.path)) == inner.appendingPathComponent("base.yaml").path)
        #expect((try? confined.resolve("sub/base.yaml", relativeTo: inner.path)) != nil)
        #expect((try? confined.resolve("../secret.yaml", relativeTo: inner.path)) == nil)
        #expect((try? confined.resolve("sub/../../secret.yaml", relativeTo: inner.path)) == nil)
        #expect((try? confined.resolve("/etc/passwd", relativeTo: inner.path)) == nil)
        #expect((try? confined.resolve("link.yaml", relativeTo: inner.path)) == nil)
        let allowed = ConfinedPath(allowedDirectories: [root.path])
        #expect((try? allowed.resolve("../secret.yaml", relativeTo: inner.path)) != nil)
        #expect((try? allowed.resolve("link.yaml", relativeTo: inner.path)) != nil)
        do throws(ConfinedPath.Refusal) {
            _ = try confined.resolve("/etc/passwd", relativeTo: inner.path)
        } catch {
            #expect(error.message.hasPrefix("'/etc/passwd' is outside"))
        }
    }
}
