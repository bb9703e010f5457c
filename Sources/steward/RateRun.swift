import ArgumentParser
import Foundation
import Reports
import RuleEngine
import StewardKit

/// What `steward rate` rates: descriptor files, or the objects of a catalogue file.
enum RatingSource: Sendable {
    case files([String])
    case catalogue(path: String, objects: [CatalogueObject])
}

/// One `steward rate` run once its options are checked: rates the source a batch at a time, writes the
/// reports, prints diagnostics and gate shortfalls on standard error, and returns the gate's verdict.
struct RatingRun {
    var source: RatingSource
    var rulesets: [CompiledRuleset]
    var overrides: [String: RuleEngine.FactValue]
    var gate: RatingGate
    /// `--warnings-as-errors` with an assumption warning already printed: the run ends with exit 2.
    var failOnWarnings: Bool
    var warningsAsErrors: Bool

    /// What the run keeps of one mission once its reports are rendered: never the mission or its ratings
    /// (unless the format itself must hold them, see `ReportStream`).
    struct Rated: Sendable {
        var renderedDiagnostics: String
        var isValid: Bool
        var hasWarning: Bool
        var shortfalls: [String]
        var parts: [ReportPart]
    }

    /// Rates a batch at a time: `prepare` runs on the rating thread, `each` gets every batch in input order.
    func batches<Part: Sendable>(prepare: @Sendable (MissionRatingResult) -> Part, each: ([Part]) throws -> Void) rethrows {
        switch source {
        case .files(let files):
            try RatingPipeline.rate(files: files, rulesets: rulesets, overrides: overrides, prepare: prepare, each: each)
        case .catalogue(let path, let objects):
            try CatalogueRating.rate(objects, catalogue: path, rulesets: rulesets, overrides: overrides, prepare: prepare, each: each)
        }
    }

    /// One report of `format` to `output` (standard output when nil), written batch by batch as the missions
    /// are rated (`ReportStream`): memory holds one batch, not the fleet. A file is built beside its
    /// destination and renamed into place at the end (`OutputFile.Stream`), so a failed or interrupted run
    /// leaves the previous file; with `--warnings-as-errors` standard output is held until the end, since a
    /// warning in a later batch must leave no report.
    func stream(format: ReportFormat, to output: String?,
                options: @escaping @Sendable (Rating) -> ReportOptions) throws -> RatingGate.Verdict {
        var stream = format.stream(options: options, rulesets: Set(rulesets.map(\.identity.id)))
        let renderer = stream
        let gate = gate
        let sink = try Self.open(output)
        var held: String? = output == nil && warningsAsErrors ? "" : nil
        var warned = false, invalid = false, failing = false, ratingCount = 0
        var shortfalls: [String] = []
        try batches(prepare: { result in
            Rated(renderedDiagnostics: result.renderedDiagnostics, isValid: result.isValid,
                  hasWarning: result.diagnostics.contains { $0.severity == .warning },
                  shortfalls: result.ratings.flatMap { gate.shortfalls(of: $0) },
                  parts: result.ratings.map { renderer.part(of: $0) })
        }, each: { batch in
            for rated in batch {
                if !rated.renderedDiagnostics.isEmpty { StandardError.write(rated.renderedDiagnostics + "\n") }
                invalid = invalid || !rated.isValid
                warned = warned || rated.hasWarning
                failing = failing || !rated.shortfalls.isEmpty
                shortfalls += rated.shortfalls
                // A warning with --warnings-as-errors leaves no report: the file so far is dropped, and every later
                // write goes nowhere.
                if warningsAsErrors, warned { sink.discard() }
                for part in rated.parts {
                    if held != nil {
                        held? += stream.add(part)
                    } else {
                        // Each part straight to the output, as bytes where the format renders bytes.
                        try Self.write(part, of: &stream, to: sink)
                    }
                }
                ratingCount += rated.parts.count
            }
        })
        if failOnWarnings || (warningsAsErrors && warned) {
            sink.discard()
            throw ExitCode.invalidInput
        }
        if ratingCount > 0 {
            if let held { try Self.write(held, to: sink) }
            try Self.finish(&stream, into: sink)
            try Self.commit(sink)
        } else {
            sink.discard()
        }
        for reason in shortfalls { StandardError.write(reason + "\n") }
        return invalid ? .invalidInput : failing ? .belowGate : .success
    }

