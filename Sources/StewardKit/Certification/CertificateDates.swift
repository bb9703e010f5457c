import Certificates
import Foundation

/// Where `certify` takes its issue date from, in order: `--date`, then `SOURCE_DATE_EPOCH`
/// (reproducible-builds.org), then the clock. With either of the first two the output never depends on when
/// the command ran, which is what makes certificates reproducible byte for byte.
public enum CertificateDates {
    /// `--date` itself is parsed by the command line (``CertificateTimestamp/init(dateOption:)``); only the
    /// environment can still be wrong here.
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case badSourceDateEpoch(String)

        public var description: String {
            switch self {
            case .badSourceDateEpoch(let text): return "SOURCE_DATE_EPOCH must be whole seconds since 1970, found '\(text)'"
            }
        }
    }

    public static func issueDate(given: CertificateTimestamp?, environment: [String: String] = ProcessInfo.processInfo.environment,
                                 clock: () -> Date = Date.init) throws(Problem) -> CertificateTimestamp {
        if let given { return given }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let date = CertificateTimestamp(sourceDateEpoch: epoch) else { throw .badSourceDateEpoch(epoch) }
            return date
        }
        return CertificateTimestamp(clock())
    }

    /// The date reports show (`ReportOptions.timestamp`, `YYYY-MM-DDTHH:MM:SS` UTC): from `--date` or
    /// `SOURCE_DATE_EPOCH` only, never the clock, so a report without either stays byte-identical across runs.
    public static func reportTimestamp(given: CertificateTimestamp?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(Problem) -> String? {
        guard given != nil || environment["SOURCE_DATE_EPOCH"] != nil else { return nil }
        let instant = try issueDate(given: given, environment: environment, clock: { Date(timeIntervalSince1970: 0) })
        return String(instant.iso8601.dropLast())
    }
}
