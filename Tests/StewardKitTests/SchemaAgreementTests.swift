import Foundation
import StewardTestSupport
import Testing
@testable import StewardKit

/// The loader and the generated mission schema must agree on every key, type, range and allowed value of
/// `DescriptorFormat`. For each declared field this builds probe documents (values at and just beyond each
/// bound, every allowed value and one that is not, a value of the wrong type, an unknown key in each section),
/// asks the loader and Python `jsonschema` whether that field's value is acceptable, and compares.
///
/// Only errors about the probed field count, so checks that relate fields (perigee ≤ apogee, one orbit form)
/// and that the schema does not express cannot blur the comparison.
@Suite("Loader and schema agree")
struct SchemaAgreementTests {
    struct Probe {
        var path: [String]        // e.g. ["spacecraft", "components", "0", "mass_kg"]
        var value: Any
        var expectAccepted: Bool
        var what: String

        var dotted: String {
            var text = ""
            for component in path {
                if Int(component) != nil { text += "[\(component)]" } else { text += text.isEmpty ? component : ".\(component)" }
            }
            return text
        }
        var pointer: String { path.joined(separator: "/") }
    }

    /// A small valid mission with one item in each list of mappings, so list fields can be probed at index 0.
    static func baseDocument() -> [String: Any] {
        ["format": "steward/mission@1", "id": "probe", "name": "Probe",
         "orbit": ["perigee_km": 500, "apogee_km": 520],
         "spacecraft": ["mass_kg": 100,
                        "components": [["name": "tank", "material": "titanium", "mass_kg": 1, "shape": "sphere", "dimensions_m": [0.1]]],
                        "deployables": [["name": "array", "area_m2": 1]]]]
    }

    static func setting(_ value: Any, at path: ArraySlice<String>, in container: Any?) -> Any {
        guard let head = path.first else { return value }
        if let index = Int(head) {
            var list = container as? [Any] ?? []
            let existing: Any? = list.indices.contains(index) ? list[index] : nil
            let updated = setting(value, at: path.dropFirst(), in: existing)
            if list.indices.contains(index) { list[index] = updated } else { list.append(updated) }
            return list
        }
        var dictionary = container as? [String: Any] ?? [:]
        dictionary[head] = setting(value, at: path.dropFirst(), in: dictionary[head])
        return dictionary
    }

