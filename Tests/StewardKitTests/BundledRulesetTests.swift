import Foundation
import RuleEngine
import Testing
@testable import StewardKit
import StewardTestSupport

/// Loads the rulesets shipped in `Rulesets/` the way the binary will: the base `lts-2019` is registered by id
/// (as the embedded default is), overlays are loaded from their files and resolve `extends: lts-2019` through
/// the registry.
enum BundledRulesets {
    static let repository = Repository.root
    static let folder = repository.appendingPathComponent("Rulesets")

    static let baseID = "lts-2019"
    static let overlayIDs = ["iadc-2025", "nasa-std-8719.14c", "esa-sdm-2023", "fcc-2024", "france-lose-2024"]
    static var allIDs: [String] { [baseID] + overlayIDs }

    static func path(of id: String) -> String { folder.appendingPathComponent("\(id).yaml").path }

    static func loader() throws -> RulesetLoader {
        var registry = RulesetRegistry()
        let text = try String(contentsOfFile: path(of: baseID), encoding: .utf8)
        registry.register(id: baseID, text: text, displayName: "Rulesets/\(baseID).yaml")
        return RulesetLoader(catalog: StewardFactCatalog.standard, registry: registry)
    }

    static func load(_ id: String) throws -> RulesetLoader.Outcome {
        let loader = try loader()
        return id == baseID ? loader.loadEmbedded(id: id) : loader.load(path: path(of: id))
    }

    /// The compiled ruleset, or a test failure that shows every diagnostic rendered with its source line.
    static func compiled(_ id: String) throws -> CompiledRuleset {
        let outcome = try load(id)
        guard let ruleset = outcome.ruleset else {
            let rendered = DiagnosticRenderer(sources: outcome.sources).render(outcome.diagnostics)
            throw RulesetDidNotCompile(id: id, rendered: rendered)
        }
        return ruleset
    }

    struct RulesetDidNotCompile: Error, CustomStringConvertible {
        var id: String
        var rendered: String
        var description: String { "\(id) does not compile:\n\(rendered)" }
    }
}

@Suite("Bundled rulesets")
struct BundledRulesetTests {
    /// The 21 guidelines of A/74/20 annex II with their official titles (domain research §2, from the UNOOSA
    /// publication of June 2021).
    static let officialTitles: [(id: String, title: String)] = [
        ("A.1", "Adopt, revise and amend, as necessary, national regulatory frameworks for outer space activities"),
        ("A.2", "Consider a number of elements when developing, revising or amending, as necessary, national regulatory frameworks for outer space activities"),
        ("A.3", "Supervise national space activities"),
        ("A.4", "Ensure the equitable, rational and efficient use of the radio frequency spectrum and the various orbital regions used by satellites"),
        ("A.5", "Enhance the practice of registering space objects"),
        ("B.1", "Provide updated contact information and share information on space objects and orbital events"),
        ("B.2", "Improve accuracy of orbital data on space objects and enhance the practice and utility of sharing orbital information on space objects"),
        ("B.3", "Promote the collection, sharing and dissemination of space debris monitoring information"),
        ("B.4", "Perform conjunction assessment during all orbital phases of controlled flight"),
        ("B.5", "Develop practical approaches for pre-launch conjunction assessment"),
        ("B.6", "Share operational space weather data and forecasts"),
        ("B.7", "Develop space weather models and tools and collect established practices on the mitigation of space weather effects"),
        ("B.8", "Design and operation of space objects regardless of their physical and operational characteristics"),
        ("B.9", "Take measures to address risks associated with the uncontrolled re-entry of space objects"),
        ("B.10", "Observe measures of precaution when using sources of laser beams passing through outer space"),
        ("C.1", "Promote and facilitate international cooperation in support of the long-term sustainability of outer space activities"),
        ("C.2", "Share experience related to the long-term sustainability of outer space activities and develop new procedures, as appropriate, for information exchange"),
        ("C.3", "Promote and support capacity-building"),
        ("C.4", "Raise awareness of space activities"),
        ("D.1", "Promote and support research into and the development of ways to support sustainable exploration and use of outer space"),
        ("D.2", "Investigate and consider new measures to manage the space debris population in the long term"),
    ]

    @Test("every bundled ruleset compiles without errors or warnings", arguments: BundledRulesets.allIDs)
    func compiles(id: String) throws {
        let outcome = try BundledRulesets.load(id)
        let rendered = DiagnosticRenderer(sources: outcome.sources).render(outcome.diagnostics)
        #expect(outcome.ruleset != nil, "\(id):\n\(rendered)")
        #expect(outcome.diagnostics.isEmpty, "\(id):\n\(rendered)")
    }

