import Certificates
import Foundation
import Reports
import RuleEngine

/// What the reports of `steward rate` need from outside the rating: the files' hashes and the path a reader
/// (or GitHub) knows the descriptor by. Rendering itself is `ReportFormat.render` in Reports.
public enum RatingReport {
    /// Report options for one rating: colour, the descriptor's SHA-256 (read from the file the rating names),
    /// the ruleset's SHA-256 by ruleset id, the report date (`YYYY-MM-DDTHH:MM:SS`, UTC) when one is given, and
    /// the descriptor's path relative to the working directory (`displayPath`). Only the HTML page shows the
    /// descriptor's hash: `hashDescriptor: false` skips reading and hashing the file (for a catalogue, the whole
    /// catalogue once per object).
    public static func options(for rating: Rating, colour: Bool, rulesetSHA256: [String: String],
                               timestamp: String?, textWidth: Int = 80, hashDescriptor: Bool = true,
                               workingDirectory: String = FileManager.default.currentDirectoryPath) -> ReportOptions {
        let descriptorHash = !hashDescriptor ? nil : rating.mission.file.flatMap { FileManager.default.contents(atPath: $0) }
            .map { CertificatePayload.sha256Hex(of: $0) }
        return ReportOptions(colour: colour,
                             displayPath: rating.mission.file.map { displayPath(of: $0, workingDirectory: workingDirectory) },
                             descriptorSHA256: descriptorHash, rulesetSHA256: rulesetSHA256[rating.ruleset.id],
                             timestamp: timestamp, textWidth: textWidth)
    }

    /// An absolute path inside the working directory made relative to it (CI runs from the repository root,
    /// and SARIF and GitHub annotations must name files relative to it); any other path as given.
    static func displayPath(of path: String, workingDirectory: String) -> String {
        let root = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        guard path.hasPrefix("/"), path.hasPrefix(root), path.count > root.count else { return path }
        return String(path.dropFirst(root.count))
    }
}
