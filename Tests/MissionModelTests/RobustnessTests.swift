import Diagnostics
import Foundation
import Testing
@testable import MissionModel
import StewardTestSupport

/// Hostile and broken inputs: rejected quickly, in bounded memory, never a crash.
@Suite struct RobustnessTests {
    func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("steward-\(UUID().uuidString)-\(name)")
    }

    @Test func thirtyMegabyteFileIsRejectedQuickly() throws {
        let url = temporaryFile("huge.yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        let line = Data("description: \(String(repeating: "x", count: 1000))\n".utf8)
        var data = Data()
        data.reserveCapacity(30 << 20)
        while data.count < 30 << 20 { data.append(line) }
        try data.write(to: url)
        let start = ContinuousClock.now
        let result = MissionLoader.load(contentsOf: url.path, displayName: "huge.yaml")
        let elapsed = ContinuousClock.now - start
        #expect(result.mission == nil)
        #expect(result.diagnostics.map(\.description) == ["huge.yaml:1:1: error: file is too large: expected at most 2097152 bytes, found more"])
        #expect(elapsed < .seconds(1))
    }

    @Test func billionLaughsIsRejectedQuickly() throws {
        var text = "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let start = ContinuousClock.now
        let result = load(text, file: "laughs.yaml")
        let elapsed = ContinuousClock.now - start
        #expect(result.mission == nil)
        let first = try #require(result.diagnostics.first)
        #expect(first.message == "document is too large: expected at most 250000 values after expanding aliases")
        #expect(elapsed < .seconds(1))
    }

    @Test func deepNestingIsRejected() throws {
        let text = "id: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let result = load(text)
        let first = try #require(result.diagnostics.first)
        #expect(first.description == "m.yaml:1:69: error: nesting is too deep: expected at most 64 levels of lists and mappings")
    }

    @Test func invalidUTF8IsLocated() throws {
        var data = Data("format: steward/mission@1\nid: ab".utf8)
        data.append(0xFF)
        let result = MissionLoader.load(data: data, file: "bin.yaml")
        #expect(result.diagnostics.map(\.description) == ["bin.yaml:2:7: error: invalid UTF-8: expected a UTF-8 text file, found byte 0xFF"])
    }

    @Test func emptyAndNonMappingDocuments() {
        #expect(load("").diagnostics.map(\.description) == ["m.yaml:1:1: error: file is empty: expected a YAML or JSON document"])
        #expect(load("- 1\n- 2\n").diagnostics.map(\.description) == ["m.yaml:1:1: error: document must be a mapping, found a list"])
        #expect(load("just text").diagnostics.map(\.description) == ["m.yaml:1:1: error: document must be a mapping, found a string \"just text\""])
    }

    @Test func randomBytesNeverCrash() {
        var random = SplitMix64(seed: 0x5EED)
        for _ in 0..<400 {
            let count = Int.random(in: 0...600, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            let result = MissionLoader.load(data: Data(bytes), file: "random.yaml")
            #expect(result.mission == nil)
            #expect(!result.diagnostics.isEmpty)
        }
    }

    @Test func mutatedExamplesNeverCrashAndAlwaysExplain() throws {
        let url = repositoryRoot.appendingPathComponent("Examples/aurora-3u.yaml")
        let original = Array(try Data(contentsOf: url))
        let alphabet = Array(": -[]{},&*!|>'\"#%@`\n\t0123456789.eE+~\\".utf8)
        var random = SplitMix64(seed: 42)
        for _ in 0..<1500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                guard !bytes.isEmpty else { break }
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] = alphabet.randomElement(using: &random) ?? 0x20
                case 1: bytes.insert(alphabet.randomElement(using: &random) ?? 0x20, at: at)
                case 2: bytes.remove(at: at)
                default: bytes[at] = UInt8.random(in: 0...255, using: &random)
                }
            }
            let result = MissionLoader.load(data: Data(bytes), file: "mutant.yaml")
            // Either a valid mission or at least one located error; never a crash, never a silent failure.
            if result.mission == nil {
                #expect(result.diagnostics.contains { $0.severity == .error && $0.location != nil })
            }
        }
    }
}
