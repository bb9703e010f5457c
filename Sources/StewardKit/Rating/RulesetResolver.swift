import Certificates
import Diagnostics
import Foundation
import Reports
import RuleEngine

/// Turns a `--ruleset ID|PATH` argument into a compiled ruleset.
///
/// An id names an embedded ruleset and is never looked up on disk, so the binary behaves the same from any
/// directory; anything containing `/` or ending in `.yaml`, `.yml` or `.json` is a path. A user ruleset's
/// `extends:` may name embedded ids. Every ruleset is compiled against `StewardFactCatalog.standard`, the
/// catalogue the mission fact source answers to.
public struct RulesetResolver: Sendable {
    public var loader: RulesetLoader

    /// `allowedDirectories` (from `--allow-path`) widens where a ruleset's `extends:` and `density_table` may point,
    /// beyond the ruleset's own directory (see ``ConfinedPath``).
    public init(catalog: FactCatalog = StewardFactCatalog.standard, registry: RulesetRegistry = EmbeddedRulesets.registry,
                allowedDirectories: [String] = []) {
        loader = RulesetLoader(catalog: catalog, registry: registry,
                               confinement: ConfinedPath(allowedDirectories: allowedDirectories))
    }

    /// Whether `reference` is a file path rather than an embedded id.
    public static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || [".yaml", ".yml", ".json"].contains { reference.hasSuffix($0) }
    }

    /// Loads and compiles one ruleset; never throws: failures are in the result's diagnostics.
    public func resolve(_ reference: String) -> ResolvedRuleset {
        if Self.isPath(reference) { return ResolvedRuleset(reference: reference, outcome: loader.load(path: reference)) }
        if loader.registry[reference] != nil { return ResolvedRuleset(reference: reference, outcome: loader.loadEmbedded(id: reference)) }
        var notes: [String] = []
        if let hint = Suggestion.note(for: reference, in: loader.registry.ids) { notes.append(hint) }
        notes.append("embedded rulesets: \(loader.registry.ids.joined(separator: ", ")); a path needs a '/' or a .yaml/.yml/.json suffix")
        return ResolvedRuleset(reference: reference, ruleset: nil,
                               diagnostics: [.error("unknown ruleset '\(reference)'", at: nil, notes: notes)], sources: [])
    }

    /// The exact text of the ruleset file itself (not its bases): what a certificate's ruleset hash covers.
    public func text(of reference: String) -> String? {
        if !Self.isPath(reference) { return loader.registry[reference]?.text }
        guard let data = try? InputFile.read(atPath: reference, maxBytes: loader.limits.maxBytes) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// The SHA-256 of ``text(of:)`` in lowercase hex: the ruleset hash reports print and certificates hold.
    public func sha256(of reference: String) -> String? {
        text(of: reference).map { CertificatePayload.sha256Hex(of: Array($0.utf8)) }
    }

    /// ``sha256(of:)`` of each ruleset by ruleset id, as reports show it beside a rating; `references[i]` is the
    /// argument `compiled[i]` was resolved from.
    public func sha256ByRulesetID(references: [String], compiled: [CompiledRuleset]) -> [String: String] {
        var hashes: [String: String] = [:]
        for (reference, ruleset) in zip(references, compiled) { hashes[ruleset.identity.id] = sha256(of: reference) }
        return hashes
    }
}

/// One `--ruleset` argument after loading: the compiled ruleset, or the diagnostics that prevented it.
public struct ResolvedRuleset: Sendable {
    public var reference: String
    public var ruleset: CompiledRuleset?
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// The texts read (bases included), so diagnostics can quote their lines.
    public var sources: [SourceText]

    public init(reference: String, ruleset: CompiledRuleset?, diagnostics: [Diagnostic], sources: [SourceText]) {
        self.reference = reference
        self.ruleset = ruleset
        self.diagnostics = diagnostics
        self.sources = sources
    }

    public init(reference: String, outcome: RulesetLoader.Outcome) {
        self.reference = reference
        self.ruleset = outcome.ruleset
        self.diagnostics = outcome.diagnostics
        self.sources = outcome.sources
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity != .error } }

    /// Compiler-style blocks (`file:line:col: error: …`, the line, a caret). A diagnostic without a location
    /// (an unknown id) is prefixed with the reference so the user sees which argument it concerns.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var blocks: [String] = []
        write(diagnostics) { blocks.append($0) }
        return blocks.joined(separator: "\n")
    }

    /// ``render(_:)`` one block at a time (at most ``DiagnosticRenderer/maximumDiagnosticsPerFile`` per file), for
    /// streaming to standard error.
    public func write(_ diagnostics: [Diagnostic], to emit: (String) -> Void) {
        let renderer = DiagnosticRenderer(sources: sources)
        let prefix = TerminalSafe.escape(reference) + ": "
        renderer.write(diagnostics) { block in
            emit(block.hasPrefix("error: ") || block.hasPrefix("warning: ") || block.hasPrefix("note: ") ? prefix + block : block)
        }
    }
}
