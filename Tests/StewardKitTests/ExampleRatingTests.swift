import Foundation
import RuleEngine
import StewardTestSupport
import Testing
@testable import StewardKit

/// Rates every example descriptor under every bundled ruleset through the library, exactly as `steward rate`
/// does: descriptor → `MissionFactSource` (declared facts + physics under the ruleset's assumptions) → rating.
enum ExampleRatings {
    static let examplesFolder = BundledRulesets.repository.appendingPathComponent("Examples")
    static let goldenFile = Repository.url("Tests/StewardKitTests/Golden/example-ratings.txt")

    /// Every example file name, YAML and JSON twins alike, in name order.
    static func exampleFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }

    static func rate(file: String, under ruleset: CompiledRuleset) throws -> Rating {
        let path = examplesFolder.appendingPathComponent(file).path
        let mission = try MissionLoader.load(contentsOf: path, displayName: "Examples/\(file)").get()
        let ruleAssumptions = Dictionary(ruleset.assumptions.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        let facts = MissionFactSource(mission: mission, assumptions: PhysicsAssumptions(ruleset: ruleAssumptions, overrides: [:]))
        return ruleset.rate(facts, mission: MissionIdentity(id: mission.id, name: mission.name, file: "Examples/\(file)"),
                            engineVersion: StewardVersion.current)
    }

    /// One line per (ruleset, example). The base ruleset's line holds the tier, total, stars, caps and every
    /// guideline score; an overlay's line says whether every required rule is met, and names the unmet ones.
    ///
    ///     lts-2019 aurora-3u.yaml tier=gold score=0.812345678901 stars=3 caps=- A.1=0.5 A.2=1 … D.2=1
    ///     fcc-2024 aurora-3u.yaml pass
    ///     esa-sdm-2023 envisat.yaml fail B.8-post-mission-lifetime,D.2-collision-probability
    static func table() throws -> String {
        var lines: [String] = []
        let files = try exampleFiles()
        for id in BundledRulesets.allIDs {
            let ruleset = try BundledRulesets.compiled(id)
            for file in files {
                let rating = try rate(file: file, under: ruleset)
                if id == BundledRulesets.baseID {
                    var fields = ["\(id)", file, "tier=\(rating.tier ?? "none")",
                                  "score=\(rating.score.map(number) ?? "none")", "stars=\(rating.stars)",
                                  "caps=\(rating.caps.isEmpty ? "-" : rating.caps.map(\.rule).joined(separator: ","))"]
                    for guideline in rating.sections.flatMap(\.guidelines) {
                        fields.append("\(guideline.id)=\(guideline.score.map(number) ?? "na")")
                    }
                    lines.append(fields.joined(separator: " "))
                } else {
                    let unmet = rating.caps.map(\.rule)
                    lines.append("\(id) \(file) " + (unmet.isEmpty ? "pass" : "fail " + unmet.joined(separator: ",")))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Twelve significant decimals: enough for the 1e-9 comparison, short enough to read.
    static func number(_ value: Double) -> String {
        String(format: "%.12f", value)
    }
}

@Suite("Ratings of the examples")
struct ExampleRatingTests {
    /// The golden table is regenerated only on request (`STEWARD_UPDATE_GOLDEN=1`), so a change in any rule,
    /// weight, physics model or example shows up as a reviewed diff of `Golden/example-ratings.txt`.
    @Test("every example's rating under every bundled ruleset matches the golden table")
    func goldenTable() throws {
        let actual = try ExampleRatings.table()
        if GoldenFile.updating {
            try FileManager.default.createDirectory(at: ExampleRatings.goldenFile.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try actual.write(to: ExampleRatings.goldenFile, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: ExampleRatings.goldenFile, encoding: .utf8)
        let expectedLines = golden.split(separator: "\n").map(String.init)
        let actualLines = actual.split(separator: "\n").map(String.init)
        #expect(expectedLines.count == actualLines.count)
        for (expected, found) in zip(expectedLines, actualLines) {
            #expect(Self.matches(expected, found), "golden: \(expected)\nactual: \(found)")
        }
    }

    /// Tokens must be equal, except numbers, which may differ by at most 1e-9.
    static func matches(_ expected: String, _ actual: String) -> Bool {
        let left = expected.split(separator: " "), right = actual.split(separator: " ")
        guard left.count == right.count else { return false }
        for (a, b) in zip(left, right) where a != b {
            let (ka, va) = split(a), (kb, vb) = split(b)
            guard ka == kb, let x = Double(va), let y = Double(vb), abs(x - y) <= 1e-9 else { return false }
        }
        return true
    }

    private static func split(_ token: Substring) -> (Substring, Substring) {
        guard let equals = token.firstIndex(of: "=") else { return (token, "") }
        return (token[..<equals], token[token.index(after: equals)...])
    }

    // The three expectations of docs/ruleset-lts-2019.md §10, checked with the real physics under the default ruleset.

    /// Its operation is best practice; its fleet of 4,408 uncontrolled re-entries is not (collective casualty
    /// expectation above the French 1e-2), so the only cap allowed is the one holding it at Gold.
    @Test("a mission designed to best practice (meridian-broadband) reaches Gold or Platinum")
    func bestPracticeReachesGold() throws {
        let rating = try ExampleRatings.rate(file: "meridian-broadband.yaml", under: BundledRulesets.compiled("lts-2019"))
        #expect(["gold", "platinum"].contains(rating.tier ?? "none"), "tier \(rating.tier ?? "none")")
        #expect(rating.caps.allSatisfy { $0.capsTierAt == "gold" }, "\(rating.caps)")
        // Propulsive disposal well inside five years: the lifetime rule is near its best point.
        let lifetime = rating.allRules.first { $0.id == "B.8-post-mission-lifetime" }
        #expect((lifetime?.measured ?? .infinity) < 5)
        #expect((rating.score ?? 0) >= 0.70)
    }

    @Test("a non-manoeuvrable CubeSat at ~530 km that decays within a few years (aurora-3u) sits mid-range")
    func cubeSatSitsMidRange() throws {
        let rating = try ExampleRatings.rate(file: "aurora-3u.yaml", under: BundledRulesets.compiled("lts-2019"))
        #expect(["silver", "bronze"].contains(rating.tier ?? "none"), "tier \(rating.tier ?? "none")")
        let lifetime = rating.allRules.first { $0.id == "B.8-post-mission-lifetime" }
        #expect((lifetime?.measured ?? .infinity) < 10)
        // What holds it in the middle is the missing manoeuvre capability, and the rating says so.
        #expect(rating.caps.map(\.rule) == ["B.4-manoeuvre-capability"])
        #expect(rating.allRules.first { $0.id == "B.4-manoeuvre-capability" }?.score == 0)
    }

    @Test("a large derelict at 768 km without disposal, passivation or demise (envisat) ends at the bottom, caps explained")
    func envisatAtTheBottom() throws {
        let rating = try ExampleRatings.rate(file: "envisat.yaml", under: BundledRulesets.compiled("lts-2019"))
        #expect(rating.tier == nil)
        #expect((rating.score ?? 1) < 0.40)
        let capped = Set(rating.caps.map(\.rule))
        #expect(capped.contains("B.8-post-mission-lifetime"))
        #expect(capped.contains("B.9-casualty-risk"))
        for cap in rating.caps { #expect(!cap.reason.isEmpty, "\(cap.rule) has no reason") }
        // It is the lowest-rated spacecraft example.
        for file in try ExampleRatings.exampleFiles() where file != "envisat.yaml" && file != "esc-a-gto.yaml" {
            let other = try ExampleRatings.rate(file: file, under: BundledRulesets.compiled("lts-2019"))
            #expect((other.score ?? 0) > (rating.score ?? 1), "\(file) rates below envisat")
        }
    }

    @Test("an overlay's solar-activity assumption reaches the physics: NASA's low constant flux lengthens the lifetime")
    func overlayAssumptionsReachThePhysics() throws {
        func lifetime(_ id: String) throws -> Double? {
            try ExampleRatings.rate(file: "aurora-3u.yaml", under: BundledRulesets.compiled(id))
                .allRules.first { $0.id == "B.8-post-mission-lifetime" }?.measured
        }
        let base = try #require(try lifetime("lts-2019"))
        let nasa = try #require(try lifetime("nasa-std-8719.14c"))
        // F10.7 = 100 sfu is below the mean of a solar cycle, so the thermosphere is thinner and decay slower.
        #expect(nasa > base)
    }

    @Test("the JSON twin of aurora-3u rates exactly like its YAML")
    func jsonTwinRatesTheSame() throws {
        let ruleset = try BundledRulesets.compiled(BundledRulesets.baseID)
        let yaml = try ExampleRatings.rate(file: "aurora-3u.yaml", under: ruleset)
        let json = try ExampleRatings.rate(file: "aurora-3u.json", under: ruleset)
        #expect(yaml.score == json.score)
        #expect(yaml.tier == json.tier)
        #expect(yaml.allRules.map(\.score) == json.allRules.map(\.score))
    }
}
