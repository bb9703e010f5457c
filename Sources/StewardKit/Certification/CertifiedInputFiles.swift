import Certificates
import Diagnostics
import Foundation
import MissionModel
import RuleEngine

/// The files besides the descriptor and the ruleset that a rating reads, which a certificate seals by hash
/// (`input_files`, docs/reports.md): the file a descriptor's `orbit.omm` names, and every file an assumption
/// names (`space_weather`, `solar_forecast`, `materials`, `density_table`) — each changes the rating as much as
/// the descriptor does. One place, so `certify` and `verify` find and read them alike.
enum CertifiedInputFiles {
    /// Largest file hashed: the largest any of these readers accepts is far smaller.
    static let maximumBytes = 64 << 20

    /// A file to seal: its role and name as the certificate records them, and where it is read.
    struct Named {
        var role: String
        var name: String
        var path: String
    }

    /// Assumption keys whose value is a file path (`DerivedAssumptions.specs`).
    static let pathAssumptionKeys: Set<String> = Set(DerivedAssumptions.specs.compactMap { spec in
        if case .path = spec.kind { return spec.key }
        return nil
    })

    /// The files a rating of `mission` under `assumptions` (all in force: ruleset defaults and `--assume`) read.
    static func files(of mission: Mission, assumptions: [AssumptionUsed]) -> [Named] {
        var files = mission.referencedFiles.map { Named(role: $0.key, name: $0.name, path: $0.path) }
        for assumption in assumptions where pathAssumptionKeys.contains(assumption.key) {
            if case .string(let path) = assumption.value {
                files.append(Named(role: "assumptions.\(assumption.key)", name: path, path: path))
            }
        }
        return files
    }

    /// Hashes each file; the first unreadable one is an error naming its role and file.
    static func seal(_ files: [Named]) throws(DiagnosticError) -> [CertifiedInputFile] {
        var sealed: [CertifiedInputFile] = []
        for file in files {
            let bytes = try InputFile.read(atPath: file.path, displayName: file.name, maxBytes: maximumBytes, what: "\(file.role) file")
            sealed.append(CertifiedInputFile(role: file.role, name: file.name, sha256: CertificatePayload.sha256Hex(of: bytes)))
        }
        return sealed
    }

    /// The SHA-256 of a sealed file as it is now: `orbit.omm` is found next to `missionPath` (confined as the
    /// loader confines it), an assumption's file at the path the certificate records.
    static func currentHash(of file: CertifiedInputFile, missionPath: String) -> Result<String, InputFileUnreadable> {
        let path: String
        if file.role.hasPrefix("assumptions.") {
            path = file.name
        } else if file.role == "orbit.omm" {
            switch MissionLoader.orbitMessagePath(file.name, descriptorPath: missionPath) {
            case .success(let resolved): path = resolved
            case .failure(let refusal): return .failure(InputFileUnreadable(reason: refusal.reason))
            }
        } else {
            return .failure(InputFileUnreadable(reason: "this version does not know the role '\(file.role)'"))
        }
        do {
            let bytes = try InputFile.read(atPath: path, displayName: file.name, maxBytes: maximumBytes, what: "\(file.role) file")
            return .success(CertificatePayload.sha256Hex(of: bytes))
        } catch {
            return .failure(InputFileUnreadable(reason: error.diagnostics.first?.message ?? "cannot read \(file.name)"))
        }
    }
}
