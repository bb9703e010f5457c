import ArgumentParser
import Foundation
import StewardKit

extension Steward {
    /// `steward import FILE`: one mission descriptor per object of a GP/OMM/TLE catalogue file.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn a GP, OMM or TLE catalogue file into mission descriptors.",
            discussion: """
            Reads a catalogue file (CCSDS OMM in KVN or XML, CelesTrak/Space-Track GP JSON or CSV, or TLEs; the \
            format is recognised from the content) and writes one steward/mission@1 descriptor per object: the \
            orbit as an inline OMM (orbit.omm), count 1, the mass, drag area and Cd the message carries, the \
            spacecraft kind from the SATCAT OBJECT_TYPE, and a comment naming the source record. What the inputs \
            do not state (usually mass and size) is left out, so it stays unknown. Objects the SATCAT lists as \
            decayed are skipped. Files are written atomically; existing files are not replaced without --force. \
            Without --output-dir the descriptors go to standard output as one YAML stream ('---' between them) \
            for a look; write them with --output-dir to check or rate them.

            Examples:
              steward import gp.json --output-dir missions/
              steward import gp.csv --satcat satcat.csv --output-dir missions/ --force
              steward import stations.tle | less

            Exit codes: 0 success; 2 a malformed record or file (the other objects are still written), or a file \
            that exists without --force; 64 usage error.
            """
        )

        @Argument(help: ArgumentHelp("Catalogue file: OMM (KVN/XML), GP JSON/CSV or TLE.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("CelesTrak SATCAT CSV for object type, launch and decay dates.", valueName: "file"))
        var satcat: String?

        @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write one <id>.yaml per object into this directory.", valueName: "dir"))
        var outputDirectory: String?

        @Flag(help: "Replace descriptors that already exist in --output-dir.")
        var force = false

        func run() throws {
            let outcome = CatalogueLoading.load(catalogue: file, satcat: satcat)
            if !outcome.renderedDiagnostics.isEmpty { StandardError.write(outcome.renderedDiagnostics + "\n") }
            let descriptors = CatalogueImport.descriptors(for: outcome.objects)
            if let outputDirectory {
                do {
                    let written = try CatalogueImport.write(descriptors, to: outputDirectory, force: force)
                    print("imported \(written.count) object(s) from \(file) into \(outputDirectory)")
                } catch {
                    StandardError.write("error: \(error.description)\n")
                    throw ExitCode.invalidInput
                }
            } else {
                print(descriptors.map { "--- # \($0.fileName)\n" + $0.text }.joined(), terminator: "")
            }
            if outcome.hasErrors || (descriptors.isEmpty) { throw ExitCode.invalidInput }
        }
    }
}
