import Benchmark
import Dispatch
import Foundation
import RuleEngine
import StewardKit
import Astrodynamics

// These benchmarks repeat the same ratings and model runs to time them: the physics memos (which would answer the
// repeats from memory) are off, so every figure is the models' own work.
PhysicsMemos.setEnabled(false)

// End-to-end rating throughput on real missions. Run from Benchmarks/:
//     swift run -c release RatingBenchmarks
//
// Data: Union of Concerned Scientists Satellite Database, release of 2023-05-01 (public use with attribution),
// subset of 7,560 active satellites in the repository's Data/ucs_satdb_2023-05-01_subset.csv (provenance in
// Data/README.md; STEWARD_UCS_CSV points the benchmark at another copy). Each row becomes a minimal
// steward/mission@1 descriptor — perigee, apogee, inclination and mass — so most declared facts and the
// derived facts that need them come out unknown: this measures the engine and the loader, not a realistic score.

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let dataFile = ProcessInfo.processInfo.environment["STEWARD_UCS_CSV"]
    ?? repository.appendingPathComponent("Data/ucs_satdb_2023-05-01_subset.csv").path

guard let starter = RulesetResolver().resolve("starter").ruleset else {
    print("the embedded starter ruleset does not compile")
    exit(1)
}

// MARK: one example, load + rate

let example = repository.appendingPathComponent("Examples/aurora-3u.yaml").path
benchmark("load + rate Examples/aurora-3u.yaml (starter), one file end to end") {
    let result = RatingPipeline.rate(file: example, rulesets: [starter])
    precondition(result.ratings.count == 1)
}
if let lts = RulesetResolver().resolve("lts-2019").ruleset {
    benchmark("load + rate Examples/aurora-3u.yaml (lts-2019), one file end to end") {
        let result = RatingPipeline.rate(file: example, rulesets: [lts])
        precondition(result.ratings.count == 1)
    }
} else {
    print("note: lts-2019 does not compile in this checkout; its benchmark is skipped")
}

// MARK: the UCS fleet as minimal descriptors

/// Splits one CSV record (RFC 4180 quoting: fields in double quotes may hold commas, "" is a quote).
func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
        if quoted {
            if character == "\"" {
                if let next = iterator.next() {
                    if next == "\"" { field.append("\"") } else {
                        quoted = false
                        if next == "," { fields.append(field); field = "" } else { field.append(next) }
                    }
                } else {
                    quoted = false
                }
            } else {
                field.append(character)
            }
        } else if character == "\"" {
            quoted = true
        } else if character == "," {
            fields.append(field)
            field = ""
        } else {
            field.append(character)
        }
    }
    fields.append(field)
    return fields
}

/// A YAML double-quoted scalar (JSON escaping is valid YAML).
func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        // YAML refuses C0 and C1 control characters (YAML 1.2 §5.1); a few UCS names carry them.
        default: if scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) { out.unicodeScalars.append(scalar) }
        }
    }
    return out + "\""
}

