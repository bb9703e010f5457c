import Astrodynamics
import Diagnostics
import Foundation
import MissionModel
import Reports
import RuleEngine

/// What `steward improve` is asked.
public struct ImprovementRequest: Sendable {
    public var target: String
    public var maxChanges: Int
    /// Fields the user allows to change although they are facts (`--allow`).
    public var allow: [String]
    public var overrides: [String: RuleEngine.FactValue]
    /// How many options to report at most.
    public var maxOptions: Int

    public init(target: String, maxChanges: Int = 3, allow: [String] = [], overrides: [String: RuleEngine.FactValue] = [:],
                maxOptions: Int = 5) {
        self.target = target
        self.maxChanges = maxChanges
        self.allow = allow
        self.overrides = overrides
        self.maxOptions = maxOptions
    }
}

/// Why a request cannot be searched.
public enum ImprovementError: Error, Sendable, Equatable {
    /// The target is not a tier of the ruleset (usage error, exit 64).
    case unknownTier(String, tiers: [String])
    /// An `--allow` path is not a descriptor field.
    case notAField(String, suggestion: String?)

    public var message: String {
        switch self {
        case let .unknownTier(tier, tiers):
            return "--target: unknown tier '\(tier)'; the ruleset's tiers are \(tiers.joined(separator: ", "))"
        case let .notAField(path, suggestion):
            return "--allow: '\(path)' is not a descriptor field" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }
}

/// Finds the smallest sets of descriptor changes that lift a mission to a target tier (docs/improve.md).
///
/// 1. Rate the mission. The candidate fields are those read by the rules that lose score or cap the tier
///    (through the providers' inputs for `derived.*` facts), open in the mission's phase or allowed.
/// 2. Rate every single change (each value of an enumerated field; a ladder of values towards the better end
///    of a numeric one). Keep, per field, the value that helps most (reaches the target, else the highest
///    score), if it raises the score or lifts a cap. A disposal strategy counts only when Steward's disposal
///    model finds it feasible from the orbit with the reserved propellant; a lower disposal perigee only when the
///    reserve pays for its burn (or the same change raises the reserve within the propellant loaded).
/// 3. Breadth first by number of changed fields, up to `maxChanges`: rate every combination of kept changes to
///    distinct fields; the first size with combinations reaching the target gives the options.
/// 4. Bisect each numeric change of an option towards today's value for the smallest change that still
///    reaches the target, then verify the option by loading and rating the edited descriptor text from scratch.
///
/// Re-ratings during the search share the compiled ruleset and the physics of every variant with the same
/// ``Mission/physicsInputs`` (practice changes never recompute a lifetime); the final verification does not.
public struct ImprovementSearch {
    let text: String
    let file: String
    let mission: Mission
    let ruleset: CompiledRuleset
    let request: ImprovementRequest
    let assumptions: PhysicsAssumptions

    private final class State {
        var physics: [Mission: MissionFactSource] = [:]
        var ratings: [[FieldEdit]: (rating: Rating, text: String)?] = [:]
        var count = 0
    }
    private let state = State()

    /// A change to one or more fields that belong together (a drag device needs its type and its area).
    struct Candidate: Hashable {
        var edits: [FieldEdit]
        var fields: Set<String> { Set(edits.map(\.path)) }
    }

    public init(text: String, file: String, mission: Mission, ruleset: CompiledRuleset, request: ImprovementRequest) {
        self.text = text
        self.file = file
        self.mission = mission
        self.ruleset = ruleset
        self.request = request
        self.assumptions = RatingPipeline.physicsAssumptions(of: ruleset, overrides: request.overrides)
    }

    /// Every path `--allow` accepts: the catalogue's descriptor paths, the paths this descriptor wrote, and the
    /// improvable fields with their list items expanded.
    func allowablePaths() -> Set<String> {
        var paths = Set(StewardFactCatalog.declared.map(\.path))
        paths.formUnion(mission.locations.keys)
        paths.formUnion(mission.declaredFacts.map(\.path))
        for field in ImprovableField.all { paths.formUnion(concretePaths(field)) }
        return paths
    }

    public func run() throws(ImprovementError) -> ImprovementReport { try search().report }

