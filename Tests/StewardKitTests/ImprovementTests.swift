import Foundation
import MissionModel
import Reports
import RuleEngine
import StewardTestSupport
import Testing
@testable import StewardKit

/// `steward improve` through the library: every option re-rates to what it claims, nothing held fixed changes.
@Suite struct ImprovementTests {
    static let lts = RulesetResolver().resolve("lts-2019").ruleset!
    static let examples: [String] = {
        let folder = Repository.url("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { "Examples/\($0)" }
    }()

    static func search(_ path: String, target: String, maxChanges: Int = 2, allow: [String] = []) throws
        -> (search: ImprovementSearch, report: ImprovementReport, texts: [String]) {
        let url = Repository.url(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let mission = try MissionLoader.load(text: text, file: path).get()
        let search = ImprovementSearch(text: text, file: path, mission: mission, ruleset: lts,
                                       request: ImprovementRequest(target: target, maxChanges: maxChanges, allow: allow))
        let (report, texts) = try search.search()
        return (search, report, texts)
    }

    /// The tier one above the mission's tier today (platinum stays platinum).
    static func nextTier(above tier: String?) -> String {
        let names = lts.tiers.map(\.name)
        guard let tier, let rank = names.firstIndex(of: tier) else { return names.last! }
        return names[max(rank - 1, 0)]
    }

    @Test("every option for every example re-rates from its edited text to the tier and score it claims")
    func optionsReRateToTheirClaims() throws {
        var optionsChecked = 0
        for path in Self.examples {
            let base = RatingPipeline.rate(file: Repository.url(path).path, rulesets: [Self.lts]).ratings[0]
            let target = Self.nextTier(above: base.tier)
            let (_, report, texts) = try Self.search(path, target: target)
            #expect(texts.count == report.options.count)
            let targetRank = Self.lts.tiers.firstIndex { $0.name == target }!
            for (option, text) in zip(report.options, texts) {
                let mission = try MissionLoader.load(text: text, file: path).get()
                let rating = RatingPipeline.rate(mission, file: path, ruleset: Self.lts)
                #expect(rating.tier == option.result.tier, "\(path): \(option.changes.map(\.path))")
                #expect(rating.score == option.result.score, "\(path): \(option.changes.map(\.path))")
                let rank = try #require(Self.lts.tiers.firstIndex { $0.name == rating.tier })
                #expect(rank <= targetRank, "\(path) option does not reach \(target)")
                #expect(option.changes.count <= 2)
                // The diff is the one between the input and the text that was rated.
                let original = try String(contentsOf: Repository.url(path), encoding: .utf8)
                #expect(option.diff == UnifiedDiff.make(old: original, new: text, path: path))
                optionsChecked += 1
            }
        }
        #expect(optionsChecked >= 5, "too few options to be a meaningful check: \(optionsChecked)")
    }

    @Test("a mission at or above the target says so and proposes nothing")
    func alreadyAtTarget() throws {
        let (_, report, texts) = try Self.search("Examples/helios-geo.yaml", target: "gold")
        #expect(report.now.tier == "gold")
        #expect(report.alreadyAtTarget)
        #expect(report.options.isEmpty && texts.isEmpty)
        #expect(ImprovementReporter.render(report, format: .text).contains("Already at gold or better: nothing to change."))
        let (_, lower, _) = try Self.search("Examples/helios-geo.yaml", target: "bronze")
        #expect(lower.alreadyAtTarget)
    }

    @Test("fields held fixed are never changed; hardware stays fixed once the phase is past design")
    func heldFixedNeverChanges() throws {
        let facts = ["orbit.", "spacecraft.mass_kg", "operator.", "launch.date", "launch.vehicle", "phase", "spacecraft.count"]
        for path in Self.examples {
            let (search, report, _) = try Self.search(path, target: "platinum")
            let held = Set(report.heldFixed.map(\.path))
            let hardware = ImprovableField.all.filter { $0.kind == .hardware }
            for option in report.options {
                for change in option.changes {
                    #expect(!held.contains(change.path), "\(path) changes held field \(change.path)")
                    #expect(!facts.contains { change.path.hasPrefix($0) }, "\(path) changes the fact \(change.path)")
                    if let phase = search.mission.phase, phase != .design {
                        #expect(!hardware.contains { $0.matches(change.path) }, "\(path) (\(phase)) changes hardware \(change.path)")
                    }
                }
            }
        }
    }

    @Test("--allow opens a held fact to the search, and only then")
    func allowOpensAFact() throws {
        let (_, fixed, _) = try Self.search("Examples/aurora-3u.yaml", target: "gold", maxChanges: 1)
        #expect(fixed.heldFixed.contains { $0.path == "orbit.perigee_km" })
        let (_, allowed, _) = try Self.search("Examples/aurora-3u.yaml", target: "gold", maxChanges: 1, allow: ["orbit.perigee_km"])
        #expect(!allowed.heldFixed.contains { $0.path == "orbit.perigee_km" })
        for option in allowed.options { #expect(option.changes.allSatisfy { $0.path == "orbit.perigee_km" }) }
    }

    @Test("an unknown tier and an --allow path that is not a field are refused, with the tiers and a suggestion")
    func badRequests() throws {
        #expect(throws: ImprovementError.unknownTier("golden", tiers: ["platinum", "gold", "silver", "bronze"])) {
            _ = try Self.search("Examples/kestrel-eo.yaml", target: "golden")
        }
        #expect(throws: ImprovementError.notAField("orbit.perige_km", suggestion: "orbit.perigee_km")) {
            _ = try Self.search("Examples/kestrel-eo.yaml", target: "gold", allow: ["orbit.perige_km"])
        }
    }

    @Test("a lower disposal perigee comes with its Δv, its propellant and whether the reserve pays for it")
    func disposalPerigeeNotes() throws {
        let path = "Examples/kestrel-eo.yaml"
        let text = try String(contentsOf: Repository.url(path), encoding: .utf8)
        let mission = try MissionLoader.load(text: text, file: path).get()
        let search = ImprovementSearch(text: text, file: path, mission: mission, ruleset: Self.lts,
                                       request: ImprovementRequest(target: "platinum"))
        var lowered = mission
        lowered.endOfLife?.disposalOrbit?.perigeeKm = 250
        let (added, notes) = search.physicsNotes([FieldEdit(path: "end_of_life.disposal_orbit.perigee_km", value: .bare("250"))],
                                                 variant: lowered)
        // Kestrel's header comment: 720 → 350 km costs ≈ 98 m/s; lower costs more.
        #expect(added > 20 && added < 60)
        let burn = try #require(search.disposalBurn(mission))
        #expect(abs(burn.deltaV - 98) < 5)
        #expect(burn.propellantKg < 25)
        #expect(notes.first?.contains("reserved") == true)
    }
}

/// Re-ratings that share physics give exactly the rating a fresh source gives.
@Suite struct MissionFactSourceSharingTests {
    @Test("practice variants rated with shared physics equal fresh ratings, for every example")
    func sharedPhysicsIsExact() throws {
        let lts = ImprovementTests.lts
        for path in ImprovementTests.examples {
            let text = try String(contentsOf: Repository.url(path), encoding: .utf8)
            let mission = try MissionLoader.load(text: text, file: path).get()
            let assumptions = RatingPipeline.physicsAssumptions(of: lts, overrides: [:])
            let base = MissionFactSource(mission: mission, assumptions: assumptions)
            _ = lts.rate(base, mission: MissionIdentity(id: mission.id, name: mission.name, file: path), engineVersion: "t")
            var variant = mission
            variant.spacecraft.passivation = Passivation(batteries: .planned, propellant: .planned, pressureVessels: .planned, momentumDevices: .planned)
            variant.spacecraft.removalInterface = .grappleFixture
            variant.cooperation = Cooperation(capacityBuilding: true, publishesSustainabilityData: true)
            #expect(variant.physicsInputs == mission.physicsInputs)
            let identity = MissionIdentity(id: mission.id, name: mission.name, file: path)
            let shared = lts.rate(MissionFactSource(mission: variant, sharingPhysicsOf: base), mission: identity, engineVersion: "t")
            let fresh = lts.rate(MissionFactSource(mission: variant, assumptions: assumptions), mission: identity, engineVersion: "t")
            #expect(shared == fresh, "\(path)")
        }
    }
}

/// The unknowns interval against an independent recomputation from the weights.
@Suite struct UnknownsIntervalTests {
    /// Weighted means from weights (not shares), with every unknown rule scored `unknownScore`.
    static func recompute(_ rating: Rating, unknownScore: Double) -> Double {
        var sectionSum = 0.0, sectionWeights = 0.0
        for section in rating.sections {
            var guidelineSum = 0.0, guidelineWeights = 0.0
            for guideline in section.guidelines {
                let applicable = guideline.rules.filter { $0.outcome != .notApplicable }
                let weights = applicable.reduce(0.0) { $0 + $1.weight }
                guard weights > 0 else { continue }
                let mean = applicable.reduce(0.0) { $0 + $1.weight * ($1.outcome == .unknown ? unknownScore : ($1.score ?? 0)) } / weights
                guidelineSum += guideline.weight * mean
                guidelineWeights += guideline.weight
            }
            guard guidelineWeights > 0 else { continue }
            sectionSum += section.weight * guidelineSum / guidelineWeights
            sectionWeights += section.weight
        }
        return sectionSum / sectionWeights
    }

    @Test("highest = every unknown rule at 1, lowest = today's score, for every example")
    func intervalMatchesRecomputation() throws {
        var sawUnknowns = false
        for path in ImprovementTests.examples {
            let rating = RatingPipeline.rate(file: Repository.url(path).path, rulesets: [ImprovementTests.lts]).ratings[0]
            let interval = try #require(rating.unknownsInterval)
            #expect(abs(interval.highest - Self.recompute(rating, unknownScore: 1)) < 1e-12, "\(path)")
            #expect(abs(interval.lowest - Self.recompute(rating, unknownScore: 0)) < 1e-12, "\(path)")
            #expect(interval.lowest == rating.score)
            #expect(interval.unknownRules == rating.allRules.filter { $0.outcome == .unknown }.count)
            if interval.unknownRules > 0 {
                sawUnknowns = true
                #expect(interval.highest > interval.lowest)
                #expect(interval.sentence?.contains("once") == true)
            } else {
                #expect(interval.sentence == nil)
            }
        }
        #expect(sawUnknowns)
    }
}
