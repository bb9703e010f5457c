import Foundation
import Reports
import RuleEngine
import StewardTestSupport
import Testing

/// Lays HTML pages out in headless Chromium (Debian package `chromium`) and measures them.
///
/// One browser launch measures every page at every width: a harness page holds one `<iframe srcdoc>` per
/// (page, width), each exactly that many CSS pixels wide, and a script writes the measurements into the
/// DOM, which `--dump-dom` prints. Iframes rather than `--window-size`, because headless Chromium does not
/// shrink its top-level window below 500 px; `srcdoc` frames share the harness's origin, so the script may
/// read them without relaxing any file-access flag.
enum BrowserLayout {
    static let chromium: String? = ExternalTool.chromium


    struct Measurement: Decodable {
        var page: String
        var width: Int
        var innerWidth: Int
        var scrollWidth: Int
        /// Elements that stick out of the window while their parent does not: where an overflow starts.
        var culprits: [String]
        /// The smallest rendered text on the page, in CSS px, with its text: SVG text is scaled by its chart.
        var smallestText: Double
        var smallestTextSample: String
        /// Rule ids (`td:first-child > code`, `code.rule-id`) laid out on more than one line.
        var brokenIDs: [String]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let script = """
        addEventListener("load", () => {
          const results = [];
          for (const frame of document.querySelectorAll("iframe")) {
            const doc = frame.contentDocument, win = frame.contentWindow;
            const culprits = [];
            for (const element of doc.body.querySelectorAll("*")) {
              const right = element.getBoundingClientRect().right, parentRight = element.parentElement.getBoundingClientRect().right;
              if (right > win.innerWidth + 0.5 && parentRight <= win.innerWidth + 0.5 && culprits.length < 5) {
                culprits.push(element.tagName.toLowerCase() + " " + Math.round(right) + "px: " + (element.textContent || "").trim().slice(0, 60));
              }
            }
            let smallest = 1000, sample = "";
            for (const element of doc.body.querySelectorAll("*")) {
              const own = Array.from(element.childNodes).some(node => node.nodeType === 3 && node.textContent.trim() !== "");
              if (!own || element.closest("title, desc, style") || element.getClientRects().length === 0) continue;
              let size = parseFloat(win.getComputedStyle(element).fontSize);
              if (element instanceof win.SVGGraphicsElement) {
                const matrix = element.getScreenCTM();
                size *= Math.hypot(matrix.a, matrix.b);
              }
              if (size < smallest) { smallest = size; sample = element.textContent.trim().slice(0, 40); }
            }
            const brokenIDs = Array.from(doc.querySelectorAll("td:first-child > code, code.rule-id"))
              .filter(code => code.getClientRects().length > 1).map(code => code.textContent);
            results.push({page: frame.dataset.page, width: Number(frame.dataset.width), innerWidth: win.innerWidth,
                          scrollWidth: doc.documentElement.scrollWidth, culprits, smallestText: smallest,
                          smallestTextSample: sample, brokenIDs});
          }
          const output = document.createElement("pre");
          output.id = "steward-layout";
          output.textContent = encodeURIComponent(JSON.stringify(results));
          document.body.append(output);
        });
        """

    static func measure(pages: [(name: String, html: String)], widths: [Int]) throws -> [Measurement] {
        guard let chromium else { throw Failure(description: "chromium not found (install the Debian package chromium)") }
        func attribute(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var frames = ""
        for width in widths {
            for page in pages {
                frames += "<iframe data-page=\"\(attribute(page.name))\" data-width=\"\(width)\" "
                    + "style=\"width:\(width)px;height:800px;border:0;display:block\" srcdoc=\"\(attribute(page.html))\"></iframe>\n"
            }
        }
        let harness = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n"
            + frames + "<script>\(script)</script></body></html>\n"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("harness.html")
        try Data(harness.utf8).write(to: file)
        let output = directory.appendingPathComponent("dom.html")
        try Data().write(to: output)
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)", "--force-device-scale-factor=1",
            "--dump-dom", file.absoluteString,
        ]
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let running = process
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) {
            if running.isRunning { running.terminate() }
        }
        process.waitUntilExit()
        try handle.close()
        let dom = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        guard let start = dom.range(of: "<pre id=\"steward-layout\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
              let json = String(dom[start.upperBound..<end.lowerBound]).removingPercentEncoding else {
            throw Failure(description: "chromium (status \(process.terminationStatus)) printed no measurements")
        }
        return try JSONDecoder().decode([Measurement].self, from: Data(json.utf8))
    }
}

