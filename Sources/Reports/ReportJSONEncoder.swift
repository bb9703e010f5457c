import Foundation

extension JSONEncoder {
    /// The encoder of every JSON report (rating, ratings collection, SARIF): sorted keys and unescaped slashes
    /// so output is byte-identical across runs, Swift's shortest round-trip numbers, and a guard for
    /// non-finite numbers (ratings hold only finite ones; this is never a format feature).
    static func report(snakeCaseKeys: Bool, prettyPrinted: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        var formatting: JSONEncoder.OutputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if prettyPrinted { formatting.insert(.prettyPrinted) }
        encoder.outputFormatting = formatting
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }
}
