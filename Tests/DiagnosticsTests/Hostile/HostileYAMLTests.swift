import Foundation
import Testing
@testable import Diagnostics

/// Hostile inputs for the YAML/JSON loader and the diagnostic renderer (issue 11): each case asserts the located
/// message and bounds the work (output bytes, or a wall-clock ceiling far above the fixed cost and far below the
/// old quadratic one).
private typealias SourceLocation = Diagnostics.SourceLocation

@Suite("Hostile YAML input")
struct HostileYAMLTests {
    /// `spacecraft: {mass_kg: 4.2, k00000: 1, …, mass_kg: 5}` on one line, `fillers` keys long.
    static func duplicateInFlowMapping(fillers: Int, quoted: Bool = false) -> (text: String, duplicateColumn: Int) {
        func key(_ name: String) -> String { quoted ? "\"\(name)\"" : name }
        var line = "spacecraft: {\(key("mass_kg")): 4.2"
        for index in 0..<fillers { line += ", " + key(String(format: "k%05d", index)) + ": 1" }
        line += ", "
        let column = line.unicodeScalars.count + 1
        line += key("mass_kg") + ": 5}"
        return ("format: x\nid: m1\nname: Q\norbit: {}\n" + line + "\n", column)
    }

    static func failure(_ text: String, file: String = "hostile.yaml") -> [Diagnostic] {
        do {
            _ = try YAMLLoader.load(text: text, file: file)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test("a duplicate key at the end of an 80 KB one-line flow mapping is found at once, caret on the duplicate")
    func duplicateKeyInLongFlowMapping() {
        let (text, column) = Self.duplicateInFlowMapping(fillers: 7_700)
        #expect(text.utf8.count > 75_000)
        let started = Date()
        let diagnostics = Self.failure(text)
        // Was 25 s at 39 KB in a debug build (quadratic); linear now, a few milliseconds.
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("duplicate key 'mass_kg'") == true)
        #expect(diagnostics.first?.location == SourceLocation(file: "hostile.yaml", line: 5, column: column))
        #expect(diagnostics.first?.notes == ["first defined at hostile.yaml:5:14"])
    }

    @Test("JSON's quoted duplicate keys are located at the second occurrence")
    func duplicateQuotedKey() {
        let text = #"{"format": "x", "spacecraft": {"mass_kg": 4.2, "k1": 1, "mass_kg": 5}}"#
        let diagnostics = Self.failure(text, file: "m.json")
        #expect(diagnostics.first?.location == SourceLocation(file: "m.json", line: 1, column: 57))
        #expect(diagnostics.first?.notes == ["first defined at m.json:1:32"])
    }

    @Test("a key repeated only inside a nested flow mapping is not taken for the duplicate")
    func duplicateSkipsNestedMappings() {
        let text = "spacecraft: {k1: 1, sub: {k1: 3}, k1: 2, mass_kg: 4.2}\n"
        let diagnostics = Self.failure(text)
        #expect(diagnostics.first?.location == SourceLocation(file: "hostile.yaml", line: 1, column: 35))
    }

    @Test("a duplicate in a block mapping is located on its own line")
    func duplicateInBlockMapping() {
        let diagnostics = Self.failure("a: 1\nb:\n  c: 1\n  'c': 2\n")
        #expect(diagnostics.first?.location == SourceLocation(file: "hostile.yaml", line: 4, column: 3))
    }

    @Test("4,000 diagnostics on one 44 KB line render to under 100 KB: a window per excerpt, 100 per file")
    func amplificationIsCapped() {
        var line = "spacecraft: {mass_kg: 4.2"
        var diagnostics: [Diagnostic] = []
        for index in 0..<4_000 {
            line += ", "
            diagnostics.append(.error("unknown key 'u\(index)' in 'spacecraft'",
                                      at: SourceLocation(file: "a.yaml", line: 1, column: line.unicodeScalars.count + 1)))
            line += String(format: "u%05d: 1", index)
        }
        line += "}"
        #expect(line.utf8.count > 44_000)
        let renderer = DiagnosticRenderer(sources: [SourceText(file: "a.yaml", text: line)])
        var blocks = 0
        var bytes = 0
        renderer.write(diagnostics) { blocks += 1; bytes += $0.utf8.count }
        // Was 264 MB of stderr (the whole line under each of 4,000 errors).
        #expect(bytes < 100_000)
        #expect(blocks == DiagnosticRenderer.maximumDiagnosticsPerFile + 1)
        let rendered = renderer.render(diagnostics)
        #expect(rendered.hasSuffix("… and 3900 more errors in a.yaml"))
    }

    @Test("the excerpt is a window around the caret, marked with ellipses, and the caret still points at the column")
    func excerptWindow() {
        let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
        let (text, caret) = DiagnosticRenderer.excerpt(of: Substring(line), caretColumn: 501)
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        #expect(text.unicodeScalars.count == DiagnosticRenderer.excerptWidth + 2)
        #expect(Array(text.unicodeScalars)[caret] == "X")
    }

    @Test("control and bidi characters in messages and quoted lines are escaped; the caret stays on its column")
    func terminalEscapes() {
        let line = "name: \u{1B}[2J\u{202E}x: 1"
        let source = SourceText(file: "t.yaml", text: line)
        let diagnostic = Diagnostic.error("unknown key '\u{1B}[2J\u{202E}x'", at: SourceLocation(file: "t.yaml", line: 1, column: 12))
        let rendered = DiagnosticRenderer(sources: [source]).render(diagnostic)
        #expect(!rendered.unicodeScalars.contains { TerminalSafe.isUnsafe($0) && $0 != "\n" })
        #expect(rendered.contains(#"unknown key '\u{1B}[2J\u{202E}x'"#))
        let lines = rendered.split(separator: "\n")
        let caretIndex = lines[2].unicodeScalars.count - 1
        #expect(Array(lines[1].unicodeScalars)[caretIndex] == "x")
        #expect(TerminalSafe.escape("ok\ttab\nnew \r\0") == "ok\ttab\nnew \\u{0D}\\u{00}")
    }

    @Test("tags outside the core schema are located errors; !!str makes a string")
    func yamlTags() {
        let typed = try? YAMLLoader.load(text: "mass_kg: !!str 4.2\nb: !!int 7\n", file: "t.yaml")
        #expect(typed?.root.entries?[0].value.scalar?.isPlain == false)
        #expect(typed?.root.entries?[1].value.scalar?.isPlain == true)
        for (text, fragment, column) in [("mass_kg: !foo 4.2\n", "'!foo' is not allowed", 10),
                                         ("n: !!binary aGVsbG8=\n", "'!!binary' is not allowed", 4),
                                         ("n: !!python/object:os.system ls\n", "'!!python/object:os.system' is not allowed", 4),
                                         ("m: !!int 4.2\n", "'!!int' does not match the value '4.2'", 4),
                                         ("m: !!seq {a: 1}\n", "'!!seq' is not allowed here", 4)] {
            let diagnostics = Self.failure(text)
            #expect(diagnostics.first?.message.contains(fragment) == true, "\(text)")
            #expect(diagnostics.first?.location == SourceLocation(file: "hostile.yaml", line: 1, column: column), "\(text)")
        }
        let directive = Self.failure("%TAG ! tag:evil.example,2026:\n---\nm: !x 4.2\n")
        #expect(directive.first?.message.contains("%TAG directives are not allowed") == true)
        #expect(directive.first?.location?.line == 1)
    }

    @Test(".json files are strict JSON, with the error located")
    func strictJSON() {
        let trailing = Self.failure("{\"a\": 1,\n \"b\": [1, 2,],\n}\n", file: "t.json")
        #expect(trailing.first?.message.hasPrefix("invalid JSON") == true)
        #expect(trailing.first?.location?.line == 2)
        let single = Self.failure("{'a': 1}", file: "t.json")
        #expect(single.first?.message.hasPrefix("invalid JSON") == true)
        #expect(single.first?.location == SourceLocation(file: "t.json", line: 1, column: 2))
        let yaml = Self.failure("# a comment\na: 1\n", file: "t.json")
        #expect(yaml.first?.message.hasPrefix("invalid JSON") == true)
        #expect((try? YAMLLoader.load(text: "{\"a\": [1, 2], \"b\": {\"c\": null}}", file: "t.json")) != nil)
    }

    @Test("nesting past libyaml's own limit says Steward's limit, also when a quote hides the brackets")
    func nestingQuoteTrick() {
        let text = "x: [a', " + String(repeating: "[", count: 1_200) + String(repeating: "]", count: 1_200) + "]\n"
        let diagnostics = Self.failure(text)
        #expect(diagnostics.first?.message == "nesting is too deep: expected at most 64 levels of lists and mappings")
        #expect(!(diagnostics.first?.message.contains("yaml_set_max_nest_level") ?? true))
    }
}
