import Foundation
import RuleEngine

/// What changed between two versions of a ruleset (`steward rules diff OLD NEW`, format
/// `steward/ruleset-diff@1`): tiers, assumptions, section and guideline weights, rules added, removed and
/// changed field by field, and, with missions, how each mission's rating moves and which rules move it.
/// StewardKit computes it (`RulesetDiffer`); this type only holds and writes it.
public struct RulesetDiff: Sendable, Hashable, Codable {
    public static let formatTag = "steward/ruleset-diff@1"

    /// One field whose text differs; nil on the side that does not have it.
    public struct FieldChange: Sendable, Hashable, Codable {
        public var field: String
        public var old: String?
        public var new: String?

        public init(field: String, old: String?, new: String?) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    public struct RuleSummary: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var guideline: String
        public var weight: Double

        public init(id: String, title: String, guideline: String, weight: Double) {
            self.id = id
            self.title = title
            self.guideline = guideline
            self.weight = weight
        }
    }

    public struct RuleChange: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var fields: [FieldChange]

        public init(id: String, title: String, fields: [FieldChange]) {
            self.id = id
            self.title = title
            self.fields = fields
        }
    }

    /// A mission rated under both versions; the attribution's columns are 0 = old, 1 = new.
    public struct MissionChange: Sendable, Hashable, Codable {
        public var mission: MissionIdentity
        public var tierOld: String?
        public var tierNew: String?
        public var attribution: ScoreAttribution

        public init(mission: MissionIdentity, tierOld: String?, tierNew: String?, attribution: ScoreAttribution) {
            self.mission = mission
            self.tierOld = tierOld
            self.tierNew = tierNew
            self.attribution = attribution
        }

        public var changed: Bool { tierOld != tierNew || ComparisonText.delta(attribution.difference) != "0.0000" }
    }

    public var format: String
    public var old: RulesetIdentity
    public var new: RulesetIdentity
    /// `tiers.<name>` thresholds and `assumptions.<key>` values that differ.
    public var tiers: [FieldChange]
    public var assumptions: [FieldChange]
    /// `<id>.weight` of sections and guidelines, and guidelines or sections added or removed.
    public var structure: [FieldChange]
    public var added: [RuleSummary]
    public var removed: [RuleSummary]
    public var changed: [RuleChange]
    /// Empty unless missions were given.
    public var missions: [MissionChange]

    public init(format: String = RulesetDiff.formatTag, old: RulesetIdentity, new: RulesetIdentity, tiers: [FieldChange],
                assumptions: [FieldChange], structure: [FieldChange], added: [RuleSummary], removed: [RuleSummary],
                changed: [RuleChange], missions: [MissionChange]) {
        self.format = format
        self.old = old
        self.new = new
        self.tiers = tiers
        self.assumptions = assumptions
        self.structure = structure
        self.added = added
        self.removed = removed
        self.changed = changed
        self.missions = missions
    }

    public var isEmpty: Bool {
        tiers.isEmpty && assumptions.isEmpty && structure.isEmpty && added.isEmpty && removed.isEmpty && changed.isEmpty
    }

    /// The diff as text lines of at most `width` columns (long values are cut with "…").
    public func text(width: Int = 100) -> String {
        let cut = { (text: String) in ComparisonTextRenderer.cut(text, width) }
        var lines: [String] = [cut("Ruleset diff: \(old.id) \(old.version) → \(new.id) \(new.version)")]
        func section(_ title: String, _ changes: [FieldChange]) {
            guard !changes.isEmpty else { return }
            lines.append("")
            lines.append(title)
            for change in changes {
                lines.append(cut("  \(change.field): \(change.old ?? "(none)") → \(change.new ?? "(none)")"))
            }
        }
        if isEmpty {
            lines.append("")
            lines.append("No differences in tiers, assumptions, weights or rules.")
        }
        section("Tier thresholds", tiers)
        section("Assumptions", assumptions)
        section("Sections and guidelines", structure)
        if !added.isEmpty {
            lines.append("")
            lines.append("Rules added (\(added.count))")
            for rule in added { lines.append(cut("  + \(rule.id)  \(rule.title)  (guideline \(rule.guideline), weight \(NumberFormatting.shortest(rule.weight)))")) }
        }
        if !removed.isEmpty {
            lines.append("")
            lines.append("Rules removed (\(removed.count))")
            for rule in removed { lines.append(cut("  - \(rule.id)  \(rule.title)  (guideline \(rule.guideline), weight \(NumberFormatting.shortest(rule.weight)))")) }
        }
        if !changed.isEmpty {
            lines.append("")
            lines.append("Rules changed (\(changed.count))")
            for rule in changed {
                lines.append(cut("  ~ \(rule.id)  \(rule.title)"))
                for field in rule.fields {
                    lines.append(cut("      \(field.field): \(field.old ?? "(none)") → \(field.new ?? "(none)")"))
                }
            }
        }
        if !missions.isEmpty {
            let moved = missions.filter(\.changed)
            lines.append("")
            lines.append("Missions (\(missions.count) rated, \(moved.count) changed)")
            for change in missions {
                let a = change.attribution
                lines.append(cut("  \(change.mission.id): \(ComparisonText.tier(change.tierOld)) \(ComparisonText.score(a.scoreFrom)) → "
                                 + "\(ComparisonText.tier(change.tierNew)) \(ComparisonText.score(a.scoreTo)) (\(ComparisonText.delta(a.difference)))"
                                 + (change.changed ? "" : "  unchanged")))
                guard change.changed else { continue }
                for rule in a.rules where ComparisonText.delta(rule.difference) != "0.0000" {
                    lines.append(cut("      \(ComparisonText.delta(rule.difference))  \(rule.rule)  "
                                     + "\(ComparisonText.outcome(rule.outcomeFrom, score: rule.scoreFrom)) → "
                                     + "\(ComparisonText.outcome(rule.outcomeTo, score: rule.scoreTo))"))
                }
                lines.append(cut("      Σ \(ComparisonText.delta(a.sum)); residual \(NumberFormatting.readable(a.residual))"))
            }
        }
        return lines.map { ComparisonTextRenderer.trimmed($0) }.joined(separator: "\n") + "\n"
    }

    /// `steward/ruleset-diff@1` JSON, written like the comparison JSON (sorted snake_case keys).
    public func json() -> String {
        let data = (try? JSONEncoder.report(snakeCaseKeys: true).encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