    /// The report and, for each option in order, the edited descriptor text.
    func search() throws(ImprovementError) -> (report: ImprovementReport, texts: [String]) {
        let tierNames = ruleset.tiers.map(\.name)
        guard let targetRank = tierNames.firstIndex(of: request.target) else {
            throw .unknownTier(request.target, tiers: tierNames)
        }
        let allowable = allowablePaths()
        for path in request.allow where !allowable.contains(path) {
            throw .notAField(path, suggestion: Suggestion.closest(to: path, in: allowable))
        }
        let base = rate([])!.rating
        func reaches(_ rating: Rating) -> Bool {
            guard let tier = rating.tier, let rank = tierNames.firstIndex(of: tier) else { return false }
            return rank <= targetRank
        }
        var report = ImprovementReport(
            mission: MissionIdentity(id: mission.id, name: mission.name, file: file), ruleset: base.ruleset,
            target: request.target, maxChanges: request.maxChanges, now: RatedState(base), unknowns: base.unknownsInterval,
            alreadyAtTarget: reaches(base), heldFixed: [], options: [], ratingsRun: 0)
        let (candidates, held) = candidates(for: base)
        report.heldFixed = held
        if report.alreadyAtTarget {
            report.ratingsRun = state.count
            return (report, [])
        }

        // Single changes: keep the best value per field set, when it helps.
        var useful: [(candidate: Candidate, rating: Rating)] = []
        var byFields: [Set<String>: [(Candidate, Rating)]] = [:]
        for candidate in candidates {
            guard let rated = rate(candidate.edits)?.rating else { continue }
            if helps(rated, over: base) { byFields[candidate.fields, default: []].append((candidate, rated)) }
        }
        for (_, list) in byFields.sorted(by: { $0.key.sorted().joined() < $1.key.sorted().joined() }) {
            let best = list.sorted { a, b in
                let ra = reaches(a.1), rb = reaches(b.1)
                if ra != rb { return ra }
                return (a.1.score ?? 0) > (b.1.score ?? 0)
            }
            useful += best.prefix(1).map { ($0.0, $0.1) }
        }

        // Breadth first by number of changed fields.
        var solutions: [[Candidate]] = []
        let maxSize = max(request.maxChanges, 0)
        var size = 1
        let gains = Dictionary(useful.map { ($0.candidate, ($0.rating.score ?? 0) - (base.score ?? 0)) }, uniquingKeysWith: max)
        let needed = ruleset.tiers[targetRank].minScore - (base.score ?? 0)
        while size <= maxSize && solutions.isEmpty {
            combinations(of: useful.map(\.candidate), fieldCount: size) { combo in
                // Gains of changes to different rules add up; combinations that cannot add up to the target are
                // not rated (with slack for the renormalisation when a change makes a rule not applicable).
                if combo.count > 1, combo.reduce(0.0, { $0 + (gains[$1] ?? 0) }) + Self.additiveSlack < needed { return true }
                let edits = combo.flatMap(\.edits)
                if let rated = rate(edits)?.rating, reaches(rated) { solutions.append(combo) }
                return state.count < Self.ratingBudget
            }
            size += 1
        }

        var options: [(option: ImprovementOption, text: String)] = []
        var seen = Set<[FieldEdit]>()
        for combo in solutions {
            let edits = refine(combo.flatMap(\.edits), reaches: reaches)
            guard seen.insert(edits).inserted, let option = verify(edits, reaches: reaches) else { continue }
            options.append(option)
        }
        options.sort { x, y in
            let a = x.option, b = y.option
            if a.changes.count != b.changes.count { return a.changes.count < b.changes.count }
            if a.addedDeltaVMPerS != b.addedDeltaVMPerS { return a.addedDeltaVMPerS < b.addedDeltaVMPerS }
            if (a.result.score ?? 0) != (b.result.score ?? 0) { return (a.result.score ?? 0) > (b.result.score ?? 0) }
            return a.changes.map(\.path).joined() < b.changes.map(\.path).joined()
        }
        let kept = options.prefix(request.maxOptions)
        report.options = kept.map(\.option)
        report.ratingsRun = state.count
        return (report, kept.map(\.text))
    }

    /// A bound on re-ratings, so that a ruleset with very many losing rules still answers in seconds.
    static let ratingBudget = 6000

