import Diagnostics

/// Turns a merged `RulesetSpec` into a `CompiledRuleset`: checks what a finished ruleset needs
/// (unique ids, tiers in order, caps naming real tiers, one scoring method per rule) and compiles every
/// expression against the catalogue, with errors located at the offending token.
struct RulesetCompiler {
    let catalog: FactCatalog
    /// Reading or merging already failed: tiers missing now may be tiers that failed to read, so that error is
    /// left out (the reader's explains it) and everything else is checked. Rules track their own read errors.
    let afterEarlierErrors: Bool
    var bag = DiagnosticBag()
    private var slots = FactSlotTable()
    /// Unknown facts that still get a did-you-mean; past this many they are not typos (see `TypeChecker.suggests`).
    private var suggestionsLeft = MappingReader.maximumSuggestions

    init(catalog: FactCatalog, afterEarlierErrors: Bool = false) {
        self.catalog = catalog
        self.afterEarlierErrors = afterEarlierErrors
    }

    /// The catalogue plus one `assumptions.<key>` path per assumption, typed by its value.
    static func catalog(_ base: FactCatalog, with assumptions: [AssumptionSpec]) -> FactCatalog {
        var catalog = base
        for assumption in assumptions {
            catalog.register(FactDescriptor(path: "assumptions.\(assumption.key)", type: assumption.value.type,
                                            doc: "ruleset assumption", origin: .assumption))
        }
        return catalog
    }

    mutating func compile(_ spec: RulesetSpec, lineage: [String]) -> CompiledRuleset? {
        let fullCatalog = Self.catalog(catalog, with: spec.assumptions)
        let tiers = checkTiers(spec)
        let tierNames = Set(tiers.map(\.name))

        var ruleIDs: [String: SourceLocation] = [:]
        var guidelineIDs: [String: SourceLocation] = [:]
        var sectionIDs: [String: SourceLocation] = [:]
        func unique(_ id: String, _ location: SourceLocation, _ kind: String, _ seen: inout [String: SourceLocation],
                    bag: inout DiagnosticBag) {
            guard !id.isEmpty else { return }
            if let first = seen[id] {
                bag.error("duplicate \(kind) id '\(id)'", at: location, notes: ["first defined at \(first)"])
            } else {
                seen[id] = location
            }
        }

        var sections: [CompiledSection] = []
        for section in spec.sections {
            unique(section.id, section.location, "section", &sectionIDs, bag: &bag)
            var guidelines: [CompiledGuideline] = []
            for guideline in section.guidelines {
                unique(guideline.id, guideline.location, "guideline", &guidelineIDs, bag: &bag)
                var rules: [CompiledRule] = []
                for rule in guideline.rules {
                    unique(rule.id, rule.location, "rule", &ruleIDs, bag: &bag)
                    if let compiled = compileRule(rule, catalog: fullCatalog, tierNames: tierNames) { rules.append(compiled) }
                }
                if guideline.rules.isEmpty {
                    bag.warning("guideline '\(guideline.id)' has no rules; it is left out of the score", at: guideline.location)
                }
                guidelines.append(CompiledGuideline(id: guideline.id, title: guideline.title ?? guideline.id,
                                                    weight: guideline.weight ?? 1, rules: rules))
            }
            if section.guidelines.isEmpty {
                bag.warning("section '\(section.id)' has no guidelines; it is left out of the score", at: section.location)
            }
            sections.append(CompiledSection(id: section.id, title: section.title ?? section.id, weight: section.weight ?? 1,
                                            guidelines: guidelines))
        }
        guard !bag.hasErrors else { return nil }
        let assumptions = spec.assumptions.map { CompiledRuleset.Assumption(key: $0.key, value: $0.value, location: $0.location) }
        var ruleset = CompiledRuleset(
            identity: RulesetIdentity(id: spec.id, version: spec.version, title: spec.title, extends: lineage),
            tiers: tiers, assumptions: assumptions, sections: sections, warnings: bag.sorted.filter { $0.severity != .error },
            catalog: fullCatalog, slots: slots, slotUnits: slots.paths.map { fullCatalog[$0]?.unit })
        let used = ruleset.assumptionsUsed()
        ruleset.defaultAssumptions = (used, ruleset.slotted(ruleset.assumptionLookups(used)))
        return ruleset
    }

    private mutating func checkTiers(_ spec: RulesetSpec) -> [TierThreshold] {
        let start = SourceLocation(file: spec.file, line: 1, column: 1)
        guard let tiers = spec.tiers, !tiers.isEmpty else {
            // `tiers:` was written but failed to read: the reader has said why.
            if afterEarlierErrors, spec.tiers != nil { return [] }
            bag.error("ruleset '\(spec.id)' defines no tiers: add 'tiers: [{name: …, min_score: …}, …]'", at: start)
            return []
        }
        var seen: [String: SourceLocation] = [:]
        for (index, tier) in tiers.enumerated() {
            if let first = seen[tier.name] {
                bag.error("duplicate tier '\(tier.name)'", at: tier.location, notes: ["first defined at \(first)"])
            }
            seen[tier.name] = tier.location
            if index > 0, !(tier.minScore < tiers[index - 1].minScore) {
                bag.error("tiers must be listed from best to worst with strictly decreasing min_score: '\(tier.name)' (\(NumberFormatting.shortest(tier.minScore))) follows '\(tiers[index - 1].name)' (\(NumberFormatting.shortest(tiers[index - 1].minScore)))",
                          at: tier.location)
            }
        }
        return tiers.map { TierThreshold(name: $0.name, minScore: $0.minScore) }
    }

