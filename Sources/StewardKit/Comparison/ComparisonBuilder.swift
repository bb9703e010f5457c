import Diagnostics
import MissionModel
import Reports
import RuleEngine

/// Builds a `Comparison` from ratings and the missions they rate: columns, the facts that differ, and the
/// attribution of each score difference (column 0 against every later column under the same ruleset).
public enum ComparisonBuilder {
    /// One column's inputs: its heading, its rating, the mission it rates (for declared facts), its overrides.
    public struct Entry: Sendable {
        public var label: String
        public var rating: Rating
        public var mission: Mission?
        public var overrides: [String: RuleEngine.FactValue]

        public init(label: String, rating: Rating, mission: Mission?, overrides: [String: RuleEngine.FactValue] = [:]) {
            self.label = label
            self.rating = rating
            self.mission = mission
            self.overrides = overrides
        }
    }

    public static func build(mode: Comparison.Mode, entries: [Entry]) -> Comparison {
        let columns = entries.map { entry in
            ComparisonColumn(label: entry.label, rating: entry.rating, overrides: entry.rating.assumptions.filter {
                $0.origin == .override && entry.overrides[$0.key] != nil
            })
        }
        var attributions: [ScoreAttribution] = []
        if mode != .rulesets, let first = entries.first {
            for index in entries.indices.dropFirst() where entries[index].rating.ruleset == first.rating.ruleset {
                attributions.append(ScoreAttribution.between(first.rating, entries[index].rating, fromIndex: 0, toIndex: index))
            }
        }
        return Comparison(engine: StewardVersion.current, mode: mode, columns: columns,
                          facts: factDifferences(entries), attributions: attributions)
    }

    /// Declared facts over every path a descriptor declares; derived facts over those the rules read; then the
    /// assumptions in force. A fact is listed when its value (or presence) differs between any two columns.
    static func factDifferences(_ entries: [Entry]) -> [FactDifference] {
        var differences: [FactDifference] = []
        let declared = entries.map { entry in
            Dictionary((entry.mission?.declaredFacts ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let declaredPaths = Set(declared.flatMap(\.keys)).sorted()
        for path in declaredPaths {
            let facts = declared.map { $0[path] }
            guard !allEqual(facts.map { $0?.value }) else { continue }
            differences.append(FactDifference(path: path, kind: .declared, unit: facts.compactMap { $0?.unit }.first,
                                              values: facts.map { $0?.value }, sources: facts.map { $0?.location.description }))
        }

        let derived = entries.map { entry -> [String: FactRead] in
            var reads: [String: FactRead] = [:]
            for fact in (entry.rating.allRules + entry.rating.bonus).flatMap(\.facts)
            where fact.path.hasPrefix("derived.") && reads[fact.path] == nil {
                reads[fact.path] = fact
            }
            return reads
        }
        for path in Set(derived.flatMap(\.keys)).sorted() {
            let reads = derived.map { $0[path] }
            guard !allEqual(reads.map { $0?.value }) else { continue }
            differences.append(FactDifference(
                path: path, kind: .derived, unit: reads.compactMap { $0?.unit }.first, values: reads.map { $0?.value },
                sources: reads.map { read in read.map { $0.source?.model ?? ($0.missing.map { "missing: \($0)" } ?? "derived") } }))
        }

        let assumptions = entries.map { entry in
            Dictionary(entry.rating.assumptions.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
        for key in Set(assumptions.flatMap(\.keys)).sorted() {
            let used = assumptions.map { $0[key] }
            guard !allEqual(used.map { $0?.value }) else { continue }
            differences.append(FactDifference(
                path: "assumptions.\(key)", kind: .assumption, unit: UnitSuffix.unit(forPath: key), values: used.map { $0?.value },
                sources: used.map { $0.map { $0.origin == .override ? "--assume" : "ruleset" } }))
        }
        return differences
    }

    private static func allEqual(_ values: [RuleEngine.FactValue?]) -> Bool {
        guard let first = values.first else { return true }
        return values.allSatisfy { $0 == first }
    }

    /// Column headings that tell the columns apart: the given labels, with the file name (then a number)
    /// added where two are equal (e.g. one mission compared with an edited copy of itself).
    public static func distinctLabels(_ labels: [String], files: [String?]) -> [String] {
        var result = labels
        for index in result.indices where labels.filter({ $0 == labels[index] }).count > 1 {
            if let file = files[index] { result[index] = labels[index] + " (" + (file.split(separator: "/").last.map(String.init) ?? file) + ")" }
        }
        for index in result.indices where result.filter({ $0 == result[index] }).count > 1 {
            result[index] += " #\(index + 1)"
        }
        return result
    }
}

extension Comparison {
    /// The baseline verdict: the new column (1) against the baseline (0). The tier drops when the new final tier
    /// ranks below the baseline's (unrated is below every tier); the score falls when it drops by more than
    /// `tolerance`. Reasons name the rules that cost the most, from the attribution.
    public mutating func judgeRegression(tolerance: Double) {
        guard columns.count == 2 else { return }
        let old = columns[0], new = columns[1]
        func rank(_ column: ComparisonColumn) -> Int {
            column.tier.flatMap { tier in column.tiers.firstIndex { $0.name == tier } } ?? column.tiers.count
        }
        let tierDropped = rank(new) > rank(old)
        let scoreDrop = (old.score ?? 0) - (new.score ?? 0)
        let scoreFell = scoreDrop > tolerance
        var reasons: [String] = []
        if tierDropped {
            reasons.append("tier dropped from \(old.tier ?? "unrated") to \(new.tier ?? "unrated")"
                           + (new.caps.isEmpty ? "" : " (caps: " + new.caps.map { "\($0.rule) → \($0.capsTierAt)" }.joined(separator: ", ") + ")"))
        }
        if scoreFell {
            reasons.append("score fell by \(NumberFormatting.fixed(scoreDrop, decimals: 4)) (from \(NumberFormatting.fixed(old.score ?? 0, decimals: 4)) "
                           + "to \(NumberFormatting.fixed(new.score ?? 0, decimals: 4)); tolerance \(NumberFormatting.shortest(tolerance)))")
        }
        if tierDropped || scoreFell, let attribution = attributions.first {
            for rule in attribution.rules.filter({ $0.difference < 0 }).prefix(5) {
                reasons.append("  \(rule.rule): \(NumberFormatting.fixed(rule.difference, decimals: 4)) "
                               + "(\(rule.outcomeFrom?.rawValue ?? "absent") → \(rule.outcomeTo?.rawValue ?? "absent"))")
            }
        }
        regression = Regression(tolerance: tolerance, regressed: tierDropped || scoreFell, tierDropped: tierDropped,
                                scoreDrop: scoreDrop, reasons: reasons)
    }
}
