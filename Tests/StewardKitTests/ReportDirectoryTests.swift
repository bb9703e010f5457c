import Foundation
import Reports
import RuleEngine
import StewardKit
import StewardTestSupport
import Testing

@Suite("Report directory (--output-dir)")
struct ReportDirectoryTests {
    static func ratings(_ files: [String], rulesets: [String] = ["starter"]) throws -> [Rating] {
        let compiled = try rulesets.map { try #require(RulesetResolver().resolve($0).ruleset) }
        return RatingPipeline.rate(files: files.map { Repository.url($0).path }, rulesets: compiled).flatMap(\.ratings)
    }

    @Test("batch formats get one file each; HTML a page per rating and an index linking them; badges one per rating")
    func filesPerFormat() throws {
        let ratings = try Self.ratings(["Examples/aurora-3u.yaml", "Examples/iss.yaml"])
        let files = ReportDirectory.files(for: ratings, formats: [.sarif, .junit, .html, .badge, .json]) { _ in ReportOptions() }
        #expect(files.map(\.name) == ["steward.sarif", "steward.junit.xml", "aurora-3u.html", "iss.html", "index.html",
                                      "aurora-3u.badge.svg", "iss.badge.svg", "steward.json"])
        let index = try #require(files.first { $0.name == "index.html" }).contents
        #expect(index.contains("href=\"aurora-3u.html\"") && index.contains("href=\"iss.html\""))
        #expect(index.contains("Missions per tier") && index.contains("Score histogram"))
        #expect(try #require(files.first { $0.name == "steward.json" }).contents.contains("steward/ratings@1"))
    }

    @Test("names: the ruleset is added when several are used, a counter when ids repeat, unsafe characters replaced")
    func stems() throws {
        let twoRulesets = try Self.ratings(["Examples/aurora-3u.yaml"], rulesets: ["starter", "lts-2019"])
        let files = ReportDirectory.files(for: twoRulesets, formats: [.badge]) { _ in ReportOptions() }
        #expect(files.map(\.name) == ["aurora-3u.starter.badge.svg", "aurora-3u.lts-2019.badge.svg"])
        let twins = try Self.ratings(["Examples/aurora-3u.yaml", "Examples/aurora-3u.json"])
        #expect(ReportDirectory.files(for: twins, formats: [.badge]) { _ in ReportOptions() }.map(\.name)
                == ["aurora-3u.badge.svg", "aurora-3u-2.badge.svg"])
        var hostile = twins[0]
        hostile.mission.id = "../../etc/passwd"
        let name = try #require(ReportDirectory.files(for: [hostile], formats: [.badge]) { _ in ReportOptions() }.first).name
        #expect(!name.contains("/") && !name.hasPrefix("."), "\(name)")
    }
}