    @Test("every inline example of every bundled ruleset passes", arguments: BundledRulesets.allIDs)
    func examplesPass(id: String) throws {
        let ruleset = try BundledRulesets.compiled(id)
        let results = ruleset.runExamples()
        // lts-2019 alone has more than 100 examples; an overlay inherits them and may replace some.
        #expect(results.count >= 100, "\(id): only \(results.count) examples ran")
        for failure in results where !failure.passed {
            Issue.record("\(id) \(failure.rule) at \(failure.location): \(failure.message)")
        }
        // Every rule is exercised by at least one example.
        let exercised = Set(results.map(\.rule))
        for rule in ruleset.rules where !exercised.contains(rule.id) {
            Issue.record("\(id): rule \(rule.id) has no inline example")
        }
    }

    @Test("a deliberately wrong example fails, so the example run is a real check")
    func wrongExampleFails() throws {
        let text = try String(contentsOfFile: BundledRulesets.path(of: BundledRulesets.baseID), encoding: .utf8)
        // A granted licence scores 1.0 under A.1-licence; claim 0.5 instead.
        let correct = "- {given: {authorization.licence: granted}, score: 1.0}"
        #expect(text.contains(correct))
        let tampered = text.replacingOccurrences(of: correct, with: "- {given: {authorization.licence: granted}, score: 0.5}")
        let loader = try BundledRulesets.loader()
        let ruleset = try loader.load(text: tampered, file: "tampered-lts-2019.yaml").get()
        let failures = ruleset.runExamples().filter { !$0.passed }
        #expect(failures.count == 1)
        #expect(failures.first?.rule == "A.1-licence")
        #expect(failures.first?.actualScore == 1.0)
        #expect(failures.first?.expectedScore == 0.5)
    }

    @Test("lts-2019 holds the 21 guidelines under their official ids and exact UN titles")
    func guidelinesAndTitles() throws {
        let ruleset = try BundledRulesets.compiled(BundledRulesets.baseID)
        let guidelines = ruleset.sections.flatMap(\.guidelines)
        #expect(guidelines.map(\.id) == Self.officialTitles.map(\.id))
        for (id, title) in Self.officialTitles {
            let guideline = guidelines.first { $0.id == id }
            #expect(guideline?.title == title, "\(id)")
            #expect((guideline?.rules.count ?? 0) >= 1, "\(id) has no rule")
        }
        #expect(ruleset.sections.map(\.id) == ["A", "B", "C", "D"])
    }

    @Test("every rule of every bundled ruleset carries references, rationale and advice", arguments: BundledRulesets.allIDs)
    func rulesAreExplained(id: String) throws {
        let ruleset = try BundledRulesets.compiled(id)
        for rule in ruleset.rules {
            #expect(!rule.references.isEmpty, "\(id) \(rule.id): no references")
            #expect(!(rule.advice ?? "").isEmpty, "\(id) \(rule.id): no advice")
            #expect(!(rule.rationale ?? "").isEmpty, "\(id) \(rule.id): no rationale")
            if rule.required != nil || !rule.references.isEmpty {
                // The guideline paragraph comes first: every rule serves a guideline of the LTS.
                #expect(rule.references.first?.hasPrefix("LTS ") == true, "\(id) \(rule.id): first reference \(rule.references.first ?? "none")")
            }
        }
    }

    @Test("every overlay extends lts-2019 and makes at least one regime limit required", arguments: BundledRulesets.overlayIDs)
    func overlaysExtendTheBase(id: String) throws {
        let base = try BundledRulesets.compiled(BundledRulesets.baseID)
        let overlay = try BundledRulesets.compiled(id)
        #expect(overlay.identity.id == id)
        #expect(overlay.identity.extends == [BundledRulesets.baseID])
        #expect(overlay.sections.flatMap(\.guidelines).map(\.id) == base.sections.flatMap(\.guidelines).map(\.id))
        let baseRequired = Set(base.rules.filter { $0.required != nil }.map(\.id))
        let overlayRequired = Set(overlay.rules.filter { $0.required != nil }.map(\.id))
        #expect(!overlayRequired.subtracting(baseRequired).isEmpty, "\(id) requires nothing beyond the base")
        // Steward's own Silver cap is not a regime limit: overlays remove it.
        #expect(!overlayRequired.contains("B.4-manoeuvre-capability"))
        #expect(baseRequired.contains("B.4-manoeuvre-capability"))
        // The collective casualty limit is France's alone (Art. 48-2): only its overlay keeps a fleet requirement.
        #expect(baseRequired.contains("B.9-fleet-casualty-risk"))
        #expect(overlayRequired.contains("B.9-fleet-casualty-risk") == (id == "france-lose-2024"))
    }
}