/// The HTML rating of every bundled example, as `steward rate X --format html` writes it, must fit a phone,
/// a tablet and a laptop window without sideways scrolling, keep its text legible and its rule ids whole.
@Suite struct HTMLReportLayoutTests {
    static let widths = [390, 768, 1280]

    static func examplePages() throws -> [(name: String, html: String)] {
        let examples = StewardBinary.repositoryRoot.appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try files.map { file in
            let run = try StewardBinary.run(["rate", "Examples/\(file)", "--format", "html"])
            #expect(run.stdout.hasPrefix("<!DOCTYPE html>"), "\(file): \(run.stderr)")
            return (file, run.stdout)
        }
    }

    @Test("every example's HTML rating has no horizontal overflow at 390, 768 and 1,280 px, text ≥ 11 px, unbroken rule ids",
          .requiresTool(BrowserLayout.chromium != nil, "needs chromium (.ci/run installs it)"))
    func examplesFitTheWindow() throws {
        let pages = try Self.examplePages()
        #expect(pages.count >= 9)
        let measurements = try BrowserLayout.measure(pages: pages, widths: Self.widths)
        #expect(measurements.count == pages.count * Self.widths.count)
        for measurement in measurements {
            let label = "\(measurement.page) at \(measurement.width) px"
            #expect(measurement.innerWidth == measurement.width, "\(label): window \(measurement.innerWidth) px")
            #expect(measurement.scrollWidth <= measurement.innerWidth,
                    "\(label): page is \(measurement.scrollWidth) px wide; starts at \(measurement.culprits)")
            #expect(measurement.brokenIDs.isEmpty, "\(label): rule ids split across lines: \(measurement.brokenIDs)")
            if measurement.width == 390 {
                #expect(measurement.smallestText >= 11, "\(label): text at \(measurement.smallestText) px: \(measurement.smallestTextSample)")
            }
        }
    }

    @Test("a rating with an uncertainty block (histogram, fan chart, tables) fits 390, 768 and 1,280 px, text ≥ 11 px, ids whole",
          .requiresTool(BrowserLayout.chromium != nil, "needs chromium (.ci/run installs it)"))
    func uncertaintySectionFitsTheWindow() throws {
        var pages: [(name: String, html: String)] = []
        for example in ["aurora-3u.yaml", "kestrel-eo.yaml"] {
            let run = try StewardBinary.run(["rate", "Examples/\(example)", "--format", "json"])
            #expect(run.status == 0, "\(example): \(run.stderr)")
            var rating = try JSONReporter.decode(run.stdout)
            rating.uncertainty = UncertaintyBlockFixture.block
            let html = HTMLReporter().render(rating)
            #expect(html.contains("<h2>Uncertainty</h2>") && html.contains("rating-altitude-band-narrow"))
            pages.append((example, html))
        }
        let measurements = try BrowserLayout.measure(pages: pages, widths: Self.widths)
        #expect(measurements.count == pages.count * Self.widths.count)
        for measurement in measurements {
            let label = "\(measurement.page) with uncertainty at \(measurement.width) px"
            #expect(measurement.scrollWidth <= measurement.innerWidth,
                    "\(label): page is \(measurement.scrollWidth) px wide; starts at \(measurement.culprits)")
            #expect(measurement.brokenIDs.isEmpty, "\(label): ids split across lines: \(measurement.brokenIDs)")
            if measurement.width == 390 {
                #expect(measurement.smallestText >= 11, "\(label): text at \(measurement.smallestText) px: \(measurement.smallestTextSample)")
            }
        }
    }

    @Test("the batch index page (--output-dir) fits 390 and 1,280 px with text ≥ 11 px",
          .requiresTool(BrowserLayout.chromium != nil, "needs chromium (.ci/run installs it)"))
    func indexPageFitsTheWindow() throws {
        let scratch = try ScratchDirectory.make("steward-index")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try StewardBinary.run(["rate", "Examples", "--format", "html", "--output-dir", scratch.path])
        #expect(run.status == 0, "\(run.stderr)")
        let index = try String(contentsOf: scratch.appendingPathComponent("index.html"), encoding: .utf8)
        let measurements = try BrowserLayout.measure(pages: [("index.html", index)], widths: [390, 1280])
        #expect(measurements.count == 2)
        for measurement in measurements {
            #expect(measurement.scrollWidth <= measurement.innerWidth,
                    "index at \(measurement.width) px is \(measurement.scrollWidth) px wide; starts at \(measurement.culprits)")
            #expect(measurement.brokenIDs.isEmpty, "\(measurement.brokenIDs)")
            if measurement.width == 390 { #expect(measurement.smallestText >= 11, "\(measurement.smallestTextSample)") }
        }
    }
}
