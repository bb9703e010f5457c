import Foundation
import StewardTestSupport
import Testing

@Suite struct StewardTestSupportTests {
    @Test func repositoryRootIsThisCheckout() {
        #expect(FileManager.default.fileExists(atPath: Repository.url("Package.swift").path))
        #expect(FileManager.default.fileExists(atPath: Repository.url("Examples/aurora-3u.yaml").path))
    }

    /// The first outputs for seed 0 are those of the reference implementation (Vigna, splitmix64.c).
    @Test func splitMixMatchesTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func goldenFileRecordsTheFirstDifferingLine() throws {
        let file = try ScratchDirectory.file("golden.txt", "a\nb\nc\n")
        defer { ScratchDirectory.remove(holding: file) }
        try GoldenFile.check("a\nb\nc\n", against: URL(fileURLWithPath: file))
        try withKnownIssue {
            try GoldenFile.check("a\nB\nc\n", against: URL(fileURLWithPath: file))
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("golden.txt differs from the golden file at line 2") }
        }
    }

    @Test func aToolOnPathIsFound() {
        #expect(requireTool("sh", isCI: true) != nil)
    }

    @Test func aMissingToolSkipsLocally() {
        #expect(requireTool("steward-no-such-tool", isCI: false) == nil)
    }

    /// Under CI=true a validation whose tool is missing must fail, never pass by skipping.
    @Test func aMissingToolFailsOnCI() {
        withKnownIssue {
            #expect(requireTool("steward-no-such-tool", isCI: true) == nil)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("steward-no-such-tool is not on PATH; CI=true requires") }
        }
    }
}
