import Reports
import RuleEngine

/// The files of `steward rate … --output-dir DIR --format F[,F…]`: every requested format of a batch written
/// at once, so CI rates once and keeps SARIF, JUnit, HTML and the rest side by side.
///
/// Formats that hold a whole batch get one file (`steward.sarif`, `steward.junit.xml`, `steward.json`,
/// `steward.txt`, `steward.md`, `steward.github.txt`); HTML gets one page per rating plus `index.html` linking
/// them; badges one SVG per rating. A rating's files are named after its mission id, with the ruleset id added
/// when the batch uses several rulesets, and a counter when two descriptors share an id.
public enum ReportDirectory {
    /// One file to write: its name inside the directory and its contents.
    public struct File: Sendable, Hashable {
        public var name: String
        public var contents: String
    }

    public static func files(for ratings: [Rating], formats: [ReportFormat],
                             options: (Rating) -> ReportOptions) -> [File] {
        let stems = stems(for: ratings)
        var files: [File] = []
        for format in formats {
            switch format {
            case .html:
                var entries: [HTMLIndexPage.Entry] = []
                for (rating, stem) in zip(ratings, stems) {
                    files.append(File(name: stem + ".html", contents: HTMLReporter(options: options(rating)).render(rating)))
                    entries.append(HTMLIndexPage.Entry(rating: rating, pageFileName: stem + ".html"))
                }
                files.append(File(name: "index.html", contents: HTMLIndexPage(entries: entries).render()))
            case .badge:
                for (rating, stem) in zip(ratings, stems) {
                    files.append(File(name: stem + ".badge.svg", contents: BadgeReporter(options: options(rating)).render(rating)))
                }
            default:
                files.append(File(name: batchFileName(format), contents: format.render(ratings, options: options)))
            }
        }
        return files
    }

    /// The file of a format that holds the whole batch.
    public static func batchFileName(_ format: ReportFormat) -> String {
        switch format {
        case .text: return "steward.txt"
        case .json: return "steward.json"
        case .markdown: return "steward.md"
        case .sarif: return "steward.sarif"
        case .junit: return "steward.junit.xml"
        case .github: return "steward.github.txt"
        case .html: return "index.html"
        case .badge: return "steward.badge.svg"
        }
    }

    /// A file-name stem per rating: the mission id (characters outside `[A-Za-z0-9._-]` become `_`), then
    /// `.<ruleset>` when several rulesets are in the batch, then `-2`, `-3`… for repeats.
    static func stems(for ratings: [Rating]) -> [String] {
        var namer = Namer(severalRulesets: Set(ratings.map(\.ruleset.id)).count > 1)
        return ratings.map { namer.stem(for: $0) }
    }

    /// The stems of `stems(for:)` handed out one rating at a time, for a batch written as it is rated; whether
    /// the batch has several rulesets is known before the first rating (every valid mission is rated under each).
    public struct Namer: Sendable {
        let severalRulesets: Bool
        private var used: [String: Int] = [:]

        public init(severalRulesets: Bool) { self.severalRulesets = severalRulesets }

        public mutating func stem(for rating: Rating) -> String {
            var stem = ReportDirectory.safe(rating.mission.id)
            if severalRulesets { stem += "." + ReportDirectory.safe(rating.ruleset.id) }
            let count = used[stem, default: 0] + 1
            used[stem] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }

    static func safe(_ text: String) -> String {
        let cleaned = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
        let trimmed = cleaned.hasPrefix(".") ? "_" + cleaned.dropFirst() : cleaned
        return trimmed.isEmpty ? "mission" : trimmed
    }
}