func descriptors(fromCSV text: String) -> [(file: String, yaml: String)] {
    var lines = text.split(whereSeparator: \.isNewline)[...]
    guard let header = lines.popFirst() else { return [] }
    let columns = csvFields(header)
    func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
    guard let name = column("name"), let norad = column("norad_id"), let perigee = column("perigee_km"),
          let apogee = column("apogee_km"), let inclination = column("inclination_deg"),
          let launchMass = column("launch_mass_kg"), let dryMass = column("dry_mass_kg") else { return [] }
    var out: [(String, String)] = []
    for (index, line) in lines.enumerated() {
        let fields = csvFields(line)
        guard fields.count == columns.count,
              let perigeeKm = Double(fields[perigee]), let apogeeKm = Double(fields[apogee]),
              let inclinationDeg = Double(fields[inclination]),
              let massKg = Double(fields[dryMass]) ?? Double(fields[launchMass]), massKg > 0 else { continue }
        let id = "ucs-" + (fields[norad].isEmpty ? "row\(index + 2)" : fields[norad])
        let yaml = """
        format: steward/mission@1
        id: \(id)
        name: \(quoted(fields[name]))
        orbit: {perigee_km: \(perigeeKm), apogee_km: \(apogeeKm), inclination_deg: \(inclinationDeg)}
        spacecraft: {mass_kg: \(massKg)}

        """
        out.append(("ucs/\(id).yaml", yaml))
    }
    return out
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The best of `repeats` wall-clock runs: the least disturbed by other work on the shared machine.
func best(_ repeats: Int, _ body: () -> Void) -> Double {
    (0..<repeats).map { _ in seconds(body) }.min() ?? .nan
}

/// CPU seconds of this process (all threads) spent in `body`. Wall time on the shared machine depends on what
/// else runs; CPU time does not, so "two threads burn more CPU than one for the same work" (contention: shared
/// reference counts, locks, false sharing) shows here even when another process holds a core.
func cpuSeconds(_ body: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start)
    body()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

/// The least CPU time of `repeats` runs.
func bestCPU(_ repeats: Int, _ body: () -> Void) -> Double {
    (0..<repeats).map { _ in cpuSeconds(body) }.min() ?? .nan
}

if let csv = try? String(contentsOfFile: dataFile, encoding: .utf8) {
    let rows = descriptors(fromCSV: csv)
    let loaded = rows.map { MissionLoader.load(text: $0.yaml, file: $0.file) }
    let missions = loaded.compactMap { $0.hasErrors ? nil : $0.mission }
    let rejected = loaded.filter(\.hasErrors)
    print("UCS 2023-05-01: \(rows.count) rows with orbit and mass → \(missions.count) valid descriptors, \(rejected.count) rejected by the loader")
    if let first = rejected.first { print("  e.g. \(first.diagnostics.first.map { "\($0)" } ?? "")") }
    print("cores: \(ProcessInfo.processInfo.activeProcessorCount)")

    // Profiling aid: `STEWARD_RATE_ONLY_THREADS=2 .build/release/RatingBenchmarks` rates the fleet 20 times over on
    // that many threads (each its share of the missions, the ruleset shared) and exits, so `perf record -g` sees one
    // mode only: compare 1 and 2 threads.
    // `STEWARD_RATE_ONLY_KEEP=1` keeps each pass's ratings until the pass ends, as `RatingPipeline.rate(missions:)` does.
    if let threads = Int(ProcessInfo.processInfo.environment["STEWARD_RATE_ONLY_THREADS"] ?? ""), threads > 0 {
        let keep = ProcessInfo.processInfo.environment["STEWARD_RATE_ONLY_KEEP"] == "1"
        let cpu = cpuSeconds {
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                let share = missions.indices.filter { $0 % threads == thread }
                for _ in 0..<20 {
                    var kept: [Rating] = []
                    for index in share {
                        let rating = RatingPipeline.rate(missions[index], file: nil, ruleset: starter)
                        if keep { kept.append(rating) }
                    }
                }
            }
        }
        print(String(format: "rated %d missions 20 times on %d threads%@: %.3f s CPU", missions.count, threads,
                     keep ? ", keeping each pass's ratings" : "", cpu))
        exit(0)
    }

    let rateParallel = best(5) { precondition(RatingPipeline.rate(missions: missions, ruleset: starter).count == missions.count) }
    let rateSequential = best(3) {
        for mission in missions { _ = RatingPipeline.rate(mission, file: nil, ruleset: starter) }
    }
    let endToEnd = best(3) {
        // Parse + validate + rate, in parallel over rows: the cost of `steward rate` on a fleet, minus file I/O.
        let results = DispatchQueue.concurrentPerformMap(rows.count) { index -> Int in
            let result = MissionLoader.load(text: rows[index].yaml, file: rows[index].file)
            guard let mission = result.mission, !result.hasErrors else { return 0 }
            return RatingPipeline.rate(mission, file: rows[index].file, ruleset: starter).score == nil ? 0 : 1
        }
        precondition(results.count == rows.count)
    }
    // Two threads over halves of the fleet, ratings discarded as they are made, sharing one compiled ruleset or each
    // with its own compiled copy: checks whether sharing costs anything (atomic reference counting on the shared
    // ruleset's objects). `RatingPipeline.rate(missions:)` below also keeps every rating, which costs memory traffic.
    let copies = [starter, RulesetResolver().resolve("starter").ruleset ?? starter]
    let halves = [Array(missions[..<(missions.count / 2)]), Array(missions[(missions.count / 2)...])]
    let perThreadCopy = best(5) {
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            for mission in halves[half] { _ = RatingPipeline.rate(mission, file: nil, ruleset: copies[half]) }
        }
    }
    let sharedTwoThreads = best(5) {
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            for mission in halves[half] { _ = RatingPipeline.rate(mission, file: nil, ruleset: starter) }
        }
    }
    print(String(format: "rate only, 2 threads, shared ruleset:          %.0f missions/s", Double(missions.count) / sharedTwoThreads))
    print(String(format: "rate only, 2 threads, one ruleset copy each:   %.0f missions/s", Double(missions.count) / perThreadCopy))
    let endToEndSequential = best(3) {
        for row in rows {
            let result = MissionLoader.load(text: row.yaml, file: row.file)
            if let mission = result.mission, !result.hasErrors { _ = RatingPipeline.rate(mission, file: row.file, ruleset: starter) }
        }
    }
    func rate(_ count: Int, _ time: Double) -> String {
        String(format: "%.0f missions/s (%.3f s for %d)", Double(count) / time, time, count)
    }
    print("rate only, starter, parallel:      " + rate(missions.count, rateParallel))
    print("rate only, starter, one thread:    " + rate(missions.count, rateSequential))
    let cpuParallel = bestCPU(3) { precondition(RatingPipeline.rate(missions: missions, ruleset: starter).count == missions.count) }
    let cpuSequential = bestCPU(3) { for mission in missions { _ = RatingPipeline.rate(mission, file: nil, ruleset: starter) } }
    print(String(format: "rate only, CPU time: parallel %.3f s, one thread %.3f s (ratio %.2f; 1.00 = no contention)",
                 cpuParallel, cpuSequential, cpuParallel / cpuSequential))
    print("load YAML + rate, starter, parallel:   " + rate(rows.count, endToEnd))
    print("load YAML + rate, starter, one thread: " + rate(rows.count, endToEndSequential))
    renderBenchmarks(fallback: missions)
} else {
    print("note: \(dataFile) not found; set STEWARD_UCS_CSV; fleet throughput skipped")
}

extension DispatchQueue {
    /// `concurrentPerform` collecting results in index order.
    static func concurrentPerformMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        let lock = NSLock()
        concurrentPerform(iterations: count) { index in
            let value = body(index)
            lock.lock()
            results[index] = value
            lock.unlock()
        }
        return results.compactMap { $0 }
    }
}

Benchmark.main()
