import Diagnostics
import Reports
import RuleEngine

/// `steward rules explain ID`: one rule in full, or the rules of one guideline, named after the ruleset that
/// actually wrote the rule (the one defining it, or the overlay that last overrode it) rather than whichever
/// ruleset happened to be searched first.
public enum RuleExplanation {
    public enum Result: Sendable, Equatable {
        case found(String)
        /// The message of a usage error (exit 64), with a did-you-mean when something is close.
        case notFound(String)
    }

    /// Looks `id` up as a rule, then as a guideline id. `rulesets` are searched in order; `searchedEverything`
    /// means they are every embedded ruleset (no `--ruleset` given), so the answer also lists the overlays that
    /// change the rule.
    public static func explain(_ id: String, in rulesets: [CompiledRuleset], searchedEverything: Bool) -> Result {
        let holding = rulesets.compactMap { ruleset in ruleset.rules.first { $0.id == id }.map { (ruleset, $0) } }
        if let (first, firstRule) = holding.first {
            // Searching everything, show the rule where it is defined; otherwise as the named ruleset has it.
            let (ruleset, rule) = searchedEverything
                ? holding.first { $0.0.identity.id == firstRule.definedIn } ?? (first, firstRule)
                : (first, firstRule)
            return .found(ruleText(rule, in: ruleset, all: rulesets, holding: searchedEverything ? holding : []))
        }
        for ruleset in rulesets {
            for guideline in ruleset.sections.flatMap(\.guidelines) where guideline.id == id {
                return .found(guidelineText(guideline, in: ruleset))
            }
        }
        let ruleIDs = rulesets.flatMap { $0.rules.map(\.id) }
        let guidelineIDs = rulesets.flatMap { $0.sections.flatMap { $0.guidelines.map(\.id) } }
        let known = Set(ruleIDs + guidelineIDs)
        // A prefix of exactly one rule id ("B.9-casualty") is as good a hint as a typo.
        let prefixed = Set(ruleIDs.filter { $0.hasPrefix(id) })
        let hint = prefixed.count == 1 ? "did you mean '\(prefixed.first!)'?" : Suggestion.note(for: id, in: known)
        let names = rulesets.map(\.identity.id).joined(separator: ", ")
        return .notFound("no rule or guideline '\(id)' in \(names)" + (hint.map { "; \($0)" } ?? ""))
    }

    static func version(of id: String, in rulesets: [CompiledRuleset]) -> String {
        rulesets.first { $0.identity.id == id }.map { " \($0.identity.version)" } ?? ""
    }

    static func ruleText(_ rule: CompiledRule, in ruleset: CompiledRuleset, all: [CompiledRuleset],
                         holding: [(CompiledRuleset, CompiledRule)]) -> String {
        let author = rule.overriddenBy.last ?? (rule.definedIn.isEmpty ? ruleset.identity.id : rule.definedIn)
        let authorVersion = author == ruleset.identity.id ? " \(ruleset.identity.version)" : version(of: author, in: all)
        var out = "Ruleset `\(author)`\(authorVersion)\n"
        if author != ruleset.identity.id {
            out += "As used by `\(ruleset.identity.id)` \(ruleset.identity.version)"
            out += rule.overriddenBy.isEmpty ? ", which inherits it unchanged.\n" : ".\n"
        }
        if !rule.overriddenBy.isEmpty {
            out += "Defined in `\(rule.definedIn)`; overridden by \(rule.overriddenBy.map { "`\($0)`" }.joined(separator: ", ")).\n"
        }
        let changers = holding.filter { !$0.1.overriddenBy.isEmpty && $0.0.identity.id != ruleset.identity.id }.map(\.0.identity.id)
        let unchanged = holding.filter { $0.1.overriddenBy.isEmpty && $0.0.identity.id != ruleset.identity.id }.map(\.0.identity.id)
        if !changers.isEmpty {
            out += "Changed by \(changers.map { "`\($0)`" }.joined(separator: ", ")): see `steward rules explain \(rule.id) --ruleset \(changers[0])`.\n"
        }
        if !unchanged.isEmpty {
            out += "Inherited unchanged by \(unchanged.map { "`\($0)`" }.joined(separator: ", ")).\n"
        }
        return out + "\n" + RulesetDocumentation.ruleMarkdown(rule)
    }

    static func guidelineText(_ guideline: CompiledGuideline, in ruleset: CompiledRuleset) -> String {
        var out = "Ruleset `\(ruleset.identity.id)` \(ruleset.identity.version)\n\n"
        out += "# Guideline `\(guideline.id)` — \(guideline.title)\n\n"
        out += "Weight \(NumberFormatting.shortest(guideline.weight)); \(guideline.rules.count) rule\(guideline.rules.count == 1 ? "" : "s"):\n\n"
        for rule in guideline.rules {
            var notes: [String] = []
            if rule.required != nil { notes.append("required") }
            if rule.bonus { notes.append("bonus") }
            if !rule.overriddenBy.isEmpty { notes.append("overridden by \(rule.overriddenBy.joined(separator: ", "))") }
            out += "- `\(rule.id)` — \(rule.title)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))") + "\n"
        }
        out += "\nOne rule in full: `steward rules explain \(guideline.rules.first?.id ?? "<rule-id>")`.\n"
        return out
    }
}
