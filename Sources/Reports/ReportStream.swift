import RuleEngine

/// Several ratings written into one output as they arrive, so that a batch of thousands of missions never holds
/// every rating, or the whole report, in memory (`steward rate <fleet> --format json` held 4 GB that way).
///
/// Each rating is first turned into a `ReportPart` (`part(of:)`: the costly rendering, safe on any thread, so
/// a batch renders on every core beside the rating), then the parts are added in input order: `add` returns
/// the text to write now and `finish` the text that ends the output. Everything returned, in order, equals
/// `ReportFormat.render(ratings, options:)` byte for byte for one or more ratings (`ReportStreamTests`).
/// Formats that cannot write a rating before they have seen the last one keep only what their output needs:
/// SARIF its results and rule descriptors, the text report a summary row per rating, HTML and badge their one
/// rating.
public protocol ReportStream: Sendable {
    /// What can be rendered of `rating` on its own.
    func part(of rating: Rating) -> ReportPart
    /// The text to append to the output now (possibly empty), given the next rating's part.
    mutating func add(_ part: ReportPart) -> String
    /// The text that ends the output. Callers write nothing at all for a batch without a rating.
    mutating func finish() -> String
    /// `finish()` handed to `write` in pieces, for an end too large to hold (SARIF's results). Throws what
    /// `write` throws, or when results kept aside cannot be read back.
    mutating func finish(into write: (String) throws -> Void) throws
    /// What `add(_:)` returns, handed to `write` as UTF-8 bytes, in one or more pieces: a format that renders bytes
    /// (text, JSON) writes them as they are, without making a `String` of them first.
    mutating func add(_ part: ReportPart, into write: (UnsafeRawBufferPointer) throws -> Void) throws
}

extension ReportStream {
    /// `add(part(of: rating))`.
    public mutating func add(_ rating: Rating) -> String { add(part(of: rating)) }

    public mutating func add(_ part: ReportPart, into write: (UnsafeRawBufferPointer) throws -> Void) throws {
        let text = add(part)
        guard !text.isEmpty else { return }
        try writeUTF8(text, into: write)
    }

    public mutating func finish(into write: (String) throws -> Void) throws { try write(finish()) }
}

/// Hands `text`'s UTF-8 bytes to `write` where they are (no copy of a native string).
func writeUTF8(_ text: String, into write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    var text = text
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
}

/// One rating's share of a streamed report: its rendered text and what the end of the output needs of it.
public struct ReportPart: Sendable {
    /// The rendered text, for formats that render a `String`.
    var text = ""
    /// The rendered text as UTF-8, for formats that render bytes (text, JSON): `text` is then empty.
    var utf8: [UInt8]?
    var row: TextReporter.SummaryRow?
    /// Kept only by formats that render at the end (SARIF, HTML, badge).
    var rating: Rating?
}

extension ReportFormat {
    /// A stream of this format; `options` gives each rating's report options, as for `render(_:options:)`.
    /// `rulesets`, the ids of the rulesets every valid mission is rated under, when the caller knows them: SARIF
    /// then keeps its results in a temporary file instead of memory (whether rule ids carry their ruleset
    /// depends on how many there are).
    public func stream(options: @escaping @Sendable (Rating) -> ReportOptions = { _ in ReportOptions() },
                       rulesets: Set<String>? = nil) -> any ReportStream {
        switch self {
        case .text: return TextReportStream(options: options)
        case .json: return JSONReportStream(options: options)
        case .markdown, .github: return ConcatenatedReportStream(format: self, options: options)
        case .sarif: return SARIFReporter.LogBuilder(options: options, rulesets: rulesets)
        case .junit: return JUnitReporter.DocumentBuilder(options: options)
        case .html, .badge: return FirstRatingStream(format: self, options: options)
        }
    }
}

/// Markdown and GitHub annotations: each rating's report, separated by the format's `ratingSeparator`.
struct ConcatenatedReportStream: ReportStream {
    let format: ReportFormat
    let options: @Sendable (Rating) -> ReportOptions
    private var count = 0

    init(format: ReportFormat, options: @escaping @Sendable (Rating) -> ReportOptions) {
        self.format = format
        self.options = options
    }

    func part(of rating: Rating) -> ReportPart {
        ReportPart(text: format.render(rating, options: options(rating)))
    }

    mutating func add(_ part: ReportPart) -> String {
        count += 1
        return count == 1 ? part.text : format.reporter.ratingSeparator + part.text
    }

    mutating func finish() -> String { "" }
}

/// HTML and badge hold exactly one rating: the first is rendered at the end, the others are ignored (the CLI
/// refuses a run that would give them several).
struct FirstRatingStream: ReportStream {
    let format: ReportFormat
    let options: @Sendable (Rating) -> ReportOptions
    private var first: Rating?

    init(format: ReportFormat, options: @escaping @Sendable (Rating) -> ReportOptions) {
        self.format = format
        self.options = options
    }

    func part(of rating: Rating) -> ReportPart { ReportPart(rating: rating) }

    mutating func add(_ part: ReportPart) -> String {
        if first == nil { first = part.rating }
        return ""
    }

    mutating func finish() -> String {
        first.map { format.render($0, options: options($0)) } ?? ""
    }
}
