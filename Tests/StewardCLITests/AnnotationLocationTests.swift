import Foundation
import Testing

/// GitHub annotations and SARIF results point at the descriptor line behind each finding — for a rule that
/// reads only derived facts, the declared inputs those facts are computed from — and agree with each other.
@Suite struct AnnotationLocationTests {
    /// `rule id → (line, column)` from `::warning file=…,line=L,col=C,title=ID (outcome)::…` lines.
    static func annotationLocations(_ output: String) -> [String: (Int, Int?)] {
        var locations: [String: (Int, Int?)] = [:]
        for line in output.split(separator: "\n") {
            guard let head = line.split(separator: "::").first else { continue }
            var properties: [String: String] = [:]
            for pair in head.split(separator: " ", maxSplits: 1).dropFirst().first?.split(separator: ",") ?? [] {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { properties[String(parts[0])] = String(parts[1]) }
            }
            guard let title = properties["title"], let line = properties["line"].flatMap({ Int($0) }) else { continue }
            let id = String(title.split(separator: " ").first ?? "")
            locations[id] = (line, properties["col"].flatMap { Int($0) })
        }
        return locations
    }

    @Test("derived-fact findings point at the descriptor lines they are computed from, not line 1; SARIF agrees")
    func derivedFindingsAreLocated() throws {
        let github = try StewardBinary.run(["rate", "Examples/kestrel-eo.yaml", "--format", "github"])
        let sarif = try StewardBinary.run(["rate", "Examples/kestrel-eo.yaml", "--format", "sarif"])
        let annotations = Self.annotationLocations(github.stdout)
        // Kestrel declares every section, so no finding has a reason to sit on line 1.
        for rule in ["B.8-post-mission-lifetime", "D.2-collision-probability", "D.2-environmental-index"] {
            let location = try #require(annotations[rule], "\(rule) not annotated:\n\(github.stdout)")
            #expect(location.0 > 1 && location.1 != nil, "\(rule) at line \(location.0)")
        }
        // The lifetime after the mission is the disposal plan's: `end_of_life.strategy` on line 74.
        #expect(annotations["B.8-post-mission-lifetime"]?.0 == 74)

        let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(!results.isEmpty)
        for result in results {
            let id = result["ruleId"] as? String ?? ""
            let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            let line = region?["startLine"] as? Int
            let column = region?["startColumn"] as? Int
            #expect(annotations[id]?.0 == line && annotations[id]?.1 == column, "\(id): SARIF \(String(describing: line)):\(String(describing: column))")
        }
    }
}
