import Diagnostics
import Foundation
import RuleEngine

/// One rating's text report (`TextReporter`), written as UTF-8 bytes.
///
/// Building each line as a `String` and then reading it back as bytes to wrap it was most of the cost of the report.
/// Here each line is written into `line` — the same bytes the `String` report built — and then wrapped into the
/// output. Pieces that are measured (a cut title, a padded id, the room left beside a score bar) are measured on their
/// bytes where every scalar is a character of its own (`TextColumns`) and by `Character` otherwise, as before.
/// Text from a user's file is made terminal-safe piece by piece (`appendSafe`): the same as escaping the whole line,
/// since `TerminalSafe.escape` rewrites each scalar on its own. The `advice:` and `see:` lines depend only on the rule
/// and the style, so their wrapped bytes are taken from `TextLineCache`. One writer per report (`TextReporter.render`).
struct TextReportWriter {
    let reporter: TextReporter
    /// The report so far: whole, wrapped lines.
    let out = ByteBuffer(capacity: 32_768)  // a fleet rating's report is some 20 kB
    /// The line being written, before it is wrapped.
    private let line = ByteBuffer(capacity: 1024)
    /// A row's detail, "(weight 2, 40.0% of total)", while the title before it is written.
    private let detail = ByteBuffer(capacity: 64)
    private let space = UInt8(ascii: " ")

    init(_ reporter: TextReporter) { self.reporter = reporter }

    private var width: Int { reporter.width }
    private var colour: Bool { reporter.colour }

    func report(_ rating: Rating) -> String {
        write(rating)
        return out.text
    }

    /// The report as UTF-8 bytes, with no `String` made of them (a batch writes them as they are).
    func reportBytes(_ rating: Rating) -> [UInt8] {
        write(rating)
        return out.bytes
    }

    private func write(_ rating: Rating) {
        verdict(rating)
        sections(rating)
        findings(rating)
        if !rating.bonus.isEmpty { bonus(rating) }
        if !rating.assumptions.isEmpty {
            endLine()
            bold("Assumptions")
            endLine()
            for assumption in rating.assumptions {
                put("  ")
                appendSafe(assumption.key)
                put(" = ")
                appendSafe(assumption.value.displayText)
                if assumption.origin == .override { put(" (--assume)") }
                endLine()
            }
        }
        endLine()
        open(.grey)
        put("Rated by Steward ")
        line.append(rating.engine)
        put("; every score above can be recomputed from `--format json`.")
        close()
        endLine()
    }

    // MARK: - Parts of the report

    private func verdict(_ rating: Rating) {
        openBold()
        let nameStart = line.count
        appendSafe(rating.mission.name)
        put(" (")
        appendSafe(rating.mission.id)
        put(")")
        truncate(from: nameStart, width)
        close()
        endLine()

        put("Tier ")
        open(tierColour(rating.tier, rating), bold: true)
        if let tier = rating.tier { appendSafe(tier.uppercased()) } else { put("UNRATED") }
        close()
        if let before = rating.tierBeforeCaps, before != rating.tier {
            put(" (capped from ")
            appendSafe(before)
            put(")")
        }
        if let share = UncertaintyWording.headline(rating) {
            put(" ")
            line.append(share)
        }
        put("   Score ")
        openBold()
        if let score = rating.score { appendScore(score) } else { put("n/a") }
        close()
        if let score = rating.score {
            put(" ")
            appendBar(score)
        }
        if !rating.bonus.isEmpty {
            put("   Stars ")
            appendRepeated("★", rating.stars)
            appendRepeated("☆", rating.bonus.count - rating.stars)
        }
        endLine()

        put("Ruleset ")
        appendSafe(rating.ruleset.id)
        put(" ")
        appendSafe(rating.ruleset.version)
        put(" — ")
        appendSafe(rating.ruleset.title)
        if !rating.ruleset.extends.isEmpty {
            put(" (extends ")
            for (index, base) in rating.ruleset.extends.enumerated() {
                if index > 0 { put(", ") }
                appendSafe(base)
            }
            put(")")
        }
        endLine()

        put("Tiers: ")
        for (index, tier) in rating.tiers.enumerated() {
            if index > 0 { put(", ") }
            appendSafe(tier.name)
            put(" ≥ ")
            appendScore(tier.minScore)
        }
        endLine()
        for cap in rating.caps {
            open(.yellow)
            put("Capped at ")
            appendSafe(cap.capsTierAt)
            close()
            put(" by ")
            appendSafe(cap.rule)
            put(": required ")
            appendSafe(TextReporter.oneLine(cap.condition))
            put(" — ")
            appendSafe(cap.reason)
            endLine()
        }
        if let sentence = rating.unknownsInterval?.sentence {
            put("Unknowns: ")
            line.append(sentence)
            endLine()
        }
        if let block = rating.uncertainty {
            for text in reporter.uncertaintyLines(block, rating: rating, style: TerminalStyle(enabled: colour)) {
                line.append(text)
                endLine()
            }
        }
    }

