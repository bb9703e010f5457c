import Certificates
import Crypto

/// `steward keys generate --output NAME`: a new Ed25519 issuer key pair as NAME (private, 0600) and NAME.pub.
public enum KeyGeneration {
    /// Returns the new key's id; refuses to overwrite existing files (the error names the file).
    public static func generate(toPath path: String) throws(KeyFileError) -> String {
        let key = CertificateKeys.generate()
        try CertificateKeys.write(key, toPath: path)
        return CertificateKeys.keyID(of: key.publicKey)
    }
}
