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
    /// Where `extends:` and path-valued assumptions may point: in or under the naming ruleset's directory, or a
    /// directory the user allowed with `--allow-path`.
    public var confinement: ConfinedPath
    /// Assumptions whose value is a file path, resolved against the ruleset's directory and confined like `extends`.
    public static let pathAssumptions: Set<String> = ["density_table"]

    public init(catalog: FactCatalog, registry: RulesetRegistry = RulesetRegistry(), limits: YAMLLimits = .default,
                confinement: ConfinedPath = ConfinedPath()) {
        self.catalog = catalog
        self.registry = registry
        self.limits = limits
        self.confinement = confinement
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
            if let location, case .file(let path) = origin, !Self.isFileProblem(error) {
                // A base that is not even valid YAML may be any file: say where its first error is, never what it says.
                let at = error.diagnostics.first?.location.map { " (first error at line \($0.line), column \($0.column))" } ?? ""
                state.bag.error("'extends' target '\(path)' is not a valid ruleset\(at)", at: location,
                                notes: ["its contents are not shown; run 'steward rules lint \(path)' to see its errors"])
            } else {
                state.bag.append(contentsOf: error.diagnostics.map {
                    var named = $0
                    if let location { named.notes.append("named by 'extends' at \(location)") }
                    return named
                })
            }
            return nil
        }
        if let location, case .file(let path) = origin, !Self.looksLikeRuleset(document.root) {
            // Never quote a file that is not a ruleset: each of its lines would become an "unknown key" error.
            state.bag.error("'extends' target '\(path)' is not a Steward ruleset: expected a mapping with 'format: \(RulesetReader.formatTag)'",
                            at: location, notes: ["its contents are not shown"])
            return nil
        }
        state.sources.append(document.source)
        var reader = RulesetReader(source: document.source)
        let read = reader.read(document.root)
        state.bag.append(contentsOf: reader.bag.diagnostics)
        guard var spec = read else { return nil }
        spec.stampRulesDefinedHere()
        if let directory { confinePathAssumptions(&spec, directory: directory, bag: &state.bag) }

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
            do throws(ConfinedPath.Refusal) {
                baseOrigin = .file(try confinement.resolve(reference, relativeTo: directory))
            } catch {
                state.bag.error("'extends' \(error.message)", at: referenceLocation, notes: [error.note])
                return nil
            }
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

    /// Whether a document is shaped like a ruleset (a mapping whose `format` is the ruleset format), so its
    /// lines may be quoted in diagnostics.
    static func looksLikeRuleset(_ root: YAMLNode) -> Bool {
        guard let entries = root.entries, let format = entries.first(where: { $0.key == "format" }) else { return false }
        return format.value.scalar?.text == RulesetReader.formatTag
    }

    /// Errors about the file itself (missing, not a regular file, too large), which reveal nothing of its contents.
    static func isFileProblem(_ error: DiagnosticError) -> Bool {
        error.diagnostics.allSatisfy { $0.message.hasPrefix("cannot read") || $0.message.contains("too large") }
    }

    /// Resolves path-valued assumptions (`density_table`) against the ruleset's directory, refusing paths that
    /// leave it, so a ruleset cannot make Steward probe arbitrary files.
    private func confinePathAssumptions(_ spec: inout RulesetSpec, directory: String, bag: inout DiagnosticBag) {
        for index in spec.assumptions.indices where Self.pathAssumptions.contains(spec.assumptions[index].key) {
            guard case .string(let reference) = spec.assumptions[index].value else { continue }
            do throws(ConfinedPath.Refusal) {
                spec.assumptions[index].value = .string(try confinement.resolve(reference, relativeTo: directory))
            } catch {
                bag.error("'assumptions.\(spec.assumptions[index].key)' \(error.message)", at: spec.assumptions[index].location,
                          notes: [error.note])
            }
        }
    }

    private func cycle(_ name: String, _ location: SourceLocation?, _ state: inout State) -> RulesetSpec? {
        state.bag.error("'extends' forms a cycle through '\(name)'", at: location)
        return nil
    }
}