    /// How far the sum of single-change gains may fall short of the target and the combination still be rated.
    static let additiveSlack = 0.02

    func helps(_ rating: Rating, over base: Rating) -> Bool {
        let tiers = ruleset.tiers.map(\.name)
        let rank = { (tier: String?) in tier.flatMap { tiers.firstIndex(of: $0) } ?? tiers.count }
        if rank(rating.tier) < rank(base.tier) { return true }
        if rating.caps.count < base.caps.count { return true }
        return (rating.score ?? 0) > (base.score ?? 0) + 1e-12
    }

    /// Calls `body` with every combination of candidates to distinct fields whose field count is `fieldCount`;
    /// stops when `body` returns false.
    func combinations(of candidates: [Candidate], fieldCount: Int, _ body: ([Candidate]) -> Bool) {
        var chosen: [Candidate] = []
        var used = Set<String>()
        var stop = false
        func walk(_ start: Int, _ remaining: Int) {
            if stop { return }
            if remaining == 0 {
                if !body(chosen) { stop = true }
                return
            }
            var index = start
            while index < candidates.count && !stop {
                let candidate = candidates[index]
                let fields = candidate.fields
                if fields.count <= remaining && used.isDisjoint(with: fields) {
                    chosen.append(candidate)
                    used.formUnion(fields)
                    walk(index + 1, remaining - fields.count)
                    used.subtract(fields)
                    chosen.removeLast()
                }
                index += 1
            }
        }
        walk(0, fieldCount)
    }

    // MARK: Rating variants

    /// The edited descriptor's text and rating, or nil when the edit is not a valid descriptor. Shares
    /// physics between variants with equal physics inputs.
    func rate(_ edits: [FieldEdit]) -> (rating: Rating, text: String)? {
        if let known = state.ratings[edits] { return known }
        let result = rateUncached(edits)
        state.ratings[edits] = result
        return result
    }

    private func rateUncached(_ edits: [FieldEdit]) -> (rating: Rating, text: String)? {
        guard let edited = DescriptorTextEditor.apply(edits, to: text, file: file) else { return nil }
        let loaded = MissionLoader.load(text: edited, file: file)
        guard let variant = loaded.mission, !loaded.hasErrors else { return nil }
        state.count += 1
        let key = variant.physicsInputs
        let facts: MissionFactSource
        if let shared = state.physics[key] {
            facts = MissionFactSource(mission: variant, sharingPhysicsOf: shared)
        } else {
            facts = MissionFactSource(mission: variant, assumptions: assumptions)
            state.physics[key] = facts
        }
        guard physicallyFeasible(edits, variant: variant, facts: facts) else { return nil }
        let rating = ruleset.rate(facts, mission: MissionIdentity(id: variant.id, name: variant.name, file: file),
                                  engineVersion: StewardVersion.current, assumptionOverrides: request.overrides)
        return (rating, edited)
    }

    /// A new disposal strategy must be one Steward's disposal model can fly from this orbit with the reserved
    /// propellant (`derived.disposal.feasible`); a new disposal perigee must be paid for by the reserve.
    func physicallyFeasible(_ edits: [FieldEdit], variant: Mission, facts: MissionFactSource) -> Bool {
        let paths = Set(edits.map(\.path))
        if paths.contains("end_of_life.strategy") {
            guard case .known(let fact) = facts.lookup("derived.disposal.feasible"), fact.value == .bool(true) else { return false }
        }
        if paths.contains("end_of_life.disposal_orbit.perigee_km"), let burn = disposalBurn(variant),
           let reserved = variant.spacecraft.propulsion?.reservedForDisposalKg {
            return burn.propellantKg <= reserved + 1e-9
        }
        return true
    }