    private func sections(_ rating: Rating) {
        endLine()
        bold("Sections")
        endLine()
        // Sections holding only bonus rules have nothing to show here; their rules are under "Bonus".
        for section in rating.sections where section.guidelines.contains(where: { !$0.rules.isEmpty }) {
            row(indent: 2, id: section.id, title: section.title, score: section.score, weight: section.weight,
                share: section.share, bold: true)
            for guideline in section.guidelines where !guideline.rules.isEmpty {
                row(indent: 4, id: guideline.id, title: guideline.title, score: guideline.score, weight: guideline.weight,
                    share: nil, bold: false)
            }
        }
    }

    /// What lost points, largest loss first; sorted as positions into the rating, so that no rule result is copied.
    private func findings(_ rating: Rating) {
        // The id is read once per finding rather than at each tie of the sort.
        var findings: [(section: Int, guideline: Int, rule: Int, lost: Double, id: String)] = []
        var passed = 0, notApplicable = 0
        for s in rating.sections.indices {
            for g in rating.sections[s].guidelines.indices {
                let rules = rating.sections[s].guidelines[g].rules
                for r in rules.indices {
                    switch rules[r].outcome {
                    case .fail, .partial, .unknown: findings.append((s, g, r, Self.lost(rules[r]), rules[r].id))
                    case .pass: passed += 1
                    case .notApplicable: notApplicable += 1
                    }
                }
            }
        }
        findings.sort { $0.lost != $1.lost ? $0.lost > $1.lost : $0.id < $1.id }
        endLine()
        bold("Findings")
        put(" (")
        appendInteger(findings.count)
        put(" to improve, ")
        appendInteger(passed)
        put(" passed, ")
        appendInteger(notApplicable)
        put(" not applicable)")
        endLine()
        if findings.isEmpty {
            put("  none: every applicable rule passed")
            endLine()
        }
        for position in findings {
            finding(rating.sections[position.section].guidelines[position.guideline].rules[position.rule], id: position.id,
                    lost: position.lost)
        }
    }

