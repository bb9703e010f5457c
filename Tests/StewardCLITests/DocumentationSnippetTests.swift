import Foundation
import Testing
import Yams
import StewardTestSupport

/// Every YAML and shell snippet of README.md and docs/*.md, checked so the documentation cannot drift:
///
/// - a YAML block that is a descriptor (`format: steward/mission@1`) must pass `steward check`, one that is a
///   ruleset (`format: steward/ruleset@1`) must pass `steward rules lint`; any other YAML block must be marked
///   as a fragment, with ```` ```yaml fragment ```` or `<!-- snippet: fragment -->` on the line before it;
/// - in ```` ```console ```` blocks every `$ steward …` or `$ swift run steward …` command is run with the built
///   binary and its output (both streams, in the order written) compared with the lines shown; a line that is only `…` stands for
///   any number of lines. A command shown without output must exit 0;
/// - in ```` ```sh ```` blocks every line that runs steward must exit 0 (other lines, e.g. `swift test`, are not run).
///
/// Each document runs in its own scratch folder that links the repository's `Examples`, `Rulesets`, `docs` and
/// `schemas`, so relative paths print as in the docs and files a tutorial writes do not touch the checkout.
/// Markers on the line before a block: `<!-- snippet: file NAME -->` also writes the block to NAME (a tutorial
/// step that edits a file; `append NAME` adds it to NAME's end); `<!-- snippet: given NAME from PATH -->` copies a repository file to NAME first;
/// `<!-- snippet: output not compared -->` runs the commands but checks neither what they print nor their status.
@Suite struct DocumentationSnippetTests {
    struct Block {
        var document: String
        var line: Int
        var info: String
        var marker: String?
        var text: String
    }

    static func documents() throws -> [String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: Repository.url("docs").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return ["README.md"] + docs
    }

