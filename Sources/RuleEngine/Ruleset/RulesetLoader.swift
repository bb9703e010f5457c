import Diagnostics
import Foundation

/// Loads, merges and compiles rulesets. The single entry point for callers (CLI, tests, benchmarks).
///
///     var registry = RulesetRegistry()
///     registry.register(id: "starter", text: embeddedStarterYAML)
///     let loader = RulesetLoader(catalog: catalog, registry: registry)
///     let outcome = loader.load(reference: "starter")        // an id in the registry, or a file path
///     // outcome.ruleset, outcome.diagnostics (errors and warnings), outcome.sources (for carets)
public struct RulesetLoader: Sendable {
    public var catalog: FactCatalog
    public var registry: RulesetRegistry
    public var limits: YAMLLimits
    /// How deep `extends` chains may go; real overlays are one or two levels.
    public static let maxExtendsDepth = 8

    public init(catalog: FactCatalog, registry: RulesetRegistry = RulesetRegistry(), limits: YAMLLimits = .default) {
        self.catalog = catalog
        self.registry = registry
        self.limits = limits
    }

    /// Everything a caller needs to report a load: the ruleset if it compiled, every diagnostic in file
    /// order, and the source texts read (base rulesets included) so a renderer can quote lines.
    public struct Outcome: Sendable {
        public var ruleset: CompiledRuleset?
        public var diagnostics: [Diagnostic]
        public var sources: [SourceText]

        /// The ruleset, or every error at once.
        public func get() throws(DiagnosticError) -> CompiledRuleset {
            guard let ruleset else { throw DiagnosticError(diagnostics.filter { $0.severity == .error }) }
            return ruleset
        }
    }

    /// `reference` is a registry id (e.g. "starter") or a file path.
    public func load(reference: String) -> Outcome {
        if registry[reference] != nil { return loadEmbedded(id: reference) }
        let looksLikePath = reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
            || reference.hasSuffix(".json")
        if !looksLikePath, !FileManager.default.fileExists(atPath: reference) {
            // A bare word that is neither a known id nor a file: most likely a misspelt id.
            var notes: [String] = []
            if let hint = Suggestion.note(for: reference, in: registry.ids) { notes.append(hint) }
            notes.append("known rulesets: \(registry.ids.isEmpty ? "none" : registry.ids.joined(separator: ", ")); or give a path to a ruleset file")
            let diagnostic = Diagnostic.error("unknown ruleset '\(reference)'", at: nil, notes: notes)
            return Outcome(ruleset: nil, diagnostics: [diagnostic], sources: [])
        }
        return load(path: reference)
    }

    public func load(path: String) -> Outcome {
        var state = State()
        let spec = resolve(.file(path), from: nil, state: &state)
        return finish(spec, state: state)
    }

    public func load(text: String, file: String) -> Outcome {
        var state = State()
        let spec = resolve(.text(text, file: file, directory: nil), from: nil, state: &state)
        return finish(spec, state: state)
    }

    public func loadEmbedded(id: String) -> Outcome {
        var state = State()
        let spec = resolve(.embedded(id), from: nil, state: &state)
        return finish(spec, state: state)
    }

    private enum Origin {
        case file(String)
        case text(String, file: String, directory: String?)
        case embedded(String)
    }

    private struct State {
        var bag = DiagnosticBag()
        var sources: [SourceText] = []
        /// Files and ids being resolved, to refuse cycles.
        var stack: [String] = []
        var lineage: [String] = []
    }

    private func finish(_ spec: RulesetSpec?, state: State) -> Outcome {
        var bag = state.bag
        var ruleset: CompiledRuleset?
        // Compile even after reading or merging errors, so one lint run reports every error at once; the
        // compiler then stays silent about what an earlier error already explains (a field that failed to read).
        if let spec {
            var compiler = RulesetCompiler(catalog: catalog, afterEarlierErrors: bag.hasErrors)
            ruleset = compiler.compile(spec, lineage: Array(state.lineage.reversed()))
            bag.append(contentsOf: compiler.bag.diagnostics)
        }
        if bag.hasErrors { ruleset = nil }
        return Outcome(ruleset: ruleset, diagnostics: bag.sorted, sources: state.sources)
    }

    /// Reads one ruleset and, recursively, its bases; returns the merged spec.
    private func resolve(_ origin: Origin, from location: SourceLocation?, state: inout State) -> RulesetSpec? {
        let key: String
        let document: YAMLDocument
        let directory: String?
        do {
            switch origin {
            case .file(let path):
                key = "file:" + URL(fileURLWithPath: path).standardizedFileURL.path
                guard !state.stack.contains(key) else { return cycle(path, location, &state) }
                document = try YAMLLoader.load(contentsOf: path, limits: limits)
                directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            case .text(let text, let file, let dir):
                key = "text:" + file
                document = try YAMLLoader.load(text: text, file: file, limits: limits)
                directory = dir
            case .embedded(let id):
                key = "id:" + id
                guard !state.stack.contains(key) else { return cycle(id, location, &state) }
                guard let entry = registry[id] else {
                    state.bag.error("no embedded ruleset with id '\(id)'", at: location,
                                    notes: Suggestion.note(for: id, in: registry.ids).map { [$0] } ?? [])
                    return nil
                }
                document = try YAMLLoader.load(text: entry.text, file: entry.displayName, limits: limits)
                directory = nil
            }
        } catch {
            state.bag.append(contentsOf: error.diagnostics)
            return nil
        }
        state.sources.append(document.source)
        var reader = RulesetReader(source: document.source)
        let read = reader.read(document.root)
        state.bag.append(contentsOf: reader.bag.diagnostics)
        guard var spec = read else { return nil }
        spec.stampRulesDefinedHere()

        guard let (reference, referenceLocation) = spec.extends else { return spec }
        guard state.stack.count < Self.maxExtendsDepth else {
            state.bag.error("'extends' chain is too long: expected at most \(Self.maxExtendsDepth) levels", at: referenceLocation)
            return nil
        }
        state.stack.append(key)
        defer { state.stack.removeLast() }
        let baseOrigin: Origin
        if registry[reference] != nil {
            baseOrigin = .embedded(reference)
        } else if let directory {
            let path = reference.hasPrefix("/") ? reference : URL(fileURLWithPath: directory).appendingPathComponent(reference).path
            baseOrigin = .file(path)
        } else {
            var notes: [String] = []
            if let hint = Suggestion.note(for: reference, in: registry.ids) { notes.append(hint) }
            notes.append("'extends' names a known ruleset id (\(registry.ids.joined(separator: ", "))) or, in a ruleset file, a path relative to that file")
            state.bag.error("unknown base ruleset '\(reference)'", at: referenceLocation, notes: notes)
            return nil
        }
        guard let base = resolve(baseOrigin, from: referenceLocation, state: &state) else { return nil }
        state.lineage.append(base.id)
        return RulesetMerger.merge(base: base, overlay: spec, bag: &state.bag)
    }

    private func cycle(_ name: String, _ location: SourceLocation?, _ state: inout State) -> RulesetSpec? {
        state.bag.error("'extends' forms a cycle through '\(name)'", at: location)
        return nil
    }
}
