/// A problem found while lexing, parsing or checking an expression, located by scalar offset in its text.
///
/// The ruleset compiler turns the offset into a file line and column through `ScalarLocator`.
public struct ExpressionIssue: Sendable, Hashable, Error {
    public enum Severity: Sendable, Hashable { case error, warning }
    public var severity: Severity
    public var message: String
    /// Unicode-scalar offset into the expression text.
    public var offset: Int
    public var notes: [String]

    init(_ message: String, at offset: Int, notes: [String] = []) {
        self.init(.error, message, at: offset, notes: notes)
    }

    init(_ severity: Severity, _ message: String, at offset: Int, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.offset = offset
        self.notes = notes
    }
}
