import Testing
@testable import RuleEngine

@Suite("Number formatting")
struct NumberFormattingTests {
    @Test("readable: four significant digits, plain between 0.001 and a million, scientific outside",
          arguments: [
              (0.00010114659755408558, "1.011e-4"), (4.734574012756296, "4.735"), (0.9, "0.9"), (25.0, "25"),
              (1234.5678, "1235"), (0.0012345, "0.001235"), (9.99996e-5, "1e-4"), (-0.00042, "-4.2e-4"),
              (220.4000000000002, "220.4"), (3.5e7 + 0.5, "3.5e7"), (0.1 + 0.2, "0.3"),
          ])
    func readable(value: Double, expected: String) {
        #expect(NumberFormatting.readable(value) == expected)
    }

    @Test("readable text of facts keeps strings and booleans as they are")
    func readableFacts() {
        #expect(FactValue.list([.number(1.0 / 3), .string("LEO"), .bool(true)]).readableText == "[0.3333, \"LEO\", true]")
    }
}
