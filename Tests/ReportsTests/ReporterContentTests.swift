import Foundation
import RuleEngine
import Testing
@testable import Reports

/// What each new format says about the fixture ratings, checked against values worked out by hand from
/// `Rulesets/starter.yaml` and the fixtures (see `ReporterTests.fixture` for the score arithmetic).
@Suite("Reporter contents")
struct ReporterContentTests {
    static func sarif(_ rating: Rating, options: ReportOptions = ReportOptions()) throws -> [String: Any] {
        let text = SARIFReporter(options: options).render(rating)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func results(_ log: [String: Any]) -> [[String: Any]] {
        let runs = log["runs"] as? [[String: Any]] ?? []
        return runs.first?["results"] as? [[String: Any]] ?? []
    }

    static func location(_ result: [String: Any]) -> (uri: String, base: String?, line: Int, column: Int?)? {
        guard let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any],
              let artifact = physical["artifactLocation"] as? [String: Any], let uri = artifact["uri"] as? String,
              let region = physical["region"] as? [String: Any], let line = region["startLine"] as? Int else { return nil }
        return (uri, artifact["uriBaseId"] as? String, line, region["startColumn"] as? Int)
    }

    @Test("SARIF: one result per non-passing rule, levels by outcome and requirement, located at the fact's line")
    func sarifResults() throws {
        let rating = try RatingFixture.rating()
        let results = Self.results(try Self.sarif(rating))
        let levels = Dictionary(uniqueKeysWithValues: results.map { ($0["ruleId"] as? String ?? "", $0["level"] as? String ?? "") })
        // A.5 partial (0.5), B.1 fail, B.7 partial (0.5): warnings; B.8 reliability 0.85 < 0.9 fails its
        // requirement: error; B.9 casualty risk unknown: note. Passing and not-applicable rules give nothing.
        #expect(levels == ["A.5-registration": "warning", "B.1-contact": "warning", "B.7-safe-mode": "warning",
                           "B.8-disposal-reliability": "error", "B.9-casualty-risk": "note"])
        let byRule = Dictionary(uniqueKeysWithValues: results.map { ($0["ruleId"] as? String ?? "", $0) })
        let contact = try #require(byRule["B.1-contact"].flatMap(Self.location))
        #expect(contact.uri == "Examples/aurora-3u.yaml" && contact.base == "%SRCROOT%" && contact.line == 6 && contact.column == 54)
        let reliability = try #require(byRule["B.8-disposal-reliability"].flatMap(Self.location))
        #expect(reliability.line == 56 && reliability.column == 23)
        // The casualty risk is a derived fact and absent: the finding goes to the end-of-life section it concerns.
        let casualty = try #require(byRule["B.9-casualty-risk"].flatMap(Self.location))
        #expect(casualty.line == 54 && casualty.column == 13)
        // B.7 reads safe_mode (true) then disposal_margin_analysis (false): the last fact read is the one reported.
        let safeMode = try #require(byRule["B.7-safe-mode"].flatMap(Self.location))
        #expect(safeMode.line == 51 && safeMode.column == 60)
        let message = (byRule["B.8-disposal-reliability"]?["message"] as? [String: Any])?["text"] as? String ?? ""
        #expect(message.contains("end_of_life.success_probability = 0.85"))
        #expect(message.contains("Required for tiers above silver"))
    }

    @Test("SARIF: a missing declared fact points at the first declared fact of its descriptor section")
    func sarifFallbackLocation() throws {
        let results = Self.results(try Self.sarif(try SecondRatingFixture.rating()))
        let threshold = try #require(results.first { $0["ruleId"] as? String == "B.4-action-threshold" })
        let location = try #require(Self.location(threshold))
        // operations.conjunction_assessment.phases (33:13) is the first declared `operations.*` fact.
        #expect(location.line == 33 && location.column == 13)
        #expect(threshold["level"] as? String == "note")
    }

    @Test("SARIF: the display path replaces the descriptor name; rules carry help and helpUri")
    func sarifRulesAndPaths() throws {
        let log = try Self.sarif(try RatingFixture.rating(), options: ReportOptions(displayPath: "space/my missions/aurora.yaml"))
        #expect(log["version"] as? String == "2.1.0")
        let results = Self.results(log)
        #expect(results.allSatisfy { Self.location($0)?.uri == "space/my%20missions/aurora.yaml" })
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "Steward")
        #expect(driver["version"] as? String == "0.0.0-test")
        #expect(driver["informationUri"] == nil)  // Steward has no home page to name yet
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == 14)  // every scored rule of the starter ruleset (A: 3, B: 11), bonus rules excluded
        let licence = try #require(rules.first { $0["id"] as? String == "A.1-licence" })
        #expect(licence["helpUri"] as? String == "https://undocs.org/A/74/20")
        #expect((licence["help"] as? [String: Any])?["text"] as? String
                == "Apply for an authorisation under the national space law of the launching or operating State. References: A/74/20 annex II, guideline A.1.")
        let reliability = try #require(rules.first { $0["id"] as? String == "B.8-disposal-reliability" })
        #expect(reliability["helpUri"] == nil)  // NASA-STD and NASA/SP references are not URLs nor UN symbols
        // Each result's ruleIndex points at its rule.
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test("helpUri prefers a URL reference")
    func helpURI() {
        let rule = RuleResult(id: "X.1", title: "t", outcome: .fail, weight: 1, share: 1, totalShare: 1, contribution: 0,
                              bonus: false, method: .passIf, expression: "a", facts: [],
                              references: ["A/74/20 annex II", "https://www.iadc-home.org/documents_public guidelines"])
        #expect(SARIFReporter.helpURI(for: rule) == "https://www.iadc-home.org/documents_public")
    }

    @Test("JUnit: a suite per rating, counts per outcome, unknown as error naming the missing facts")
    func junit() throws {
        let xml = JUnitReporter(options: ReportOptions(timestamp: "2026-11-28T10:00:00Z")).render(try RatingFixture.rating())
        // 14 scored rules. Section A: A.5 fails. Section B: B.1 fail, B.7 and B.8 reliability partial, B.9 casualty
        // unknown, B.4 × 2 not applicable.
        #expect(xml.contains("<testsuite name=\"aurora-3u (starter)\" package=\"steward.starter\" id=\"0\" timestamp=\"2026-11-28T10:00:00\" hostname=\"steward\" tests=\"14\" failures=\"4\" errors=\"1\" skipped=\"2\" time=\"0\">"))
        #expect(xml.components(separatedBy: "<testsuite ").count == 2, "one suite for one rating")
        let two = JUnitReporter.render([try RatingFixture.rating(), try RatingFixture.rating()], options: { _ in ReportOptions() })
        #expect(two.components(separatedBy: "<testsuite ").count == 3, "one suite per rating of a batch")
        #expect(two.contains("id=\"1\""))
        #expect(xml.contains("Declare to resolve: derived.reentry.casualty_risk"))
        #expect(xml.contains("classname=\"B.1 Provide updated contact information and share information on space objects and orbital events\""))
        #expect(xml.contains("<failure message=\"The disposal succeeds with a probability of at least 90 %: partly met, score 0.300."))
        #expect(xml.contains("type=\"required\""))
        #expect(!xml.contains("C.3-capacity-building"))  // bonus rules are not tests
        #expect(JUnitReporter().render(try RatingFixture.rating()).contains("timestamp=\"1970-01-01T00:00:00\""))
    }

    @Test("GitHub: one annotation per finding, biggest loss first, verdict last, escaped")
    func github() throws {
        let rating = try RatingFixture.rating()
        let lines = GitHubAnnotationsReporter(options: ReportOptions(displayPath: "a,b:c.yaml")).render(rating)
            .split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines.last == "::notice title=Steward rating::Aurora 3U technology demonstrator rated bronze (capped from silver), score \(NumberFormatting.fixed(rating.score ?? 0, decimals: 3)), 1 star, ruleset starter 0.1.0")
        let reliability = try #require(lines.first { $0.contains("B.8-disposal-reliability") })
        #expect(reliability.hasPrefix("::error file=a%2Cb%3Ac.yaml,line=56,col=23,title=B.8-disposal-reliability (partial)::"))
        #expect(reliability.contains("%0AAdvice: Raise the reliability"))
        #expect(lines.contains { $0.hasPrefix("::notice file=a%2Cb%3Ac.yaml,line=54,col=13,title=B.9-casualty-risk (unknown)::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=a%2Cb%3Ac.yaml,line=6,col=54,title=B.1-contact (fail)::") })
        let losses = RuleFinding.losing(in: rating).map(\.lost)
        #expect(losses == losses.sorted(by: >))
    }

    @Test("Markdown: verdict first, user text escaped, tables well formed")
    func markdown() throws {
        let text = MarkdownReporter().render(try SecondRatingFixture.rating())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "## Steward rating: Orbis 6U \\<Earth observation\\> \\& co (`orbis-6u`)")
        #expect(lines[2].hasPrefix("**Tier: GOLD** · **Score: 0."))
        #expect(lines[2].hasSuffix("· Stars: ★★ (2 of 2)"))
        #expect(!text.contains("### Caps"))
        #expect(text.contains("| `B.4-action-threshold` | `operations.conjunction_assessment.action_threshold_pc` |"))
        // Every row of a table has as many cells as its header (escaped pipes do not count).
        var header: Int?
        for line in lines {
            guard line.hasPrefix("|") else { header = nil; continue }
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            if let header { #expect(cells == header, "\(line)") } else { header = cells }
        }
    }

    @Test("HTML: self-contained, escaped, printable on A4, with the decay curve when charts are present")
    func html() throws {
        let page = HTMLReporter(options: ReportGolden.options).render(try SecondRatingFixture.rating())
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("Orbis 6U &lt;Earth observation&gt; &amp; co"))
        #expect(!page.contains("<Earth"))
        #expect(page.contains("@page { size: A4; margin: 15mm; }"))
        #expect(page.contains("@media print"))
        #expect(page.contains("name=\"viewport\""))
        #expect(page.contains("Altitude against years after end of mission"))
        #expect(page.contains("25-year target"))
        #expect(page.contains("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
        #expect(page.contains("<dt>fixture (fixed values for golden tests)</dt>"))
        #expect(page.contains("<dd class=\"note\">Assumptions: solar_activity=mean_cycle</dd>"))
        for external in ["<script", "<link", "<img", " src=", "@import", "url("] {
            #expect(!page.contains(external), "\(external)")
        }
        let withoutCharts = HTMLReporter().render(try RatingFixture.rating())
        #expect(!withoutCharts.contains("against years after end of mission"))
        #expect(!withoutCharts.contains("SHA-256"))
    }

    @Test("badge: tier and score, or n/a when nothing was scored")
    func badge() throws {
        let rating = try RatingFixture.rating()
        let svg = BadgeReporter().render(rating)
        let expected = "steward: bronze " + SVGNumber.fixed(rating.score ?? 0, decimals: 2)
        #expect(svg.contains("<title>\(expected)</title>"))
        var unscored = rating
        unscored.score = nil
        unscored.tier = nil
        #expect(BadgeReporter().render(unscored).contains("<title>steward: unrated n/a</title>"))
    }
}
