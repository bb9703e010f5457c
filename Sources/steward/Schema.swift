import ArgumentParser
import StewardKit

extension StewardSchema: ExpressibleByArgument {}

extension Steward {
    /// `steward schema <name>`: print a JSON Schema of one of Steward's formats.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema of a Steward file format.",
            discussion: """
            Prints a JSON Schema (draft-07) for mission descriptors, rulesets, rating JSON, certificates or \
            comparison JSON. The \
            schemas are generated from the same tables the loaders read, carry a stable $id under \
            https://steward.invalid/schemas/, and describe each field with its unit and the guideline it \
            serves. Point an editor at the mission schema for completion and checking as you type; \
            `steward check` remains the full check (it also relates fields to each other). The repository keeps \
            the same files in schemas/.

            Examples:
              steward schema mission > schemas/mission.schema.json
              steward schema ruleset --output ruleset.schema.json
              steward schema rating | python3 -m json.tool

            Exit codes: 0 success, 1 the output file cannot be written, 64 usage error (unknown schema name).
            """
        )

        @Argument(help: ArgumentHelp("The file format.", valueName: "name"))
        var name: StewardSchema

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the schema to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            try CommandSupport.emit(name.text, to: output)
        }
    }
}
