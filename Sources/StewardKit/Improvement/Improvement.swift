import Diagnostics
import Foundation
import MissionModel
import Reports
import RuleEngine

/// `steward improve` from files: load the descriptor, search, and write the improved descriptor.
public enum Improvement {
    public enum Outcome: Sendable {
        /// The search ran; `improvedText` is option 1's descriptor, when there is one.
        case report(ImprovementReport, improvedText: String?)
        /// The descriptor is invalid: its diagnostics, rendered.
        case invalid(String)
        /// The request does not fit the ruleset or the descriptor.
        case unusable(ImprovementError)
    }

    public static func run(path: String, ruleset: CompiledRuleset, request: ImprovementRequest) -> Outcome {
        let loaded = MissionLoader.load(contentsOf: path)
        guard let mission = loaded.mission, !loaded.hasErrors, let text = loaded.source?.text else {
            return .invalid(MissionChecking.outcome(loaded).renderedDiagnostics)
        }
        let search = ImprovementSearch(text: text, file: path, mission: mission, ruleset: ruleset, request: request)
        do throws(ImprovementError) {
            let (report, texts) = try search.search()
            return .report(report, improvedText: texts.first)
        } catch {
            return .unusable(error)
        }
    }

    /// Why the improved descriptor was not written.
    public struct WriteError: Error, Sendable {
        public var message: String
    }

    /// Writes `text` to `destination` atomically (`OutputFile`), and refuses to overwrite the input
    /// descriptor: the original stays for the diff and for review.
    public static func write(_ text: String, to destination: String, input: String) throws(WriteError) {
        if OutputFile.clobberedInput(destination, inputs: [input]) != nil {
            throw WriteError(message: "--write-to: refusing to overwrite the input descriptor \(input); write elsewhere and compare")
        }
        do {
            try OutputFile.write(Data(text.utf8), to: destination)
        } catch {
            throw WriteError(message: error.description)
        }
    }
}
