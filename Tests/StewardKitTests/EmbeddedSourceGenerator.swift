/// Renders text files as a Swift source file of string literals, so the binary carries its default rulesets
/// and works from any directory or as a copied executable, with no resource lookup at run time.
///
/// The generated file is checked in; `EmbeddedResourcesTests` regenerates it when `STEWARD_REGENERATE=1` is set
/// and otherwise fails if it is stale, so an edit to `Rulesets/*.yaml` cannot silently miss the binary. The
/// generator lives with the tests that run it, not in the shipped library.
enum EmbeddedSourceGenerator {
    /// - Parameters:
    ///   - typeName: the enum that will hold the files.
    ///   - files: (name, contents) pairs; emitted sorted by name for a deterministic file.
    static func render(typeName: String, sourceDescription: String, files: [(name: String, contents: String)]) -> String {
        var out = "// Generated from \(sourceDescription) by EmbeddedSourceGenerator; do not edit by hand.\n"
        out += "// Regenerate with: STEWARD_REGENERATE=1 swift test --filter EmbeddedResourcesTests\n\n"
        out += "enum \(typeName) {\n"
        out += "    /// File name → contents, in name order.\n"
        out += "    static let files: [(name: String, contents: String)] = [\n"
        for file in files.sorted(by: { $0.name < $1.name }) {
            let hashes = String(repeating: "#", count: delimiterLength(for: file.contents))
            out += "        (\"\(file.name)\", \(hashes)\"\"\"\n"
            for line in file.contents.split(separator: "\n", omittingEmptySubsequences: false) {
                out += line.isEmpty ? "\n" : "        \(line)\n"
            }
            out += "        \"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// The fewest `#` that make a raw string literal safe for `text` (no `"""#…` or `\#…` inside it).
    static func delimiterLength(for text: String) -> Int {
        var count = 1
        while text.contains("\"\"\"" + String(repeating: "#", count: count))
                || text.contains("\\" + String(repeating: "#", count: count)) {
            count += 1
        }
        return count
    }
}