    /// The burn at apogee from the operational orbit down to the variant's disposal perigee (`Manoeuvres`):
    /// Δv, and the propellant it takes from the end-of-mission mass at the declared Isp (nil without one).
    func disposalBurn(_ variant: Mission) -> (deltaV: Double, propellantKg: Double)? {
        guard variant.orbit.centralBody == .earth, let perigee = variant.endOfLife?.disposalOrbit?.perigeeKm,
              let orbit = try? EarthOrbit(semiMajorAxisKm: variant.orbit.semiMajorAxisKm, eccentricity: variant.orbit.eccentricity,
                                          inclinationDeg: variant.orbit.inclinationDeg ?? 0),
              let isp = variant.spacecraft.propulsion?.ispS, let mass = variant.spacecraft.massKg else { return nil }
        let deltaV = Manoeuvres.perigeeLoweringDeltaV(from: orbit, toPerigeeAltitudeKm: perigee)
        return (deltaV, Manoeuvres.propellantRequired(deltaV: deltaV, initialMassKg: mass, specificImpulseSeconds: isp))
    }

    // MARK: Candidates

    func concretePaths(_ field: ImprovableField) -> [String] {
        guard field.path.contains("[*]") else { return [field.path] }
        let count = mission.spacecraft.components?.count ?? 0
        return (0..<count).map { field.path.replacingOccurrences(of: "[*]", with: "[\($0)]") }
    }

    /// The declared value at `path` as written (for lists, the words), nil when not declared.
    func currentValue(_ path: String) -> RuleEngine.FactValue? {
        mission.declaredFacts.first { $0.path == path && $0.origin == .declared }?.value
    }

    /// The candidate changes for the fields the losing rules read, and the fields held fixed.
    func candidates(for base: Rating) -> ([Candidate], [HeldField]) {
        let capRules = Set(base.caps.map(\.rule))
        let losing = base.allRules.filter { [.partial, .fail, .unknown].contains($0.outcome) || capRules.contains($0.id) }
            + base.bonus.filter { capRules.contains($0.id) }
        var readPaths = Set<String>()
        for rule in losing { readPaths.formUnion(rule.facts.map(\.path)) }

        // Concrete descriptor paths the losing rules depend on, directly or through a provider.
        var relevant = Set<String>()
        let surviving = survivingComponentIndices()
        for path in readPaths {
            if path.hasPrefix("derived.") {
                let group = path.split(separator: ".").dropFirst().first.map(String.init) ?? ""
                for input in ImprovableField.derivedInputs[group] ?? [] {
                    if input.contains("[*]") {
                        relevant.formUnion(surviving.map { input.replacingOccurrences(of: "[*]", with: "[\($0)]") })
                    } else {
                        relevant.insert(input)
                    }
                }
            } else {
                relevant.insert(path)
            }
        }
        let allowed = Set(request.allow)
        relevant.formUnion(allowed)

        var result: [Candidate] = []
        var held: [String: String] = [:]
        for path in relevant.sorted() {
            if let field = ImprovableField.all.first(where: { $0.matches(path) }) {
                if field.isOpen(in: mission.phase) || allowed.contains(path) {
                    result += candidates(path: path, field: field)
                } else {
                    held[path] = "\(field.kind.rawValue), fixed once the phase is \(mission.phase?.rawValue ?? "set")"
                }
            } else if allowed.contains(path) {
                result += allowedCandidates(path)
            } else if !path.hasPrefix("derived.") && !path.hasPrefix("assumptions.") {
                held[path] = heldReason(path)
            }
        }
        // The physical inputs of the derived facts the losing rules read are facts too.
        if readPaths.contains(where: { $0.hasPrefix("derived.") }) {
            for path in ["orbit.perigee_km", "orbit.apogee_km", "spacecraft.mass_kg"] where held[path] == nil && !allowed.contains(path) {
                held[path] = heldReason(path)
            }
        }
        return (result, held.sorted { $0.key < $1.key }.map { HeldField(path: $0.key, reason: $0.value) })
    }

    func heldReason(_ path: String) -> String {
        if path.hasPrefix("orbit.") {
            return mission.phase == nil || mission.phase == .design ? "the operational orbit is the mission's purpose"
                : "the orbit of a spacecraft in phase \(mission.phase!.rawValue)"
        }
        if Self.freeFormPaths.contains(path) { return "free-form value: declare it yourself" }
        if path.hasPrefix("end_of_life.declared.") { return "the operator's own analysis result" }
        return "a fact, not a design choice"
    }