    private func finding(_ rule: RuleResult, id: String, lost: Double) {
        put("  ")
        appendSymbol(rule.outcome)
        put(" ")
        openBold()
        let idStart = line.count
        appendSafe(id)
        let headWidth = Self.columns(line, from: idStart, between: "  * ", and: "  ")
        close()
        put("  ")
        let titleStart = line.count
        appendSafe(rule.title)
        truncate(from: titleStart, max(width - headWidth, 12))
        endLine()

        put("      ")
        appendOutcome(rule.outcome)
        put(", score ")
        if let score = rule.score { appendScore(score) } else { put("—") }
        put(" × ")
        appendPercent(rule.totalShare)
        put(" of total = ")
        appendScore(rule.contribution)
        put("; loses ")
        appendScore(lost)
        endLine()
        if let measured = rule.measured {
            put("      measured ")
            line.append(NumberFormatting.readable(measured))
            put(" on ")
            appendSafe(TextReporter.oneLine(rule.expression))
            endLine()
        }
        if let reason = rule.reason, rule.outcome == .unknown {
            put("      ")
            open(.magenta)
            put("why unknown: ")
            appendSafe(reason)
            close()
            endLine()
        }
        for fact in rule.facts {
            put("      ")
            appendSafe(fact.path)
            if let value = fact.value {
                put(" = ")
                appendReadable(value)
                if let unit = fact.unit {
                    put(" ")
                    appendSafe(unit)
                }
                open(.grey)
                if let source = fact.source {
                    put("  (")
                    appendSource(source)
                    put(")")
                }
                close()
            } else {
                put(" is missing: ")
                appendSafe(fact.missing ?? "unknown")
            }
            endLine()
        }
        if let required = rule.required, required.status != .met, rule.outcome != .notApplicable {
            put("      required (caps at ")
            appendSafe(required.capsTierAt)
            put("): ")
            appendSafe(TextReporter.oneLine(required.condition))
            put(" — ")
            put(required.status == .notMet ? "not met" : "unknown")
            endLine()
        }
        // Each getter of a rule's shared text retains it, which costs most where several threads render one
        // ruleset's results: each text is read once.
        let advice = rule.advice, references = rule.references
        if advice != nil || !references.isEmpty {
            let key = TextLineCache.Key(advice: advice, references: references, colour: colour, width: width)
            TextLineCache.shared.append(key, to: out) { adviceLines(advice: advice, references: references) }
        }
    }

    /// A rule's `advice:` and `see:` lines, wrapped: what `TextLineCache` keeps.
    private func adviceLines(advice: String?, references: [String]) -> [UInt8] {
        let wrapped = ByteBuffer(capacity: 512)
        if let advice {
            put("      ")
            open(.cyan)
            put("advice: ")
            close()
            appendSafe(advice)
            endLine(into: wrapped)
        }
        if !references.isEmpty {
            put("      ")
            open(.grey)
            put("see: ")
            for (index, reference) in references.enumerated() {
                if index > 0 { put("; ") }
                appendSafe(reference)
            }
            close()
            endLine(into: wrapped)
        }
        return wrapped.bytes
    }

    private func bonus(_ rating: Rating) {
        endLine()
        bold("Bonus")
        endLine()
        for rule in rating.bonus {
            put("  ")
            if rule.outcome == .pass {
                open(.yellow)
                put("★")
                close()
            } else {
                put("☆")
            }
            put(" ")
            let idStart = line.count
            appendSafe(rule.id)
            let headWidth = Self.columns(line, from: idStart, between: "  * ", and: "    ")
            put("  ")
            let titleStart = line.count
            appendSafe(rule.title)
            truncate(from: titleStart, max(width - headWidth - Self.outcomeWords(rule.outcome).utf8CodeUnitCount, 12))
            put("  ")
            appendOutcome(rule.outcome)
            endLine()
        }
    }

    /// A section's or guideline's line: id, score, bar, title cut to the room left, and the weight.
    private func row(indent: Int, id: String, title: String, score: Double?, weight: Double, share: Double?, bold: Bool) {
        line.append(repeating: space, count: indent)
        let idStart = line.count
        appendSafe(id)
        pad(from: idStart, max(1, 10 - indent))
        put(" ")
        if let score { appendScore(score) } else { put("  —  ") }
        put(" ")
        if let score { appendBar(score) } else { line.append(repeating: space, count: reporter.barWidth) }
        put("  ")
        let headWidth = Self.columns(line, from: 0)
        let detailStart = line.count
        put("  (")
        if score == nil {
            put("not applicable")
        } else {
            put("weight ")
            line.append(NumberFormatting.shortest(weight))
            if let share {
                put(", ")
                appendPercent(share)
                put(" of total")
            }
        }
        put(")")
        // The detail is written first to be measured, then moved behind the title.
        let room = width - headWidth - Self.columns(line, from: detailStart)
        detail.removeAll()
        line.withBytes(from: detailStart) { detail.append($0) }
        line.removeLast(line.count - detailStart)
        if bold { openBold() }
        let titleStart = line.count
        appendSafe(title)
        truncate(from: titleStart, max(room, 16))
        if bold { close() }
        open(.grey)
        detail.withBytes(from: 0) { line.append($0) }
        close()
        endLine()
    }

