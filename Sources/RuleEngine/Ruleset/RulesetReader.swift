import Diagnostics

/// Reads one ruleset file into a `RulesetSpec`, strictly: unknown keys, wrong types, bad weights and
/// unsorted scale points are all collected in the bag with their `file:line:col`.
struct RulesetReader {
    static let formatTag = "steward/ruleset@1"
    /// Weights above this are almost surely typos (a weight is a relative importance, usually 1–5).
    static let maxWeight = 1_000.0

    let source: SourceText
    var bag = DiagnosticBag()

    init(source: SourceText) {
        self.source = source
    }

    mutating func read(_ root: YAMLNode) -> RulesetSpec? {
        guard var top = MappingReader(root, path: "", bag: &bag) else { return nil }
        if let format = top.require("format", bag: &bag), let text = format.value.string("format", bag: &bag),
           text != Self.formatTag {
            var notes = ["expected '\(Self.formatTag)'"]
            if text.hasPrefix("steward/mission") { notes.append("this looks like a mission descriptor, not a ruleset") }
            bag.error("unsupported ruleset format '\(text)'", at: format.value.location, notes: notes)
        }
        let id = top.require("id", bag: &bag).flatMap { identifier($0.value, "id") } ?? ""
        let version = top.require("version", bag: &bag).flatMap { $0.value.string("version", bag: &bag) } ?? ""
        let title = top.require("title", bag: &bag).flatMap { $0.value.string("title", bag: &bag) } ?? ""
        _ = top.take("description").flatMap { $0.value.string("description", bag: &bag) }
        var extends: (String, SourceLocation)?
        if let entry = top.take("extends"), !entry.value.isNull,
           let reference = entry.value.string("extends", bag: &bag) {
            extends = (reference, entry.value.location)
        }
        let assumptions = top.take("assumptions").map { readAssumptions($0.value) } ?? []
        let tiers = top.take("tiers").map { readTiers($0.value) }
        var sections: [SectionSpec] = []
        if let entry = top.take("sections"), let items = entry.value.list("sections", bag: &bag) {
            sections = items.compactMap { readSection($0) }
        }
        var overrides: [OverrideSpec] = []
        if let entry = top.take("overrides"), let items = entry.value.list("overrides", bag: &bag) {
            overrides = items.compactMap { readOverride($0) }
        }
        top.finish(bag: &bag)
        if extends == nil, !overrides.isEmpty, let first = overrides.first {
            bag.error("'overrides' needs a base ruleset: add 'extends: <id or path>'", at: first.idLocation)
        }
        return RulesetSpec(file: source.file, source: source, id: id, version: version, title: title,
                           extends: extends, assumptions: assumptions, tiers: tiers, sections: sections,
                           overrides: overrides)
    }

