/// The JSON Schemas `steward schema` prints and `schemas/` holds, each generated from the table or type
/// documentation its format is read or written by.
///
/// `$id`s are names, not addresses: Steward has no web site, so they live under `steward.invalid`, a domain
/// reserved never to resolve (RFC 2606). Editors find a schema by path instead (`schemas/<name>.schema.json`
/// in this repository, or wherever `steward schema <name> > FILE` wrote it); see docs/mission-format.md.
public enum StewardSchema: String, CaseIterable, Sendable {
    case mission, ruleset, rating, certificate, comparison

    /// The stable identifier of the schema.
    public var id: String { "https://steward.invalid/schemas/\(rawValue).schema.json" }

    /// The file name in `schemas/`.
    public var fileName: String { "\(rawValue).schema.json" }

    /// The format tag the schema describes.
    public var format: String { "steward/\(rawValue)@1" }

    /// The schema as a JSON value.
    public var document: SchemaJSON {
        switch self {
        case .mission: return MissionSchema.document(id: id)
        case .ruleset: return RulesetSchema.document(id: id)
        case .rating: return RatingSchema.document(id: id)
        case .certificate: return CertificateSchema.document(id: id)
        case .comparison: return ComparisonSchema.document(id: id)
        }
    }

    /// The schema as pretty-printed JSON text, ending with a line feed (what `schemas/` holds).
    public var text: String { document.text }
}
