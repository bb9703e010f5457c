import Diagnostics

/// Where a catalogued fact comes from.
public enum FactOrigin: String, Sendable, Hashable, Codable {
    case declared
    case derived
    case assumption
}

/// The static description of one fact path: what type it has, in which unit, and what it means.
public struct FactDescriptor: Sendable, Hashable {
    public var path: String
    public var type: FactType
    public var unit: String?
    public var doc: String
    public var origin: FactOrigin
    /// The closed vocabulary of a string fact (or of a list of strings' elements), when it has one: lint refuses
    /// a comparison with any other literal, which could never be true.
    public var allowedValues: [String]?

    public init(path: String, type: FactType, unit: String? = nil, doc: String = "", origin: FactOrigin = .declared,
                allowedValues: [String]? = nil) {
        self.path = path
        self.type = type
        self.unit = unit ?? UnitSuffix.unit(forPath: path)
        self.doc = doc
        self.origin = origin
        self.allowedValues = allowedValues
    }
}

/// Every fact path a ruleset may read, with its type: what the type checker compiles against.
///
/// The caller registers the descriptor's declared paths and the providers register `derived.*` paths;
/// the rule engine itself knows no mission vocabulary.
public struct FactCatalog: Sendable {
    public private(set) var descriptors: [String: FactDescriptor] = [:]

    public init(_ descriptors: [FactDescriptor] = []) {
        for descriptor in descriptors { register(descriptor) }
    }

    /// Adds or replaces a path.
    public mutating func register(_ descriptor: FactDescriptor) {
        descriptors[descriptor.path] = descriptor
    }

    public mutating func register(_ path: String, _ type: FactType, unit: String? = nil, doc: String = "",
                                  origin: FactOrigin = .declared) {
        register(FactDescriptor(path: path, type: type, unit: unit, doc: doc, origin: origin))
    }

    public subscript(path: String) -> FactDescriptor? { descriptors[path] }

    /// All paths, sorted, for did-you-mean and documentation.
    public var paths: [String] { descriptors.keys.sorted() }
}
