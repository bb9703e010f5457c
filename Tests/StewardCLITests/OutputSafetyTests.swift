import Foundation
import StewardTestSupport
import Testing

/// Output files are written atomically, never over an input, and a failed write is an error (exit 74).
@Suite("Output safety")
struct OutputSafetyTests {
    static let examples = ["aurora-3u", "kestrel-eo", "meridian-broadband", "helios-geo", "esc-a-gto",
                           "selene-lunar-orbiter", "iss", "envisat", "oneweb-gen1"].map { "Examples/\($0).yaml" }

    @Test("a writer killed at any moment leaves the previous report or a complete new one, never a torn file")
    func killedWriterLeavesOldFileIntact() throws {
        guard let binary = StewardBinary.url else { throw StewardBinary.MissingBinary() }
        let scratch = try ScratchDirectory.make("steward-atomic")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("ratings.json")
        let previous = "{\"previous\": true}\n"
        var sawOld = 0, sawNew = 0
        // Delays spread over the run (load, physics, rendering, writing): whichever moment the kill lands on,
        // the file must parse.
        for delay in stride(from: 0.05, through: 1.6, by: 0.15) {
            try Data(previous.utf8).write(to: output)
            let process = Process()
            process.executableURL = binary
            process.arguments = ["rate"] + Self.examples + ["--format", "json", "--output", output.path]
            process.currentDirectoryURL = StewardBinary.repositoryRoot
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let text = try String(contentsOf: output, encoding: .utf8)
            if text == previous {
                sawOld += 1
            } else {
                #expect(throws: Never.self, "torn file after \(delay) s") {
                    try JSONSerialization.jsonObject(with: Data(text.utf8))
                }
                #expect(text.contains("\"steward/ratings@1\""))
                sawNew += 1
            }
        }
        #expect(sawOld + sawNew == 11)
        // The report replaces the file (a new inode renamed into place) rather than rewriting it where it is:
        // that is what makes the kills above harmless, whatever the timing.
        let inodeBefore = try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? UInt64
        let finished = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--output", output.path])
        #expect(finished.status == 0)
        let inodeAfter = try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? UInt64
        #expect(inodeBefore != nil && inodeBefore != inodeAfter, "the output was rewritten in place")
        // No temporary file is left behind by a run that finished.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
            .filter { $0.hasPrefix(".ratings.json.steward-") }
        // Killed runs may leave their temporary file (SIGKILL cannot be caught); the finished run leaves none.
        #expect(leftovers.count <= sawOld)
    }

    @Test("--output naming an input (directly, through a symbolic link, or a hard link) is refused with exit 64")
    func refusesToOverwriteAnInput() throws {
        let scratch = try ScratchDirectory.make("steward-clobber")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let descriptor = scratch.appendingPathComponent("m.yaml")
        let original = try Data(contentsOf: StewardBinary.repositoryRoot.appendingPathComponent("Examples/aurora-3u.yaml"))
        try original.write(to: descriptor)
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("link.yaml").path,
                                                   withDestinationPath: descriptor.path)
        try FileManager.default.linkItem(atPath: descriptor.path, toPath: scratch.appendingPathComponent("hard.yaml").path)
        for target in ["m.yaml", "./m.yaml", "link.yaml", "hard.yaml"] {
            let run = try StewardBinary.run(["rate", "m.yaml", "--output", target], in: scratch.path)
            #expect(run.status == 64, "\(target): \(run.stderr)")
            #expect(run.stderr.contains("would overwrite the input"), "\(target): \(run.stderr)")
        }
        #expect(try Data(contentsOf: descriptor) == original)
    }

    @Test("a symbolic link as --output keeps the link and replaces the file it leads to")
    func symbolicLinkOutputStaysALink() throws {
        let scratch = try ScratchDirectory.make("steward-link")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let target = scratch.appendingPathComponent("report.txt")
        try Data("old\n".utf8).write(to: target)
        let link = scratch.appendingPathComponent("latest.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "report.txt")
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--output", link.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "report.txt")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("aurora-3u"))
    }

    @Test("a full standard output is an error with exit 74, for reports and for printed output alike",
          arguments: [["rate", "Examples/aurora-3u.yaml"], ["check", "Examples/aurora-3u.yaml"],
                      ["facts", "Examples/aurora-3u.yaml"], ["rules", "list"], ["--help"]])
    func fullStandardOutput(arguments: [String]) throws {
        guard let binary = StewardBinary.url else { throw StewardBinary.MissingBinary() }
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }  // Linux only
        let errors = try ScratchDirectory.make("steward-full")
        defer { try? FileManager.default.removeItem(at: errors) }
        let stderrFile = errors.appendingPathComponent("stderr")
        try Data().write(to: stderrFile)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = StewardBinary.repositoryRoot
        process.standardOutput = full
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 74, "\(arguments)")
        #expect(try String(contentsOf: stderrFile, encoding: .utf8).contains("cannot write to standard output"))
    }

    @Test("a report that cannot be written (missing folder) exits 74 and says why")
    func unwritableOutput() throws {
        let run = try StewardBinary.run(["rate", "Examples/aurora-3u.yaml", "--output", "/nonexistent-steward/dir/out.txt"])
        #expect(run.status == 74)
        #expect(run.stderr.contains("cannot write /nonexistent-steward/dir/out.txt"))
    }
}

@Suite("Mission inputs on the command line")
struct MissionInputsCommandTests {
    @Test("check and rate take a directory and --files-from; nothing at all is a usage error")
    func directoriesAndLists() throws {
        let checked = try StewardBinary.run(["check", "Examples"])
        #expect(checked.status == 0)
        #expect(checked.stdout.split(separator: "\n").count == 10, "\(checked.stdout)")
        let list = try ScratchDirectory.file("list.txt", "Examples/iss.yaml\nExamples/envisat.yaml\n")
        defer { ScratchDirectory.remove(holding: list) }
        let rated = try StewardBinary.run(["rate", "--files-from", list, "--format", "json"])
        #expect(rated.status == 0, "\(rated.stderr)")
        #expect(rated.stdout.contains("\"id\" : \"iss\"") && rated.stdout.contains("\"id\" : \"envisat\""))
        let nothing = try StewardBinary.run(["check"])
        #expect(nothing.status == 64)
        #expect(nothing.stderr.contains("give at least one mission descriptor"))
    }
}