    /// One rating's files for `--output-dir`, rendered on the rating thread.
    struct DirectoryRating: Sendable {
        /// What the index page and the file names need of the rating (`HTMLIndexPage.Entry(summaryOf:)`).
        var summary: Rating
        /// One part per batch format, in the order of `formats`.
        var parts: [ReportPart]
        var page: String?
        var badge: String?
    }

    /// Every format of `formats` into `directory` (`ReportDirectory`), written as the missions are rated: the
    /// batch formats through their `ReportStream`s, a page and a badge per rating as soon as it is rated, the
    /// index (from a summary per rating) at the end. With `--warnings-as-errors` everything is held to the end,
    /// since a warning must leave no file.
    func write(formats: [ReportFormat], to directory: String, protecting inputs: [String],
               options: @escaping @Sendable (Rating) -> ReportOptions) throws -> RatingGate.Verdict {
        if warningsAsErrors { return try writeHeld(formats: formats, to: directory, protecting: inputs, options: options) }
        let inputs = OutputFile.Inputs(inputs)
        let batchFormats = formats.filter { $0 != .html && $0 != .badge }
        var streams = batchFormats.map { $0.stream(options: options, rulesets: Set(rulesets.map(\.identity.id))) }
        let renderers = streams
        let pages = formats.contains(.html), badges = formats.contains(.badge)
        var namer = ReportDirectory.Namer(severalRulesets: Set(rulesets.map(\.identity.id)).count > 1)
        let base = URL(fileURLWithPath: directory)
        var sinks: [OutputFile.Stream] = []
        var entries: [HTMLIndexPage.Entry] = []
        var invalid = false, failing = false, ratingCount = 0, written = 0
        var shortfalls: [String] = []
        let gate = gate

        /// The directory and the batch files, on the first rating (a run that rates nothing writes nothing).
        func open() throws {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                StandardError.write("error: cannot create \(directory): \(error.localizedDescription)\n")
                throw ExitCode.outputError
            }
            for format in batchFormats {
                let path = base.appendingPathComponent(ReportDirectory.batchFileName(format)).path
                try CommandSupport.refuseOverwritingInputs(output: path, inputs: inputs, command: "rate")
                sinks.append(try Self.open(path))
            }
        }
        func emit(_ contents: String, named name: String) throws {
            let path = base.appendingPathComponent(name).path
            try CommandSupport.refuseOverwritingInputs(output: path, inputs: inputs, command: "rate")
            try CommandSupport.emit(contents, to: path)
            written += 1
        }

