/// What a Steward certificate asserts: this mission descriptor, rated with this ruleset and engine under
/// these assumptions, earned this rating; issued by the holder of this key, valid for this period.
///
/// Every field is plain data so the certificate can be produced and checked without the rule engine: the
/// hashes identify the exact inputs, and `rating` is the summary a re-evaluation must reproduce. The JSON
/// member names are given next to each property; `docs/reports.md` documents the format.
public struct CertificatePayload: Sendable, Hashable {
    /// The value of the `format` member; a verifier rejects any other.
    public static let formatIdentifier = "steward/certificate@1"

    /// `mission`
    public var mission: CertifiedMission
    /// `ruleset`
    public var ruleset: CertifiedRuleset
    /// `engine_version`: the Steward version that computed the rating.
    public var engineVersion: String
    /// `assumptions`: the assumption values in force (ruleset defaults merged with `--assume`), as text.
    public var assumptions: [String: String]
    /// `rating`
    public var rating: CertifiedRatingSummary
    /// `issued_at`
    public var issuedAt: CertificateTimestamp
    /// `valid_until`: the certificate is valid up to and including this instant.
    public var validUntil: CertificateTimestamp
    /// `issuer_key_id`: `CertificateKeys.keyID(of:)` of the signing key. `Certificate.sign` sets it.
    public var issuerKeyID: String
    /// `input_files`: the other files the rating read (a descriptor's `orbit.omm` file, files named by
    /// assumptions), sorted by role, each role once. Written only when there is one; certificates issued before
    /// the member existed lack it and read as none.
    public var inputFiles: [CertifiedInputFile]

    public init(
        mission: CertifiedMission, ruleset: CertifiedRuleset, engineVersion: String,
        assumptions: [String: String], rating: CertifiedRatingSummary,
        issuedAt: CertificateTimestamp, validUntil: CertificateTimestamp, issuerKeyID: String = "",
        inputFiles: [CertifiedInputFile] = []
    ) {
        self.mission = mission
        self.ruleset = ruleset
        self.engineVersion = engineVersion
        self.assumptions = assumptions
        self.rating = rating
        self.issuedAt = issuedAt
        self.validUntil = validUntil
        self.issuerKeyID = issuerKeyID
        self.inputFiles = inputFiles.sorted { CanonicalJSON.memberNamePrecedes($0.role, $1.role) }
    }
}

/// A file other than the descriptor and the ruleset that the rating read, sealed by its hash.
public struct CertifiedInputFile: Sendable, Hashable {
    /// `role`: what named the file — `orbit.omm` (a descriptor key; the file is next to the descriptor) or
    /// `assumptions.<key>` (`space_weather`, `solar_forecast`, `materials`, `density_table`).
    public var role: String
    /// `name`: the file as it was named — relative to the descriptor's directory for a descriptor key, the
    /// assumption's value (a path as given) otherwise.
    public var name: String
    /// `sha256`: lower-case hex SHA-256 of the file's bytes exactly as read.
    public var sha256: String

    public init(role: String, name: String, sha256: String) {
        self.role = role
        self.name = name
        self.sha256 = sha256
    }
}

/// The mission a certificate is about.
public struct CertifiedMission: Sendable, Hashable {
    /// `id`: the descriptor's `mission.id`.
    public var id: String
    /// `name`: the descriptor's human-readable name.
    public var name: String
    /// `descriptor_sha256`: lower-case hex SHA-256 of the descriptor file's bytes, exactly as read.
    public var descriptorSHA256: String

    public init(id: String, name: String, descriptorSHA256: String) {
        self.id = id
        self.name = name
        self.descriptorSHA256 = descriptorSHA256
    }
}

/// The ruleset the mission was rated against.
public struct CertifiedRuleset: Sendable, Hashable {
    /// `id`
    public var id: String
    /// `version`
    public var version: String
    /// `sha256`: lower-case hex SHA-256 of the ruleset file's bytes (for an overlay, of the file named).
    public var sha256: String

    public init(id: String, version: String, sha256: String) {
        self.id = id
        self.version = version
        self.sha256 = sha256
    }
}

/// The part of a rating a certificate seals and a re-evaluation must reproduce.
public struct CertifiedRatingSummary: Sendable, Hashable {
    /// `tier`: the tier name after caps (`platinum`, `gold`, …, or `none`).
    public var tier: String
    /// `score`: the total score in [0, 1].
    public var score: Double
    /// `stars`: bonus stars earned.
    public var stars: Int
    /// `section_scores`: section id → score in [0, 1].
    public var sectionScores: [String: Double]
    /// `failed_required_rules`: ids of required rules that failed; written sorted.
    public var failedRequiredRules: [String]
    /// `unproven_required_rules`: ids of required rules that could not be shown to hold (a fact they need is
    /// unknown), which cap the tier as failed ones do (`--strict` counts both); written sorted. Certificates
    /// issued before this member existed lack it and read as none.
    public var unprovenRequiredRules: [String]
    /// `uncertainty`: the Monte Carlo run behind the rating (`--samples`), nil without one. Certificates issued
    /// before this member existed lack it.
    public var uncertainty: CertifiedUncertainty?

    public init(tier: String, score: Double, stars: Int, sectionScores: [String: Double], failedRequiredRules: [String],
                unprovenRequiredRules: [String] = [], uncertainty: CertifiedUncertainty? = nil) {
        self.uncertainty = uncertainty
        self.tier = tier
        self.score = score
        self.stars = stars
        self.sectionScores = sectionScores
        self.failedRequiredRules = failedRequiredRules.sorted(by: CanonicalJSON.memberNamePrecedes)
        self.unprovenRequiredRules = unprovenRequiredRules.sorted(by: CanonicalJSON.memberNamePrecedes)
    }
}

/// How sure the certified rating is of its tier: the draws, the seed that reproduces them, and the share of
/// draws in each tier (docs/physics.md, "Uncertainty"). `verify` re-runs the same draws and compares exactly.
public struct CertifiedUncertainty: Sendable, Hashable {
    /// `samples`: number of draws.
    public var samples: Int
    /// `seed`
    public var seed: Int
    /// `method`, e.g. `latin-hypercube`.
    public var method: String
    /// `tier_probability`: the share of draws that reached the certified tier.
    public var tierProbability: Double
    /// `tier_probabilities`: tier name (`none` for unrated) → share of draws, for every tier some draw reached.
    public var tierProbabilities: [String: Double]

    public init(samples: Int, seed: Int, method: String, tierProbability: Double, tierProbabilities: [String: Double]) {
        self.samples = samples
        self.seed = seed
        self.method = method
        self.tierProbability = tierProbability
        self.tierProbabilities = tierProbabilities
    }
}
