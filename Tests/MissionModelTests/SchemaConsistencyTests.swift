import Diagnostics
import Foundation
import Testing
@testable import MissionModel

/// `schemas/mission.schema.json` and the loader must describe the same format: same field names at the
/// same places, same closed vocabularies. The schema is generated from `DescriptorFormat` (`steward schema
/// mission`); StewardKitTests' `SchemaAgreementTests` compare loader and schema value by value with Python
/// jsonschema, and `SchemaValidationTests` validate the examples.
@Suite struct SchemaConsistencyTests {
    static func schema() throws -> [String: Any] {
        let url = repositoryRoot.appendingPathComponent("schemas/mission.schema.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return try #require(object as? [String: Any])
    }

    /// Every property path of the schema; list items appear as `[]`.
    static func propertyPaths(_ node: [String: Any], prefix: [String] = []) -> [[String]] {
        var paths: [[String]] = []
        if let properties = node["properties"] as? [String: Any] {
            for (key, value) in properties {
                paths.append(prefix + [key])
                if let child = value as? [String: Any] { paths += propertyPaths(child, prefix: prefix + [key]) }
            }
        }
        if let items = node["items"] as? [String: Any] {
            paths += propertyPaths(items, prefix: prefix + ["[]"])
        }
        return paths
    }

    static func node(at path: [String], in schema: [String: Any]) -> [String: Any]? {
        var current: [String: Any]? = schema
        for component in path {
            if component == "[]" { current = current?["items"] as? [String: Any] }
            else { current = (current?["properties"] as? [String: Any])?[component] as? [String: Any] }
        }
        return current
    }

    /// The minimal mission with `path` set to null, creating the mappings and lists on the way.
    static func document(setting path: [String]) throws -> String {
        let base = try #require(try YAMLLoader.load(text: minimalMission, file: "m").root.entries)
        var root: [String: Any] = [:]
        for entry in base {
            if let entries = entry.value.entries {
                root[entry.key] = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value.scalar?.number.map { $0 as Any } ?? $0.value.scalar?.text as Any) })
            } else {
                root[entry.key] = entry.value.scalar?.text
            }
        }
        func set(_ value: Any?, _ path: ArraySlice<String>, into container: Any?) -> Any {
            guard let head = path.first else { return value ?? NSNull() }
            if head == "[]" {
                let existing = (container as? [Any])?.first
                return [set(value, path.dropFirst(), into: existing)]
            }
            var dictionary = container as? [String: Any] ?? [:]
            dictionary[head] = set(value, path.dropFirst(), into: dictionary[head])
            return dictionary
        }
        let object = set(nil, path[...], into: root)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func everySchemaPropertyIsAKeyTheLoaderKnows() throws {
        let paths = Self.propertyPaths(try Self.schema())
        #expect(paths.count > 90)
        for path in paths {
            let diagnostics = MissionLoader.load(text: try Self.document(setting: path), file: "probe.json").diagnostics
            let unknown = diagnostics.filter { $0.message.hasPrefix("unknown key") }
            #expect(unknown.isEmpty, "schema property \(path.joined(separator: ".")) is unknown to the loader: \(unknown.map(\.message))")
        }
    }

    @Test func loaderRejectsAKeyTheSchemaDoesNotHave() throws {
        let diagnostics = MissionLoader.load(text: try Self.document(setting: ["spacecraft", "propulsion", "thrust_n"]), file: "probe.json").diagnostics
        #expect(diagnostics.contains { $0.message == "unknown key 'thrust_n' in 'spacecraft.propulsion'" })
    }

    @Test func everyKeyUsedByTheExamplesIsInTheSchema() throws {
        let schema = try Self.schema()
        let schemaPaths = Set(Self.propertyPaths(schema).map { $0.joined(separator: ".") })
        for url in ExampleTests.exampleFiles {
            let mission = try MissionLoader.load(contentsOf: url.path).get()
            var missing: [String] = []
            // List items themselves (`spacecraft.components[0]`) are not keys; their fields are.
            for key in mission.locations.keys where !key.hasSuffix("]") {
                // `spacecraft.components[0].mass_kg` → `spacecraft.components.[].mass_kg`
                var normalised = ""
                var inIndex = false
                for character in key {
                    if character == "[" { normalised += ".[]"; inIndex = true }
                    else if character == "]" { inIndex = false }
                    else if !inIndex { normalised.append(character) }
                }
                if !schemaPaths.contains(normalised) { missing.append(key) }
            }
            #expect(missing.isEmpty, "\(url.lastPathComponent): not in the schema: \(missing.sorted())")
        }
    }

    @Test func closedVocabulariesMatch() throws {
        let schema = try Self.schema()
        func values(_ path: String) -> Set<String> {
            let node = Self.node(at: path.split(separator: ".").map(String.init), in: schema)
            let list = (node?["enum"] as? [Any]) ?? ((node?["items"] as? [String: Any])?["enum"] as? [Any]) ?? []
            return Set(list.compactMap { $0 as? String })
        }
        func all<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> Set<String> where E.RawValue == String {
            Set(type.allCases.map(\.rawValue))
        }
        #expect(values("phase") == all(MissionPhase.self))
        #expect(values("operator.country") == CountryCode.assigned)
        #expect(values("authorization.licence") == all(LicenceStatus.self))
        #expect(values("authorization.un_registration") == all(RegistrationStatus.self))
        #expect(values("authorization.itu_filing") == all(ITUFilingStatus.self))
        #expect(values("launch.upper_stage_disposal") == all(UpperStageDisposal.self))
        #expect(values("orbit.central_body") == all(CentralBody.self))
        #expect(values("spacecraft.kind") == all(SpacecraftKind.self))
        #expect(values("spacecraft.propulsion.type") == all(PropulsionType.self))
        #expect(values("spacecraft.components.[].material") == all(ComponentMaterial.self))
        #expect(values("spacecraft.components.[].shape") == all(ComponentShape.self))
        #expect(values("spacecraft.removal_interface") == all(RemovalInterface.self))
        #expect(values("operations.conjunction_assessment.phases") == all(ConjunctionAssessmentPhase.self))
        #expect(values("operations.ephemeris_sharing.audiences") == all(EphemerisAudience.self))
        #expect(values("end_of_life.strategy") == all(DisposalStrategy.self))
    }
}
