/// How bad a diagnostic is. Only `error` makes an input invalid.
public enum Severity: String, Sendable, Codable, Hashable {
    case error
    case warning
    case note
}

/// One finding about a user's input: what was expected, what was found, and where.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// Extra lines printed under the snippet, e.g. "did you mean 'perigee_km'?".
    public var notes: [String]

    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation?, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// The one-line form `file:line:col: error: message`.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Thrown when an input has at least one error; carries every diagnostic found, not just the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Accumulates diagnostics while a loader walks a whole file, so users see every problem at once.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf others: [Diagnostic]) {
        diagnostics.append(contentsOf: others)
    }

    public mutating func error(_ message: String, at location: SourceLocation?, notes: [String] = []) {
        append(.error(message, at: location, notes: notes))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, notes: [String] = []) {
        append(.warning(message, at: location, notes: notes))
    }

    /// Diagnostics in file order, so output reads top to bottom.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Throws every collected diagnostic if any of them is an error.
    public func throwIfErrors() throws(DiagnosticError) {
        if hasErrors { throw DiagnosticError(sorted) }
    }
}
