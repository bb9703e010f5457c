import Benchmark
import Diagnostics
import Foundation
import Reports
import RuleEngine

// Goals: a 100-rule ruleset compiles in under 10 ms; a mission with declared facts only
// rates in under 50 µs, on the project's 2-core machine. Run with `swift run -c release RuleEngineBenchmarks`.

let loader = RulesetLoader(catalog: GeneratedRuleset.catalog)
let generated: CompiledRuleset
do {
    generated = try loader.load(text: GeneratedRuleset.yaml, file: "generated-100.yaml").get()
} catch {
    print("generated ruleset does not compile:\n\(error)")
    exit(1)
}
precondition(generated.rules.count == 100)
let facts = FactTable(declared: GeneratedRuleset.declaredFacts)
let mission = MissionIdentity(id: "bench", name: "Benchmark mission")

benchmark("compile 100-rule ruleset (YAML parse + check + compile)") {
    let outcome = loader.load(text: GeneratedRuleset.yaml, file: "generated-100.yaml")
    precondition(outcome.ruleset != nil)
}

benchmark("rate mission, declared facts only, 100 rules") {
    let rating = generated.rate(facts, mission: mission, engineVersion: "bench")
    precondition(rating.score != nil)
}

// The starter ruleset over declared facts only: its derived.* inputs are absent, so those rules
// come out unknown — the cost of a rating before any physics provider runs.
let starterPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rulesets/starter.yaml").path
var starterCatalog = FactCatalog()
for (path, type) in [("authorization.licence", FactType.string), ("authorization.un_registration", .string),
                     ("authorization.standards", .list(.string)), ("operator.contact.around_the_clock", .bool),
                     ("launch.prelaunch_conjunction_assessment", .bool), ("spacecraft.propulsion.type", .string),
                     ("spacecraft.tracking.retroreflectors", .bool), ("spacecraft.tracking.gnss_receiver", .bool),
                     ("spacecraft.design_for_demise", .bool), ("spacecraft.safe_mode", .bool),
                     ("operations.conjunction_assessment.phases", .list(.string)),
                     ("operations.conjunction_assessment.action_threshold_pc", .number),
                     ("operations.space_weather.disposal_margin_analysis", .bool), ("end_of_life.strategy", .string),
                     ("end_of_life.success_probability", .number), ("cooperation.capacity_building", .bool),
                     ("cooperation.publishes_sustainability_data", .bool), ("derived.orbit.regime", .string),
                     ("derived.lifetime.post_mission_years", .number), ("derived.reentry.casualty_risk", .number),
                     ("derived.trackability.trackable", .bool)] {
    starterCatalog.register(path, type)
}
let starter = RulesetLoader(catalog: starterCatalog).load(path: starterPath).ruleset
let at = { (line: Int) in SourceLocation(file: "aurora.yaml", line: line, column: 5) }
let starterFacts = FactTable(declared: [
    DeclaredFact(path: "authorization.licence", value: .string("granted"), location: at(8)),
    DeclaredFact(path: "authorization.un_registration", value: .string("planned"), location: at(9)),
    DeclaredFact(path: "authorization.standards", value: .list([.string("ISO-24113:2023")]), location: at(12)),
    DeclaredFact(path: "operator.contact.around_the_clock", value: .bool(true), location: at(6)),
    DeclaredFact(path: "launch.prelaunch_conjunction_assessment", value: .bool(true), location: at(17)),
    DeclaredFact(path: "spacecraft.propulsion.type", value: .string("cold_gas"), location: at(34)),
    DeclaredFact(path: "operations.conjunction_assessment.phases", value: .list([.string("operations")]), location: at(45)),
    DeclaredFact(path: "operations.conjunction_assessment.action_threshold_pc", value: .number(1e-4), location: at(46)),
    DeclaredFact(path: "spacecraft.safe_mode", value: .bool(true), location: at(42)),
    DeclaredFact(path: "end_of_life.strategy", value: .string("natural_decay"), location: at(54)),
    DeclaredFact(path: "end_of_life.success_probability", value: .number(0.95), location: at(56)),
])

if let starter {
    benchmark("rate mission, declared facts only, starter ruleset (16 rules)") {
        let rating = starter.rate(starterFacts, mission: mission, engineVersion: "bench")
        precondition(rating.score != nil)
    }
    let starterRating = starter.rate(starterFacts, mission: mission, engineVersion: "bench")
    benchmark("render JSON report (starter rating)") {
        precondition(!JSONReporter().render(starterRating).isEmpty)
    }
    benchmark("render text report (starter rating)") {
        precondition(!TextReporter().render(starterRating).isEmpty)
    }
} else {
    print("warning: Rulesets/starter.yaml did not load; its benchmarks are skipped")
}

Benchmark.main()
