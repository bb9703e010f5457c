import Foundation
import FuzzDriver
import RuleEngine
import StewardKit

/// libFuzzer entry point: the bytes are a ruleset. Exercises the YAML layer, the ruleset reader, overlay
/// merging and the expression compiler (lexer, parser, type checker against Steward's fact catalogue);
/// then compiles the input's first line as a lone expression and evaluates it with no facts, so the
/// evaluator's three-valued logic and arithmetic run on arbitrary syntax too.
@main
enum FuzzRulesetMain {
    static func main() { runFuzzer(fuzzRuleset) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleset(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzBytes(start, count)
    let text = String(decoding: input, as: UTF8.self)
    let loader = RulesetLoader(catalog: StewardFactCatalog.standard)
    let outcome = loader.load(text: text, file: "fuzz.yaml")
    var renderer = DiagnosticRenderer(sources: outcome.sources)
    _ = renderer.render(outcome.diagnostics)
    renderer = DiagnosticRenderer()

    let firstLine = String(text.prefix { $0 != "\n" })
    let compiled = CompiledExpression.compile(firstLine, catalog: StewardFactCatalog.standard)
    if let expression = compiled.expression {
        _ = expression.evaluate(FactTable([:]))
        _ = expression.factPaths
    }
    return 0
}