    /// Practice fields whose values are free text or open numbers: nothing to enumerate, so never proposed.
    static let freeFormPaths: Set<String> = [
        "operator.name", "operator.contact.email", "authorization.standards", "operations.conjunction_assessment.providers",
        "operations.conjunction_assessment.action_threshold_pc", "operations.ephemeris_sharing.format",
        "operations.ephemeris_sharing.update_interval_hours", "cooperation.partners",
    ]

    /// Indices of the components the re-entry model says survive (all components when it cannot tell).
    func survivingComponentIndices() -> [Int] {
        let components = mission.spacecraft.components ?? []
        let facts = MissionFactSource(mission: mission, assumptions: assumptions)
        if case .known(let fact) = facts.lookup("derived.reentry.surviving_components"), let names = Self.words(fact.value) {
            return components.indices.filter { names.contains(components[$0].name) }
        }
        return Array(components.indices)
    }

    func candidates(path: String, field: ImprovableField) -> [Candidate] {
        let current = currentValue(path)
        func one(_ value: EditValue) -> Candidate { Candidate(edits: [FieldEdit(path: path, value: value)]) }
        switch field.domain {
        case .bool:
            if case .bool(let flag) = current { return [one(.bare(String(!flag)))] }
            return [one(.bare("true")), one(.bare("false"))]
        case .choice(let words):
            var written: String?
            if case .string(let word) = current { written = word }
            if case .bool(let flag) = current { written = String(flag) }
            var choices = words.filter { $0 != written }
            if path.hasSuffix(".material"), let now = written.flatMap(ReentryMaterial.named) {
                // Only materials that take less heat per kilogram to demise can help a surviving component.
                choices = choices.filter { (ReentryMaterial.named($0)?.heatToDemisePerKg ?? .infinity) < now.heatToDemisePerKg }
            }
            return choices.map { word in
                // Passivation plans are booleans in YAML; the others are words.
                word == "true" || word == "false" ? one(.bare(word)) : one(.word(word))
            }
        case .subset(let words):
            let have = current.flatMap(Self.words) ?? []
            var options: [[String]] = words.filter { !have.contains($0) }.map { word in words.filter { have.contains($0) || $0 == word } }
            if words.filter({ !have.contains($0) }).count > 1 { options.append(words) }
            return options.map { one(.words($0)) }
        case .number(let range, let better, _):
            return numberCandidates(path: path, range: range, better: better)
        }
    }

    func numberCandidates(path: String, range: ClosedRange<Double>, better: ImprovableField.Direction) -> [Candidate] {
        var now: Double?
        if case .number(let value) = currentValue(path) { now = value }
        var bound = better == .lower ? range.lowerBound : range.upperBound
        switch path {
        case "end_of_life.disposal_orbit.perigee_km":
            // Only an existing disposal orbit of an Earth mission is lowered.
            guard now != nil, mission.orbit.centralBody == .earth else { return [] }
        case "spacecraft.propulsion.reserved_for_disposal_kg":
            guard let propellant = mission.spacecraft.propulsion?.propellantKg else { return [] }
            bound = propellant
        case "spacecraft.propulsion.drag_device_area_m2":
            guard let type = mission.spacecraft.propulsion?.type else { return [] }
            let start = now ?? 0
            bound = min(range.upperBound, max(4 * start, 4 * (mission.spacecraft.massKg ?? 0) / 100, 1))
            if type != .dragDevice {
                // Adding a drag device: its type and area together.
                guard type == .none, mission.spacecraft.propulsion?.ispS == nil else { return [] }
                return [0.5, 1].map { fraction in
                    Candidate(edits: [FieldEdit(path: "spacecraft.propulsion.type", value: .word("drag_device")),
                                      FieldEdit(path: path, value: .bare(Self.number(bound * fraction)))])
                }
            }
        default:
            break
        }
        let start = now ?? (better == .lower ? range.upperBound : range.lowerBound)
        guard better == .lower ? start > bound : start < bound else { return [] }
        return [0.25, 0.5, 1].compactMap { fraction in
            let value = Self.number(start + (bound - start) * fraction)
            var edits = [FieldEdit(path: path, value: .bare(value))]
            if path == "end_of_life.disposal_orbit.perigee_km", let propulsion = mission.spacecraft.propulsion,
               let reserved = propulsion.reservedForDisposalKg, var lowered = mission.endOfLife?.disposalOrbit {
                // A perigee the reserve cannot pay for comes with the reserve it needs, within the propellant loaded.
                lowered.perigeeKm = Double(value) ?? lowered.perigeeKm
                var variant = mission
                variant.endOfLife?.disposalOrbit = lowered
                guard let burn = disposalBurn(variant) else { return nil }
                if burn.propellantKg > reserved {
                    guard let loaded = propulsion.propellantKg, burn.propellantKg <= loaded else { return nil }
                    edits.append(FieldEdit(path: "spacecraft.propulsion.reserved_for_disposal_kg",
                                           value: .bare(Self.number((burn.propellantKg * 10).rounded(.up) / 10))))
                }
            }
            return Candidate(edits: edits)
        }
    }

