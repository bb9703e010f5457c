import Foundation
import Testing
@testable import RuleEngine

private let base = """
format: steward/ruleset@1
id: base
version: 1.0.0
title: Base
assumptions: {target_residual_lifetime_years: 25, solar_activity: mean_cycle}
tiers: [{name: gold, min_score: 0.7}, {name: bronze, min_score: 0.4}]
sections:
  - id: B
    guidelines:
      - id: B.8
        rules:
          - id: lifetime
            measure: derived.lifetime.post_mission_years
            scale: {points: [[5, 1], [25, 0.6], [100, 0]]}
            required: {condition: derived.lifetime.post_mission_years <= assumptions.target_residual_lifetime_years, caps_tier_at: bronze}
          - id: trackable
            pass_if: derived.trackability.trackable
"""

private func loader() -> RulesetLoader {
    var registry = RulesetRegistry()
    registry.register(id: "base", text: base)
    return RulesetLoader(catalog: TestCatalog.catalog, registry: registry)
}

private var facts: FactTable { FactTable([
    "derived.lifetime.post_mission_years": Fact(value: .number(15), provenance: .derived(model: "m")),
    "derived.trackability.trackable": Fact(value: .bool(true), provenance: .derived(model: "m")),
    "spacecraft.safe_mode": Fact(value: .bool(false), provenance: Provenance(kind: .example)),
]) }

@Suite("Overlays")
struct OverlayTests {
    @Test("extends an embedded ruleset: overrides change weights, scales and requirements; sections add rules")
    func overlay() throws {
        let overlay = """
        format: steward/ruleset@1
        id: fcc
        version: 0.1.0
        title: FCC five-year overlay
        extends: base
        assumptions: {target_residual_lifetime_years: 5}
        overrides:
          - rule: lifetime
            weight: 3
            scale: {points: [[5, 1], [25, 0]]}
          - rule: trackable
            required: null
          - guideline: B.8
            weight: 2
        sections:
          - id: B
            guidelines:
              - id: B.8
                rules:
                  - {id: safe-mode, pass_if: spacecraft.safe_mode}
          - id: C
            guidelines:
              - id: C.1
                rules:
                  - {id: bonus, bonus: true, pass_if: 'true'}
        """
        let ruleset = try loader().load(text: overlay, file: "fcc.yaml").get()
        #expect(ruleset.identity.id == "fcc")
        #expect(ruleset.identity.extends == ["base"])
        #expect(ruleset.rules.map(\.id) == ["lifetime", "trackable", "safe-mode", "bonus"])
        #expect(ruleset.assumptions.map(\.key) == ["target_residual_lifetime_years", "solar_activity"])
        #expect(ruleset.sections[0].guidelines[0].weight == 2)
        let rating = ruleset.rate(facts, mission: MissionIdentity(id: "m", name: "M"), engineVersion: "t")
        // lifetime: 15 y on the overlay's scale → 0.5, weight 3; trackable 1 (weight 1); safe-mode 0 (weight 1).
        #expect(abs((rating.score ?? -1) - (3 * 0.5 + 1) / 5) < 1e-12)
        // The base requirement now reads the overlay's 5-year assumption: 15 > 5 caps at bronze.
        #expect(rating.caps.map(\.rule) == ["lifetime"])
        #expect(rating.tier == "bronze")
        #expect(rating.stars == 1)
    }

    @Test("overriding an id the base does not define is an error with a did-you-mean")
    func unknownOverride() {
        let overlay = """
        format: steward/ruleset@1
        id: bad
        version: 0.1.0
        title: Bad overlay
        extends: base
        overrides:
          - rule: lifetmie
            weight: 2
          - section: Z
            weight: 2
        sections:
          - id: B
            guidelines:
              - id: B.8
                rules:
                  - {id: trackable, pass_if: 'true'}
        """
        let outcome = loader().load(text: overlay, file: "bad.yaml")
        #expect(outcome.ruleset == nil)
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description) == [
            "bad.yaml:7:11: error: cannot override rule 'lifetmie': the base ruleset has no such rule",
            "bad.yaml:9:14: error: cannot override section 'Z': the base ruleset has no such section",
            "bad.yaml:16:13: error: rule 'trackable' already exists in the base ruleset",
        ])
        #expect(errors[0].notes.first == "did you mean 'lifetime'?")
    }

    @Test("unknown bases and cycles are errors, not hangs")
    func unknownBaseAndCycles() {
        var registry = RulesetRegistry()
        let header = "format: steward/ruleset@1\nversion: 1\ntitle: T\ntiers: [{name: gold, min_score: 0.5}]\n"
        registry.register(id: "a", text: header + "id: a\nextends: b\n")
        registry.register(id: "b", text: header + "id: b\nextends: a\n")
        let cyclic = RulesetLoader(catalog: TestCatalog.catalog, registry: registry).load(reference: "a")
        #expect(cyclic.diagnostics.map(\.description) == ["<embedded>/b.yaml:6:10: error: 'extends' forms a cycle through 'a'"])
        let missing = RulesetLoader(catalog: TestCatalog.catalog, registry: registry)
            .load(text: header + "id: c\nextends: bse\n", file: "c.yaml")
        #expect(missing.diagnostics.count == 1)
        #expect(missing.diagnostics.map(\.description) == ["c.yaml:6:10: error: unknown base ruleset 'bse'"])
        #expect(missing.diagnostics.first?.notes == ["'extends' names a known ruleset id (a, b) or, in a ruleset file, a path relative to that file"])
    }

    @Test("extends by relative path from a file")
    func fileOverlay() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-overlay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try base.write(to: directory.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        let overlay = """
        format: steward/ruleset@1
        id: local
        version: 1
        title: Local
        extends: base.yaml
        overrides:
          - {rule: trackable, weight: 4}
        """
        try overlay.write(to: directory.appendingPathComponent("local.yaml"), atomically: true, encoding: .utf8)
        let outcome = RulesetLoader(catalog: TestCatalog.catalog).load(path: directory.appendingPathComponent("local.yaml").path)
        let ruleset = try outcome.get()
        #expect(ruleset.rules.first { $0.id == "trackable" }?.weight == 4)
        #expect(outcome.sources.count == 2)
    }
}