    private mutating func expression(_ source: ExpressionText, expecting type: FactType, field: String,
                                     catalog: FactCatalog) -> CompiledExpression? {
        let result = CompiledExpression.compile(source.text, catalog: catalog, expecting: type, slots: &slots,
                                                suggests: suggestionsLeft > 0)
        for issue in result.issues {
            if issue.message.hasPrefix("unknown fact") { suggestionsLeft -= 1 }
            let location = source.location(ofOffset: issue.offset)
            let message = "\(issue.message) (in '\(field)')"
            bag.append(Diagnostic(issue.severity == .error ? .error : .warning, message, at: location, notes: issue.notes))
        }
        return result.expression
    }

    private mutating func compileRule(_ rule: RuleSpec, catalog: FactCatalog, tierNames: Set<String>) -> CompiledRule? {
        var failed = false
        var appliesIf: CompiledExpression?
        if case .some(.some(let source)) = rule.appliesIf {
            appliesIf = expression(source, expecting: .bool, field: "applies_if", catalog: catalog)
            if appliesIf == nil { failed = true }
        }
        var scoring: CompiledRule.Scoring?
        switch rule.scoring {
        case nil:
            if !rule.scoringFailedToRead { bag.error("rule '\(rule.id)' needs one of 'pass_if', 'score' or 'measure' with 'scale'", at: rule.location) }
        case .passIf(let source):
            scoring = expression(source, expecting: .bool, field: "pass_if", catalog: catalog).map { .passIf($0) }
        case .score(let source):
            scoring = expression(source, expecting: .number, field: "score", catalog: catalog).map { .score($0) }
        case .measure(let source, let scale):
            let measured = expression(source, expecting: .number, field: "measure", catalog: catalog)
            if let scale, let measured {
                scoring = .measure(measured, Scale(log: scale.log, points: scale.points.map { Scale.Point(measure: $0.x, score: $0.y) }))
            } else if scale == nil, !rule.scaleFailedToRead {
                bag.error("rule '\(rule.id)' has a 'measure' but no 'scale' to turn it into a score", at: source.node.location)
            }
        }
        var required: CompiledRule.Requirement?
        if case .some(.some(let spec)) = rule.required {
            if rule.bonus == true {
                bag.error("a bonus rule cannot be 'required': bonus rules earn stars, not tiers", at: spec.condition.node.location)
                failed = true
            }
            if !tierNames.isEmpty, !tierNames.contains(spec.capsTierAt) {
                var notes: [String] = []
                if let hint = Suggestion.note(for: spec.capsTierAt, in: tierNames) { notes.append(hint) }
                notes.append("tiers: " + tierNames.sorted().joined(separator: ", "))
                bag.error("'caps_tier_at' names an unknown tier '\(spec.capsTierAt)'", at: spec.capsTierAtLocation, notes: notes)
                failed = true
            }
            if let condition = expression(spec.condition, expecting: .bool, field: "required.condition", catalog: catalog) {
                required = CompiledRule.Requirement(condition: condition, capsTierAt: spec.capsTierAt)
            } else {
                failed = true
            }
        }
        var examples: [CompiledRule.Example] = []
        for example in rule.examples ?? [] {
            var given: [String: FactValue] = [:]
            var locations: [String: SourceLocation] = [:]
            for fact in example.given {
                guard let descriptor = catalog[fact.path] else {
                    var notes: [String] = []
                    if let hint = Suggestion.note(for: fact.path, in: catalog.descriptors.keys) { notes.append(hint) }
                    bag.error("unknown fact '\(fact.path)' in example", at: fact.location, notes: notes)
                    failed = true
                    continue
                }
                guard descriptor.type.accepts(fact.value.type) else {
                    bag.error("example value for '\(fact.path)' must be a \(descriptor.type), found \(fact.value.type)", at: fact.location)
                    failed = true
                    continue
                }
                if let allowed = descriptor.allowedValues {
                    let texts: [String]
                    switch fact.value {
                    case .string(let text): texts = [text]
                    case .list(let items): texts = items.compactMap { if case .string(let t) = $0 { t } else { nil } }
                    default: texts = []
                    }
                    for text in texts where !allowed.contains(text) {
                        var notes: [String] = []
                        if let hint = Suggestion.note(for: text, in: allowed) { notes.append(hint) }
                        notes.append("'\(fact.path)' is one of: " + allowed.joined(separator: ", "))
                        bag.error("example value \"\(text)\" is not a possible value of '\(fact.path)'", at: fact.location,
                                  notes: notes)
                        failed = true
                    }
                }
                given[fact.path] = fact.value
                locations[fact.path] = fact.location
            }
            examples.append(CompiledRule.Example(given: given, givenLocations: locations, expectedScore: example.expectedScore,
                                                 expectedOutcome: example.expectedOutcome, location: example.location))
        }
        guard !failed, let scoring else { return nil }
        return CompiledRule(id: rule.id, title: rule.title ?? rule.id, location: rule.location, appliesIf: appliesIf,
                            scoring: scoring, weight: rule.weight ?? 1, required: required, bonus: rule.bonus ?? false,
                            references: rule.references ?? [], rationale: rule.rationale, advice: rule.advice,
                            examples: examples, definedIn: rule.definedIn, overriddenBy: rule.overriddenBy)
    }
}
