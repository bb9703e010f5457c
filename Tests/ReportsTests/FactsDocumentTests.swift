import Testing
@testable import Reports

@Suite struct FactsDocumentTests {
    @Test func jsonEscapesAndFormatsDeterministically() {
        #expect(JSONText.quote("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
        #expect(JSONText.format(525) == "525")
        #expect(JSONText.format(4.2) == "4.2")
        #expect(JSONText.format(1.0e-4) == "0.0001")
        #expect(JSONText.format(-0.5) == "-0.5")
        #expect(JSONText.format(.infinity) == "null")
    }
}
