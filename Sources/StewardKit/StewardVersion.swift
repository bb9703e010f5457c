/// The engine's version, printed by `steward --version` and (later) sealed into certificates.
public enum StewardVersion {
    public static let current = "0.1.0"
}
