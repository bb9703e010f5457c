import Astrodynamics
import Diagnostics
import MissionModel
import RuleEngine

/// Which inputs a Monte Carlo run draws, from which distributions, and the draws themselves.
///
/// Each input's distribution comes from the descriptor's `uncertainty:` section, else from the ruleset's or
/// `--assume`'s `uncertainty_<input>` assumption, else from Steward's default (``defaultText(for:)``; sources in
/// docs/physics.md, "Uncertainty"). `± …` forms are resolved around the nominal value the point rating uses.
/// An input without a nominal value (no mass, no declared success probability) is not drawn, and says why.
struct UncertaintyPlan {
    struct Entry {
        var input: UncertainInput
        var distribution: UncertaintyDistribution
        var nominal: Double?
        var origin: String
        var source: String
        var notDrawn: String?
    }

    var entries: [Entry]
    var samples: Int
    var seed: UInt64
    /// Number of components, each with its own material-property dimension.
    var componentCount: Int
    /// Distributions that leave their input's valid range once resolved around the nominal value; a run with
    /// any is refused (the percentile facts are absent with these messages, `rate --samples` exits 2).
    var problems: [Diagnostic] = []

    /// The inputs whose drawn value can differ from the nominal one (what the draws must recompute).
    var drawnInputs: Set<UncertainInput> {
        Set(entries.filter { entry in
            guard entry.notDrawn == nil else { return false }
            if !entry.distribution.isDegenerate { return true }
            return entry.distribution.quantile(0.5, within: entry.input.validRange) != entry.nominal
        }.map(\.input))
    }

    /// Steward's default distribution of each input, as the assumption's default text.
    static func defaultText(for input: UncertainInput) -> String {
        switch input {
        case .dragCoefficient: return "± 15%"
        case .dragAreaM2: return "between the declared and the tumbling area"
        case .massKg: return "none"
        case .solarActivity: return "uniform over the spread of past solar cycles"
        case .disposalSuccess: return "bernoulli(end_of_life.success_probability)"
        case .materialProperties: return "± 10%"
        }
    }

