import RuleEngine

/// Markdown documentation of a compiled ruleset, for `steward rules doc` and `steward rules explain`.
///
/// Regulators and reviewers read a ruleset as prose, not YAML: this lays out its tiers and assumptions, then each
/// section, guideline and rule with the condition under which it applies, how it scores (expression or scale),
/// what it requires, its references and its advice. Everything shown comes from the compiled ruleset, so the
/// document always describes what the engine will actually evaluate (bases of `extends:` merged in).
/// The document is printed to a terminal by `rules doc`, so the finished text goes through
/// `TextEscaping.visible`: no control or bidi character from the ruleset reaches the terminal raw.
public enum RulesetDocumentation {
    public static func markdown(_ ruleset: CompiledRuleset) -> String {
        let identity = ruleset.identity
        var out = "# \(identity.title)\n\n"
        out += "Ruleset `\(identity.id)` version \(identity.version)"
        if !identity.extends.isEmpty { out += ", extends " + identity.extends.map { "`\($0)`" }.joined(separator: " → ") }
        out += ".\n\n"
        out += "## Tiers\n\n| tier | minimum score |\n|---|---|\n"
        for tier in ruleset.tiers { out += "| \(tier.name) | \(NumberFormatting.shortest(tier.minScore)) |\n" }
        if !ruleset.assumptions.isEmpty {
            out += "\n## Assumptions\n\nOverridable with `--assume key=value`.\n\n| key | value |\n|---|---|\n"
            for assumption in ruleset.assumptions.sorted(by: { $0.key < $1.key }) {
                out += "| `\(assumption.key)` | \(assumption.value.displayText) |\n"
            }
        }
        for section in ruleset.sections {
            out += "\n## \(section.id) — \(section.title)\n\nWeight \(NumberFormatting.shortest(section.weight)).\n"
            for guideline in section.guidelines {
                out += "\n### \(guideline.id) — \(guideline.title)\n\nWeight \(NumberFormatting.shortest(guideline.weight)).\n"
                for rule in guideline.rules { out += "\n" + ruleMarkdown(rule, headingLevel: 4) }
            }
        }
        return TextEscaping.visible(out)
    }

    /// One rule in full: the body of `steward rules explain`.
    public static func ruleMarkdown(_ rule: CompiledRule, headingLevel: Int = 1) -> String {
        var out = String(repeating: "#", count: headingLevel) + " `\(rule.id)` — \(rule.title)\n\n"
        var facts: [String] = ["- weight: \(NumberFormatting.shortest(rule.weight))" + (rule.bonus ? " (bonus: earns a star, not score)" : "")]
        if let appliesIf = rule.appliesIf { facts.append("- applies if: `\(appliesIf.text)`") }
        switch rule.scoring {
        case .passIf(let expression):
            facts.append("- passes if: `\(expression.text)`")
        case .score(let expression):
            facts.append("- score: `\(expression.text)`")
        case .measure(let expression, let scale):
            facts.append("- measure: `\(expression.text)`" + (expression.unit.map { " (\($0))" } ?? ""))
            let points = scale.points.map { "\(NumberFormatting.shortest($0.measure)) → \(NumberFormatting.shortest($0.score))" }
            facts.append("- scale (\(scale.log ? "log₁₀ axis" : "linear")): " + points.joined(separator: ", "))
        }
        if let required = rule.required {
            facts.append("- required: `\(required.condition.text)`, otherwise the tier is capped at \(required.capsTierAt)")
        }
        out += facts.joined(separator: "\n") + "\n"
        if let rationale = rule.rationale { out += "\n\(rationale)\n" }
        if let advice = rule.advice { out += "\n**Advice.** \(advice)\n" }
        if !rule.references.isEmpty {
            out += "\n**References.** " + rule.references.joined(separator: "; ") + "\n"
        }
        if !rule.examples.isEmpty {
            out += "\n**Examples.**\n\n"
            for example in rule.examples {
                let given = example.given.keys.sorted().compactMap { key in example.given[key].map { "\(key) = \($0.displayText)" } }
                var expected: [String] = []
                if let outcome = example.expectedOutcome { expected.append(outcome.rawValue) }
                if let score = example.expectedScore { expected.append("score \(NumberFormatting.shortest(score))") }
                out += "- given " + (given.isEmpty ? "no facts" : given.joined(separator: ", "))
                out += " → " + expected.joined(separator: ", ") + "\n"
            }
        }
        // An embedded ruleset's file exists only inside the binary: say how to print it.
        let show = RulesetRegistry.embeddedID(inFile: rule.location.file).map { " (`steward rules show \($0)` prints it)" } ?? ""
        out += "\nDefined at \(rule.location)\(show).\n"
        if !rule.overriddenBy.isEmpty { out += "Overridden by \(rule.overriddenBy.joined(separator: ", ")).\n" }
        return TextEscaping.visible(out)
    }
}
