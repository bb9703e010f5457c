import ArgumentParser
import Certificates
import Foundation
import Reports
import RuleEngine
import StewardKit

extension Steward {
    /// `steward rate <mission>...`: rate descriptors against one or more rulesets.
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rate missions against a ruleset.",
            discussion: """
            Rates each mission under each --ruleset (default: the embedded lts-2019). A ruleset is an \
            embedded id (see `steward rules list`) or a path: anything with a '/' or a .yaml/.yml/.json suffix. \
            A directory stands for the descriptors in it; --files-from reads a list of paths.

            The text report starts with the tier and score, then sections, guidelines and findings with \
            advice; colour only on a terminal and never when NO_COLOR is set. JSON is one steward/rating@1 \
            object for a single rating, otherwise {"format": "steward/ratings@1", "ratings": [...]} \
            (docs/rating-json.md); a lone rating carries its decay curves, a batch only with --charts. \
            Reports are written as the missions are rated, a batch at a time. Markdown, HTML, SARIF, JUnit, \
            GitHub annotations and an SVG badge are described in docs/reports.md. SARIF (one run) and JUnit \
            (one testsuite per rating) hold a whole batch; HTML and badge hold one rating, unless --output-dir \
            writes a page per mission and an index.

            Examples:
              steward rate Examples/aurora-3u.yaml
              steward rate Examples/*.yaml --format json --output ratings.json
              steward rate missions/ --format sarif,junit,html --output-dir reports/
              find missions -name '*.yaml' | steward rate --files-from -
              steward rate m.yaml --ruleset lts-2019 --ruleset my-overlay.yaml --strict
              steward rate m.yaml --fail-below silver
              steward rate m.yaml --assume solar_activity=constant --assume f107=150
              steward rate m.yaml --format sarif --output steward.sarif
              steward rate --catalog gp.json --satcat satcat.csv --format json

            With --catalog FILE (OMM KVN/XML, GP JSON/CSV or TLE) every object of the file is rated as one \
            mission, without writing descriptors; facts name the catalogue line they came from, and what the \
            catalogue does not state (mass, size) is unknown. A malformed record is reported and the others \
            are still rated (exit 2 at the end).

            Exit codes: 0 success; 1 a rating below --fail-below, or (with --strict) a required rule not \
            met; 2 invalid descriptor or ruleset (diagnostics on stderr as file:line:col: error: …), or with \
            --warnings-as-errors a plausibility warning (--strict does not imply it); 64 usage error; 74 an \
            output could not be written.
            """
        )

        @OptionGroup var inputs: MissionInputOptions

        @Option(name: .customLong("ruleset"), help: ArgumentHelp(
            "Embedded ruleset id or ruleset file (repeatable; default \(EmbeddedRulesets.defaultID)).", valueName: "id|path"))
        var rulesets: [String] = []

        // `transform:` keeps the library's did-you-mean, but hides the default from ArgumentParser: the help says it.
        @Option(name: .customLong("format"), help: ArgumentHelp(
            "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: text); several, comma-separated, with --output-dir.",
            valueName: "format"),
                completion: .list(ReportFormat.allCases.map(\.rawValue)), transform: ArgumentValue.reportFormats)
        var formatLists: [[ReportFormat]] = []

        @Option(help: ArgumentHelp("Date shown by reports that show one (YYYY-MM-DD); default SOURCE_DATE_EPOCH, else none.", valueName: "date"),
                transform: ArgumentValue.date)
        var date: CertificateTimestamp?

        @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "path"))
        var output: String?

        @Option(name: .customLong("output-dir"), help: ArgumentHelp(
            "Write every --format to this directory (steward.sarif, steward.junit.xml, index.html and a page per mission, …).",
            valueName: "dir"))
        var outputDirectory: String?

        @Option(name: .customLong("fail-below"), help: ArgumentHelp(
            "Exit 1 when a rating's final tier is below this tier (a tier of every ruleset used).", valueName: "tier"))
        var failBelow: String?

        @Flag(help: "Exit 1 when a required rule failed or could not be shown to hold.")
        var strict = false

        @Flag(inversion: .prefixedNo, help: ArgumentHelp(
            "JSON: include the decay curves (charts) of every rating, or of none; default: only a lone rating has them."))
        var charts: Bool?

        @Option(help: ArgumentHelp("Rate every object of this catalogue file (OMM, GP JSON/CSV or TLE).", valueName: "file"))
        var catalog: String?

        @Option(help: ArgumentHelp("SATCAT CSV for --catalog: object type and decay dates.", valueName: "file"))
        var satcat: String?

        @OptionGroup var assumptions: AssumptionOptions

        /// The requested formats in order, each once; text when none was given.
        var formats: [ReportFormat] {
            var seen: [ReportFormat] = []
            for format in formatLists.joined() where !seen.contains(format) { seen.append(format) }
            return seen.isEmpty ? [.text] : seen
        }

        @OptionGroup var warnings: WarningOptions

        @OptionGroup var allowPath: AllowPathOptions

        func validate() throws {
            if output != nil, outputDirectory != nil {
                throw ValidationError("give --output (one report) or --output-dir (every format), not both")
            }
            if formats.count > 1, outputDirectory == nil {
                throw ValidationError("several formats (\(formats.map(\.rawValue).joined(separator: ","))) need --output-dir DIR")
            }
            if satcat != nil, catalog == nil { throw ValidationError("--satcat needs --catalog") }
            if catalog != nil, !inputs.arguments.isEmpty || !inputs.lists.isEmpty {
                throw ValidationError("give either mission descriptors or --catalog, not both")
            }
        }

        func run() throws {
            let missions = catalog == nil ? try inputs.paths(command: "rate") : []
            let format = formats[0]
            if outputDirectory == nil, missions.count * max(rulesets.count, 1) > 1, !format.reporter.takesSeveralRatings {
                throw CommandSupport.usageError("--format \(format.rawValue) holds one rating: rate one mission under one ruleset per run, "
                                                + "or write a page per mission with --output-dir", command: "rate")
            }
            try CommandSupport.refuseOverwritingInputs(output: output, inputs: missions + rulesets + [catalog, satcat].compactMap { $0 },
                                                       command: "rate")
            let references = rulesets.isEmpty ? [EmbeddedRulesets.defaultID] : rulesets
            let compiled = try CommandSupport.compileRulesets(references, allowedDirectories: allowPath.directories)
            let overrides = assumptions.values
            // Tier names and assumption types belong to the rulesets, so these are checked once they are compiled.
            let gate = RatingGate(failBelow: failBelow, strict: strict)
            if let problem = gate.tierProblem(rulesets: compiled) {
                throw CommandSupport.usageError("--fail-below: \(problem)", command: "rate")
            }
            let overrideProblems = RatingPipeline.overrideProblems(overrides, rulesets: compiled)
            if !overrideProblems.isEmpty {
                throw CommandSupport.usageError("--assume: " + overrideProblems.joined(separator: "; "), command: "rate")
            }
            // Replacement data files (density table, space weather, forecast) are checked before any physics runs.
            do {
                try DensityTableFile.check(overrides: overrides, rulesets: compiled)
            } catch {
                StandardError.write(DiagnosticRenderer().render(error.diagnostics) + "\n")
                throw ExitCode.invalidInput
            }
            do {
                try SpaceWeatherFiles.check(PhysicsAssumptions(overrides: assumptions.overrides))
            } catch {
                StandardError.write(error.description + "\n")
                throw ExitCode.invalidInput
            }
            let timestamp: String?
            do {
                timestamp = try CertificateDates.reportTimestamp(given: date)
            } catch {
                throw CommandSupport.usageError(error.description, command: "rate")
            }

            let assumptionWarnings = AssumptionOverride.unusedWarnings(
                overrides, rulesets: compiled.map { Dictionary($0.assumptions.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }) })
            WarningOptions.print(assumptionWarnings)
            // Hashed once for every report of the run (the HTML pages show them).
            let rulesetHashes = RulesetResolver(allowedDirectories: allowPath.directories).sha256ByRulesetID(references: references, compiled: compiled)
            var source = RatingSource.files(missions)
            var catalogueInvalid = false
            if let catalog {
                let outcome = CatalogueLoading.load(catalogue: catalog, satcat: satcat)
                if !outcome.renderedDiagnostics.isEmpty { StandardError.write(outcome.renderedDiagnostics + "\n") }
                catalogueInvalid = outcome.hasErrors || outcome.objects.isEmpty
                if outputDirectory == nil, outcome.objects.count * compiled.count > 1, !format.reporter.takesSeveralRatings {
                    throw CommandSupport.usageError("--format \(format.rawValue) holds one rating, but the catalogue has \(outcome.objects.count) objects", command: "rate")
                }
                source = .catalogue(path: catalog, objects: outcome.objects)
            }
            let run = RatingRun(source: source, rulesets: compiled, overrides: overrides, gate: gate,
                                failOnWarnings: warnings.warningsAsErrors && !assumptionWarnings.isEmpty,
                                warningsAsErrors: warnings.warningsAsErrors)
            let verdict: RatingGate.Verdict
            let hashDescriptor = formats.contains(.html)  // only the HTML page shows it
            if let outputDirectory {
                let charts = charts
                verdict = try run.write(formats: formats, to: outputDirectory, protecting: missions + rulesets) { rating in
                    var options = RatingReport.options(for: rating, colour: false, rulesetSHA256: rulesetHashes, timestamp: timestamp,
                                                       hashDescriptor: hashDescriptor)
                    options.charts = charts
                    return options
                }
            } else {
                let colour = output == nil && CommandSupport.standardOutputWantsColour
                let width = output == nil ? CommandSupport.standardOutputColumns : 80
                let charts = charts
                verdict = try run.stream(format: format, to: output) { rating in
                    var options = RatingReport.options(for: rating, colour: colour, rulesetSHA256: rulesetHashes, timestamp: timestamp,
                                                       textWidth: width, hashDescriptor: hashDescriptor)
                    options.charts = charts
                    return options
                }
            }
            if catalogueInvalid { throw ExitCode.invalidInput }
            if verdict != .success { throw ExitCode(verdict.rawValue) }
        }
    }
}
