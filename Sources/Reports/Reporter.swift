import RuleEngine

/// One output format of `steward rate --format F`: its name, whether one output may hold several ratings,
/// and how it renders. Adding a format is one file: a type conforming to `Reporter`, and its case in
/// `ReportFormat` with its line in `ReportFormat.reporter`.
public protocol Reporter: Sendable {
    /// The `--format` name this reporter answers to.
    static var format: ReportFormat { get }
    /// Whether one output may hold several ratings (several missions or rulesets in one run). Formats whose
    /// documents hold exactly one rating (HTML, SARIF, JUnit, badge) say no, and the CLI refuses such a run.
    static var takesSeveralRatings: Bool { get }
    /// What separates consecutive reports when several ratings share one output (default: a blank line).
    static var ratingSeparator: String { get }

    /// A reporter for one rating, with what only the caller knows (colour, hashes, a date).
    init(options: ReportOptions)
    /// The report of one rating, ending in a line feed.
    func render(_ rating: Rating) -> String
    /// The reports of several ratings in one output, in input order; `options` gives each rating's options.
    /// By default the reports follow one another, separated by `ratingSeparator`, when the format takes
    /// several ratings, and only the first is rendered when it does not (callers check first).
    static func render(_ ratings: [Rating], options: (Rating) -> ReportOptions) -> String
}

extension Reporter {
    public static var takesSeveralRatings: Bool { false }
    public static var ratingSeparator: String { "\n" }

    public static func render(_ ratings: [Rating], options: (Rating) -> ReportOptions) -> String {
        guard takesSeveralRatings else {
            return ratings.first.map { Self(options: options($0)).render($0) } ?? ""
        }
        return ratings.map { Self(options: options($0)).render($0) }.joined(separator: ratingSeparator)
    }
}

extension ReportFormat {
    /// The one registry of formats: which reporter renders each.
    public var reporter: any Reporter.Type {
        switch self {
        case .text: return TextReporter.self
        case .json: return JSONReporter.self
        case .markdown: return MarkdownReporter.self
        case .html: return HTMLReporter.self
        case .sarif: return SARIFReporter.self
        case .junit: return JUnitReporter.self
        case .github: return GitHubAnnotationsReporter.self
        case .badge: return BadgeReporter.self
        }
    }

    /// One rating in this format: the entry point `steward rate` and the tests call.
    public func render(_ rating: Rating, options: ReportOptions = ReportOptions()) -> String {
        reporter.init(options: options).render(rating)
    }

    /// Several ratings in one output of this format (see `Reporter.render(_:options:)`).
    public func render(_ ratings: [Rating], options: (Rating) -> ReportOptions = { _ in ReportOptions() }) -> String {
        reporter.render(ratings, options: options)
    }
}
