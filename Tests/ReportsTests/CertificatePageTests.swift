import Foundation
import Testing
import Certificates
import Crypto
@testable import Reports
import StewardTestSupport

@Suite("Certificate HTML page")
struct CertificatePageTests {
    static let thresholds: [SectionScoreChart.Threshold] = [
        .init(tier: "platinum", minimumScore: 0.85), .init(tier: "gold", minimumScore: 0.70),
        .init(tier: "silver", minimumScore: 0.55), .init(tier: "bronze", minimumScore: 0.40),
    ]

    static func page(_ payload: CertificatePayload = CertificateFixtures.payload()) throws -> String {
        var payload = payload
        payload.issuerKeyID = CertificateKeys.keyID(of: try CertificateFixtures.signingKey().publicKey)
        return CertificatePage(
            payload: payload, thresholds: thresholds,
            sectionTitles: ["A": "Policy and regulatory framework", "B": "Safety of space operations",
                            "C": "International cooperation", "D": "Scientific and technical research"],
            certificateFileName: "demo-sat-1.certificate.json"
        ).render()
    }

    @Test("golden page (regenerate with STEWARD_UPDATE_GOLDEN=1)")
    func golden() throws {
        try GoldenFile.check(try Self.page(), named: "Certificate/demo-sat-1.certificate.html")
    }

    @Test("shows every payload fact and how to verify")
    func content() throws {
        let html = try Self.page()
        let payload = CertificateFixtures.payload()
        for fact in [payload.mission.descriptorSHA256, payload.ruleset.sha256, "21fe31dfa154a261", "2027-11-28T00:00:00Z",
                     "mean_cycle", "D.2-passivation", "0.78", "Steward 0.1.0", "steward verify demo-sat-1.certificate.json"] {
            #expect(html.contains(fact), "\(fact)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        // Self-contained: the only URL is the SVG namespace name, which is never fetched.
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"))
    }

    @Test("a hostile mission name is escaped everywhere it appears")
    func escaping() throws {
        var payload = CertificateFixtures.payload()
        payload.mission.name = "<script>alert('x')</script> & co"
        let html = try Self.page(payload)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co"))
    }

    @Test("rendered by headless Chromium at phone and A4 widths to non-blank PNGs of the requested size",
          .requiresTool(HeadlessChromium.executable != nil, "needs chromium (.ci/run installs it)"))
    func chromiumRender() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("certificate.html")
        try Data(try Self.page().utf8).write(to: page)
        let blank = directory.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)

        // 390 px: a common phone width; 794 px: A4 width at 96 px per inch.
        for (width, height) in [(390, 1600), (794, 1123)] {
            let shot = try HeadlessChromium.screenshot(page, width: width, height: height, in: directory)
            let blankShot = try HeadlessChromium.screenshot(blank, width: width, height: height, in: directory)
            #expect(PNGInfo.size(of: shot)?.width == width)
            #expect(PNGInfo.size(of: shot)?.height == height)
            // A blank page compresses to almost nothing; text and charts do not.
            #expect(shot.count > 8 * blankShot.count, "page \(shot.count) bytes, blank \(blankShot.count) bytes")
        }
    }
}

/// Reads a PNG's dimensions from its IHDR chunk (PNG specification §11.2.2).
enum PNGInfo {
    static func size(of data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        func bigEndian(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        return (bigEndian(16), bigEndian(20))
    }
}

/// Runs a headless Chromium (Debian package `chromium`) to screenshot a page. Tests that need it are
/// skipped when it is not installed, and fail under `CI=true` (`.requiresTool`); `.ci/run` installs it.
enum HeadlessChromium {
    static let executable: String? = ExternalTool.chromium

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Screenshots `page` at `width`×`height` CSS pixels and returns the PNG bytes.
    static func screenshot(_ page: URL, width: Int, height: Int, in directory: URL) throws -> Data {
        guard let executable else { throw Failure(description: "chromium not found on PATH (Debian package chromium, or set STEWARD_CHROMIUM)") }
        let output = directory.appendingPathComponent("shot-\(UUID().uuidString).png")
        let profile = directory.appendingPathComponent("profile-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--force-device-scale-factor=1",
            "--window-size=\(width),\(height)", "--screenshot=\(output.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let running = process
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) {
            if running.isRunning { running.terminate() }
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            throw Failure(description: "chromium exited with status \(process.terminationStatus) and no screenshot")
        }
        return data
    }
}

@Suite("Certificate page: numbers and the unrated state read like the reports")
struct CertificatePageWordingTests {
    @Test("a certified number is shown to four significant digits; the payload keeps it exactly")
    func readableAssumption() throws {
        var payload = CertificateFixtures.payload()
        payload.assumptions["casualty_area_m2"] = "8.84230054010552"
        let html = try CertificatePageTests.page(payload)
        #expect(html.contains("8.842"))
        #expect(!html.contains("8.84230054010552"))
        #expect(payload.assumptions["casualty_area_m2"] == "8.84230054010552")
    }

    @Test("the score has three decimals, as on the rating page and in certify's summary")
    func scoreDecimals() throws {
        let html = try CertificatePageTests.page()
        #expect(html.contains("<dd>0.780</dd>") && html.contains("— Gold 0.780</title>"))
    }

    @Test("no tier is 'Unrated', as in the text, Markdown, HTML and badge reports")
    func unratedWord() throws {
        var payload = CertificateFixtures.payload()
        payload.rating.tier = "none"
        let html = try CertificatePageTests.page(payload)
        #expect(html.contains("<dt>Tier</dt>\n          <dd>Unrated</dd>") || html.contains("<dt>Tier</dt><dd>Unrated</dd>"), "\(html)")
        #expect(!html.contains("<dd>none</dd>\n          <dt>Score") && !html.contains("No tier"))
    }
}
