import Foundation
import Testing

/// A clone of the repository must be complete: no file may point at a folder beside or outside it, and every
/// data set it carries must say where it came from.
@Suite("Self-contained repository")
struct SelfContainedRepositoryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Text files a reader or the build sees: sources, tests, docs, examples, rulesets, benchmarks, CI script.
    static func textFiles() -> [URL] {
        let folders = ["Sources", "Tests", "docs", "Examples", "Rulesets", "Benchmarks/Sources", "schemas", ".ci"]
        let extensions: Set<String> = ["swift", "md", "yaml", "yml", "json", ""]
        var files = [root.appendingPathComponent("README.md"), root.appendingPathComponent("Package.swift"),
                     root.appendingPathComponent("Benchmarks/Package.swift")]
        for folder in folders {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder),
                                                            includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      extensions.contains(url.pathExtension), !url.path.contains("/.build/") else { continue }
                files.append(url)
            }
        }
        return files
    }

    @Test("no file refers to a path outside the repository")
    func noOutsidePaths() throws {
        // Spelled in pieces so that this file does not match itself.
        let outside = ["/work/" + "shared", "/work/" + "main", "../" + "shar" + "ed/", "`" + "shar" + "ed/"]
        let files = Self.textFiles()
        #expect(files.count > 100)
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for pattern in outside where line.contains(pattern) {
                    Issue.record("\(file.path.dropFirst(Self.root.path.count + 1)):\(number + 1): refers to \(pattern)")
                }
            }
        }
    }

    @Test("every data set in Data/ is described in Data/README.md")
    func dataSetsHaveProvenance() throws {
        let data = Self.root.appendingPathComponent("Data")
        let readme = try String(contentsOf: data.appendingPathComponent("README.md"), encoding: .utf8)
        let enumerator = FileManager.default.enumerator(at: data, includingPropertiesForKeys: [.isRegularFileKey])
        var count = 0
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  url.lastPathComponent != "README.md" else { continue }
            count += 1
            let relative = String(url.path.dropFirst(data.path.count + 1))
            #expect(readme.contains("`\(relative)`"), "Data/README.md does not describe \(relative)")
        }
        #expect(count >= 4)
    }
}
