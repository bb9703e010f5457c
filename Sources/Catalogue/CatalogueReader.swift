import Diagnostics
import Foundation

/// Bounds on catalogue and orbit-message files, for the same reason as `YAMLLimits`: a hostile or accidental
/// file must not cost unbounded time or memory. A full public GP catalogue (about 30,000 objects) is about
/// 15 MB as JSON; the default leaves room for several times that.
public struct CatalogueLimits: Sendable, Hashable {
    public var maxBytes: Int
    /// Deepest XML element nesting (an OMM needs 7: ndm/omm/body/segment/data/meanElements/EPOCH).
    public var maxXMLDepth: Int
    /// Most records in one file.
    public var maxRecords: Int

    public init(maxBytes: Int = 64 << 20, maxXMLDepth: Int = 16, maxRecords: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxXMLDepth = maxXMLDepth
        self.maxRecords = maxRecords
    }

    public static let `default` = CatalogueLimits()
}

/// Reads a catalogue or orbit-message file in any supported format, recognised from its content.
public enum CatalogueReader {
    /// Reads a file: refuses what is not a regular file, and files over the size limit, before reading them.
    public static func read(contentsOf path: String, displayName: String? = nil,
                            limits: CatalogueLimits = .default) -> CatalogueReadResult {
        let name = displayName ?? path
        switch readRegularFile(atPath: path, displayName: name, maxBytes: limits.maxBytes) {
        case .failure(let error):
            return CatalogueReadResult(file: name, format: .gpCSV, records: [], diagnostics: error.diagnostics, source: nil)
        case .success(let data):
            return read(data: data, file: name, limits: limits)
        }
    }

    /// Reads bytes already in memory.
    public static func read(data: Data, file: String, format: CatalogueFormat? = nil,
                            limits: CatalogueLimits = .default) -> CatalogueReadResult {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard data.count <= limits.maxBytes else {
            return CatalogueReadResult(file: file, format: format ?? .gpCSV, records: [], diagnostics: [
                .error("file is too large: expected at most \(limits.maxBytes) bytes, found \(data.count)", at: start)], source: nil)
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return CatalogueReadResult(file: file, format: format ?? .gpCSV, records: [], diagnostics: [
                .error("invalid UTF-8: expected a text file", at: start)], source: nil)
        }
        return read(text: text, file: file, format: format, limits: limits)
    }

    /// Reads text already in memory.
    public static func read(text: String, file: String, format: CatalogueFormat? = nil,
                            limits: CatalogueLimits = .default) -> CatalogueReadResult {
        let source = SourceText(file: file, text: text)
        let chosen = format ?? detect(text)
        var result: CatalogueReadResult
        switch chosen {
        case .ommKVN: result = OMMKeyValueReader.read(text, file: file)
        case .ommXML: result = OMMXMLReader.read(text, file: file, limits: limits)
        case .gpJSON: result = GPJSONReader.read(text, file: file, limits: limits)
        case .gpCSV: result = GPCSVReader.read(text, file: file)
        case .tle: result = TLECatalogueReader.read(text, file: file)
        }
        result.source = source
        if result.records.count > limits.maxRecords {
            result.records = Array(result.records.prefix(limits.maxRecords))
            result.diagnostics.append(.error("too many records: expected at most \(limits.maxRecords)", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return result
    }

    /// The format from the first non-blank characters: `<` XML, `[`/`{` JSON, `CCSDS_OMM_VERS` KVN,
    /// a line starting `1 ` (or a title followed by one) TLE, anything else CSV.
    public static func detect(_ text: String) -> CatalogueFormat {
        let trimmed = text.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<") { return .ommXML }
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") { return .gpJSON }
        if trimmed.hasPrefix("CCSDS_OMM_VERS") { return .ommKVN }
        let lines = trimmed.split(whereSeparator: \.isNewline).prefix(3).map { String($0) }
        if lines.contains(where: { $0.hasPrefix("1 ") && $0.count >= 60 }) { return .tle }
        return .gpCSV
    }

    /// Reads at most `maxBytes + 1` bytes of a regular file; FIFOs, devices, sockets and directories are refused
    /// before opening, so a descriptor or a command line cannot make Steward block on or stream from them.
    public static func readRegularFile(atPath path: String, displayName: String, maxBytes: Int) -> Result<Data, DiagnosticError> {
        let start = SourceLocation(file: displayName, line: 1, column: 1)
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            return .failure(DiagnosticError(.error("cannot read file: no such file", at: start)))
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            let kind = (attributes[.type] as? FileAttributeType) == .typeDirectory ? "a directory" : "not a regular file"
            return .failure(DiagnosticError(.error("cannot read file: it is \(kind)", at: start)))
        }
        if let size = attributes[.size] as? NSNumber, size.intValue > maxBytes {
            return .failure(DiagnosticError(.error("file is too large: expected at most \(maxBytes) bytes, found \(size.intValue)", at: start)))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(DiagnosticError(.error("cannot read file: permission denied or unreadable", at: start)))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            guard data.count <= maxBytes else {
                return .failure(DiagnosticError(.error("file is too large: expected at most \(maxBytes) bytes, found more", at: start)))
            }
            return .success(data)
        } catch {
            return .failure(DiagnosticError(.error("cannot read file: \(error.localizedDescription)", at: start)))
        }
    }
}

extension CatalogueReader {
    /// Reads a KVN message written inside another file (a descriptor's `omm: |`), numbering its lines from
    /// `firstLine` and its columns after `columnOffset` characters of indentation, so errors point into that file.
    public static func readInlineKVN(_ text: String, file: String, firstLine: Int, columnOffset: Int) -> CatalogueReadResult {
        var result = OMMKeyValueReader.read(text, file: file, firstLine: firstLine, columnOffset: columnOffset)
        result.source = nil
        return result
    }
}
