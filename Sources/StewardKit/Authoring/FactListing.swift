import Foundation
import RuleEngine

/// `steward rules facts`: every fact path a rule may read (the catalogue a ruleset is compiled against, with its
/// own `assumptions.*`), with type, unit, allowed values, origin, and the rules of the ruleset that read it.
public struct FactListing: Sendable, Codable {
    public struct Entry: Sendable, Codable, Hashable {
        public var path: String
        public var type: String
        public var unit: String?
        public var allowedValues: [String]?
        /// "declared" (a descriptor field), "derived" (computed by a physics model) or "assumption" (the ruleset's).
        public var origin: String
        public var description: String
        /// Ids of the rules that read the path in `applies_if`, their scoring expression or `required`.
        public var readBy: [String]

        enum CodingKeys: String, CodingKey {
            case path, type, unit, origin, description
            case allowedValues = "allowed_values"
            case readBy = "read_by"
        }
    }

    public var format = "steward/facts-catalogue@1"
    public var ruleset: String
    public var version: String
    public var facts: [Entry]

    public init(_ ruleset: CompiledRuleset) {
        var readers: [String: [String]] = [:]
        for rule in ruleset.rules {
            var expressions: [CompiledExpression] = [rule.scoring.expression]
            if let appliesIf = rule.appliesIf { expressions.append(appliesIf) }
            if let required = rule.required { expressions.append(required.condition) }
            for path in Set(expressions.flatMap(\.factPaths)) { readers[path, default: []].append(rule.id) }
        }
        self.ruleset = ruleset.identity.id
        version = ruleset.identity.version
        facts = ruleset.catalog.paths.compactMap { path in
            guard let descriptor = ruleset.catalog[path] else { return nil }
            return Entry(path: path, type: descriptor.type.description, unit: descriptor.unit,
                         allowedValues: descriptor.allowedValues, origin: descriptor.origin.rawValue,
                         description: descriptor.doc, readBy: readers[path] ?? [])
        }
    }

    /// Pretty JSON with sorted keys, so the output diffs cleanly between versions.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)).map { $0 + "\n" } ?? "{}\n"
    }

    /// One block per path: the path, then indented type, unit and origin, description, allowed values and readers; fits 80 columns
    /// except where a single path or id is longer.
    public func text() -> String {
        let read = facts.filter { !$0.readBy.isEmpty }.count
        var out = "\(facts.count) fact paths a rule may read; \(read) read by \(ruleset) \(version).\n"
        for fact in facts {
            out += "\n\(fact.path)\n  \(fact.type)" + (fact.unit.map { ", \($0)" } ?? "") + ", \(fact.origin)\n"
            if !fact.description.isEmpty { out += Self.wrap(fact.description, indent: "  ") }
            if let allowed = fact.allowedValues { out += Self.wrap("one of: " + allowed.joined(separator: ", "), indent: "  ") }
            let unread = fact.origin == FactOrigin.assumption.rawValue ? "read by no rule (the physics models use it)"
                : "read by no rule"
            out += Self.wrap(fact.readBy.isEmpty ? unread : "read by " + fact.readBy.joined(separator: ", "), indent: "  ")
        }
        return out
    }

    static func wrap(_ text: String, indent: String, width: Int = 80) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
