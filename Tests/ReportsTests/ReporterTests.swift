import Foundation
import RuleEngine
import Testing
@testable import Reports
import StewardTestSupport

/// Compares `actual` with `Golden/<name>` (``GoldenFile``: STEWARD_UPDATE_GOLDEN=1 rewrites it instead).
private func checkGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try GoldenFile.check(actual, against: Repository.url("Tests/ReportsTests/Golden/\(name)"), sourceLocation: sourceLocation)
}

@Suite("Reporters")
struct ReporterTests {
    @Test("the fixture rating has the hand-checked score and tier")
    func fixture() throws {
        let rating = try RatingFixture.rating()
        // A: A.1 1, A.2 1 (two standards), A.5 0.5 → (1 + 1 + 0.5) / 3 = 0.8333…
        // B (weight 2): B.1 0; B.2 1; B.4 not applicable (no propulsion); B.5 1; B.7 0.5;
        //   B.8 (weight 3) = (3·1 + 2·0.3 + 1·1) / 6 with reliability 0.85 → 0.3 on [[0.8, 0], [0.9, 0.6]];
        //   B.9 (weight 3) = (2·0 [unknown] + 1·1) / 3.
        let b8 = (3.0 * 1 + 2 * 0.3 + 1) / 6
        let b9 = 1.0 / 3
        let sectionB = (0 + 1 + 1 + 0.5 + 3 * b8 + 3 * b9) / 10
        let sectionA = 2.5 / 3
        let total = (sectionA + 2 * sectionB) / 3
        #expect(abs((rating.score ?? -1) - total) < 1e-12)
        #expect(rating.tierBeforeCaps == "silver")
        // Reliability 0.85 < 0.9 caps at silver; the unknown casualty risk caps at bronze.
        #expect(rating.caps.map(\.rule) == ["B.8-disposal-reliability", "B.9-casualty-risk"])
        #expect(rating.tier == "bronze")
        #expect(rating.stars == 1)
    }

    @Test("JSON report matches the golden file and decodes back to the same rating")
    func json() throws {
        let rating = try RatingFixture.rating()
        let text = JSONReporter().render(rating)
        try checkGolden(text, "starter-aurora.json")
        #expect(try JSONReporter.decode(text) == rating)
        #expect(JSONReporter().render(rating) == text)  // deterministic
        #expect(text.contains("\"format\" : \"steward/rating@1\""))
    }

    @Test("text report matches the golden file: tier and score first, findings with advice")
    func text() throws {
        let rating = try RatingFixture.rating()
        let text = TextReporter().render(rating)
        try checkGolden(text, "starter-aurora.txt")
        let lines = text.split(separator: "\n")
        #expect(lines[1].hasPrefix("Tier BRONZE (capped from silver)   Score 0."))
        #expect(!text.contains("\u{1B}["))
    }

    @Test("colour only when asked")
    func colour() throws {
        let rating = try RatingFixture.rating()
        let coloured = TextReporter(colour: true).render(rating)
        #expect(coloured.contains("\u{1B}[1;33mBRONZE\u{1B}[0m"))
    }

    @Test("text report fits the width it is given, colour codes not counted; only a lone long word may run past it",
          arguments: [48, 80, 100])
    func textWidth(width: Int) throws {
        let rating = try RatingFixture.rating()
        for colour in [false, true] {
            let text = TextReporter(colour: colour, width: width).render(rating)
            for line in text.split(separator: "\n") {
                let visible = TextReporter.visibleWidth(line)
                #expect(visible <= width || !line.drop { $0 == " " }.contains(" "), "\(visible) > \(width): \(line)")
            }
        }
    }

    @Test("a multi-line expression is written on one line; spaces within a line are kept")
    func oneLineExpression() {
        #expect(TextReporter.oneLine("(if a == \"x  y\"\n    then b\n    else c) <= 1") == "(if a == \"x  y\" then b else c) <= 1")
        #expect(TextReporter.oneLine("a <= 1") == "a <= 1")
    }
}
