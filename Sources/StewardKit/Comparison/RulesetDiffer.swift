import Foundation
import Diagnostics
import Reports
import RuleEngine

/// Computes `RulesetDiff` between two compiled rulesets, and with missions rates each under both and attributes
/// every change of score to rules (the same `ScoreAttribution` as `steward compare`: each rating's total is the
/// sum of its rules' contributions, so the rules of both versions, matched by id, account for the difference).
public enum RulesetDiffer {
    public static func diff(old: CompiledRuleset, new: CompiledRuleset) -> RulesetDiff {
        RulesetDiff(old: old.identity, new: new.identity, tiers: tierChanges(old, new), assumptions: assumptionChanges(old, new),
                    structure: structureChanges(old, new), added: rules(of: new, notIn: old), removed: rules(of: old, notIn: new),
                    changed: ruleChanges(old, new), missions: [])
    }

    /// The diff, with every valid mission of `files` rated under both versions. Invalid files are returned
    /// with their diagnostics and left out of the diff.
    public static func diff(old: CompiledRuleset, new: CompiledRuleset, missions files: [String],
                            overrides: [String: RuleEngine.FactValue] = [:]) -> (diff: RulesetDiff, results: [MissionRatingResult]) {
        var diff = diff(old: old, new: new)
        let results = RatingPipeline.rate(files: files, rulesets: [old, new], overrides: overrides)
        for result in results where result.isValid && result.ratings.count == 2 {
            let (a, b) = (result.ratings[0], result.ratings[1])
            diff.missions.append(RulesetDiff.MissionChange(mission: b.mission, tierOld: a.tier, tierNew: b.tier,
                                                           attribution: ScoreAttribution.between(a, b)))
        }
        return (diff, results)
    }

    private typealias Change = RulesetDiff.FieldChange

    private static func number(_ value: Double?) -> String? { value.map(NumberFormatting.shortest) }

    private static func tierChanges(_ old: CompiledRuleset, _ new: CompiledRuleset) -> [Change] {
        var changes: [Change] = []
        let names = old.tiers.map(\.name) + new.tiers.map(\.name).filter { name in !old.tiers.contains { $0.name == name } }
        for name in names {
            let a = old.tiers.first { $0.name == name }?.minScore, b = new.tiers.first { $0.name == name }?.minScore
            if a != b { changes.append(Change(field: "\(name).min_score", old: number(a), new: number(b))) }
        }
        return changes
    }

    private static func assumptionChanges(_ old: CompiledRuleset, _ new: CompiledRuleset) -> [Change] {
        let a = Dictionary(old.assumptions.map { ($0.key, $0.value.displayText) }, uniquingKeysWith: { _, last in last })
        let b = Dictionary(new.assumptions.map { ($0.key, $0.value.displayText) }, uniquingKeysWith: { _, last in last })
        return Set(a.keys).union(b.keys).sorted().compactMap { key in a[key] == b[key] ? nil : Change(field: key, old: a[key], new: b[key]) }
    }

    private static func structureChanges(_ old: CompiledRuleset, _ new: CompiledRuleset) -> [Change] {
        func weights(_ ruleset: CompiledRuleset) -> [(String, Double)] {
            ruleset.sections.flatMap { section in [(section.id, section.weight)] + section.guidelines.map { ($0.id, $0.weight) } }
        }
        let a = weights(old), b = weights(new)
        let byA = Dictionary(a, uniquingKeysWith: { first, _ in first }), byB = Dictionary(b, uniquingKeysWith: { first, _ in first })
        var ids = a.map(\.0)
        for (id, _) in b where byA[id] == nil { ids.append(id) }
        return ids.compactMap { id in byA[id] == byB[id] ? nil : Change(field: "\(id).weight", old: number(byA[id]), new: number(byB[id])) }
    }

    private static func placed(_ ruleset: CompiledRuleset) -> [(rule: CompiledRule, guideline: String)] {
        ruleset.sections.flatMap { $0.guidelines.flatMap { guideline in guideline.rules.map { ($0, guideline.id) } } }
    }

    private static func rules(of ruleset: CompiledRuleset, notIn other: CompiledRuleset) -> [RulesetDiff.RuleSummary] {
        let known = Set(other.rules.map(\.id))
        return placed(ruleset).filter { !known.contains($0.rule.id) }.map {
            RulesetDiff.RuleSummary(id: $0.rule.id, title: $0.rule.title, guideline: $0.guideline, weight: $0.rule.weight)
        }
    }

    /// The fields a reader of a ruleset would compare, each as the text the ruleset writes.
    private static func fields(_ rule: CompiledRule, guideline: String) -> [(String, String?)] {
        var scoring: (String, String)
        var scale: String?
        switch rule.scoring {
        case .passIf(let expression): scoring = ("pass_if", expression.text)
        case .score(let expression): scoring = ("score", expression.text)
        case .measure(let expression, let points):
            scoring = ("measure", expression.text)
            scale = (points.log ? "log " : "") + points.points.map { "[\(NumberFormatting.shortest($0.measure)), \(NumberFormatting.shortest($0.score))]" }
                .joined(separator: ", ")
        }
        return [
            ("title", rule.title),
            ("guideline", guideline),
            ("weight", NumberFormatting.shortest(rule.weight)),
            ("applies_if", rule.appliesIf?.text),
            ("scoring", scoring.0),
            (scoring.0, scoring.1),
            ("scale", scale),
            ("required", rule.required?.condition.text),
            ("caps_tier_at", rule.required?.capsTierAt),
            ("bonus", rule.bonus ? "true" : "false"),
        ]
    }

    private static func ruleChanges(_ old: CompiledRuleset, _ new: CompiledRuleset) -> [RulesetDiff.RuleChange] {
        let before = Dictionary(placed(old).map { ($0.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
        return placed(new).compactMap { entry -> RulesetDiff.RuleChange? in
            guard let previous = before[entry.rule.id] else { return nil }
            let oldFields = fields(previous.rule, guideline: previous.guideline)
            let newFields = fields(entry.rule, guideline: entry.guideline)
            let a = Dictionary(oldFields, uniquingKeysWith: { first, _ in first })
            let b = Dictionary(newFields, uniquingKeysWith: { first, _ in first })
            var names = newFields.map(\.0)
            for (field, _) in oldFields where !names.contains(field) { names.append(field) }
            let changes = names.compactMap { field -> Change? in
                let before = a[field] ?? nil, after = b[field] ?? nil
                return before == after ? nil : Change(field: field, old: before.map(OneLineText.of), new: after.map(OneLineText.of))
            }
            return changes.isEmpty ? nil : RulesetDiff.RuleChange(id: entry.rule.id, title: entry.rule.title, fields: changes)
        }
    }
}

/// An expression written over several lines, on one line (as the text report writes it).
enum OneLineText {
    static func of(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}
