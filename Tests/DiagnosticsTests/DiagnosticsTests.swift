import Foundation
import Testing
@testable import Diagnostics

@Suite struct SuggestionTests {
    @Test func suggestsCloseKeys() {
        #expect(Suggestion.closest(to: "perige_km", in: ["perigee_km", "apogee_km"]) == "perigee_km")
        #expect(Suggestion.closest(to: "inclinaiton_deg", in: ["inclination_deg"]) == "inclination_deg")
        #expect(Suggestion.closest(to: "colour", in: ["id", "name"]) == nil)
    }

    @Test func transpositionCountsAsOneEdit() {
        #expect(Suggestion.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
        #expect(Suggestion.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
        #expect(Suggestion.editDistance([], Array("abc".unicodeScalars)) == 3)
    }
}

@Suite struct RendererTests {
    @Test func rendersLineCaretAndNotes() {
        let source = SourceText(file: "m.yaml", text: "orbit:\n  perigee_km: 720\n")
        let renderer = DiagnosticRenderer(sources: [source])
        let diagnostic = Diagnostic.error("too high", at: SourceLocation(file: "m.yaml", line: 2, column: 15), notes: ["lower it"])
        #expect(renderer.render(diagnostic) == """
        m.yaml:2:15: error: too high
            perigee_km: 720
                        ^
          note: lower it
        """)
    }

    @Test func unknownSourceRendersOneLine() {
        let diagnostic = Diagnostic.warning("odd", at: SourceLocation(file: "x.yaml", line: 9, column: 1))
        #expect(DiagnosticRenderer().render(diagnostic) == "x.yaml:9:1: warning: odd")
    }

    @Test func bagSortsByLocation() {
        var bag = DiagnosticBag()
        bag.error("second", at: SourceLocation(file: "a", line: 3, column: 1))
        bag.error("first", at: SourceLocation(file: "a", line: 1, column: 5))
        bag.warning("unlocated", at: nil)
        #expect(bag.sorted.map(\.message) == ["first", "second", "unlocated"])
        #expect(throws: DiagnosticError.self) { try bag.throwIfErrors() }
    }

    @Test func sourceTextLines() {
        let source = SourceText(file: "f", text: "a\r\nb\nc")
        #expect(source.line(1) == "a")
        #expect(source.line(2) == "b")
        #expect(source.line(3) == "c")
        #expect(source.line(4) == nil)
        #expect(source.line(0) == nil)
    }
}

@Suite struct YAMLScalarTests {
    @Test func numbersFollowTheCoreSchema() {
        #expect(YAMLScalar("525", isPlain: true).number == 525)
        #expect(YAMLScalar("1.0e-4", isPlain: true).number == 1.0e-4)
        #expect(YAMLScalar("4_408", isPlain: true).number == 4408)
        #expect(YAMLScalar("-.5", isPlain: true).number == -0.5)
        #expect(YAMLScalar("525", isPlain: false).number == nil)
        #expect(YAMLScalar("0x1F", isPlain: true).number == nil)
        #expect(YAMLScalar("1e", isPlain: true).number == nil)
        #expect(YAMLScalar("_4", isPlain: true).number == nil)
        #expect(YAMLScalar(".inf", isPlain: true).number == .infinity)
    }

    @Test func onlyCoreSchemaBooleans() {
        #expect(YAMLScalar("true", isPlain: true).bool == true)
        #expect(YAMLScalar("False", isPlain: true).bool == false)
        #expect(YAMLScalar("NO", isPlain: true).bool == nil)
        #expect(YAMLScalar("yes", isPlain: true).bool == nil)
        #expect(YAMLScalar("true", isPlain: false).bool == nil)
    }
}

@Suite struct YAMLLoaderTests {
    @Test func keepsLineAndColumnOfEveryNode() throws {
        let document = try YAMLLoader.load(text: "a:\n  b: [1, {c: x}]\n", file: "f.yaml")
        let b = try #require(document.root.entries?.first?.value.entries?.first)
        #expect(b.keyLocation.description == "f.yaml:2:3")
        let list = try #require(b.value.elements)
        #expect(list[0].location.description == "f.yaml:2:7")
        #expect(list[1].entries?.first?.value.location.description == "f.yaml:2:14")
    }

    @Test func jsonIsAccepted() throws {
        let document = try YAMLLoader.load(text: "{\"a\": 1, \"b\": [true, null]}", file: "f.json")
        #expect(document.root.entries?.map(\.key) == ["a", "b"])
        #expect(document.root.entries?.last?.value.elements?.last?.isNull == true)
    }

    @Test func aliasesExpandWithinTheBudget() throws {
        let document = try YAMLLoader.load(text: "a: &x {k: 1}\nb: *x\n", file: "f.yaml")
        #expect(document.root.entries?.last?.value.entries?.first?.key == "k")
    }

    @Test func sizeLimitCountsBytes() {
        let limits = YAMLLimits(maxBytes: 10)
        #expect(throws: DiagnosticError.self) { try YAMLLoader.load(text: "a: 12345678901", file: "f", limits: limits) }
    }

    @Test func readFileReportsMissingFilesAndDirectories() {
        do {
            _ = try YAMLLoader.readFile(atPath: "/nonexistent/steward.yaml", displayName: "x.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["x.yaml:1:1: error: cannot read file: no such file"])
        }
        do {
            _ = try YAMLLoader.readFile(atPath: FileManager.default.temporaryDirectory.path, displayName: "d")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["d:1:1: error: cannot read file: it is a directory"])
        }
    }

    @Test func typedReadersReportTheirProblems() throws {
        let document = try YAMLLoader.load(text: "n: 3.5\nb: yes\nl: x\n", file: "f")
        var bag = DiagnosticBag()
        let entries = try #require(document.root.entries)
        #expect(entries[0].value.integer("n", in: 0...10, bag: &bag) == nil)
        #expect(entries[1].value.bool("b", bag: &bag) == nil)
        #expect(entries[2].value.list("l", bag: &bag) == nil)
        #expect(bag.diagnostics.map(\.description) == [
            "f:1:4: error: 'n' must be a whole number between 0 and 10, found 3.5",
            "f:2:4: error: 'b' must be true or false, found a string \"yes\"",
            "f:3:4: error: 'l' must be a list, found a string \"x\"",
        ])
    }
}

@Suite struct MappingReaderTests {
    @Test func unknownKeysGetADidYouMeanAndMissingKeysPointAtTheirMisspelling() throws {
        let document = try YAMLLoader.load(text: "mas_kg: 4\ncolour: red\n", file: "f.yaml")
        var bag = DiagnosticBag()
        var reader = try #require(MappingReader(document.root, path: "spacecraft", bag: &bag))
        #expect(reader.require("mass_kg", bag: &bag) == nil)
        reader.finish(bag: &bag)
        #expect(bag.sorted.map(\.description) == [
            "f.yaml:1:1: error: missing required key 'mass_kg' in 'spacecraft'",
            "f.yaml:1:1: error: unknown key 'mas_kg' in 'spacecraft'",
            "f.yaml:2:1: error: unknown key 'colour' in 'spacecraft'",
        ])
        #expect(bag.sorted.map(\.notes) == [["'mas_kg' is present: is it misspelt?"], ["did you mean 'mass_kg'?"], []])
    }

    @Test func duplicateKeysAreFoundAtTheirRepetition() {
        let block = "a:\n  b: 1\n  c: 2\n  b: 3\n"
        #expect(YAMLLoader.secondOccurrence(of: "b", after: SourceLocation(file: "f", line: 2, column: 3), in: block)
            == SourceLocation(file: "f", line: 4, column: 3))
        let flow = "a: {b: 1, c: 2, b: 3}"
        #expect(YAMLLoader.secondOccurrence(of: "b", after: SourceLocation(file: "f", line: 1, column: 5), in: flow)
            == SourceLocation(file: "f", line: 1, column: 17))
        // A key of the same name in a nested mapping is not a repetition.
        let nested = "a:\n  b: 1\nc:\n  b: 2\n"
        #expect(YAMLLoader.secondOccurrence(of: "b", after: SourceLocation(file: "f", line: 2, column: 3), in: nested) == nil)
    }
}