        try batches(prepare: { result in
            (rated: Rated(renderedDiagnostics: result.renderedDiagnostics, isValid: result.isValid, hasWarning: false,
                          shortfalls: result.ratings.flatMap { gate.shortfalls(of: $0) }, parts: []),
             files: result.ratings.map { rating in
                 DirectoryRating(summary: HTMLIndexPage.Entry(summaryOf: rating, pageFileName: "").rating,
                                 parts: renderers.map { $0.part(of: rating) },
                                 page: pages ? HTMLReporter(options: options(rating)).render(rating) : nil,
                                 badge: badges ? BadgeReporter(options: options(rating)).render(rating) : nil)
             })
        }, each: { batch in
            for (rated, files) in batch {
                if !rated.renderedDiagnostics.isEmpty { StandardError.write(rated.renderedDiagnostics + "\n") }
                invalid = invalid || !rated.isValid
                failing = failing || !rated.shortfalls.isEmpty
                shortfalls += rated.shortfalls
                for file in files {
                    if ratingCount == 0 { try open() }
                    ratingCount += 1
                    let stem = namer.stem(for: file.summary)
                    if let page = file.page {
                        try emit(page, named: stem + ".html")
                        entries.append(HTMLIndexPage.Entry(rating: file.summary, pageFileName: stem + ".html"))
                    }
                    if let badge = file.badge { try emit(badge, named: stem + ".badge.svg") }
                    for index in streams.indices { try Self.write(file.parts[index], of: &streams[index], to: sinks[index]) }
                }
            }
        })
        if ratingCount > 0 {
            for index in sinks.indices {
                try Self.finish(&streams[index], into: sinks[index])
                try Self.commit(sinks[index])
                written += 1
            }
            if pages { try emit(HTMLIndexPage(entries: entries).render(), named: "index.html") }
            StandardError.write("wrote \(written) file\(written == 1 ? "" : "s") to \(directory)\n")
        }
        for reason in shortfalls { StandardError.write(reason + "\n") }
        return invalid ? .invalidInput : failing ? .belowGate : .success
    }

    /// `write(formats:to:protecting:options:)` holding every rating until the end (`--warnings-as-errors`).
    private func writeHeld(formats: [ReportFormat], to directory: String, protecting inputs: [String],
                           options: @escaping (Rating) -> ReportOptions) throws -> RatingGate.Verdict {
        var results: [MissionRatingResult] = []
        batches(prepare: { $0 }, each: { results += $0 })
        for result in results where !result.renderedDiagnostics.isEmpty {
            StandardError.write(result.renderedDiagnostics + "\n")
        }
        if failOnWarnings || warningsAsErrors && results.contains(where: { $0.diagnostics.contains { $0.severity == .warning } }) {
            throw ExitCode.invalidInput
        }
        let ratings = results.flatMap(\.ratings)
        if !ratings.isEmpty {
            let files = ReportDirectory.files(for: ratings, formats: formats, options: options)
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                StandardError.write("error: cannot create \(directory): \(error.localizedDescription)\n")
                throw ExitCode.outputError
            }
            let paths = files.map { URL(fileURLWithPath: directory).appendingPathComponent($0.name).path }
            let inputs = OutputFile.Inputs(inputs)
            for path in paths {
                try CommandSupport.refuseOverwritingInputs(output: path, inputs: inputs, command: "rate")
            }
            for (file, path) in zip(files, paths) { try CommandSupport.emit(file.contents, to: path) }
            StandardError.write("wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(directory)\n")
        }
        for rating in ratings {
            for reason in gate.shortfalls(of: rating) { StandardError.write(reason + "\n") }
        }
        return gate.verdict(for: results)
    }

    // MARK: Output errors exit 74 (`CommandSupport.emit`)

    private static func open(_ output: String?) throws -> OutputFile.Stream {
        do {
            return try OutputFile.Stream(path: output)
        } catch {
            StandardError.write("error: \(error.description)\n")
            throw ExitCode.outputError
        }
    }

    private static func write(_ part: ReportPart, of stream: inout any ReportStream, to sink: OutputFile.Stream) throws {
        do {
            try stream.add(part) { bytes in try sink.write(bytes: bytes) }
        } catch let error as OutputFile.Failure {
            StandardError.write("error: \(error.description)\n")
            throw ExitCode.outputError
        }
    }

    private static func write(_ text: String, to sink: OutputFile.Stream) throws {
        do {
            try sink.write(text)
        } catch {
            StandardError.write("error: \(error.description)\n")
            throw ExitCode.outputError
        }
    }

    private static func finish(_ stream: inout any ReportStream, into sink: OutputFile.Stream) throws {
        do {
            try stream.finish { text in try sink.write(text) }
        } catch {
            sink.discard()
            StandardError.write("error: \(error)\n")
            throw ExitCode.outputError
        }
    }

    private static func commit(_ sink: OutputFile.Stream) throws {
        do {
            try sink.commit()
        } catch {
            StandardError.write("error: \(error.description)\n")
            throw ExitCode.outputError
        }
    }
}