    // MARK: - Writing a line

    private func put(_ text: StaticString) { line.append(text) }

    /// User text, terminal-safe (`TextEscaping.visible`).
    private func appendSafe(_ text: String) {
        // Read in place: copying the string to a variable would retain storage other threads retain too.
        let safe = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            if TerminalSafe.containsUnsafe(utf8: utf8) { return false }
            line.append(utf8)
            return true
        }
        if safe != true { line.append(TextEscaping.visible(text)) }
    }

    /// The opening escape sequence of `TerminalStyle.paint`; `close()` writes its end.
    private func open(_ colour: TerminalStyle.Colour, bold: Bool = false) {
        guard self.colour else { return }
        put(bold ? "\u{1B}[1;" : "\u{1B}[")
        switch colour {
        case .red: put("31m")
        case .green: put("32m")
        case .yellow: put("33m")
        case .blue: put("34m")
        case .magenta: put("35m")
        case .cyan: put("36m")
        case .grey: put("90m")
        }
    }

    /// The opening escape sequence of `TerminalStyle.bold`.
    private func openBold() { if colour { put("\u{1B}[1m") } }

    private func close() { if colour { put("\u{1B}[0m") } }

    private func bold(_ text: StaticString) {
        openBold()
        put(text)
        close()
    }

    private func appendScore(_ value: Double) {
        NumberFormatting.withFixed(value, decimals: 3) { line.append($0) }
    }

    private func appendPercent(_ share: Double) {
        NumberFormatting.withFixed(share * 100, decimals: 1) { line.append($0) }
        put("%")
    }

    private func appendInteger(_ value: Int) { line.append(decimal: value) }

    private func appendBar(_ score: Double) {
        let barWidth = reporter.barWidth
        let filled = max(0, min(barWidth, Int((score * Double(barWidth)).rounded())))
        appendRepeated("█", filled)
        appendRepeated("░", barWidth - filled)
    }

    /// `count` copies of `text` (nothing for a count below one).
    private func appendRepeated(_ text: StaticString, _ count: Int) {
        for _ in 0..<max(count, 0) { put(text) }
    }

    private func appendSymbol(_ outcome: RuleOutcome) {
        switch outcome {
        case .pass: open(.green); put("✓")
        case .partial: open(.yellow); put("◐")
        case .fail: open(.red); put("✗")
        case .unknown: open(.magenta); put("?")
        case .notApplicable: open(.grey); put("–")
        }
        close()
    }

    private static func outcomeWords(_ outcome: RuleOutcome) -> StaticString {
        switch outcome {
        case .pass: return "pass"
        case .partial: return "partial"
        case .fail: return "fail"
        case .unknown: return "unknown"
        case .notApplicable: return "not applicable"
        }
    }

    private func appendOutcome(_ outcome: RuleOutcome) {
        switch outcome {
        case .pass: open(.green)
        case .partial: open(.yellow)
        case .fail: open(.red)
        case .unknown: open(.magenta)
        case .notApplicable: open(.grey)
        }
        put(Self.outcomeWords(outcome))
        close()
    }

    /// `FactValue.readableText`, terminal-safe.
    private func appendReadable(_ value: FactValue) {
        switch value {
        case .number(let number): line.append(NumberFormatting.readable(number))
        case .string(let text):
            put("\"")
            appendSafe(text)
            put("\"")
        case .bool(let flag): put(flag ? "true" : "false")
        case .list(let items):
            put("[")
            for (index, item) in items.enumerated() {
                if index > 0 { put(", ") }
                appendReadable(item)
            }
            put("]")
        }
    }

    /// `TextReporter.source`, terminal-safe.
    private func appendSource(_ provenance: Provenance) {
        switch provenance.kind {
        case .declared:
            if let location = provenance.location { appendSafe(location) } else { put("declared") }
        case .derived:
            put("derived: ")
            if let model = provenance.model { appendSafe(model) } else { put("model") }
        case .assumption, .example:
            put(provenance.kind == .assumption ? "assumption" : "example")
            if let location = provenance.location {
                put(" at ")
                appendSafe(location)
            }
        }
    }

    private func tierColour(_ tier: String?, _ rating: Rating) -> TerminalStyle.Colour {
        guard let tier, let rank = rating.tiers.firstIndex(where: { $0.name == tier }) else { return .red }
        return rank == 0 ? .green : (rank == rating.tiers.count - 1 ? .yellow : .cyan)
    }

    /// Points of the total a rule did not earn: its share of the total times (1 − score).
    static func lost(_ rule: RuleResult) -> Double { rule.totalShare * (1 - (rule.score ?? 0)) }

    /// Wraps the line written so far into `target` (the report unless given) and starts the next one.
    private func endLine(into target: ByteBuffer? = nil) {
        let target = target ?? out
        if line.count <= width {
            // No more characters than bytes, and no more columns than characters: the line fits as it is, which
            // both of `appendWrapped`'s paths would find after measuring it.
            line.withBytes(from: 0) { target.append($0) }
            target.append(UInt8(ascii: "\n"))
        } else {
            line.withBytes(from: 0) { reporter.appendWrapped($0, to: target) }
        }
        line.removeAll()
    }

    // MARK: - Measuring and cutting what was written

    /// `TextReporter.visibleWidth` of the bytes of `buffer` from `start` on.
    static func columns(_ buffer: ByteBuffer, from start: Int) -> Int {
        buffer.withBytes(from: start) { utf8 in
            TextColumns.width(utf8) ?? TextReporter.visibleWidthByCharacter(String(decoding: utf8, as: UTF8.self))
        }
    }

    /// `TextReporter.visibleWidth(prefix + text + suffix)` for the terminal-safe `text` written from `start` on.
    /// Safe text holds no ESC, so where its scalars stand alone its columns simply add to the ASCII around it.
    static func columns(_ buffer: ByteBuffer, from start: Int, between prefix: StaticString, and suffix: StaticString) -> Int {
        buffer.withBytes(from: start) { utf8 in
            if let width = TextColumns.width(utf8) { return prefix.utf8CodeUnitCount + width + suffix.utf8CodeUnitCount }
            return TextReporter.visibleWidth("\(prefix)\(String(decoding: utf8, as: UTF8.self))\(suffix)")
        }
    }

    /// `TextReporter.truncate` of the text written from `start` on, in place.
    private func truncate(from start: Int, _ width: Int) {
        guard line.count - start > width else { return }  // at most `width` bytes is at most `width` characters
        let cut = line.withBytes(from: start) { utf8 -> Int? in
            guard TextColumns.isStandalone(utf8) else { return nil }
            var scalars = 0
            var end = utf8.count  // where the scalars after the first `width − 1` start
            for index in utf8.indices where utf8[index] & 0xC0 != 0x80 {
                if scalars == width - 1 { end = index }
                scalars += 1
            }
            return scalars <= width ? utf8.count : end
        }
        if let cut {
            guard cut < line.count - start else { return }
            line.removeLast(line.count - start - cut)
            put("…")
        } else {
            let text = line.withBytes(from: start) { String(decoding: $0, as: UTF8.self) }
            line.removeLast(line.count - start)
            line.append(TextColumns.truncate(text, width))
        }
    }

    /// `TextReporter.pad` of the text written from `start` on, in place.
    private func pad(from start: Int, _ width: Int) {
        let count = line.withBytes(from: start) { utf8 -> Int in
            guard TextColumns.isStandalone(utf8) else { return String(decoding: utf8, as: UTF8.self).count }
            return utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        }
        line.append(repeating: space, count: width - count)
    }
}
