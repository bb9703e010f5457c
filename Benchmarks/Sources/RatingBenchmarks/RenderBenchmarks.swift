import Benchmark
import Foundation
import Reports
import RuleEngine
import StewardKit

// Rendering cost per rating, apart from rating: the text report and the JSON report of real fleet ratings, as
// `steward rate <fleet>` renders them (one thread; CPU time, which the other work on a shared machine does not
// change). Ratings: the first `STEWARD_RENDER_COUNT` (default 1,000) descriptors, in name order, of the fleet
// folder `STEWARD_FLEET` that `python3 Benchmarks/Scripts/ucs-fleet.py Data/ucs_satdb_2023-05-01_subset.csv DIR`
// writes, rated under lts-2019 with full physics; without it, the UCS minimal descriptors of main.swift.

/// The per-rating figures, printed, and one swift-benchmark case per format on a fleet rating.
func renderBenchmarks(fallback missions: [Mission]) {
    guard let lts = RulesetResolver().resolve("lts-2019").ruleset else {
        print("note: lts-2019 does not compile in this checkout; render benchmarks skipped")
        return
    }
    let environment = ProcessInfo.processInfo.environment
    let count = environment["STEWARD_RENDER_COUNT"].flatMap(Int.init) ?? 1000
    var ratings: [Rating]
    var source: String
    if let folder = environment["STEWARD_FLEET"],
       let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
        let files = names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") }.sorted().prefix(count)
            .map { folder + "/" + $0 }
        ratings = RatingPipeline.rate(files: Array(files), rulesets: [lts]).flatMap(\.ratings)
        source = "\(ratings.count) ratings of \(folder) (lts-2019, full physics)"
    } else {
        ratings = RatingPipeline.rate(missions: Array(missions.prefix(count)), ruleset: lts)
        source = "\(ratings.count) UCS minimal descriptors (lts-2019); set STEWARD_FLEET for the full fleet"
    }
    guard let sample = ratings.first else { return }

    /// Microseconds of CPU per rating for `body` over every rating, best of five.
    func perRating(_ body: () -> Int) -> Double {
        var bytes = 0
        let best = bestCPU(5) { bytes = body() }
        precondition(bytes > 0)
        return best / Double(ratings.count) * 1e6
    }
    func streamed(_ format: ReportFormat) -> Int {
        var stream = format.stream()
        var bytes = 0
        for rating in ratings { bytes += stream.add(rating).utf8.count }
        return bytes + stream.finish().utf8.count
    }
    let text = perRating { streamed(.text) }
    let json = perRating { streamed(.json) }
    let lone = perRating { ratings.reduce(0) { $0 + JSONReporter().render($1).utf8.count } }
    // What `JSONReporter` did before its direct writer, for comparison: Foundation's encoder with its options.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let foundation = perRating { ratings.reduce(0) { $0 + ((try? encoder.encode($1))?.count ?? 0) } }
    print("render, \(source), one thread, CPU per rating:")
    print(String(format: "  text (batch stream):                 %7.1f µs", text))
    print(String(format: "  JSON (batch stream, no charts):      %7.1f µs", json))
    print(String(format: "  JSON (lone rating, with charts):     %7.1f µs", lone))
    print(String(format: "  JSONEncoder, lone, with charts:      %7.1f µs (the encoder JSONReporter used before)", foundation))

    benchmark("render text, one fleet rating") { precondition(!TextReporter().render(sample).isEmpty) }
    benchmark("render JSON, one fleet rating") { precondition(!JSONReporter().render(sample).isEmpty) }
}
