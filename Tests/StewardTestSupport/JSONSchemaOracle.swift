import Foundation

/// Python `jsonschema` as an independent judge of Steward's own schemas (the same validator the SARIF test
/// uses). Documents are validated in one Python run per call, so hundreds of boundary cases stay fast.
///
/// YAML documents are read with PyYAML restricted to YAML 1.2 core booleans (`true`/`false` only) and no
/// timestamps, as Steward's loader reads them, so `country: NO` stays a string and dates stay strings.
public enum JSONSchemaOracle {
    /// python3 with `jsonschema` and `yaml` importable, or nil.
    public static let python: String? = {
        guard let python = ExternalTool.find("python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import jsonschema, yaml"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? python : nil
    }()

    public static var isAvailable: Bool { python != nil }

    static let script = """
        import json, re, sys, jsonschema, yaml
        class Loader(yaml.SafeLoader):
            pass
        Loader.yaml_implicit_resolvers = {key: [r for r in resolvers if r[0] not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
                                          for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
        Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft7Validator.check_schema(schema)
        validator = jsonschema.Draft7Validator(schema)
        results = []
        for path in json.load(open(sys.argv[2], encoding="utf-8")):
            text = open(path, encoding="utf-8").read()
            document = json.loads(text) if path.endswith(".json") else yaml.load(text, Loader=Loader)
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
            results.append(None if not errors else "; ".join("/".join(str(p) for p in e.absolute_path) + ": " + e.message[:300] for e in errors[:5]))
        print(json.dumps(results))
        """

    /// For each file (`.json`, else YAML): nil when it validates against `schema`, else the errors.
    public static func validate(schema: URL, files: [URL]) throws -> [String?] {
        guard let python else { throw OracleError.unavailable }
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("steward-oracle-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: files.map(\.path)).write(to: list)
        defer { try? FileManager.default.removeItem(at: list) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, schema.path, list.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let results = try JSONSerialization.jsonObject(with: data) as? [Any], results.count == files.count else {
            throw OracleError.failed(errorText)
        }
        return results.map { $0 as? String }
    }

    /// Validates texts (written to temporary files named `name.ext`).
    public static func validate(schema: URL, texts: [(name: String, text: String)]) throws -> [String?] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steward-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [URL] = []
        for (index, item) in texts.enumerated() {
            let url = directory.appendingPathComponent("\(index)-\(item.name)")
            try Data(item.text.utf8).write(to: url)
            files.append(url)
        }
        return try validate(schema: schema, files: files)
    }

    public enum OracleError: Error, CustomStringConvertible {
        case unavailable
        case failed(String)

        public var description: String {
            switch self {
            case .unavailable: return "python3 with jsonschema and PyYAML is not installed"
            case .failed(let text): return "the jsonschema run failed: \(text)"
            }
        }
    }
}
