import ArgumentParser
import StewardKit

extension Steward {
    /// `steward facts <mission>`: every fact Steward knows about a mission, with unit and source line.
    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a mission's facts with their units and source locations.",
            discussion: """
            Lists every fact declared by the descriptor as a dotted path (orbit.perigee_km, \
            spacecraft.mass_kg, …) with its value, unit and the file:line:col it was written at. Orbit values \
            that the descriptor gives in another form (a TLE, or semi-major axis and eccentricity) are shown \
            computed, marked '='.

            Then every derived (physics) fact — orbit, lifetime, disposal, re-entry, collision, environment, \
            trackability — with its model and the assumptions it used, or the reason it cannot be computed.

            Assumptions default to those of the default ruleset (lts-2019); --assume overrides them. Keys: \
            \(AssumptionOverride.knownKeys.joined(separator: ", ")).

            Examples:
              steward facts Examples/aurora-3u.yaml
              steward facts Examples/aurora-3u.yaml --format json
              steward facts m.yaml --assume solar_activity=constant --assume f107=150 --assume ap=15
              steward facts m.yaml --assume solar_activity=forecast_high
              steward facts m.yaml --assume solar_activity=file

            Exit codes: 0 success; 2 invalid descriptor or data file (density table, space weather, forecast, \
            materials), or with --warnings-as-errors a plausibility warning; 64 usage error.
            """
        )

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: ArgumentHelp("Mission descriptor file (YAML or JSON).", valueName: "mission"))
        var mission: String

        @Option(help: "Output format: text or json.")
        var format: OutputFormat = .text

        @OptionGroup var assumptions: AssumptionOptions

        @OptionGroup var warnings: WarningOptions

        func run() throws {
            let overrides = assumptions.overrides
            // Replacement data files (density table, space weather, forecast) are checked before any physics runs.
            do {
                try DensityTableFile.check(overrides: assumptions.values, rulesets: [])
            } catch {
                StandardError.write(DiagnosticRenderer().render(error.diagnostics) + "\n")
                throw ExitCode.invalidInput
            }
            do {
                try SpaceWeatherFiles.check(PhysicsAssumptions(overrides: overrides))
            } catch {
                StandardError.write(error.description + "\n")
                throw ExitCode.invalidInput
            }
            let outcome = MissionChecking.check(path: mission)
            if !outcome.diagnostics.isEmpty {
                StandardError.write(outcome.renderedDiagnostics + "\n")
            }
            guard let loaded = outcome.mission, outcome.isValid else { throw ExitCode.invalidInput }
            let assumptionWarnings = AssumptionOverride.unusedWarnings(assumptions.values)
            WarningOptions.print(assumptionWarnings)
            if warnings.warningsAsErrors,
               !assumptionWarnings.isEmpty || outcome.diagnostics.contains(where: { $0.severity == .warning }) {
                throw ExitCode.invalidInput
            }
            let report = FactsReport(mission: loaded, assumptions: overrides)
            switch format {
            case .text: print(report.text(), terminator: "")
            case .json: print(report.json(), terminator: "")
            }
        }
    }
}
