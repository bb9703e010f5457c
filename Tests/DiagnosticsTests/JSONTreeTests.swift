import Foundation
import Testing
@testable import Diagnostics

/// The direct JSON builder must give exactly the tree libyaml and Yams give (keys, texts, plain/quoted, every
/// line:column), or decline so that the YAML path decides.
@Suite("JSON tree")
struct JSONTreeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The tree of `text` both ways; `direct` is nil when the builder declined.
    static func trees(_ text: String, file: String = "t.json") throws -> (direct: YAMLNode?, yaml: YAMLNode) {
        (JSONTree.build(text, file: file, limits: .default), try YAMLLoader.compose(text, file: file, limits: .default))
    }

    static let documents: [String] = [
        #"{"a": 1}"#,
        "{}",
        "[]",
        #"{"a": [], "b": {}, "c": [1, -2.5e3, 0.125, true, false, null], "d": {"e": {"f": "g"}}}"#,
        "{\n \"format\": \"steward/mission@1\",\n \"orbit\": {\n  \"perigee_km\": 550.0,\n  \"apogee_km\": 560\n }\n}\n",
        "  \n\n{\"a\":\n  1,\n\"b\" :  [\n1 ,2\n]\n}\n\n",
        #"[1,2,3,{"a": "b"},"c"]"#,
        #"{"a":1,"b":[1,2],"c":{"d":"e"},"f":"g","h":true,"i":null,"j":-0.5e-3}"#,
        // Escapes JSON and YAML read alike, and text after them.
        #"{"quote": "say \"hi\"", "slash": "a\/b", "back": "c:\\d", "ws": "l1\nl2\tt\r\b\f", "tail": "x"}"#,
        // Columns count characters, not bytes, as libyaml's do.
        "{\"name\": \"Ångström – “quoted” 🛰\", \"next\": {\"k\": \"é\"}, \"after\": 1}",
        "{\"long\": \"\(String(repeating: "x", count: 5_000))\", \"b\": 2}",
        "[\"a\", [\"b\", [\"c\", [{\"d\": [[[]]]}]]]]",
        "{\"a b\": 1, \"#c\": \"# not a comment\", \"- d\": \"e: f\", \"%TAG\": \"!x\"}",
    ]

    @Test("gives the YAML path's tree, locations included", arguments: documents)
    func sameTree(_ text: String) throws {
        let (direct, yaml) = try Self.trees(text)
        #expect(direct != nil)
        #expect(direct == yaml)
    }

    /// Text YAML may read otherwise than JSON, or refuses: the builder leaves it to the YAML path.
    static let declined: [String] = [
        "{\t\"a\": 1}",
        "{\"a\": 1}\r\n",
        #"{"a": "\u00e9"}"#,
        "{\"a\": \"line\u{2028}separator\"}",
        "{\"a\": \"next\u{85}line\"}",
        "{\"a\": \"bom\u{FEFF}\"}",
        #"{"a": 1, "a": 2}"#,
        "{\"a\"\n: 1}",
        "{\"\(String(repeating: "k", count: 1_200))\": 1}",
        "\"top-level scalar\"",
    ]

    @Test("declines what YAML may read differently", arguments: declined)
    func declines(_ text: String) {
        #expect(JSONTree.build(text, file: "t.json", limits: .default) == nil)
    }

    @Test("declines beyond the node and depth budgets")
    func budgets() throws {
        let wide = "[" + Array(repeating: "1", count: 100).joined(separator: ", ") + "]"
        #expect(JSONTree.build(wide, file: "t.json", limits: YAMLLimits(maxNodes: 100)) == nil)
        #expect(JSONTree.build(wide, file: "t.json", limits: YAMLLimits(maxNodes: 101)) != nil)
        let deep = String(repeating: "[", count: 5) + String(repeating: "]", count: 5)
        #expect(JSONTree.build(deep, file: "t.json", limits: YAMLLimits(maxDepth: 4)) == nil)
        #expect(JSONTree.build(deep, file: "t.json", limits: YAMLLimits(maxDepth: 5)) != nil)
    }

    @Test("every JSON file of the repository gives the YAML path's tree")
    func repositoryFiles() throws {
        let files = ["Examples/aurora-3u.json", "Tests/CatalogueTests/Fixtures/omm/iss_2008-09-20.gp.json",
                     "Tests/CertificatesTests/Hostile/genuine.certificate.json", "schemas/mission.schema.json"]
        for file in files {
            let text = try String(contentsOf: Self.repository.appendingPathComponent(file), encoding: .utf8)
            let (direct, yaml) = try Self.trees(text, file: file)
            #expect(direct != nil, "\(file)")
            #expect(direct == yaml, "\(file)")
        }
    }

    /// `STEWARD_JSON_TREE_DIR=/tmp/fleet swift test --filter JSONTree` checks a whole fleet of descriptors.
    @Test("every .json file of STEWARD_JSON_TREE_DIR gives the YAML path's tree",
          .enabled(if: ProcessInfo.processInfo.environment["STEWARD_JSON_TREE_DIR"] != nil))
    func directoryFiles() throws {
        let directory = try #require(ProcessInfo.processInfo.environment["STEWARD_JSON_TREE_DIR"])
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        var declined = 0
        for name in names {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let (direct, yaml) = try Self.trees(text, file: name)
            if direct == nil { declined += 1 } else { #expect(direct == yaml, "\(name)") }
        }
        print("JSON tree: \(names.count) files, \(declined) left to the YAML path")
    }
}
