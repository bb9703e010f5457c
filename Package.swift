// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Steward",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "StewardKit", targets: ["StewardKit"]),
        .executable(name: "steward", targets: ["steward"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "Diagnostics", dependencies: ["Yams"]),
        .target(name: "MissionModel", dependencies: ["Diagnostics", "Astrodynamics"]),
        .target(name: "Astrodynamics"),
        .target(name: "RuleEngine", dependencies: ["Diagnostics"]),
        // Certificates: the signed file format (canonical JSON, keys, signing, verifying); rating and mission
        // loading stay out of it, so CertificateIssuer/Verifier (which rate) live in StewardKit/Certification.
        .target(name: "Certificates", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Reports", dependencies: ["RuleEngine", "Certificates"]),
        .target(name: "StewardKit", dependencies: [
            "Diagnostics", "MissionModel", "Astrodynamics", "RuleEngine", "Reports", "Certificates",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "steward", dependencies: [
            "StewardKit", "RuleEngine", "Reports", "Certificates",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "MissionModelTests", dependencies: ["MissionModel"]),
        .testTarget(name: "AstrodynamicsTests", dependencies: ["Astrodynamics"]),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Certificates", .product(name: "Crypto", package: "swift-crypto")],
                    exclude: ["Golden"]),
        .testTarget(name: "CertificatesTests", dependencies: ["Certificates", .product(name: "Crypto", package: "swift-crypto")],
                    exclude: ["Golden"]),
        .testTarget(name: "StewardKitTests", dependencies: ["StewardKit", "Certificates"], exclude: ["Golden"]),
        .testTarget(name: "StewardCLITests", dependencies: ["StewardKit", "Certificates"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
