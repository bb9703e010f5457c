import Foundation

extension CanonicalJSON {
    /// Builds the canonical value of any `Encodable` by encoding it with Foundation's `JSONEncoder` and
    /// parsing the result strictly.
    ///
    /// Going through JSON text (rather than a custom `Encoder`) means the value sees exactly the encoding
    /// rules the rest of the program uses — custom `encode(to:)`, key strategies, date strategies — and the
    /// strict parser then rejects anything a canonical form cannot hold. Integers are carried as doubles
    /// (I-JSON), so integers beyond ±2^53 do not survive exactly; `Date` follows the encoder's strategy.
    public init(encoding value: some Encodable, using encoder: JSONEncoder = JSONEncoder()) throws {
        let data = try encoder.encode(value)
        self = try CanonicalJSONParser().parse(Array(data))
    }

    /// Decodes a `Decodable` from this value through its canonical bytes.
    public func decode<Value: Decodable>(_ type: Value.Type, using decoder: JSONDecoder = JSONDecoder()) throws -> Value {
        try decoder.decode(type, from: Data(try canonicalBytes()))
    }
}
