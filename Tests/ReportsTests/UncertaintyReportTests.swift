import Foundation
import RuleEngine
import StewardTestSupport
import Testing
@testable import Reports

/// The reports of a rating that carries an `uncertainty` block (`steward rate --samples N`): golden files for
/// text, Markdown, HTML and JSON, the text width, the headline, escaping, and the JSON against its schema.
/// Ratings without the block are covered by the existing golden files, which must not change.
@Suite("Uncertainty in reports")
struct UncertaintyReportTests {
    static let stem = "starter-orbis-uncertainty"

    @Test("the fixture is gold, and its block agrees with the starter ruleset's tiers")
    func fixture() throws {
        let rating = try UncertaintyFixture.rating()
        #expect(rating.tier == "gold")
        let block = try #require(rating.uncertainty)
        #expect(block.tiers.map(\.tier) == rating.tiers.map(\.name))
        #expect(block.tiers.map(\.draws).reduce(0, +) == block.samples)
        #expect(block.scoreHistogram.reduce(0, +) == block.samples)
        #expect(block.altitudeBand.count == 60)
        // The 80 silver draws are the histogram's bins in [0.55, 0.70), the 920 gold ones those in [0.70, 0.85).
        #expect(block.scoreHistogram[11..<14].reduce(0, +) == 80)
        #expect(block.scoreHistogram[14..<17].reduce(0, +) == 920)
    }

    @Test("text, Markdown, HTML and JSON match their golden files", arguments: [ReportFormat.text, .markdown, .html, .json])
    func golden(_ format: ReportFormat) throws {
        let rating = try UncertaintyFixture.rating()
        try ReportGolden.check(format.render(rating, options: ReportGolden.options), ReportGolden.fileName(Self.stem, format))
    }

    @Test("the one-line verdict carries the tier's probability in text, Markdown and HTML")
    func headline() throws {
        let rating = try UncertaintyFixture.rating()
        let text = TextReporter().render(rating).split(separator: "\n")
        #expect(text[1].hasPrefix("Tier GOLD (92 % of draws)   Score 0."))
        #expect(MarkdownReporter().render(rating).contains("**Tier: GOLD** (92 % of draws) · **Score: "))
        #expect(HTMLReporter().render(rating).contains("<dd>Gold (92 % of draws)</dd>"))
    }

    @Test("the text block gives each tier as probability ± SE with its Wilson interval, the percentiles, inputs and meaning")
    func textBlock() throws {
        let text = TextReporter().render(try UncertaintyFixture.rating())
        #expect(text.contains("Uncertainty: 1,000 draws, latin-hypercube sampling, seed 1\n"))
        // Wilson 95 % interval for 920 of 1,000 (z = 1.96): 0.9017–0.9350, checked with R's prop.test(correct = FALSE).
        #expect(text.contains("  Gold      92.0 % ± 0.9 % (95 %: 90.2–93.5 %), 920 draws\n"))
        #expect(text.contains("  Silver     8.0 % ± 0.9 % (95 %: 6.5–9.8 %), 80 draws\n"))
        #expect(text.contains("  Score     p5 0.673, p50 0.790, p95 0.842 (nominal 0."))
        #expect(text.contains("  derived.lifetime.post_mission_years\n      p5 5.6, p50 10.3, p95 23.4 years (nominal 10.1)\n"))
        #expect(text.contains("    material_properties: uniform(0.9, 1.1), not drawn: no re-entry components\n      declared\n"))
        #expect(text.contains("    drag_coefficient: uniform(1.87, 2.53), nominal 2.2\n      from ruleset: "))
        #expect(text.contains("share of 1,000 draws of the uncertain inputs"))
    }

    @Test("the text report with the block fits the width it is given, in colour too", arguments: [48, 80, 100])
    func textWidth(width: Int) throws {
        let rating = try UncertaintyFixture.rating()
        for colour in [false, true] {
            let text = TextReporter(colour: colour, width: width).render(rating)
            for line in text.split(separator: "\n") {
                let visible = TextReporter.visibleWidth(line)
                #expect(visible <= width || !line.drop { $0 == " " }.contains(" "), "\(visible) > \(width): \(line)")
            }
        }
    }

