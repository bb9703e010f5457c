extension CertificatePayload {
    /// The payload as a JSON value; its canonical bytes are what the signature covers.
    public var json: CanonicalJSON {
        var ratingMembers: [String: CanonicalJSON] = [
            "tier": .string(rating.tier),
            "score": .number(rating.score),
            "stars": .number(Double(rating.stars)),
            "section_scores": .object(rating.sectionScores.mapValues { .number($0) }),
            "failed_required_rules": .array(
                rating.failedRequiredRules.sorted(by: CanonicalJSON.memberNamePrecedes).map { .string($0) }),
            "unproven_required_rules": .array(
                rating.unprovenRequiredRules.sorted(by: CanonicalJSON.memberNamePrecedes).map { .string($0) }),
        ]
        if let uncertainty = rating.uncertainty {
            ratingMembers["uncertainty"] = .object([
                "samples": .number(Double(uncertainty.samples)),
                "seed": .number(Double(uncertainty.seed)),
                "method": .string(uncertainty.method),
                "tier_probability": .number(uncertainty.tierProbability),
                "tier_probabilities": .object(uncertainty.tierProbabilities.mapValues { .number($0) }),
            ])
        }
        var members: [String: CanonicalJSON] = [
            "format": .string(Self.formatIdentifier),
            "mission": .object([
                "id": .string(mission.id),
                "name": .string(mission.name),
                "descriptor_sha256": .string(mission.descriptorSHA256),
            ]),
            "ruleset": .object([
                "id": .string(ruleset.id),
                "version": .string(ruleset.version),
                "sha256": .string(ruleset.sha256),
            ]),
            "engine_version": .string(engineVersion),
            "assumptions": .object(assumptions.mapValues { .string($0) }),
            "rating": .object(ratingMembers),
            "issued_at": .string(issuedAt.iso8601),
            "valid_until": .string(validUntil.iso8601),
            "issuer_key_id": .string(issuerKeyID),
        ]
        if !inputFiles.isEmpty {
            members["input_files"] = .array(inputFiles.map { file in
                .object(["role": .string(file.role), "name": .string(file.name), "sha256": .string(file.sha256)])
            })
        }
        return .object(members)
    }

    /// Reads a payload from JSON, strictly: every member must be present, typed and in range, and no
    /// other member may appear. `path` prefixes the locations in errors (`payload` inside a certificate).
    public init(json: CanonicalJSON, path: String = "payload") throws(CertificateFormatError) {
        var root = try StrictJSONObjectReader(json, path: path)
        let format = try root.string("format")
        guard format == Self.formatIdentifier else {
            throw CertificateFormatError(
                at: path + ".format", "unsupported certificate format \"\(format)\"; this verifier reads \(Self.formatIdentifier)",
                isUnsupportedFormat: true)
        }
        var missionReader = try root.object("mission")
        let mission = CertifiedMission(
            id: try missionReader.nonEmptyString("id"),
            name: try missionReader.string("name"),
            descriptorSHA256: try missionReader.lowercaseHex("descriptor_sha256", digits: 64))
        try missionReader.rejectUnexpectedMembers()

        var rulesetReader = try root.object("ruleset")
        let ruleset = CertifiedRuleset(
            id: try rulesetReader.nonEmptyString("id"),
            version: try rulesetReader.nonEmptyString("version"),
            sha256: try rulesetReader.lowercaseHex("sha256", digits: 64))
        try rulesetReader.rejectUnexpectedMembers()

        let engineVersion = try root.nonEmptyString("engine_version")
        let assumptions = try root.stringMap("assumptions")

        var ratingReader = try root.object("rating")
        let rating = CertifiedRatingSummary(
            tier: try ratingReader.nonEmptyString("tier"),
            score: try ratingReader.unitInterval("score"),
            stars: try ratingReader.count("stars"),
            sectionScores: try ratingReader.scoreMap("section_scores"),
            failedRequiredRules: try ratingReader.stringArray("failed_required_rules"),
            unprovenRequiredRules: ratingReader.has("unproven_required_rules")
                ? try ratingReader.stringArray("unproven_required_rules") : [],
            uncertainty: ratingReader.has("uncertainty")
                ? try Self.uncertainty(try ratingReader.object("uncertainty")) : nil)
        try ratingReader.rejectUnexpectedMembers()

        let issuedAt = try root.timestamp("issued_at")
        let validUntil = try root.timestamp("valid_until")
        guard issuedAt <= validUntil else {
            throw CertificateFormatError(at: path + ".valid_until", "is before issued_at (\(issuedAt))")
        }
        let issuerKeyID = try root.lowercaseHex("issuer_key_id", digits: CertificateKeys.keyIDLength)
        let inputFiles = root.has("input_files") ? try Self.inputFiles(&root, path: path + ".input_files") : []
        try root.rejectUnexpectedMembers()

        self.init(
            mission: mission, ruleset: ruleset, engineVersion: engineVersion, assumptions: assumptions,
            rating: rating, issuedAt: issuedAt, validUntil: validUntil, issuerKeyID: issuerKeyID, inputFiles: inputFiles)
    }

    /// `rating.uncertainty`: draws ≥ 1, a seed ≥ 0, probabilities in [0, 1].
    private static func uncertainty(_ object: StrictJSONObjectReader) throws(CertificateFormatError) -> CertifiedUncertainty {
        var reader = object
        let samples = try reader.count("samples")
        guard samples >= 1 else { throw CertificateFormatError(at: reader.path + ".samples", "must be at least 1, found 0") }
        let uncertainty = CertifiedUncertainty(
            samples: samples, seed: try reader.count("seed"), method: try reader.nonEmptyString("method"),
            tierProbability: try reader.unitInterval("tier_probability"),
            tierProbabilities: try reader.scoreMap("tier_probabilities"))
        try reader.rejectUnexpectedMembers()
        return uncertainty
    }

    /// `input_files`: a non-empty array (an absent member is the only way to say "none", so each certificate has
    /// one spelling), sorted by role with no role twice.
    private static func inputFiles(_ root: inout StrictJSONObjectReader, path: String) throws(CertificateFormatError) -> [CertifiedInputFile] {
        let elements = try root.array("input_files")
        guard !elements.isEmpty else { throw CertificateFormatError(at: path, "must not be empty (omit the member when no file was read)") }
        var files: [CertifiedInputFile] = []
        for (index, element) in elements.enumerated() {
            var reader = try StrictJSONObjectReader(element, path: path + "[\(index)]")
            let file = CertifiedInputFile(role: try reader.nonEmptyString("role"), name: try reader.nonEmptyString("name"),
                                          sha256: try reader.lowercaseHex("sha256", digits: 64))
            try reader.rejectUnexpectedMembers()
            if let previous = files.last, !CanonicalJSON.memberNamePrecedes(previous.role, file.role) {
                throw CertificateFormatError(at: path + "[\(index)].role",
                                             "roles must be sorted and distinct, found \"\(file.role)\" after \"\(previous.role)\"")
            }
            files.append(file)
        }
        return files
    }
}
