import RuleEngine

/// What `steward improve` found: the mission now, the unknowns interval, what was held fixed, and each set
/// of changes that reaches the target (each verified by re-rating the edited descriptor). Rendered by
/// ``ImprovementReporter``; JSON shape `steward/improvement@1` (docs/improve.md).
public struct ImprovementReport: Sendable, Hashable, Codable {
    public var format = "steward/improvement@1"
    public var mission: MissionIdentity
    public var ruleset: RulesetIdentity
    public var target: String
    public var maxChanges: Int
    public var now: RatedState
    public var unknowns: UnknownsInterval?
    /// True when the mission already reaches the target: there is nothing to change.
    public var alreadyAtTarget: Bool
    /// Fields the losing rules read that the search did not change, with why.
    public var heldFixed: [HeldField]
    public var options: [ImprovementOption]
    /// How many changed descriptors were rated during the search.
    public var ratingsRun: Int

    public init(mission: MissionIdentity, ruleset: RulesetIdentity, target: String, maxChanges: Int, now: RatedState,
                unknowns: UnknownsInterval?, alreadyAtTarget: Bool, heldFixed: [HeldField], options: [ImprovementOption],
                ratingsRun: Int) {
        self.mission = mission
        self.ruleset = ruleset
        self.target = target
        self.maxChanges = maxChanges
        self.now = now
        self.unknowns = unknowns
        self.alreadyAtTarget = alreadyAtTarget
        self.heldFixed = heldFixed
        self.options = options
        self.ratingsRun = ratingsRun
    }
}

/// Tier, score and caps of one rating.
public struct RatedState: Sendable, Hashable, Codable {
    public var tier: String?
    public var tierBeforeCaps: String?
    public var score: Double?
    /// `rule → tier` for every cap in force.
    public var caps: [TierCap]

    public init(_ rating: Rating) {
        tier = rating.tier
        tierBeforeCaps = rating.tierBeforeCaps
        score = rating.score
        caps = rating.caps
    }
}

public struct HeldField: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// One set of changes and what the re-rated descriptor gives.
public struct ImprovementOption: Sendable, Hashable, Codable {
    public var changes: [FieldChange]
    public var result: RatedState
    /// Cost proxy used for ranking after the number of fields: extra disposal Δv, m/s (0 when none).
    public var addedDeltaVMPerS: Double
    /// Physics notes: the Δv and propellant a disposal orbit costs and whether the reserve suffices.
    public var notes: [String]
    /// Unified diff of the descriptor (`patch -p0`).
    public var diff: String

    public init(changes: [FieldChange], result: RatedState, addedDeltaVMPerS: Double, notes: [String], diff: String) {
        self.changes = changes
        self.result = result
        self.addedDeltaVMPerS = addedDeltaVMPerS
        self.notes = notes
        self.diff = diff
    }
}

public struct FieldChange: Sendable, Hashable, Codable {
    public var path: String
    /// The value written today, nil when the field is not declared (unknown).
    public var from: String?
    public var to: String
    /// Line of the descriptor where the value is written today, when it is.
    public var line: Int?

    public init(path: String, from: String?, to: String, line: Int?) {
        self.path = path
        self.from = from
        self.to = to
        self.line = line
    }
}
