import Diagnostics

/// Rates missions against a compiled ruleset.
extension CompiledRuleset {
    /// The assumptions in force: the ruleset's, replaced or extended by `overrides` (from `--assume`).
    public func assumptionsUsed(overrides: [String: FactValue] = [:]) -> [AssumptionUsed] {
        var used: [AssumptionUsed] = assumptions.map { assumption in
            if let value = overrides[assumption.key] { return AssumptionUsed(key: assumption.key, value: value, origin: .override) }
            return AssumptionUsed(key: assumption.key, value: assumption.value, origin: .ruleset)
        }
        let known = Set(assumptions.map(\.key))
        for (key, value) in overrides where !known.contains(key) {
            used.append(AssumptionUsed(key: key, value: value, origin: .override))
        }
        return used.sorted { $0.key < $1.key }
    }

    /// Problems with `--assume` values: a value whose type differs from the ruleset's own assumption
    /// would make every rule reading it unknown, so it is refused up front.
    public func checkAssumptionOverrides(_ overrides: [String: FactValue]) -> [String] {
        var problems: [String] = []
        for assumption in assumptions {
            if let value = overrides[assumption.key], !assumption.value.type.accepts(value.type) {
                problems.append("assumption '\(assumption.key)' must be a \(assumption.value.type), found \(value.displayText)")
            }
        }
        return problems.sorted()
    }

    func assumptionLookups(_ used: [AssumptionUsed]) -> [String: FactLookup] {
        var lookups: [String: FactLookup] = [:]
        for assumption in used {
            lookups["assumptions.\(assumption.key)"] = .known(Fact(
                value: assumption.value, unit: UnitSuffix.unit(forPath: assumption.key),
                provenance: Provenance(kind: .assumption, location: assumption.origin == .ruleset
                    ? assumptions.first { $0.key == assumption.key }?.location.description : "--assume")))
        }
        return lookups
    }

    func slotted(_ lookups: [String: FactLookup]) -> [Int: FactLookup] {
        var bySlot: [Int: FactLookup] = [:]
        for (path, lookup) in lookups {
            if let slot = slots.slot(of: path) { bySlot[slot] = lookup }
        }
        return bySlot
    }

    /// Rates one mission. Never fails: missing facts make rules unknown, which the rating lists.
    public func rate(_ facts: any FactSource, mission: MissionIdentity, engineVersion: String,
                     assumptionOverrides: [String: FactValue] = [:]) -> Rating {
        // Without overrides (the usual case) the assumption facts were prepared once at compile time.
        let used = assumptionOverrides.isEmpty ? defaultAssumptions.used : assumptionsUsed(overrides: assumptionOverrides)
        let lookups = assumptionOverrides.isEmpty ? defaultAssumptions.bySlot : slotted(assumptionLookups(used))
        var context = EvaluationContext(table: slots, source: facts, overridesBySlot: lookups)

        var sectionResults: [SectionResult] = []
        sectionResults.reserveCapacity(sections.count)
        var bonusResults: [RuleResult] = []
        var unknowns: [UnknownFinding] = []
        var caps: [TierCap] = []

        for section in sections {
            var guidelineResults: [GuidelineResult] = []
            guidelineResults.reserveCapacity(section.guidelines.count)
            for guideline in section.guidelines {
                var ruleResults: [RuleResult] = []
                ruleResults.reserveCapacity(guideline.rules.count)
                for rule in guideline.rules {
                    let evaluation = RuleEvaluation.evaluate(rule, in: &context)
                    let result = ruleResult(rule, evaluation, context: context)
                    if evaluation.outcome == .unknown {
                        unknowns.append(UnknownFinding(rule: rule.id, paths: result.facts.filter { $0.missing != nil }.map(\.path),
                                                       reason: evaluation.reason ?? "unknown"))
                    }
                    if let capsTierAt = rule.requiredCapsTierAt, evaluation.requirement == .notMet || evaluation.requirement == .notDemonstrated {
                        caps.append(TierCap(rule: rule.id, capsTierAt: capsTierAt, condition: rule.requiredText ?? "",
                                            reason: evaluation.requirement == .notMet ? "failed" : "unknown: \(evaluation.requirementReason ?? "not evaluated")"))
                    }
                    if rule.bonus { bonusResults.append(result) } else { ruleResults.append(result) }
                }
                guidelineResults.append(Aggregation.guideline(guideline, rules: consume ruleResults))
            }
            sectionResults.append(Aggregation.section(section, guidelines: consume guidelineResults))
        }
        let total = Aggregation.total(&sectionResults)
        let before = total.flatMap { tierReached(by: $0) }
        let final = cappedTier(before, caps: caps)
        return Rating(engine: engineVersion, mission: mission, ruleset: identity, assumptions: used, tiers: tiers,
                      score: total, tierBeforeCaps: before, tier: final, caps: caps,
                      stars: bonusResults.filter { $0.outcome == .pass }.count, sections: sectionResults,
                      bonus: bonusResults, unknowns: unknowns)
    }

    /// Scores within this distance below a threshold still reach it, so a total that is 0.7 by hand
    /// but 0.69999999999999996 in binary floating point is not demoted.
    static let tierTolerance = 1e-9

    func tierReached(by score: Double) -> String? {
        tiers.first { score + Self.tierTolerance >= $0.minScore }?.name
    }

    /// The worse of the tier reached and every cap; a cap never raises a tier, and "unrated" stays unrated.
    func cappedTier(_ tier: String?, caps: [TierCap]) -> String? {
        guard let tier, var rank = tiers.firstIndex(where: { $0.name == tier }) else { return nil }
        for cap in caps {
            if let capRank = tiers.firstIndex(where: { $0.name == cap.capsTierAt }), capRank > rank { rank = capRank }
        }
        return tiers[rank].name
    }

    private func ruleResult(_ rule: CompiledRule, _ evaluation: RuleEvaluation, context: borrowing EvaluationContext) -> RuleResult {
        var facts: [FactRead] = []
        facts.reserveCapacity(evaluation.reads.count)
        for index in evaluation.reads {
            let slot = context.readLog[index]
            let path = slots.paths[slot]
            switch context.peek(slot) {
            case .known(let fact)?:
                facts.append(FactRead(path: path, value: fact.value, unit: fact.unit ?? slotUnits[slot], source: fact.provenance))
            case .absent(let reason)?:
                facts.append(FactRead(path: path, unit: slotUnits[slot], missing: reason))
            case nil:
                facts.append(FactRead(path: path, missing: "not read"))
            }
        }
        var required: RequiredResult?
        if let condition = rule.requiredText, let capsTierAt = rule.requiredCapsTierAt {
            // When the rule did not apply, the requirement was not evaluated and `met` stays nil.
            required = RequiredResult(condition: condition, capsTierAt: capsTierAt, status: evaluation.requirement)
        }
        return RuleResult(rule: rule.resultDescription, outcome: evaluation.outcome,
                          score: evaluation.outcome == .notApplicable ? nil : evaluation.score,
                          share: 0, totalShare: 0, contribution: 0, measured: evaluation.measured, facts: facts,
                          required: required, reason: evaluation.reason)
    }
}