    /// The plan for `facts`' mission: nominal values from the point rating's models, distributions by precedence.
    init(facts: DerivedFacts, settings: DerivedAssumptions, samples: Int) {
        self.samples = samples
        seed = settings.uncertaintySeed
        let mission = facts.mission
        let drag = try? facts.nominalDrag.get()
        componentCount = mission.spacecraft.components?.count ?? 0
        var entries: [Entry] = []
        for input in UncertainInput.allCases {
            var nominal: Double?
            var missing: String?
            switch input {
            case .dragCoefficient, .dragAreaM2, .massKg:
                if let drag {
                    nominal = input == .dragCoefficient ? drag.dragCoefficient
                        : input == .dragAreaM2 ? drag.areaM2 : drag.massKg
                } else if case .failure(let why) = facts.nominalDrag {
                    missing = why.reason
                }
            case .solarActivity:
                nominal = 1
            case .disposalSuccess:
                if !facts.disposalCanFail {
                    missing = "the end-of-life plan has no action that can fail"
                } else if let p = mission.endOfLife?.successProbability {
                    nominal = p
                } else {
                    missing = "end_of_life.success_probability is not declared"
                }
            case .materialProperties:
                nominal = 1
                if componentCount == 0 { missing = "spacecraft.components is not declared" }
            }
            var entry: Entry
            if let declared = mission.uncertainty?.distributions[input] {
                entry = Entry(input: input, distribution: declared, nominal: nominal, origin: "descriptor",
                              source: "the descriptor's uncertainty.\(input.rawValue)")
            } else if let assumed = settings.uncertaintyDistributions[input] {
                entry = Entry(input: input, distribution: assumed, nominal: nominal, origin: "assumption",
                              source: "assumption uncertainty_\(input.rawValue)")
            } else {
                entry = Self.defaultEntry(input, nominal: nominal, mission: mission, drag: drag, settings: settings)
            }
            if entry.notDrawn == nil, let missing { entry.notDrawn = missing }
            if entry.notDrawn == nil, let nominal { entry.distribution = entry.distribution.resolved(nominal: nominal) }
            if entry.notDrawn == nil, case .aroundNominal = entry.distribution {
                entry.notDrawn = "no nominal value to centre ± on"
            }
            // A ± form is checked against the input's range only once its centre is known (± 3 around C_D 2.2).
            if entry.notDrawn == nil, let problem = entry.distribution.validate(for: input) {
                let location = entry.origin == "descriptor" ? mission.location(of: "uncertainty.\(input.rawValue)") : nil
                problems.append(.error("\(entry.source) resolves to \(entry.distribution.readableText) around the nominal "
                                       + "\(NumberFormatting.shortest(entry.nominal ?? 0)): \(problem)", at: location))
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    private static func defaultEntry(_ input: UncertainInput, nominal: Double?, mission: Mission, drag: DragProfile?,
                                     settings: DerivedAssumptions) -> Entry {
        switch input {
        case .dragCoefficient:
            return Entry(input: input, distribution: .aroundNominal(halfWidth: 15, relative: true), nominal: nominal,
                         origin: "default",
                         source: "Steward's assumption: ±15 % brackets the 15–20 % uncertainty of computed drag "
                             + "coefficients (Moe, Moe & Wallace, J. Spacecraft Rockets 35(3), 1998; Gaposchkin, "
                             + "MIT Lincoln Laboratory TR-998, 1994)")
        case .dragAreaM2:
            let craft = mission.spacecraft
            if let declared = craft.dragAreaM2, let dimensions = craft.dimensionsM,
               let tumbling = TumblingDragArea.body(dimensionsM: dimensions,
                                                    deployableAreasM2: (craft.deployables ?? []).map(\.areaM2)),
               tumbling != declared {
                return Entry(input: input, distribution: .uniform(low: min(declared, tumbling), high: max(declared, tumbling)),
                             nominal: nominal, origin: "default",
                             source: "attitude: between the declared cross-section and the tumbling average of the "
                                 + "dimensions (NASA-STD-8719.14C §4.3.4.2.2)")
            }
            return Entry(input: input, distribution: .fixed(nominal ?? 0), nominal: nominal, origin: "default",
                         source: "no default spread", notDrawn: "no default spread unless both drag_area_m2 and "
                             + "dimensions_m are declared (declare uncertainty.drag_area_m2)")
        case .massKg:
            return Entry(input: input, distribution: .fixed(nominal ?? 0), nominal: nominal, origin: "default",
                         source: "no default spread", notDrawn: "no published default spread "
                             + "(declare uncertainty.mass_kg)")
        case .solarActivity:
            let history = (try? settings.recordedActivity().history) ?? .embedded
            guard let spread = history.cycleSpreadFactors else {
                return Entry(input: input, distribution: .fixed(1), nominal: 1, origin: "default", source: "no default",
                             notDrawn: "the space-weather file holds fewer than two complete cycles")
            }
            return Entry(input: input, distribution: .uniform(low: spread.low, high: spread.high), nominal: 1,
                         origin: "default",
                         source: "weakest to strongest of solar cycles \(spread.cycles): smoothed peak F10.7 above "
                             + "67 sfu over the mean peak (\(history.source))")
        case .disposalSuccess:
            return Entry(input: input, distribution: .bernoulli(nominal ?? 1), nominal: nominal, origin: "default",
                         source: "end_of_life.success_probability (success or failure drawn per draw)")
        case .materialProperties:
            return Entry(input: input, distribution: .aroundNominal(halfWidth: 10, relative: true), nominal: 1,
                         origin: "default",
                         source: "Steward's assumption: no published spread of lumped demise properties was found")
        }
    }

    /// The drawn values of every draw, from a Latin hypercube over (C_D, area, mass, solar, disposal,
    /// component 1 … n) — one fixed dimension per input, so adding components never reshuffles the others.
    func draws() -> [DrawInputs] {
        let drawn = drawnInputs
        let cube = LatinHypercube(samples: samples, dimensions: 5 + componentCount, seed: seed)
        func entry(_ input: UncertainInput) -> Entry? {
            drawn.contains(input) ? entries.first { $0.input == input } : nil
        }
        let cd = entry(.dragCoefficient), area = entry(.dragAreaM2), mass = entry(.massKg)
        let solar = entry(.solarActivity), disposal = entry(.disposalSuccess), materials = entry(.materialProperties)
        return cube.points.map { u in
            var draw = DrawInputs()
            draw.dragCoefficient = cd.map { $0.distribution.quantile(u[0], within: $0.input.validRange) }
            draw.dragAreaM2 = area.map { $0.distribution.quantile(u[1], within: $0.input.validRange) }
            draw.massKg = mass.map { $0.distribution.quantile(u[2], within: $0.input.validRange) }
            draw.solarActivityFactor = solar.map { $0.distribution.quantile(u[3], within: $0.input.validRange) }
            draw.disposalSucceeds = disposal.map { $0.distribution.quantile(u[4], within: $0.input.validRange) == 1 }
            draw.materialFactors = materials.map { entry in
                (0..<componentCount).map { entry.distribution.quantile(u[5 + $0], within: entry.input.validRange) }
            }
            return draw
        }
    }

    /// The inputs as the rating's uncertainty block lists them.
    var summaries: [UncertainInputSummary] {
        entries.map {
            UncertainInputSummary(input: $0.input.rawValue, distribution: $0.notDrawn == nil ? $0.distribution.readableText : "none",
                                  nominal: $0.nominal,
                                  unit: $0.input.unit, origin: $0.origin, source: $0.source, notDrawn: $0.notDrawn)
        }
    }

    /// "C_D, solar activity" — the drawn inputs, for provenance text.
    var drawnDescription: String {
        let names = UncertainInput.allCases.filter(drawnInputs.contains).map(\.rawValue)
        return names.isEmpty ? "no input drawn" : names.joined(separator: ", ")
    }
}
