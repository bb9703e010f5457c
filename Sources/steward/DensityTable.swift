import ArgumentParser
import Foundation
import StewardKit

extension Steward {
    /// `steward density-table`: rebuild the tracked-object spatial-density table from a current TLE catalogue.
    struct DensityTable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "density-table",
            abstract: "Rebuild the tracked-object density table from a two-line-element catalogue.",
            discussion: """
            The shipped collision baseline is a 2019-03-19 catalogue. This command reads a newer TLE catalogue \
            (two or three lines per object; 'R/B' and 'DEB' in the title line classify rocket bodies and \
            debris), spreads each object over the 20-km shells from 200 to 2000 km by time spent, and writes \
            the CSV in the shipped format. Malformed lines are reported on stderr as file:line: message and \
            skipped.

            Use the result with --assume density_table=FILE.csv (facts, rate).

            Examples:
              steward density-table --tle cat.txt --epoch 2026-11-01 --output density.csv
              steward facts m.yaml --assume density_table=density.csv

            Exit codes: 0 success, 2 unreadable catalogue or no usable element set, 64 usage error.
            """
        )

        @Option(help: ArgumentHelp("Two-line-element catalogue (text).", valueName: "file"))
        var tle: String

        @Option(help: ArgumentHelp("Catalogue epoch recorded with the table (default: today, UTC).", valueName: "date"))
        var epoch: String?

        @Option(help: ArgumentHelp("Where to write the CSV.", valueName: "file"))
        var output: String

        func run() throws {
            try CommandSupport.refuseOverwritingInputs(output: output, inputs: [tle], command: "density-table")
            guard let data = FileManager.default.contents(atPath: tle), let text = String(data: data, encoding: .utf8) else {
                StandardError.write("\(tle):1:1: error: cannot read the TLE catalogue as UTF-8 text\n")
                throw ExitCode.invalidInput
            }
            let rebuilt = DensityTableRebuild.run(tleText: text, file: tle, epoch: epoch ?? DensityTableRebuild.today())
            for issue in rebuilt.issues { StandardError.write(issue + "\n") }
            guard rebuilt.objectsRead > 0 else {
                StandardError.write("\(tle): error: no usable element set\n")
                throw ExitCode.invalidInput
            }
            try CommandSupport.emit(rebuilt.csv, to: output)
            StandardError.write("\(rebuilt.objectsRead) objects read, \(rebuilt.objectsInRange) between 200 and 2000 km; "
                                + "wrote \(output)\n")
        }
    }
}
