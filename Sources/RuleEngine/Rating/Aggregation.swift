/// Weighted means from rules up to the total, with the shares and contributions a reader needs to
/// recompute them: not-applicable weight is dropped and the rest renormalised; unknown counts as 0.
enum Aggregation {
    static func guideline(_ guideline: CompiledGuideline, rules: consuming [RuleResult]) -> GuidelineResult {
        var totalWeight = 0.0
        for index in rules.indices where rules[index].outcome != .notApplicable { totalWeight += rules[index].weight }
        var score: Double?
        if totalWeight > 0 {
            var sum = 0.0
            for index in rules.indices where rules[index].outcome != .notApplicable {
                rules[index].share = rules[index].weight / totalWeight
                sum += rules[index].share * (rules[index].score ?? 0)
            }
            score = sum
        }
        return GuidelineResult(id: guideline.id, title: guideline.title, weight: guideline.weight, share: 0, score: score,
                               contribution: 0, rules: rules)
    }

    static func section(_ section: CompiledSection, guidelines: consuming [GuidelineResult]) -> SectionResult {
        var totalWeight = 0.0
        for index in guidelines.indices where guidelines[index].score != nil { totalWeight += guidelines[index].weight }
        var score: Double?
        if totalWeight > 0 {
            var sum = 0.0
            for index in guidelines.indices where guidelines[index].score != nil {
                guidelines[index].share = guidelines[index].weight / totalWeight
                sum += guidelines[index].share * (guidelines[index].score ?? 0)
            }
            score = sum
        }
        return SectionResult(id: section.id, title: section.title, weight: section.weight, share: 0, score: score,
                             contribution: 0, guidelines: guidelines)
    }

    /// Fills in section shares and every contribution, and returns the total (nil if nothing applied).
    static func total(_ sections: inout [SectionResult]) -> Double? {
        let applicable = sections.indices.filter { sections[$0].score != nil }
        let totalWeight = applicable.reduce(0.0) { $0 + sections[$1].weight }
        guard totalWeight > 0 else { return nil }
        var total = 0.0
        for s in applicable {
            sections[s].share = sections[s].weight / totalWeight
            sections[s].contribution = sections[s].share * (sections[s].score ?? 0)
            total += sections[s].contribution
            for g in sections[s].guidelines.indices where sections[s].guidelines[g].score != nil {
                let guidelineShare = sections[s].share * sections[s].guidelines[g].share
                sections[s].guidelines[g].contribution = guidelineShare * (sections[s].guidelines[g].score ?? 0)
                // Mutated in place: copying a rule result out and back costs a retain and release per field.
                for r in sections[s].guidelines[g].rules.indices where sections[s].guidelines[g].rules[r].outcome != .notApplicable {
                    let totalShare = guidelineShare * sections[s].guidelines[g].rules[r].share
                    sections[s].guidelines[g].rules[r].totalShare = totalShare
                    sections[s].guidelines[g].rules[r].contribution = totalShare * (sections[s].guidelines[g].rules[r].score ?? 0)
                }
            }
        }
        return total
    }
}
