import Diagnostics

/// Applies an overlay to its (already merged) base: the overlay's metadata replaces the base's,
/// assumptions merge key by key, tiers are replaced if the overlay gives them, `sections` add new
/// sections, guidelines and rules, and `overrides` change inherited ones by id.
enum RulesetMerger {
    static func merge(base: RulesetSpec, overlay: RulesetSpec, bag: inout DiagnosticBag) -> RulesetSpec {
        var merged = base
        merged.file = overlay.file
        merged.source = overlay.source
        merged.id = overlay.id
        merged.version = overlay.version
        merged.title = overlay.title
        merged.extends = overlay.extends
        merged.overrides = []

        for assumption in overlay.assumptions {
            if let index = merged.assumptions.firstIndex(where: { $0.key == assumption.key }) {
                merged.assumptions[index] = assumption
            } else {
                merged.assumptions.append(assumption)
            }
        }
        if let tiers = overlay.tiers { merged.tiers = tiers }

        // Additions.
        for section in overlay.sections {
            guard let sectionIndex = merged.sections.firstIndex(where: { $0.id == section.id }) else {
                merged.sections.append(section)
                continue
            }
            if let title = section.title { merged.sections[sectionIndex].title = title }
            if let weight = section.weight { merged.sections[sectionIndex].weight = weight }
            for guideline in section.guidelines {
                guard let guidelineIndex = merged.sections[sectionIndex].guidelines.firstIndex(where: { $0.id == guideline.id }) else {
                    merged.sections[sectionIndex].guidelines.append(guideline)
                    continue
                }
                var target = merged.sections[sectionIndex].guidelines[guidelineIndex]
                if let title = guideline.title { target.title = title }
                if let weight = guideline.weight { target.weight = weight }
                for rule in guideline.rules {
                    if target.rules.contains(where: { $0.id == rule.id }) {
                        bag.error("rule '\(rule.id)' already exists in the base ruleset", at: rule.location,
                                  notes: ["to change it, use 'overrides: [{rule: \(rule.id), …}]'"])
                        continue
                    }
                    target.rules.append(rule)
                }
                merged.sections[sectionIndex].guidelines[guidelineIndex] = target
            }
        }

        // Overrides by id; the target must exist in the base.
        for override in overlay.overrides {
            apply(override, by: overlay.id, to: &merged, bag: &bag)
        }
        return merged
    }

    private static func apply(_ override: OverrideSpec, by overriding: String, to spec: inout RulesetSpec,
                              bag: inout DiagnosticBag) {
        let changes = override.rule
        switch override.target {
        case .section:
            guard let index = spec.sections.firstIndex(where: { $0.id == override.id }) else {
                notFound(override, candidates: spec.sections.map(\.id), bag: &bag)
                return
            }
            if let title = changes.title { spec.sections[index].title = title }
            if let weight = changes.weight { spec.sections[index].weight = weight }
        case .guideline:
            for s in spec.sections.indices {
                if let g = spec.sections[s].guidelines.firstIndex(where: { $0.id == override.id }) {
                    if let title = changes.title { spec.sections[s].guidelines[g].title = title }
                    if let weight = changes.weight { spec.sections[s].guidelines[g].weight = weight }
                    return
                }
            }
            notFound(override, candidates: spec.sections.flatMap { $0.guidelines.map(\.id) }, bag: &bag)
        case .rule:
            for s in spec.sections.indices {
                for g in spec.sections[s].guidelines.indices {
                    if let r = spec.sections[s].guidelines[g].rules.firstIndex(where: { $0.id == override.id }) {
                        var rule = spec.sections[s].guidelines[g].rules[r]
                        apply(changes, to: &rule, bag: &bag)
                        rule.overriddenBy.append(overriding)
                        spec.sections[s].guidelines[g].rules[r] = rule
                        return
                    }
                }
            }
            notFound(override, candidates: spec.sections.flatMap { $0.guidelines.flatMap { $0.rules.map(\.id) } }, bag: &bag)
        }
    }

    private static func apply(_ changes: RuleSpec, to rule: inout RuleSpec, bag: inout DiagnosticBag) {
        if let title = changes.title { rule.title = title }
        if let appliesIf = changes.appliesIf { rule.appliesIf = appliesIf }
        if let scoring = changes.scoring {
            // A new `measure` without its own scale keeps the inherited scale.
            if case .measure(let expression, nil) = scoring, case .measure(_, let inherited)? = rule.scoring {
                rule.scoring = .measure(expression, inherited)
            } else {
                rule.scoring = scoring
            }
        }
        if let scale = changes.scaleOnly {
            if case .measure(let expression, _)? = rule.scoring {
                rule.scoring = .measure(expression, scale)
            } else {
                bag.error("'scale' overrides only a rule scored by 'measure'; '\(rule.id)' is not", at: scale.location)
            }
        }
        if let weight = changes.weight { rule.weight = weight }
        if let required = changes.required { rule.required = required }
        if let bonus = changes.bonus { rule.bonus = bonus }
        if let references = changes.references { rule.references = references }
        if let rationale = changes.rationale { rule.rationale = rationale }
        if let advice = changes.advice { rule.advice = advice }
        if let examples = changes.examples { rule.examples = examples }
    }

    private static func notFound(_ override: OverrideSpec, candidates: [String], bag: inout DiagnosticBag) {
        var notes: [String] = []
        if let hint = Suggestion.note(for: override.id, in: candidates) { notes.append(hint) }
        notes.append("overrides change what the base ruleset defines; to add a \(override.target.rawValue), list it under 'sections'")
        bag.error("cannot override \(override.target.rawValue) '\(override.id)': the base ruleset has no such \(override.target.rawValue)",
                  at: override.idLocation, notes: notes)
    }
}