    @Test("headline percentages never round a share that is not 0 or 1 to 0 % or 100 %")
    func headlinePercent() {
        #expect(UncertaintyWording.headlinePercent(0.92) == "92 %")
        #expect(UncertaintyWording.headlinePercent(1) == "100 %")
        #expect(UncertaintyWording.headlinePercent(0) == "0 %")
        #expect(UncertaintyWording.headlinePercent(0.995) == "99.5 %")
        #expect(UncertaintyWording.headlinePercent(0.003) == "0.3 %")
        #expect(UncertaintyWording.headlinePercent(0.99999) == "> 99.9 %")
        #expect(UncertaintyWording.headlinePercent(0.00001) == "< 0.1 %")
        #expect(UncertaintyWording.count(1000) == "1,000")
        #expect(UncertaintyWording.count(100000) == "100,000")
        #expect(UncertaintyWording.count(999) == "999")
    }

    @Test("a tier no draw reached reads 0 % in the headline")
    func headlineWithoutDraws() throws {
        var rating = try UncertaintyFixture.rating()
        rating.uncertainty?.tiers = [TierProbability(tier: "silver", draws: 1000, samples: 1000)]
        #expect(UncertaintyWording.headline(rating) == "(0 % of draws)")
    }

    @Test("a sparse block (unrated draws, no score, no facts, no band, no inputs) renders without charts or empty tables")
    func sparseBlock() throws {
        var rating = try UncertaintyFixture.rating()
        rating.tier = nil
        rating.tierBeforeCaps = nil
        rating.uncertainty = RatingUncertainty(
            samples: 10, seed: 7, method: "latin-hypercube", inputs: [],
            tiers: [TierProbability(tier: "gold", draws: 0, samples: 10), TierProbability(tier: nil, draws: 10, samples: 10)],
            score: nil, unscoredDraws: 10, scoreHistogram: Array(repeating: 0, count: 20), facts: [], altitudeBand: [])
        let text = TextReporter().render(rating)
        #expect(text.contains("Tier UNRATED (100 % of draws)"))
        #expect(text.contains("  Unrated  100.0 % ± 0.0 % (95 %: 72.2–100.0 %), 10 draws\n"))
        #expect(text.contains("10 draws had no score"))
        #expect(!text.contains("\n  Score ") && !text.contains("\n  Inputs"))
        let html = HTMLReporter().render(rating)
        #expect(html.contains("<dd>Unrated (100 % of draws)</dd>"))
        #expect(!html.contains("rating-score-histogram") && !html.contains("rating-altitude-band"))
        #expect(!html.contains("Percentiles over the draws") && !html.contains("Uncertain inputs"))
        let markdown = MarkdownReporter().render(rating)
        #expect(markdown.contains("| Unrated | 10 | 100.0 % | 0.0 % | 72.2–100.0 % |"))
        #expect(!markdown.contains("| over the draws |") && !markdown.contains("| input |"))
    }

    @Test("text from the block is escaped in every format")
    func escaping() throws {
        var rating = try UncertaintyFixture.rating()
        rating.uncertainty?.inputs[0].source = "<script>alert(1)</script> | *x* \u{1B}[31m"
        let html = HTMLReporter().render(rating)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let markdown = MarkdownReporter().render(rating)
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> \\| \\*x\\*"))
        #expect(!TextReporter().render(rating).contains("\u{1B}"))
    }

    @Test("the JSON carries the block and decodes back to the same rating")
    func jsonRoundTrip() throws {
        let rating = try UncertaintyFixture.rating()
        let json = JSONReporter().render(rating)
        #expect(json.contains("\"uncertainty\" : {"))
        #expect(json.contains("\"wilson_low\" : "))
        #expect(json.contains("\"score_histogram\" : ["))
        #expect(try JSONReporter.decode(json) == rating)
        #expect(!JSONReporter().render(try SecondRatingFixture.rating()).contains("\"uncertainty\""))
    }

    @Test("the JSON with the block validates against schemas/rating.schema.json; a probability of 1.5 does not",
          .requiresTool(JSONSchemaOracle.isAvailable, "needs python3 with jsonschema and PyYAML"))
    func jsonSchema() throws {
        let json = JSONReporter().render(try UncertaintyFixture.rating())
        let wrong = json.replacingOccurrences(of: "\"probability\" : 0.92,", with: "\"probability\" : 1.5,")
        #expect(wrong != json)
        let verdicts = try JSONSchemaOracle.validate(schema: Repository.url("schemas/rating.schema.json"),
                                                     texts: [("uncertainty.json", json), ("wrong.json", wrong)])
        #expect(verdicts[0] == nil, "\(verdicts[0] ?? "")")
        #expect(verdicts[1]?.contains("1.5") == true, "\(verdicts[1] ?? "valid")")
    }

