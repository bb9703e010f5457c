import ArgumentParser
import StewardKit

extension Steward {
    /// `steward keys generate --output NAME`.
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage certificate signing keys.",
            discussion: """
            Example:
              steward keys generate --output issuer
            """,
            subcommands: [Generate.self]
        )

        struct Generate: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Generate an Ed25519 issuer key pair.",
                discussion: """
                Writes NAME (the private key, PKCS#8 PEM, mode 0600) and NAME.pub (SubjectPublicKeyInfo PEM), \
                the formats OpenSSL reads. Existing files are never overwritten. Prints the key id.

                Example:
                  steward keys generate --output issuer

                Exit codes: 0 success, 1 the files could not be written (or already exist), 64 usage error.
                """)

            @Option(help: ArgumentHelp("Path of the private key; the public key goes to NAME.pub.", valueName: "name"))
            var output: String

            func run() throws {
                do {
                    let keyID = try KeyGeneration.generate(toPath: output)
                    StandardOutput.line("wrote \(output) (private) and \(output).pub (public), key id \(keyID)")
                } catch {
                    StandardError.write("\(error)\n")
                    throw ExitCode.failure
                }
            }
        }
    }
}
