import Diagnostics
import Foundation
import RuleEngine
import Testing

/// The enums of the rating result keep the JSON that their former strings and `Bool?` wrote.
@Suite("Rating vocabulary")
struct RatingVocabularyTests {
    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("a requirement encodes met as true, false or no key, and decodes back")
    func requirementWire() throws {
        let expected: [(RequirementStatus, String)] = [
            (.met, #"{"capsTierAt":"gold","condition":"x","met":true}"#),
            (.notMet, #"{"capsTierAt":"gold","condition":"x","met":false}"#),
            (.notDemonstrated, #"{"capsTierAt":"gold","condition":"x"}"#),
            (.notRequired, #"{"capsTierAt":"gold","condition":"x"}"#),
        ]
        for (status, text) in expected {
            let result = RequiredResult(condition: "x", capsTierAt: "gold", status: status)
            #expect(try json(result) == text)
            let decoded = try JSONDecoder().decode(RequiredResult.self, from: Data(text.utf8))
            #expect(decoded.status == (status == .notRequired ? .notDemonstrated : status))
        }
    }

    @Test("assumption origins and scoring methods are written as before")
    func rawValues() throws {
        #expect(try json(AssumptionUsed(key: "k", value: .number(1), origin: .override)).contains(#""origin":"override""#))
        #expect(try json(AssumptionUsed(key: "k", value: .number(1), origin: .ruleset)).contains(#""origin":"ruleset""#))
        #expect([ScoringMethod.passIf, .score, .measure].map(\.rawValue) == ["pass_if", "score", "measure"])
    }
}

/// Declared facts (mission model) and catalogued paths (rule engine) read units from one suffix table.
@Suite("Unit suffixes")
struct UnitSuffixTests {
    @Test("a catalogued path gets the unit its suffix names, for every suffix a declared fact knows")
    func catalogueAgreesWithDeclaredFacts() {
        #expect(FactDescriptor(path: "orbit.speed_km_s", type: .number).unit == "km/s")
        for (suffix, unit) in UnitSuffix.table {
            let path = "section.value" + suffix
            #expect(FactDescriptor(path: path, type: .number).unit == unit, "\(suffix)")
            #expect(UnitSuffix.unit(forPath: "section.items[0].value" + suffix) == unit, "\(suffix)")
        }
    }
}
