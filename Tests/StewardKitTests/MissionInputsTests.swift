import Foundation
import StewardKit
import StewardTestSupport
import Testing

@Suite("Mission inputs: directories and --files-from lists")
struct MissionInputsTests {
    @Test("a directory stands for its descriptor files, recursively and sorted; hidden and other files are skipped")
    func directoriesExpand() throws {
        let root = try ScratchDirectory.make("steward-inputs")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("b/deeper"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for name in ["z.yaml", "a.json", "notes.txt", "b/m.yml", "b/deeper/x.YAML", ".hidden.yaml", ".git/config.yaml"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        let paths = try MissionInputs.expand([root.path, "missing.yaml"])
        let names = paths.map { $0.hasPrefix(root.path) ? String($0.dropFirst(root.path.count + 1)) : $0 }
        #expect(names == ["a.json", "b/deeper/x.YAML", "b/m.yml", "z.yaml", "missing.yaml"])
    }

    @Test("a directory listing follows no symbolic link and takes no FIFO; a path ending in / lists the same")
    func directoriesSkipLinksAndSpecialFiles() throws {
        let root = try ScratchDirectory.make("steward-inputs-links")
        let outside = try ScratchDirectory.make("steward-inputs-outside")
        defer { for folder in [root, outside] { try? FileManager.default.removeItem(at: folder) } }
        let manager = FileManager.default
        try Data("x".utf8).write(to: outside.appendingPathComponent("elsewhere.yaml"))
        try Data("x".utf8).write(to: root.appendingPathComponent("own.yaml"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link.yaml").path,
                                       withDestinationPath: outside.appendingPathComponent("elsewhere.yaml").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("folder").path, withDestinationPath: outside.path)
        #expect(mkfifo(root.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        #expect(try MissionInputs.expand([root.path]) == [root.appendingPathComponent("own.yaml").path])
        #expect(try MissionInputs.expand([root.path + "/"]) == [root.appendingPathComponent("own.yaml").path])
    }

    @Test("--files-from lists paths one per line, skipping blanks and # comments; '-' reads standard input")
    func listsAreRead() throws {
        let list = try ScratchDirectory.file("list.txt", "# fleet\nExamples/iss.yaml\n\n  Examples/envisat.yaml  \n")
        defer { ScratchDirectory.remove(holding: list) }
        let paths = try MissionInputs.expand(["Examples/aurora-3u.yaml"], lists: [list, "-"],
                                             standardInput: { Data("Examples/helios-geo.yaml\n".utf8) })
        #expect(paths == ["Examples/aurora-3u.yaml", "Examples/iss.yaml", "Examples/envisat.yaml", "Examples/helios-geo.yaml"])
    }

    @Test("a list that is not a readable regular file is a usage problem")
    func badList() throws {
        #expect(throws: MissionInputs.Problem.self) { try MissionInputs.expand([], lists: ["/nonexistent/list"]) }
        #expect(throws: MissionInputs.Problem.self) { try MissionInputs.expand([], lists: ["/tmp"]) }
        // A FIFO would block a plain open(2) forever; it is refused before opening.
        let folder = try ScratchDirectory.make("steward-fifo-list")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("list").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: MissionInputs.Problem.self) { try MissionInputs.expand([], lists: [fifo]) }
    }

    @Test("30,000 paths in a list cost no more than reading the list")
    func largeListIsLinear() throws {
        let text = (0..<30_000).map { "missions/m\($0).yaml" }.joined(separator: "\n")
        let list = try ScratchDirectory.file("many.txt", text)
        defer { ScratchDirectory.remove(holding: list) }
        let paths = try MissionInputs.expand([], lists: [list])
        #expect(paths.count == 30_000)
        #expect(paths.last == "missions/m29999.yaml")
    }
}