    static func document(_ probe: Probe) throws -> String {
        var base = baseDocument()
        // The orbit is given in one form only: probe the element set without the base's apsides.
        if probe.path == ["orbit", "tle"] || probe.path == ["orbit", "omm"] { base["orbit"] = [String: Any]() }
        let object = setting(probe.value, at: probe.path[...], in: base)
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Every probe of every declared field.
    static func probes() -> [Probe] {
        var probes: [Probe] = []
        func visit(_ section: DescriptorSection, at prefix: [String]) {
            probes.append(Probe(path: prefix + ["zz_not_a_key"], value: true, expectAccepted: false, what: "unknown key"))
            for field in section.fields {
                let path = prefix + [field.key]
                func add(_ value: Any, _ accepted: Bool, _ what: String, at itemPath: [String]? = nil) {
                    probes.append(Probe(path: itemPath ?? path, value: value, expectAccepted: accepted, what: what))
                }
                switch field.value {
                case .constant(let text):
                    add(text, true, "the constant"); add(text + "x", false, "another string")
                case .text(let pattern):
                    add("Some text", pattern == nil, "text"); add(["list"], false, "a list"); add("  ", false, "blank text")
                    add(42, false, "a number"); add(true, false, "a boolean")
                case .date:
                    add("2027-03-15", true, "a date"); add("2027-03-15T06:30:00Z", true, "a date-time"); add("tomorrow", false, "not a date")
                case .boolean:
                    add(true, true, "true"); add(false, true, "false"); add("yes", false, "a string")
                case .number(let range):
                    if range.minimumIsExclusive {
                        add(range.minimum, false, "the exclusive minimum"); add(range.minimum.nextUp, true, "just above the minimum")
                    } else {
                        add(range.minimum, true, "the minimum"); add(range.minimum.nextDown, false, "just below the minimum")
                    }
                    add(range.maximum, true, "the maximum"); add(range.maximum.nextUp, false, "just above the maximum")
                    add("ten", false, "a string")
                case .integer(let range):
                    add(range.lowerBound, true, "the minimum"); add(range.lowerBound - 1, false, "below the minimum")
                    add(range.upperBound, true, "the maximum"); add(range.upperBound + 1, false, "above the maximum")
                    add(Double(range.lowerBound) + 0.5, false, "a fraction")
                case .oneOf(let values):
                    for value in values { add(value, true, "allowed value \(value)") }
                    add("not_a_value", false, "a value outside the vocabulary")
                case .texts:
                    add(["a", "b"], true, "a list of text"); add("a", false, "a single string"); add([1], false, "a list of numbers")
                case .values(let values):
                    add(values, true, "every allowed value"); add([values[0], values[0]], false, "a duplicate")
                    add(["not_a_value"], false, "a value outside the vocabulary")
                case .lengths(_, let maximum):
                    add([maximum], true, "the maximum length"); add([maximum.nextUp], false, "just above the maximum length")
                    add([0], false, "a zero length"); add([Double.leastNonzeroMagnitude], true, "the smallest positive length")
                    add("long", false, "a string")
                case .passivation:
                    add(true, true, "true"); add("not_applicable", true, "not_applicable"); add("yes", false, "another string")
                case .twoLineElements:
                    add(5, false, "a number")
                case .orbitMeanElements:
                    add(5, false, "a number"); add(["list"], false, "a list")
                case .distribution(let input):
                    let range = input.validRange
                    add(true, false, "a boolean"); add(["list"], false, "a list"); add("", false, "empty text")
                    add("unifrom(1, 2)", false, "an unknown distribution name")
                    add(range.upperBound.nextUp, false, "a number above the range")
                    add(range.lowerBound.nextDown, false, "a number below the range")
                    if input == .disposalSuccess {
                        add("bernoulli(0.9)", true, "bernoulli"); add("bernoulli(-0.5)", false, "a negative probability")
                        add(0, true, "0"); add(1, true, "1"); add(0.5, false, "a number other than 0 and 1")
                        add("fixed(1)", true, "fixed(1)"); add("uniform(0.1, 0.2)", false, "a uniform")
                    } else {
                        add("± 15%", true, "± p%"); add("+/- 15%", true, "+/- p%"); add("± -5%", false, "a negative half-width")
                        add(range.lowerBound, true, "the minimum"); add(range.upperBound, true, "the maximum")
                        add("uniform(\(range.lowerBound), \(range.upperBound))", true, "a uniform over the range")
                        add("normal(\(range.lowerBound), -0.1)", false, "a negative standard deviation")
                        add("bernoulli(0.5)", false, "bernoulli")
                    }
                case .section(let child):
                    add(5, false, "a number instead of a mapping")
                    visit(child, at: path)
                case .sections(let child):
                    add("x", false, "a string instead of a list")
                    visit(child, at: path + ["0"])
                }
            }
        }
        visit(DescriptorFormat.mission, at: [])
        return probes
    }

    /// Whether the loader objected to the probed value itself (not to how it relates to other fields).
    static func loaderRejects(_ probe: Probe, diagnostics: [Diagnostic]) -> Bool {
        let errors = diagnostics.filter { $0.severity == .error }.map(\.message)
        if probe.what == "unknown key" { return errors.contains { $0.hasPrefix("unknown key '\(probe.path.last ?? "")'") } }
        if probe.path == ["format"] { return errors.contains { $0.hasPrefix("unsupported format") } }
        if probe.path == ["orbit", "tle"], errors.contains(where: { $0.hasPrefix("invalid two-line element set") }) { return true }
        if probe.path == ["orbit", "omm"], errors.contains(where: { $0.hasPrefix("'orbit.omm' must be") }) { return true }
        let quoted = "'\(probe.dotted)"
        return errors.contains { message in
            guard message.hasPrefix(quoted + "'") || message.hasPrefix(quoted + "[") else { return false }
            // "must be at most apogee_km (…)" and similar relate two fields; they are not about this value alone.
            let relational = message.range(of: "(at most|at least) [a-z_]+ \\(", options: .regularExpression) != nil
                || message.contains("makes no sense") || message.contains(" add up to ")
            return !relational
        }
    }

    static func schemaRejects(_ probe: Probe, verdict: String?) -> Bool {
        guard let verdict else { return false }
        let parts = verdict.components(separatedBy: "; ")
        if probe.what == "unknown key" {
            return parts.contains { $0.contains("'\(probe.path.last ?? "")' was unexpected") }
        }
        return parts.contains { $0.hasPrefix(probe.pointer + ":") || $0.hasPrefix(probe.pointer + "/") }
    }

    @Test("the loader's verdict on each field matches the declared table")
    func loaderFollowsTheTable() throws {
        let probes = Self.probes()
        #expect(probes.count > 400)
        var disagreements: [String] = []
        for probe in probes {
            let result = MissionLoader.load(text: try Self.document(probe), file: "probe.json")
            let rejected = Self.loaderRejects(probe, diagnostics: result.diagnostics)
            if rejected == probe.expectAccepted {
                disagreements.append("\(probe.dotted) = \(probe.value) (\(probe.what)): loader \(rejected ? "rejects" : "accepts") \(result.diagnostics.map(\.message))")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements:\n\(disagreements.prefix(20).joined(separator: "\n"))")
    }

    @Test("the schema's verdict on each field matches the loader's",
          .requiresTool(JSONSchemaOracle.isAvailable, "needs python3 with jsonschema and PyYAML"))
    func schemaAgreesWithLoader() throws {
        let probes = Self.probes()
        let texts = try probes.map { (name: "probe.json", text: try Self.document($0)) }
        let verdicts = try JSONSchemaOracle.validate(schema: Repository.url("schemas/mission.schema.json"), texts: texts)
        var disagreements: [String] = []
        for (probe, verdict) in zip(probes, verdicts) {
            let loader = Self.loaderRejects(probe, diagnostics: MissionLoader.load(text: try Self.document(probe), file: "probe.json").diagnostics)
            let schema = Self.schemaRejects(probe, verdict: verdict)
            if loader != schema {
                disagreements.append("\(probe.dotted) = \(probe.value) (\(probe.what)): loader \(loader ? "rejects" : "accepts"), schema \(schema ? "rejects: \(verdict ?? "")" : "accepts")")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements:\n\(disagreements.prefix(20).joined(separator: "\n"))")
    }
}
