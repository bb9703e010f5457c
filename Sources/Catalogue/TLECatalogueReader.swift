import Astrodynamics
import Diagnostics
import Foundation

/// A TLE catalogue file: element sets of two lines, each optionally after a title line (CelesTrak's 3LE/2LE).
/// Each element set goes through `TwoLineElementSet.parse`, the parser descriptors use.
enum TLECatalogueReader {
    static func read(_ text: String, file: String) -> CatalogueReadResult {
        var records: [MeanElementRecord] = []
        var diagnostics: [Diagnostic] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .enumerated().map { (number: $0.offset + 1, text: String($0.element)) }
            .filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        var i = 0
        while i < lines.count {
            var title: (number: Int, text: String)?
            if !lines[i].text.hasPrefix("1 ") {
                title = lines[i]
                i += 1
            }
            guard i + 1 < lines.count, lines[i].text.hasPrefix("1 "), lines[i + 1].text.hasPrefix("2 ") else {
                let at = i < lines.count ? lines[i] : lines[lines.count - 1]
                diagnostics.append(.error("expected element line 1 followed by element line 2", at: SourceLocation(file: file, line: at.number, column: 1)))
                // Resynchronise at the next line 1.
                i += 1
                while i < lines.count, !lines[i].text.hasPrefix("1 ") { i += 1 }
                if i < lines.count, i > 0, !lines[i - 1].text.hasPrefix("2 ") { i -= 1 }
                continue
            }
            let first = lines[i], second = lines[i + 1]
            i += 2
            let start = title?.number ?? first.number
            switch TwoLineElementSet.parse(title: title?.text, line1: first.text, line2: second.text) {
            case .success(let tle):
                records.append(record(from: tle, file: file, titleLine: title?.number, line1: first.number, line2: second.number))
            case .failure(let failure):
                for error in failure.errors {
                    let line = error.line == 0 ? start : (error.line == 1 ? first.number : second.number)
                    diagnostics.append(.error("invalid two-line element set: \(error.message)", at: SourceLocation(file: file, line: line, column: error.column)))
                }
            }
        }
        if records.isEmpty, diagnostics.isEmpty {
            diagnostics.append(.error("no element set found", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return CatalogueReadResult(file: file, format: .tle, records: records, diagnostics: diagnostics, source: nil)
    }

    static func record(from tle: TwoLineElementSet, file: String, titleLine: Int?, line1: Int, line2: Int) -> MeanElementRecord {
        let at1 = SourceLocation(file: file, line: line1, column: 1)
        let at2 = SourceLocation(file: file, line: line2, column: 1)
        var locations: [String: SourceLocation] = [
            "NORAD_CAT_ID": at1.advanced(byColumns: 2), "EPOCH": at1.advanced(byColumns: 18), "BSTAR": at1.advanced(byColumns: 53),
            "INCLINATION": at2.advanced(byColumns: 8), "ECCENTRICITY": at2.advanced(byColumns: 26), "MEAN_MOTION": at2.advanced(byColumns: 52),
        ]
        if let titleLine { locations["OBJECT_NAME"] = SourceLocation(file: file, line: titleLine, column: 1) }
        return MeanElementRecord(
            elements: tle, epochText: epochText(tle.epoch), objectName: tle.title.flatMap { $0.isEmpty ? nil : $0 }, objectID: ommDesignator(tle.internationalDesignator),
            noradCatalogNumber: tle.catalogNumber, meanElementTheory: "SGP4", physical: PhysicalProperties(), unstatedKeywords: [],
            location: titleLine.map { SourceLocation(file: file, line: $0, column: 1) } ?? at1, keywordLocations: locations,
            recordDescription: "element set at line \(titleLine ?? line1)")
    }

    /// A TLE epoch in the OMM calendar form with microseconds, as CelesTrak writes GP records.
    static func epochText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        var micro = Int(((seconds - whole) * 1_000_000).rounded())
        var base = Date(timeIntervalSince1970: whole)
        if micro >= 1_000_000 { micro -= 1_000_000; base = base.addingTimeInterval(1) }
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: base)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06d", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0, micro)
    }

    /// `98067A` → `1998-067A` (the TLE's two-digit year convention: 57–99 are 19xx).
    static func ommDesignator(_ tle: String) -> String? {
        guard tle.count >= 6, let year = Int(tle.prefix(2)) else { return nil }
        let century = year >= 57 ? "19" : "20"
        return century + tle.prefix(2) + "-" + tle.dropFirst(2)
    }
}
