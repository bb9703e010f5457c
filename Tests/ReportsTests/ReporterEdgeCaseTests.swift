import Foundation
import RuleEngine
import Testing
@testable import Reports

/// Hostile text, a rating without a descriptor file, and an unscored rating: every format must stay
/// well formed and must not invent values.
@Suite("Reporter edge cases")
struct ReporterEdgeCaseTests {
    static let hostile = "<b>\"x\" & 'y'</b> | *z* `c`\nline two,%0A: \u{1}end"

    /// The starter fixture with mission name, one rule title and its advice replaced by hostile text.
    static func hostileRating() throws -> Rating {
        var rating = try RatingFixture.rating()
        rating.mission.name = hostile
        for s in rating.sections.indices {
            for g in rating.sections[s].guidelines.indices {
                for r in rating.sections[s].guidelines[g].rules.indices where rating.sections[s].guidelines[g].rules[r].id == "B.1-contact" {
                    rating.sections[s].guidelines[g].rules[r].title = hostile
                    rating.sections[s].guidelines[g].rules[r].advice = hostile
                }
            }
        }
        return rating
    }

    @Test("hostile text stays text in Markdown, HTML, JUnit and GitHub lines")
    func hostileText() throws {
        let rating = try Self.hostileRating()
        let markdown = MarkdownReporter().render(rating)
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("\\<b\\>"))
        let html = HTMLReporter().render(rating)
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;b&gt;"))
        let junit = JUnitReporter().render(rating)
        #expect(!junit.contains("<b>"))
        #expect(!junit.unicodeScalars.contains("\u{1}"))
        let github = GitHubAnnotationsReporter().render(rating)
        // One line per finding plus the verdict, whatever line breaks the text holds.
        #expect(github.split(separator: "\n").count == RuleFinding.losing(in: rating).count + 1)
        #expect(github.contains("line two,%250A: "))
        let sarif = SARIFReporter().render(rating)
        let decoded = try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        #expect(decoded != nil)
    }

    @Test("hostile text still gives schema-valid JUnit",
          .requiresTool(ExternalValidators.junitReady, "needs xmllint"))
    func hostileJUnitValid() throws {
        let xmllint = try #require(ExternalValidators.xmllint, "xmllint is not installed")
        let file = try ExternalValidators.temporaryFile(JUnitReporter().render(try Self.hostileRating()), name: "hostile.xml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ExternalValidators.run(xmllint, ["--noout", "--schema", ExternalValidators.junitSchema.path, file.path])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("hostile text still gives schema-valid SARIF",
          .requiresTool(ExternalValidators.sarifReady, "needs python3 with jsonschema"))
    func hostileSARIFValid() throws {
        let python = try #require(ExternalValidators.python, "python3 with jsonschema is not installed")
        let file = try ExternalValidators.temporaryFile(SARIFReporter().render(try Self.hostileRating()), name: "hostile.sarif")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try ExternalValidators.run(python, ["-c", ExternalValidators.jsonSchemaScript, ExternalValidators.sarifSchema.path, file.path])
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("without a descriptor file or declared locations, findings carry no location rather than a made-up one")
    func noFile() throws {
        var rating = try RatingFixture.rating()
        rating.mission.file = nil
        for s in rating.sections.indices {
            for g in rating.sections[s].guidelines.indices {
                for r in rating.sections[s].guidelines[g].rules.indices {
                    for f in rating.sections[s].guidelines[g].rules[r].facts.indices {
                        rating.sections[s].guidelines[g].rules[r].facts[f].source?.location = nil
                    }
                }
            }
        }
        let github = GitHubAnnotationsReporter().render(rating)
        #expect(!github.contains("file="))
        #expect(github.contains("::warning title=B.1-contact (fail)::"))
        let sarif = SARIFReporter().render(rating)
        #expect(!sarif.contains("\"locations\""))
    }

    @Test("an unscored, unrated rating shows n/a, not zero")
    func unscored() throws {
        var rating = try RatingFixture.rating()
        rating.score = nil
        rating.tier = nil
        rating.tierBeforeCaps = nil
        #expect(MarkdownReporter().render(rating).contains("**Tier: UNRATED** · **Score: n/a**"))
        let html = HTMLReporter().render(rating)
        #expect(html.contains("<title>Steward rating: Aurora 3U technology demonstrator — Unrated n/a</title>"))
        #expect(!html.contains("rating-medal"))
        #expect(GitHubAnnotationsReporter().render(rating).contains("Aurora 3U technology demonstrator is unrated, score n/a"))
    }
}

@Suite("The no-tier state has one name")
struct UnratedWordingTests {
    @Test("an unrated rating reads 'unrated' in every human-facing format, never 'no tier' or a bare 'none'")
    func unrated() throws {
        var rating = try RatingFixture.rating()
        rating.tier = nil
        for format in [ReportFormat.text, .markdown, .html, .github, .badge, .junit] {
            let report = format.render(rating)
            #expect(report.lowercased().contains("unrated"), "\(format)")
            #expect(!report.lowercased().contains("no tier"), "\(format)")
        }
        // The medal on the HTML page names the state in its face and its accessible title.
        let medal = TierMedal(id: "m", tierName: "none", score: 0.3, stars: 0).svg()
        #expect(medal.contains("UNRATED") && medal.contains("Unrated, score"))
        #expect(!medal.contains("NO TIER") && !medal.contains("tier, score"))
    }
}
