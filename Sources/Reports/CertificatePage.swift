import Certificates
import RuleEngine

/// The human-readable face of a certificate: a self-contained HTML page built from the payload alone.
///
/// `steward certify` writes it next to the certificate file so the result can be read, printed or
/// attached without tools; it carries everything the payload does (medal, score, section scores, input
/// hashes, assumptions, validity, issuer key) plus how to verify. The page is only a rendering — it says so,
/// and it names the signed file as the authority — because HTML cannot carry a signature a reader can check.
public struct CertificatePage: Sendable {
    public var payload: CertificatePayload
    /// Tier thresholds to draw on the section chart (from the ruleset); empty draws none.
    public var thresholds: [SectionScoreChart.Threshold]
    /// Section titles by id (from the ruleset); sections without one are shown by id only.
    public var sectionTitles: [String: String]
    /// The certificate's file name, used in the verification instructions.
    public var certificateFileName: String

    public init(
        payload: CertificatePayload, thresholds: [SectionScoreChart.Threshold] = [],
        sectionTitles: [String: String] = [:], certificateFileName: String
    ) {
        self.payload = payload
        self.thresholds = thresholds
        self.sectionTitles = sectionTitles
        self.certificateFileName = certificateFileName
    }

    public func render() -> String {
        let rating = payload.rating
        let tier = TierStyle(tierName: rating.tier)
        let scoreText = NumberFormatting.fixed(HorizontalBarChart.clamp(rating.score), decimals: 3)  // as the rating page and `certify`
        let failed = rating.failedRequiredRules

        var summaryFacts: [MarkupNode] = [
            .element("dt", [:], [.text("Tier")]), .element("dd", [:], [.text(tier.displayName)]),
            .element("dt", [:], [.text("Score")]), .element("dd", [:], [.text(scoreText)]),
            .element("dt", [:], [.text("Bonus stars")]), .element("dd", [:], [.text(String(rating.stars))]),
            .element("dt", [:], [.text("Failed required rules")]),
            .element("dd", [:], [.text(failed.isEmpty ? "none" : failed.joined(separator: ", "))]),
            .element("dt", [:], [.text("Required rules not shown to hold")]),
            .element("dd", [:], [.text(rating.unprovenRequiredRules.isEmpty ? "none" : rating.unprovenRequiredRules.joined(separator: ", "))]),
        ]
        if let uncertainty = rating.uncertainty {
            // The share of draws behind the tier, and what reproduces them (docs/physics.md, "Uncertainty").
            let shares = uncertainty.tierProbabilities.sorted { $0.value > $1.value }
                .map { "\(TierStyle(tierName: $0.key).displayName) \(NumberFormatting.readable($0.value * 100, significantDigits: 3)) %" }
            summaryFacts += [
                .element("dt", [:], [.text("Probability of the tier")]),
                .element("dd", [:], [.text("\(NumberFormatting.readable(uncertainty.tierProbability * 100, significantDigits: 3)) % "
                                          + "of \(uncertainty.samples) draws (\(shares.joined(separator: ", ")))")]),
                .element("dt", [:], [.text("Draws")]),
                .element("dd", [:], [.text("\(uncertainty.samples), \(uncertainty.method), seed \(uncertainty.seed)")]),
            ]
        }
        summaryFacts = [.element("dl", ["class": "facts"], summaryFacts)]

        let medal = TierMedal(id: "certificate-medal", tierName: rating.tier, score: rating.score, stars: rating.stars)
        let sectionIDs = rating.sectionScores.keys.sorted(by: CanonicalJSON.memberNamePrecedes)
        let chart = SectionScoreChart(
            id: "certificate-sections", title: "Section scores",
            sections: sectionIDs.map { id in
                SectionScoreChart.Section(id: id, title: sectionTitles[id] ?? id, score: rating.sectionScores[id] ?? 0)
            },
            thresholds: thresholds)

        func fact(_ name: String, _ value: String, code: Bool = false) -> [MarkupNode] {
            [.element("dt", [:], [.text(name)]),
             .element("dd", [:], [code ? .element("code", [:], [.text(value)]) : .text(value)])]
        }
        var inputs: [MarkupNode] = []
        inputs += fact("Mission", "\(payload.mission.name) (\(payload.mission.id))")
        inputs += fact("Descriptor SHA-256", payload.mission.descriptorSHA256, code: true)
        inputs += fact("Ruleset", "\(payload.ruleset.id) \(payload.ruleset.version)")
        inputs += fact("Ruleset SHA-256", payload.ruleset.sha256, code: true)
        inputs += fact("Engine", "Steward \(payload.engineVersion)")
        for file in payload.inputFiles {
            inputs += fact("\(file.role): \(file.name)", file.sha256, code: true)
        }

        let assumptionKeys = payload.assumptions.keys.sorted(by: CanonicalJSON.memberNamePrecedes)
        var assumptions: [MarkupNode] = []
        for key in assumptionKeys {
            // The payload keeps each number exactly as certified; the page shows it like every report does.
            let text = payload.assumptions[key] ?? ""
            let shown = Double(text).flatMap { $0.isFinite ? NumberFormatting.readable($0) : nil } ?? text
            assumptions += fact(key, shown, code: true)
        }

        var validity: [MarkupNode] = []
        validity += fact("Issued", payload.issuedAt.iso8601)
        validity += fact("Valid until", payload.validUntil.iso8601)
        validity += fact("Issuer key id", payload.issuerKeyID, code: true)

        let command = "steward verify \(certificateFileName) --public-key ISSUER.pub --mission MISSION.yaml"
        let body: [MarkupNode] = [
            .element("main", [:], [
                .element("h1", [:], [.text("Steward sustainability certificate")]),
                .element("p", ["class": "subtitle"], [.text("\(payload.mission.name) — rated against \(payload.ruleset.id) \(payload.ruleset.version)")]),
                .element("section", ["class": "summary", "aria-label": "Rating"], [.raw(medal.svg())] + summaryFacts),
                .element("section", ["aria-label": "Section scores"], [.raw(chart.svg())]),
                .element("section", [:], [
                    .element("h2", [:], [.text("Inputs")]),
                    .element("dl", ["class": "facts"], inputs),
                ]),
                .element("section", [:], [
                    .element("h2", [:], [.text("Assumptions")]),
                    assumptions.isEmpty
                        ? .element("p", [:], [.text("None recorded.")])
                        : .element("dl", ["class": "facts"], assumptions),
                ]),
                .element("section", [:], [
                    .element("h2", [:], [.text("Validity")]),
                    .element("dl", ["class": "facts"], validity),
                ]),
                .element("section", [:], [
                    .element("h2", [:], [.text("How to verify")]),
                    .element("p", [:], [.text(
                        "This page is a rendering for people. The signed file \(certificateFileName) is the certificate: check its Ed25519 signature with the issuer's public key, and re-rate the mission to confirm the result:")]),
                    .element("pre", [:], [.element("code", [:], [.text(command)])]),
                    .element("p", ["class": "note"], [.text(
                        "Verification fails if any byte of the certificate changed, if it has expired, if the descriptor or ruleset no longer has the hash above, or if re-rating gives a different result.")]),
                ]),
            ]),
        ]
        return HTMLDocument(
            title: "Steward certificate: \(payload.mission.name) — \(tier.displayName) \(scoreText)",
            styleSheet: ReportStyleSheet.css, body: body
        ).render()
    }
}