    /// Candidates for a field the user allowed: its enumerated values, or a ladder of numbers around today's.
    func allowedCandidates(_ path: String) -> [Candidate] {
        let enums: [String: [String]] = [
            "phase": MissionPhase.allCases.map(\.rawValue), "spacecraft.kind": SpacecraftKind.allCases.map(\.rawValue),
            "spacecraft.propulsion.type": PropulsionType.allCases.map(\.rawValue),
        ]
        if let words = enums[path] {
            return candidates(path: path, field: ImprovableField(path: path, kind: .practice, domain: .choice(words)))
        }
        switch currentValue(path) {
        case .bool?:
            return candidates(path: path, field: ImprovableField(path: path, kind: .practice, domain: .bool))
        case .number(let value)?:
            return [0.5, 0.8, 0.9, 1.1, 1.25, 2].map {
                Candidate(edits: [FieldEdit(path: path, value: .bare(Self.number(value * $0)))])
            }
        default:
            return []
        }
    }

    static func number(_ value: Double) -> String {
        NumberFormatting.shortest((value * 1000).rounded() / 1000)
    }

    // MARK: Refining and verifying

    /// Moves each numeric change back towards today's value as far as the target is still reached.
    func refine(_ edits: [FieldEdit], reaches: (Rating) -> Bool) -> [FieldEdit] {
        var edits = edits
        for index in edits.indices {
            guard case .bare(let text) = edits[index].value, let chosen = Double(text),
                  case .number(let now)? = currentValue(edits[index].path) ?? nil else { continue }
            let field = ImprovableField.all.first { $0.matches(edits[index].path) }
            var resolution = 0.01
            if case .number(_, _, let step)? = field?.domain { resolution = step }
            var good = chosen, bad = now
            while abs(good - bad) > resolution {
                let middle = (good + bad) / 2
                var trial = edits
                trial[index].value = .bare(Self.number(middle))
                if let rated = rate(trial)?.rating, reaches(rated) { good = middle } else { bad = middle }
            }
            // Round to the resolution on the side that still reaches the target.
            let rounded = (good / resolution).rounded(good < bad ? .up : .down) * resolution
            var trial = edits
            trial[index].value = .bare(Self.number(rounded))
            if let rated = rate(trial)?.rating, reaches(rated) { good = rounded }
            edits[index].value = .bare(Self.number(good))
        }
        return edits
    }

    /// Loads and rates the edited descriptor from scratch (no shared physics) and builds the option.
    func verify(_ edits: [FieldEdit], reaches: (Rating) -> Bool) -> (option: ImprovementOption, text: String)? {
        guard let edited = DescriptorTextEditor.apply(edits, to: text, file: file) else { return nil }
        let loaded = MissionLoader.load(text: edited, file: file)
        guard let variant = loaded.mission, !loaded.hasErrors else { return nil }
        let rating = RatingPipeline.rate(variant, file: file, ruleset: ruleset, overrides: request.overrides)
        guard reaches(rating) else { return nil }
        let changes = edits.map { edit in
            FieldChange(path: edit.path, from: currentValue(edit.path).map(Self.display), to: edit.value.display,
                        line: mission.locations[edit.path]?.line)
        }
        let (deltaV, notes) = physicsNotes(edits, variant: variant)
        return (ImprovementOption(changes: changes, result: RatedState(rating), addedDeltaVMPerS: deltaV, notes: notes,
                                  diff: UnifiedDiff.make(old: text, new: edited, path: file)), edited)
    }