    /// Ids are single tokens so they can be used on the command line and in reports.
    private mutating func identifier(_ node: YAMLNode, _ what: String) -> String? {
        guard let text = node.string(what, bag: &bag) else { return nil }
        let allowed = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-@/".unicodeScalars.contains($0)
        }
        guard !text.isEmpty, allowed else {
            bag.error("'\(what)' must be a non-empty identifier of letters, digits and . _ - @ /, found \"\(text)\"", at: node.location)
            return nil
        }
        return text
    }

    private mutating func readWeight(_ node: YAMLNode, _ what: String) -> Double? {
        guard let value = node.number(what, bag: &bag) else { return nil }
        guard value > 0, value <= Self.maxWeight else {
            bag.error("'\(what)' must be greater than 0 and at most \(NumberFormatting.shortest(Self.maxWeight)), found \(node.scalar?.text ?? "")",
                      at: node.location,
                      notes: value <= 0 ? ["to exclude a rule, use 'applies_if' or remove it; weights are relative importances"] : [])
            return nil
        }
        return value
    }

    /// A YAML value as a fact value: scalars by YAML 1.2 core resolution, lists recursively.
    mutating func factValue(_ node: YAMLNode, _ what: String) -> FactValue? {
        switch node.kind {
        case .scalar(let scalar):
            if scalar.isNull {
                bag.error("'\(what)' must have a value, found null", at: node.location)
                return nil
            }
            if let flag = scalar.bool { return .bool(flag) }
            if scalar.number != nil {
                guard let number = node.number(what, bag: &bag) else { return nil }
                return .number(number)
            }
            return .string(scalar.text)
        case .sequence(let items):
            var values: [FactValue] = []
            for item in items {
                guard let value = factValue(item, what) else { return nil }
                if let first = values.first, !first.type.accepts(value.type) {
                    bag.error("'\(what)' must be a list of one type: found \(first.type) and \(value.type)", at: item.location)
                    return nil
                }
                values.append(value)
            }
            return .list(values)
        case .mapping:
            bag.error("'\(what)' must be a number, string, boolean or list, found a mapping", at: node.location)
            return nil
        }
    }

    private mutating func readAssumptions(_ node: YAMLNode) -> [AssumptionSpec] {
        guard let entries = node.entries else {
            bag.error("'assumptions' must be a mapping of key: value, found \(node.kindDescription)", at: node.location)
            return []
        }
        return entries.compactMap { entry in
            factValue(entry.value, "assumptions.\(entry.key)").map { AssumptionSpec(key: entry.key, value: $0, location: entry.keyLocation) }
        }
    }

    private mutating func readTiers(_ node: YAMLNode) -> [TierSpec] {
        guard let items = node.list("tiers", bag: &bag) else { return [] }
        var tiers: [TierSpec] = []
        for item in items {
            guard var reader = MappingReader(item, path: "tiers[]", bag: &bag) else { continue }
            let name = reader.require("name", bag: &bag).flatMap { identifier($0.value, "tiers[].name") }
            let minScore = reader.require("min_score", bag: &bag).flatMap { $0.value.number("min_score", in: 0...1, bag: &bag) }
            reader.finish(bag: &bag)
            if let name, let minScore { tiers.append(TierSpec(name: name, minScore: minScore, location: item.location)) }
        }
        return tiers
    }

    private mutating func readSection(_ node: YAMLNode) -> SectionSpec? {
        guard var reader = MappingReader(node, path: "sections[]", bag: &bag) else { return nil }
        let id = reader.require("id", bag: &bag).flatMap { identifier($0.value, "section id") }
        let title = reader.take("title").flatMap { $0.value.string("title", bag: &bag) }
        let weight = reader.take("weight").flatMap { readWeight($0.value, "weight") }
        var guidelines: [GuidelineSpec] = []
        if let entry = reader.take("guidelines"), let items = entry.value.list("guidelines", bag: &bag) {
            guidelines = items.compactMap { readGuideline($0) }
        }
        reader.finish(bag: &bag)
        guard let id else { return nil }
        return SectionSpec(id: id, location: node.location, title: title, weight: weight, guidelines: guidelines)
    }

    private mutating func readGuideline(_ node: YAMLNode) -> GuidelineSpec? {
        guard var reader = MappingReader(node, path: "guidelines[]", bag: &bag) else { return nil }
        let id = reader.require("id", bag: &bag).flatMap { identifier($0.value, "guideline id") }
        let title = reader.take("title").flatMap { $0.value.string("title", bag: &bag) }
        let weight = reader.take("weight").flatMap { readWeight($0.value, "weight") }
        var rules: [RuleSpec] = []
        if let entry = reader.take("rules"), let items = entry.value.list("rules", bag: &bag) {
            rules = items.compactMap { item in
                guard var ruleReader = MappingReader(item, path: "rules[]", bag: &bag) else { return nil }
                let ruleID = ruleReader.require("id", bag: &bag).flatMap { identifier($0.value, "rule id") }
                let rule = readRuleFields(&ruleReader, id: ruleID ?? "", location: item.location)
                ruleReader.finish(bag: &bag)
                return ruleID == nil ? nil : rule
            }
        }
        reader.finish(bag: &bag)
        guard let id else { return nil }
        return GuidelineSpec(id: id, location: node.location, title: title, weight: weight, rules: rules)
    }

    private mutating func expression(_ entry: YAMLEntry) -> ExpressionText? {
        guard let text = entry.value.string(entry.key, bag: &bag) else { return nil }
        return ExpressionText(text: text, node: entry.value, source: source)
    }

    /// The fields a rule (or a rule override) may have, every one optional at this stage.
    private mutating func readRuleFields(_ reader: inout MappingReader, id: String, location: SourceLocation) -> RuleSpec {
        var rule = RuleSpec(id: id, location: location)
        rule.title = reader.take("title").flatMap { $0.value.string("title", bag: &bag) }
        if let entry = reader.take("applies_if") {
            rule.appliesIf = entry.value.isNull ? .some(nil) : expression(entry).map { .some($0) }
        }
        let passIf = reader.take("pass_if")
        let score = reader.take("score")
        let measure = reader.take("measure")
        let scaleEntry = reader.take("scale")
        let scale = scaleEntry.flatMap { readScale($0.value) }
        rule.scaleFailedToRead = scaleEntry != nil && scale == nil
        let present = [passIf, score, measure].compactMap { $0 }
        if present.count > 1 {
            bag.error("a rule scores by exactly one of 'pass_if', 'score' or 'measure', found \(present.map { "'\($0.key)'" }.joined(separator: " and "))",
                      at: present[1].keyLocation)
        } else if let passIf {
            rule.scoring = expression(passIf).map { .passIf($0) }
        } else if let score {
            rule.scoring = expression(score).map { .score($0) }
        } else if let measure {
            rule.scoring = expression(measure).map { .measure($0, scale) }
        }
        rule.scoringFailedToRead = !present.isEmpty && rule.scoring == nil
        if let scaleEntry = scale, measure == nil {
            if passIf != nil || score != nil {
                bag.error("'scale' applies only to 'measure'", at: scaleEntry.location)
            } else {
                rule.scaleOnly = scaleEntry
            }
        }
        rule.weight = reader.take("weight").flatMap { readWeight($0.value, "weight") }
        if let entry = reader.take("required") {
            rule.required = entry.value.isNull ? .some(nil) : readRequired(entry.value).map { .some($0) }
        }
        rule.bonus = reader.take("bonus").flatMap { $0.value.bool("bonus", bag: &bag) }
        if let entry = reader.take("references") {
            rule.references = entry.value.list("references", bag: &bag)?.compactMap { $0.string("references[]", bag: &bag) }
        }
        rule.rationale = reader.take("rationale").flatMap { $0.value.string("rationale", bag: &bag) }
        rule.advice = reader.take("advice").flatMap { $0.value.string("advice", bag: &bag) }
        if let entry = reader.take("examples"), let items = entry.value.list("examples", bag: &bag) {
            rule.examples = items.compactMap { readExample($0) }
        }
        return rule
    }

    private mutating func readScale(_ node: YAMLNode) -> ScaleSpec? {
        guard var reader = MappingReader(node, path: "scale", bag: &bag) else { return nil }
        let log = reader.take("log").flatMap { $0.value.bool("log", bag: &bag) } ?? false
        var points: [(x: Double, y: Double)] = []
        var ok = true
        if let entry = reader.require("points", bag: &bag), let items = entry.value.list("points", bag: &bag) {
            for item in items {
                guard let pair = item.elements, pair.count == 2 else {
                    bag.error("each scale point must be a pair [measure, score], found \(item.kindDescription)", at: item.location)
                    ok = false
                    continue
                }
                guard let x = pair[0].number("scale point measure", bag: &bag),
                      let y = pair[1].number("scale point score", in: 0...1, bag: &bag) else { ok = false; continue }
                if log, x <= 0 {
                    bag.error("on a log scale every measure must be greater than 0, found \(pair[0].scalar?.text ?? "")", at: pair[0].location)
                    ok = false
                    continue
                }
                if let last = points.last, !(x > last.x) {
                    bag.error("scale points must be sorted by strictly increasing measure: \(NumberFormatting.shortest(x)) follows \(NumberFormatting.shortest(last.x))",
                              at: pair[0].location)
                    ok = false
                    continue
                }
                points.append((x, y))
            }
            if ok, points.count < 2 {
                bag.error("a scale needs at least 2 points, found \(points.count)", at: entry.value.location)
                ok = false
            }
        }
        reader.finish(bag: &bag)
        return ok ? ScaleSpec(log: log, points: points, location: node.location) : nil
    }

    private mutating func readRequired(_ node: YAMLNode) -> RequiredSpec? {
        guard var reader = MappingReader(node, path: "required", bag: &bag) else { return nil }
        let condition = reader.require("condition", bag: &bag).flatMap { expression($0) }
        let capsEntry = reader.require("caps_tier_at", bag: &bag)
        let caps = capsEntry.flatMap { $0.value.string("caps_tier_at", bag: &bag) }
        reader.finish(bag: &bag)
        guard let condition, let caps, let capsEntry else { return nil }
        return RequiredSpec(condition: condition, capsTierAt: caps, capsTierAtLocation: capsEntry.value.location)
    }

    private mutating func readExample(_ node: YAMLNode) -> ExampleSpec? {
        guard var reader = MappingReader(node, path: "examples[]", bag: &bag) else { return nil }
        var given: [(String, FactValue, SourceLocation)] = []
        if let entry = reader.require("given", bag: &bag) {
            if let entries = entry.value.entries {
                for fact in entries {
                    if let value = factValue(fact.value, fact.key) { given.append((fact.key, value, fact.keyLocation)) }
                }
            } else if !entry.value.isNull {
                bag.error("'given' must be a mapping of fact path: value, found \(entry.value.kindDescription)", at: entry.value.location)
            }
        }
        let score = reader.take("score").flatMap { $0.value.number("score", in: 0...1, bag: &bag) }
        let outcome = reader.take("outcome").flatMap { $0.value.oneOf("outcome", RuleOutcome.self, bag: &bag) }
        reader.finish(bag: &bag)
        if score == nil, outcome == nil {
            bag.error("an example needs an expected 'score' or 'outcome'", at: node.location)
            return nil
        }
        return ExampleSpec(given: given, expectedScore: score, expectedOutcome: outcome, location: node.location)
    }

    private mutating func readOverride(_ node: YAMLNode) -> OverrideSpec? {
        guard var reader = MappingReader(node, path: "overrides[]", bag: &bag) else { return nil }
        let targets = OverrideSpec.Target.allCasesInOrder.compactMap { target in reader.take(target.rawValue).map { (target, $0) } }
        guard targets.count == 1, let (target, entry) = targets.first,
              let id = identifier(entry.value, "\(target.rawValue) id") else {
            if targets.isEmpty {
                bag.error("an override names what it changes: 'rule: <id>', 'guideline: <id>' or 'section: <id>'", at: node.location)
            } else if targets.count > 1 {
                bag.error("an override changes one thing: found \(targets.map { "'\($0.0.rawValue)'" }.joined(separator: " and "))", at: node.location)
            }
            reader.finish(bag: &bag, extraKnownKeys: ruleOverrideKeys)
            return nil
        }
        var rule = RuleSpec(id: id, location: node.location)
        switch target {
        case .rule:
            rule = readRuleFields(&reader, id: id, location: node.location)
        case .guideline, .section:
            rule.title = reader.take("title").flatMap { $0.value.string("title", bag: &bag) }
            rule.weight = reader.take("weight").flatMap { readWeight($0.value, "weight") }
        }
        reader.finish(bag: &bag)
        return OverrideSpec(target: target, id: id, idLocation: entry.value.location, rule: rule)
    }

    private var ruleOverrideKeys: [String] {
        ["title", "applies_if", "pass_if", "score", "measure", "scale", "weight", "required", "bonus", "references",
         "rationale", "advice", "examples"]
    }
}

extension OverrideSpec.Target {
    static let allCasesInOrder: [OverrideSpec.Target] = [.rule, .guideline, .section]
}
