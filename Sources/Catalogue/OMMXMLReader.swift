import Diagnostics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// CCSDS OMM in XML (ODM 502.0-B-3 §8): a bare `<omm>` root or an `<ndm>` holding one `<omm>` per object, as
/// CelesTrak sends. Parsed with Foundation's `XMLParser` (libxml2), which reports each element's line and
/// column, so every keyword keeps a `file:line:col`. No DTD is accepted at all: an OMM never needs one, and
/// refusing `<!DOCTYPE` up front rules out external entities (XXE) and entity-expansion bombs.
enum OMMXMLReader {
    static func read(_ text: String, file: String, limits: CatalogueLimits) -> CatalogueReadResult {
        if let range = text.range(of: "<!DOCTYPE", options: .caseInsensitive) ?? text.range(of: "<!ENTITY", options: .caseInsensitive) {
            let location = location(of: range.lowerBound, in: text, file: file)
            return CatalogueReadResult(file: file, format: .ommXML, records: [], diagnostics: [
                .error("XML document type declarations and entities are not accepted in an OMM", at: location,
                       notes: ["an OMM needs no DTD; refusing it keeps external entities out"])], source: nil)
        }
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = Delegate(file: file, maxDepth: limits.maxXMLDepth)
        parser.delegate = delegate
        // On Linux `parse()` can return true although libxml2 reported an error, so the error is what counts.
        let ok = parser.parse() && parser.parserError == nil
        var diagnostics = delegate.diagnostics
        if !ok, delegate.stoppedWith == nil {
            // The error codes differ between platforms' XML parsers, so only the position is reported.
            let code = (parser.parserError as NSError?)?.code ?? 0
            diagnostics.append(.error("invalid XML: the document is not well-formed here (XML parser error \(code))",
                                      at: SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))))
            return CatalogueReadResult(file: file, format: .ommXML, records: [], diagnostics: diagnostics, source: nil)
        } else if let stop = delegate.stoppedWith {
            diagnostics.append(stop)
        }
        if ok, delegate.records.isEmpty, delegate.sawOMM == false {
            diagnostics.append(.error("no <omm> element found: expected an OMM or an <ndm> holding OMMs", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return CatalogueReadResult(file: file, format: .ommXML, records: delegate.records, diagnostics: diagnostics, source: nil)
    }

    static func location(of index: String.Index, in text: String, file: String) -> SourceLocation {
        let before = text[..<index]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Structural elements of an OMM; anything else inside `<omm>` is a keyword element.
    static let structural: Set<String> = [
        "header", "body", "segment", "metadata", "data", "meanElements", "spacecraftParameters", "tleParameters",
        "covarianceMatrix", "userDefinedParameters",
    ]

    final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        let maxDepth: Int
        var records: [MeanElementRecord] = []
        var diagnostics: [Diagnostic] = []
        var stoppedWith: Diagnostic?
        var sawOMM = false
        private var stack: [String] = []
        private var builder: RecordBuilder?
        private var ommCount = 0
        private var text = ""
        private var fieldStart: SourceLocation?
        private var userDefinedName: String?

        init(file: String, maxDepth: Int) {
            self.file = file
            self.maxDepth = maxDepth
        }

        private func here(_ parser: XMLParser) -> SourceLocation {
            SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            stack.append(name)
            if stack.count > maxDepth {
                stoppedWith = .error("XML nesting is too deep: expected at most \(maxDepth) levels", at: here(parser))
                parser.abortParsing()
                return
            }
            text = ""
            if name == "omm" {
                sawOMM = true
                ommCount += 1
                if let version = attributes["version"], !["2.0", "3.0"].contains(version) {
                    diagnostics.append(.error("<omm version> must be 2.0 or 3.0, found '\(version)'", at: here(parser)))
                }
                let path = "/" + stack.joined(separator: "/") + (stack.count > 1 ? "[\(ommCount)]" : "")
                builder = RecordBuilder(dialect: .omm, recordLocation: here(parser), recordDescription: "XML element \(path)")
                return
            }
            guard builder != nil else {
                if name != "ndm" {
                    diagnostics.append(.error("unexpected element <\(name)>: expected <omm> or <ndm>", at: here(parser)))
                }
                return
            }
            if Self.isStructural(name) { return }
            fieldStart = here(parser)
            userDefinedName = name == "USER_DEFINED" ? attributes["parameter"] : nil
        }

        static func isStructural(_ name: String) -> Bool { OMMXMLReader.structural.contains(name) }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
            if text.utf8.count > 4096 {
                stoppedWith = .error("XML element text is too long: expected at most 4096 characters", at: here(parser))
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { stack.removeLast(); text = "" }
            if name == "omm", var current = builder {
                if let record = current.build() { records.append(record) }
                diagnostics.append(contentsOf: current.diagnostics)
                builder = nil
                return
            }
            guard builder != nil, !Self.isStructural(name), let start = fieldStart else { return }
            var keyword = name
            if name == "USER_DEFINED" {
                guard let parameter = userDefinedName, !parameter.isEmpty else {
                    diagnostics.append(.error("<USER_DEFINED> needs a parameter attribute", at: start))
                    return
                }
                keyword = "USER_DEFINED_" + parameter
            }
            builder?.add(RawField(keyword: keyword, text: text, location: start))
            fieldStart = nil
        }
    }
}