    @Test("the HTML section has the histogram with every threshold named, the fan chart with its band, and table fallbacks")
    func htmlSection() throws {
        let rating = try UncertaintyFixture.rating()
        let html = HTMLReporter().render(rating)
        #expect(html.contains("<h2>Uncertainty</h2>"))
        for id in ["rating-score-histogram", "rating-score-histogram-narrow", "rating-altitude-band", "rating-altitude-band-narrow"] {
            #expect(html.contains("id=\"\(id)\""), "\(id)")
            #expect(html.contains("aria-describedby=\"\(id)-desc\""), "\(id)")
        }
        for name in ["Platinum", "Gold", "Silver", "Bronze"] {
            #expect(html.contains(">\(name)</text>"), "\(name)")
        }
        #expect(html.contains("<polygon points="))
        #expect(html.contains("<summary>The histogram as a table</summary>"))
        #expect(html.contains("<summary>The altitude band as a table</summary>"))
        #expect(html.contains("<td data-label=\"Draws\">920</td>"))
        #expect(html.contains("<td data-label=\"p50\">10.3</td>"))
    }

    @Test("the histogram draws one bar per non-empty bin, coloured by tier, and staggers labels that would overlap")
    func histogram() throws {
        let thresholds = [("platinum", 0.85), ("gold", 0.70), ("silver", 0.55), ("bronze", 0.40)]
            .map { SectionScoreChart.Threshold(tier: $0.0, minimumScore: $0.1) }
        let chart = ScoreHistogramChart(id: "h", title: "Score", counts: UncertaintyBlockFixture.block.scoreHistogram,
                                        thresholds: thresholds, pointScore: 0.81)
        let svg = chart.svg()
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 5)
        #expect(svg.contains("fill=\"\(TierStyle.gold.badgeFill)\""))
        #expect(svg.contains("fill=\"\(TierStyle.silver.badgeFill)\""))
        #expect(svg.contains("<title>0.60–0.65: 25 draws</title>"))
        #expect(svg.contains("point rating 0.810"))
        #expect(svg.contains("Draws per bin: 0.60–0.65: 25; 0.65–0.70: 55; 0.70–0.75: 180; 0.75–0.80: 330; 0.80–0.85: 410."))
        // Labels 40 px apart and 50 px wide share no row; 100 px apart they do.
        #expect(ScoreHistogramChart.labelRows([(x: 100, width: 50), (x: 140, width: 50), (x: 240, width: 50)]) == [0, 1, 0])
        #expect(ScoreHistogramChart.labelRows([(x: 100, width: 50), (x: 200, width: 50)]) == [0, 0])
    }

    @Test("a vertical reference line near the chart's right edge is named on its left, not cut off")
    func referenceLabelNearTheEdge() {
        let series = [LineChart.Series(name: "median", points: [.init(x: 0, y: 550), .init(x: 30, y: 100)], color: "#0969da")]
        let target = LineChart.ReferenceLine(label: "25-year target", .vertical(x: 25))
        let narrow = LineChart(id: "c", title: "t", xAxisTitle: "x", yAxisTitle: "y", series: series, referenceLines: [target],
                               width: 358).svg()
        #expect(narrow.contains("text-anchor=\"end\" fill=\"#cf222e\">25-year target</text>"))
        let wide = LineChart(id: "c", title: "t", xAxisTitle: "x", yAxisTitle: "y", series: series, referenceLines: [target]).svg()
        #expect(!wide.contains("text-anchor=\"end\" fill=\"#cf222e\">25-year target</text>"))
    }

    @Test("a line chart without bands is unchanged by the band support; with one, it is drawn and described")
    func bands() {
        let series = [LineChart.Series(name: "median", points: [.init(x: 0, y: 550), .init(x: 10, y: 100)], color: "#0969da")]
        let plain = LineChart(id: "c", title: "t", xAxisTitle: "x", yAxisTitle: "y", series: series)
        #expect(!plain.svg().contains("polygon"))
        let band = LineChart.Band(name: "5–95 %", points: [.init(x: 0, lower: 540, upper: 560), .init(x: 10, lower: 100, upper: 300)],
                                  color: "#0969da")
        let svg = LineChart(id: "c", title: "t", xAxisTitle: "x", yAxisTitle: "y", series: series, bands: [band]).svg()
        #expect(svg.contains("<polygon points="))
        #expect(svg.contains("5–95 % (shaded): from 540–560 at 0 to 100–300 at 10."))
    }
}
