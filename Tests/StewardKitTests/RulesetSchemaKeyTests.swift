import Foundation
import RuleEngine
import StewardTestSupport
import Testing
@testable import StewardKit

/// The ruleset schema lists exactly the keys `RulesetReader` knows, mapping by mapping: each key the schema
/// declares is accepted by the reader (it may complain about the probe's value, never that the key is
/// unknown), and a key the schema does not declare is unknown to both.
@Suite("Ruleset schema keys")
struct RulesetSchemaKeyTests {
    static let schema = StewardSchema.ruleset.document

    /// The property names of the object at `path` (object members and `items`) of the ruleset schema.
    static func keys(at path: [String]) -> [String] {
        var node: SchemaJSON? = schema
        for component in path {
            node = component == "[]" ? node?["items"] : node?["properties"]?[component]
        }
        guard case .object(let members)? = node?["properties"] else { return [] }
        return members.map(\.0)
    }

    /// A ruleset whose mapping at `slot` gets the extra line `key: null`.
    static func ruleset(probing key: String, in slot: String) -> String {
        let rule = slot == "rule" ? "\n            \(key): null" : ""
        let override = slot == "override" ? "\n    \(key): null" : ""
        let top = slot == "top" ? "\n\(key): null" : ""
        return """
            format: steward/ruleset@1
            id: probe
            version: 1.0.0
            title: Probe\(top)
            extends: lts-2019
            sections:
              - id: Z
                guidelines:
                  - id: Z.1
                    rules:
                      - id: Z.1-probe
                        pass_if: 'true'\(rule)
            overrides:
              - rule: A.1-licence\(override)

            """
    }

    static func unknownKeyErrors(_ text: String) -> [String] {
        let outcome = RulesetLoader(catalog: StewardFactCatalog.standard, registry: EmbeddedRulesets.registry)
            .load(text: text, file: "probe.yaml")
        return outcome.diagnostics.map(\.message).filter { $0.hasPrefix("unknown key") }
    }

    @Test("every key of the top level, of a rule and of an override is known to the reader")
    func schemaKeysAreKnown() {
        let slots: [(String, [String])] = [
            ("top", Self.keys(at: [])),
            ("rule", Self.keys(at: ["sections", "[]", "guidelines", "[]", "rules", "[]"])),
            ("override", Self.keys(at: ["overrides", "[]"])),
        ]
        for (slot, keys) in slots {
            #expect(keys.count >= 5, "\(slot)")
            for key in keys where !["format", "id", "version", "title", "extends", "sections", "overrides", "pass_if", "rule"].contains(key) {
                let unknown = Self.unknownKeyErrors(Self.ruleset(probing: key, in: slot))
                #expect(unknown.isEmpty, "\(slot).\(key): \(unknown)")
            }
            let unknown = Self.unknownKeyErrors(Self.ruleset(probing: "zz_not_a_key", in: slot))
            #expect(unknown.contains { $0.hasPrefix("unknown key 'zz_not_a_key'") }, "\(slot)")
            #expect(!keys.contains("zz_not_a_key"))
        }
    }
}
