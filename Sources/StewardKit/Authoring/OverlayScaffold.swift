import Foundation
import RuleEngine

/// `steward rules new NAME --extends BASE`: a commented overlay that lints and tests green as written, showing
/// the three things a regulator's overlay usually does (override an inherited rule, add a required rule of its
/// own with examples, change an assumption), so an author edits working YAML rather than starting from a page.
public enum OverlayScaffold {
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidID(String)
        case exists(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .invalidID(let id):
                return "'\(id)' is not a ruleset id: use letters, digits and . _ - @ / (e.g. my-overlay)"
            case .exists(let path): return "\(path) already exists; choose another --output or remove it first"
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Whether `id` is acceptable as a ruleset id (the reader's rule for identifiers).
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "._-@/".unicodeScalars.contains($0)
        }
    }

    /// The overlay text for `id` extending the compiled `base` (referenced as `baseReference` in `extends:`).
    public static func text(id: String, extending base: CompiledRuleset, baseReference: String) throws(Problem) -> String {
        guard isValidID(id) else { throw .invalidID(id) }
        let guidelines = base.sections.flatMap { section in section.guidelines.map { (section.id, $0.id) } }
        // Prefer the post-mission lifetime rule and registration guideline A.5 of the LTS family; otherwise the
        // first there is.
        let overridden = base.rules.first { $0.id == "B.8-post-mission-lifetime" } ?? base.rules.first
        let (sectionID, guidelineID) = guidelines.first { $0.1 == "A.5" } ?? guidelines.first ?? ("N", "N.1")
        // The cap of the new required rule: the lowest tier, the usual "at most" for an unmet legal requirement.
        let cap = base.tiers.last?.name ?? "bronze"
        // A rule id the base does not use yet (adding an existing id is an error; overrides change those).
        let taken = Set(base.rules.map(\.id))
        var ruleID = "\(guidelineID)-registry"
        var suffix = 2
        while taken.contains(ruleID) {
            ruleID = "\(guidelineID)-registry-\(suffix)"
            suffix += 1
        }
        let assumption = base.assumptions.first { $0.key == "target_residual_lifetime_years" } ?? base.assumptions.first

        var out = """
        # \(id): an overlay of \(base.identity.id) \(base.identity.version), made by `steward rules new`.
        # Reference: docs/ruleset-format.md. Walk-through: docs/authoring-a-ruleset.md.
        # Check it with:  steward rules lint \(id).yaml && steward rules test \(id).yaml
        # See what you inherit with:  steward rules show \(base.identity.id)   (and steward rules facts)
        format: steward/ruleset@1
        id: \(id)
        version: 0.1.0
        title: \(id) (overlay of \(base.identity.id))
        extends: \(baseReference)

        """
        if let assumption {
            out += """

            # Assumptions replace the base's key by key; here the base value is repeated, to be changed.
            assumptions:
              \(assumption.key): \(assumption.value.displayText)

            """
        }
        if let overridden {
            out += """

            # Overrides change an inherited rule, guideline or section by id; fields not given are inherited.
            overrides:
              - rule: \(overridden.id)
                weight: \(NumberFormatting.shortest(overridden.weight))
                # To change a threshold, give a new scale (for a 'measure' rule) and new examples, e.g.
                # scale: {log: false, points: [[0.0, 1.0], [5.0, 0.6], [25.0, 0.0]]}
                # examples: [{given: {…}, score: 0.6}]

            """
        }
        out += """

        # New rules go into a section and guideline of the base (by id) or into new ones.
        sections:
          - id: \(sectionID)
            guidelines:
              - id: \(guidelineID)
                rules:
                  - id: \(ruleID)
                    title: The object is entered in the national registry
                    rationale: >-
                      Replace with the national requirement and its clause.
                    references: ["National act, article N"]
                    pass_if: authorization.national_registration == "done"
                    # Required: when the condition fails (or is unknown), the tier is capped.
                    required:
                      condition: authorization.national_registration == "done"
                      caps_tier_at: \(cap)
                    advice: Register the object with the national registry before launch.
                    examples:
                      - {given: {authorization.national_registration: done}, outcome: pass}
                      - {given: {authorization.national_registration: planned}, outcome: fail}
                      - {given: {}, outcome: unknown}

        """
        return out
    }

    /// Writes `text` to `path` only if nothing is there, atomically (`OutputFile.create`).
    public static func write(_ text: String, to path: String) throws(Problem) {
        if FileManager.default.fileExists(atPath: path) { throw .exists(path) }
        do {
            try OutputFile.create(Data(text.utf8), at: path)
        } catch {
            if FileManager.default.fileExists(atPath: path) { throw .exists(path) }
            throw .cannotWrite(path, error.description)
        }
    }
}