    /// A list of strings as its words; nil for anything else.
    static func words(_ value: RuleEngine.FactValue) -> [String]? {
        guard case .list(let items) = value else { return nil }
        return items.compactMap { item -> String? in
            if case .string(let word) = item { return word }
            return nil
        }
    }

    static func display(_ value: RuleEngine.FactValue) -> String {
        switch value {
        case .list: return "[" + (words(value) ?? []).joined(separator: ", ") + "]"
        case .number(let n): return NumberFormatting.shortest(n)
        case .string(let word): return word
        default: return value.displayText
        }
    }

    /// The Δv and propellant a new disposal perigee costs (one burn at apogee, `Manoeuvres`), and whether the
    /// reserved propellant suffices; the Δv the reserve gives when it changes.
    func physicsNotes(_ edits: [FieldEdit], variant: Mission) -> (Double, [String]) {
        var notes: [String] = []
        var added = 0.0
        let paths = Set(edits.map(\.path))
        guard mission.orbit.centralBody == .earth,
              let orbit = try? EarthOrbit(semiMajorAxisKm: mission.orbit.semiMajorAxisKm, eccentricity: mission.orbit.eccentricity,
                                          inclinationDeg: mission.orbit.inclinationDeg ?? 0) else { return (0, notes) }
        let propulsion = variant.spacecraft.propulsion
        if paths.contains("end_of_life.disposal_orbit.perigee_km"), let old = mission.endOfLife?.disposalOrbit?.perigeeKm,
           let new = variant.endOfLife?.disposalOrbit?.perigeeKm {
            let before = Manoeuvres.perigeeLoweringDeltaV(from: orbit, toPerigeeAltitudeKm: old)
            let after = Manoeuvres.perigeeLoweringDeltaV(from: orbit, toPerigeeAltitudeKm: new)
            added = max(after - before, 0)
            var note = "disposal burn at apogee: Δv \(NumberFormatting.readable(before, significantDigits: 3)) → "
                + "\(NumberFormatting.readable(after, significantDigits: 3)) m/s"
            if let isp = propulsion?.ispS, let mass = variant.spacecraft.massKg {
                let needed = Manoeuvres.propellantRequired(deltaV: after, initialMassKg: mass, specificImpulseSeconds: isp)
                note += ", \(NumberFormatting.readable(needed, significantDigits: 3)) kg of propellant at Isp \(NumberFormatting.shortest(isp)) s"
                if let reserved = propulsion?.reservedForDisposalKg {
                    note += needed <= reserved + 1e-9
                        ? "; the \(NumberFormatting.shortest(reserved)) kg reserved suffices"
                        : "; the \(NumberFormatting.shortest(reserved)) kg reserved does NOT suffice (short by \(NumberFormatting.readable(needed - reserved, significantDigits: 3)) kg)"
                }
            }
            notes.append(note)
        }
        if paths.contains("spacecraft.propulsion.reserved_for_disposal_kg"), let isp = propulsion?.ispS,
           let reserved = propulsion?.reservedForDisposalKg,
           let massBefore = mission.spacecraft.massKg, let massAfter = variant.spacecraft.massKg {
            let old = mission.spacecraft.propulsion?.reservedForDisposalKg ?? 0
            let dvOld = Manoeuvres.deltaVAvailable(massAtEndOfMissionKg: massBefore, reservedPropellantKg: old, specificImpulseSeconds: isp)
            let dvNew = Manoeuvres.deltaVAvailable(massAtEndOfMissionKg: massAfter, reservedPropellantKg: reserved, specificImpulseSeconds: isp)
            notes.append("reserve \(NumberFormatting.shortest(old)) → \(NumberFormatting.shortest(reserved)) kg of the "
                         + "\(NumberFormatting.shortest(propulsion?.propellantKg ?? reserved)) kg loaded: Δv available "
                         + "\(NumberFormatting.readable(dvOld, significantDigits: 3)) → \(NumberFormatting.readable(dvNew, significantDigits: 3)) m/s")
        }
        if paths.contains(where: { $0.hasSuffix(".material") }) {
            notes.append("a new material keeps the component's declared mass and shape; check them against the new design")
        }
        return (added, notes)
    }
}