    static func blocks(in document: String) throws -> [Block] {
        let text = try String(contentsOf: Repository.url(document), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```") else { index += 1; continue }
            let info = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
            let previous = index > 0 ? lines[index - 1].trimmingCharacters(in: .whitespaces) : ""
            var marker: String?
            if previous.hasPrefix("<!-- snippet:"), previous.hasSuffix("-->") {
                marker = String(previous.dropFirst("<!-- snippet:".count).dropLast(3)).trimmingCharacters(in: .whitespaces)
            }
            var body: [String] = []
            index += 1
            while index < lines.count, !lines[index].hasPrefix("```") {
                body.append(lines[index])
                index += 1
            }
            blocks.append(Block(document: document, line: index - body.count, info: info, marker: marker,
                                text: body.joined(separator: "\n") + "\n"))
            index += 1
        }
        return blocks
    }

    /// Whether `actual` matches the lines shown, where a line that is only "…" matches any run of lines.
    static func matches(_ actual: [String], _ shown: [String]) -> Bool {
        var memo: [Int: Bool] = [:]
        func match(_ a: Int, _ s: Int) -> Bool {
            let key = a * (shown.count + 1) + s
            if let known = memo[key] { return known }
            let result: Bool
            if s == shown.count {
                result = a == actual.count
            } else if shown[s].trimmingCharacters(in: .whitespaces) == "…" {
                result = match(a, s + 1) || (a < actual.count && match(a + 1, s))
            } else {
                result = a < actual.count && actual[a] == shown[s] && match(a + 1, s + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }

    static func trimmedLines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n").map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Runs one shell command line in `directory` with `steward` on the PATH; output is stdout then stderr.
    static func shell(_ command: String, in directory: URL) throws -> (status: Int32, output: String) {
        guard let binary = StewardBinary.url else { throw StewardBinary.MissingBinary() }
        let line = command.replacingOccurrences(of: "swift run steward ", with: "steward ")
        let path = binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = path
        environment["COLUMNS"] = "80"
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        process.environment = environment
        // One file for both streams, as on a terminal: diagnostics (stderr, unbuffered) then the verdict.
        let out = directory.appendingPathComponent(".snippet-output")
        try Data().write(to: out)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        try? FileManager.default.removeItem(at: out)
        return (process.terminationStatus, output)
    }

    static func scratchCopy(for document: String) throws -> URL {
        let directory = try ScratchDirectory.make("docs-snippets")
        for folder in ["Examples", "Rulesets", "docs", "schemas"] {
            try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent(folder),
                                                       withDestinationURL: Repository.url(folder))
        }
        return directory
    }

    /// Commands and the output shown after each, from a console block.
    static func commands(in block: Block) -> [(command: String, shown: [String])] {
        var result: [(String, [String])] = []
        for line in block.text.components(separatedBy: "\n") {
            if line.hasPrefix("$ ") {
                result.append((String(line.dropFirst(2)), []))
            } else if !result.isEmpty {
                result[result.count - 1].1.append(line)
            }
        }
        return result.map { command, shown in
            var shown = shown
            while shown.last?.isEmpty == true { shown.removeLast() }
            return (command, shown)
        }
    }

    static func runsSteward(_ command: String) -> Bool {
        command.hasPrefix("steward ") || command.hasPrefix("swift run steward ")
    }

    @Test(arguments: try documents())
    func everySnippetOfTheDocumentHolds(_ document: String) throws {
        let blocks = try Self.blocks(in: document)
        let directory = try Self.scratchCopy(for: document)
        defer { try? FileManager.default.removeItem(at: directory) }
        for block in blocks {
            let place = "\(document):\(block.line)"
            let words = block.marker?.split(separator: " ").map(String.init) ?? []
            if words.first == "given", words.count == 4, words[2] == "from" {
                try FileManager.default.copyItem(at: Repository.url(words[3]), to: directory.appendingPathComponent(words[1]))
            }
            // The file a `file`/`append` block writes is what gets checked: an appended part is not a ruleset alone.
            var target: String?
            if words.first == "file" || words.first == "append", words.count == 2 {
                let url = directory.appendingPathComponent(words[1])
                let before = words.first == "append" ? ((try? String(contentsOf: url, encoding: .utf8)) ?? "") : ""
                try Data((before + block.text).utf8).write(to: url)
                target = words[1]
            }
            let language = block.info.split(separator: " ").first.map(String.init) ?? ""
            switch language {
            case "yaml":
                guard block.marker != "fragment", !block.info.contains("fragment") else { continue }
                let name = target ?? ".snippet.yaml"
                if target == nil { try Data(block.text.utf8).write(to: directory.appendingPathComponent(name)) }
                let content = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let command: String
                if content.contains("format: steward/mission@1") {
                    command = "steward check \(name)"
                } else if content.contains("format: steward/ruleset@1") {
                    command = "steward rules lint \(name)"
                } else if content.contains("format: steward/materials@1") {
                    command = "steward facts Examples/aurora-3u.yaml --assume materials=\(name)"
                } else if let object = try? Yams.load(yaml: content) as? [String: Any],
                          object["jobs"] != nil || object["repos"] != nil || object[".pre-commit"] != nil {
                    // A CI workflow or a pre-commit configuration: it must parse; the steward commands it runs are
                    // the ones the sh and console blocks test.
                    continue
                } else {
                    Issue.record("\(place): a YAML block that is neither a descriptor nor a ruleset: mark it ```yaml fragment")
                    continue
                }
                let run = try Self.shell(command, in: directory)
                #expect(run.status == 0, "\(place): `\(command)` on the block failed:\n\(run.output)")
            case "console":
                for (command, shown) in Self.commands(in: block) where Self.runsSteward(command) {
                    let run = try Self.shell(command, in: directory)
                    if block.marker == "output not compared" {
                        continue
                    } else if shown.isEmpty {
                        #expect(run.status == 0, "\(place): `\(command)` exited \(run.status):\n\(run.output)")
                    } else {
                        let actual = Self.trimmedLines(run.output)
                        #expect(Self.matches(actual, shown.map { String($0.reversed().drop { $0 == " " }.reversed()) }),
                                "\(place): `\(command)` printed:\n\(actual.joined(separator: "\n"))\n--- the document shows:\n\(shown.joined(separator: "\n"))")
                    }
                }
            case "sh", "shell", "bash":
                for line in block.text.components(separatedBy: "\n") where Self.runsSteward(line) {
                    let run = try Self.shell(line, in: directory)
                    #expect(run.status == 0, "\(place): `\(line)` exited \(run.status):\n\(run.output)")
                }
            default:
                continue
            }
        }
    }

    /// Markers switch checks off, so they stay few: each one is a place the docs are trusted, not tested.
    @Test func fewBlocksAreExemptFromChecking() throws {
        var exempt: [String] = []
        for document in try Self.documents() {
            for block in try Self.blocks(in: document)
            where block.info.contains("fragment") || block.marker == "fragment" || block.marker == "output not compared" {
                exempt.append("\(document):\(block.line)")
            }
        }
        #expect(exempt.count <= 8, "exempt blocks: \(exempt)")
    }

    @Test func theMatcherHonoursElisions() {
        #expect(Self.matches(["a", "b", "c"], ["a", "…", "c"]))
        #expect(Self.matches(["a", "c"], ["a", "…", "c"]))
        #expect(!Self.matches(["a", "b", "d"], ["a", "…", "c"]))
        #expect(!Self.matches(["a", "b"], ["a"]))
        #expect(Self.matches(["x", "a"], ["…", "a"]))
    }
}
