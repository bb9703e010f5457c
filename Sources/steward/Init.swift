import ArgumentParser
import Foundation
import StewardKit

extension DescriptorTemplate: ExpressibleByArgument {}

extension Steward {
    /// `steward init`: write a commented starting descriptor.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented mission descriptor to start from.",
            usage: "steward init [--template <name>] [--from-tle <tle>] [-o <file>] [--force]",
            discussion: """
            Prints a complete steward/mission@1 descriptor with every section, realistic example values (the \
            public figures they are modelled on are cited in its header) and, above each key, a comment with \
            its meaning, unit and the guideline it serves. It passes `steward check` and rates as written; \
            replace the values with your mission's. The first line points YAML editors at \
            schemas/mission.schema.json (write it with `steward schema mission --output \
            schemas/mission.schema.json`).

            With --from-tle the orbit is taken from a two-line element set file (2 lines, or 3 with a title); \
            its epoch and inclination come with it.

            Examples:
              steward init > mission.yaml
              steward init --template geo --output geo.yaml
              steward init --template eo-sso --from-tle sat.tle --output sat.yaml

            Exit codes: 0 success, 1 the output file exists (without --force) or cannot be written, 2 invalid \
            element set, 64 usage error.
            """
        )

        @Option(help: ArgumentHelp("The kind of mission the descriptor starts from.",
                                   valueName: "template"))
        var template: DescriptorTemplate = .cubesat

        @Option(name: .customLong("from-tle"), help: ArgumentHelp("Take the orbit from this two-line element set file.", valueName: "file"))
        var fromTLE: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the descriptor to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the output file if it exists.")
        var force = false

        func run() throws {
            var tle: DescriptorTemplate.TLEInput?
            if let fromTLE {
                do {
                    tle = try DescriptorTemplate.readTLE(path: fromTLE)
                } catch {
                    StandardError.write(DescriptorTemplate.render(error, tlePath: fromTLE) + "\n")
                    throw ExitCode.invalidInput
                }
            }
            let text = template.render(tle: tle)
            guard let output else {
                print(text, terminator: "")
                return
            }
            do {
                try NewFileWriter.write(text, to: output, overwrite: force)
            } catch {
                StandardError.write("error: \(error.description)\n")
                throw ExitCode.failure
            }
        }
    }
}
