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
        // Test-only: property-based testing for Swift Testing (three-valued logic laws, canonical JSON round trip).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(name: "Diagnostics", dependencies: ["Yams"]),
        .target(name: "MissionModel", dependencies: ["Diagnostics", "Astrodynamics", "Catalogue"]),
        // Catalogue: orbit and catalogue files (CCSDS OMM KVN/XML, GP JSON/CSV, TLE, SATCAT) read into mean elements.
        .target(name: "Catalogue", dependencies: ["Diagnostics", "Astrodynamics", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "Astrodynamics"),
        .target(name: "RuleEngine", dependencies: ["Diagnostics"]),
        // Certificates: the signed file format (canonical JSON, keys, signing, verifying); rating and mission
        // loading stay out of it, so CertificateIssuer/Verifier (which rate) live in StewardKit/Certification.
        .target(name: "Certificates", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Reports", dependencies: ["RuleEngine", "Certificates"]),
        .target(name: "StewardKit", dependencies: [
            "Diagnostics", "MissionModel", "Astrodynamics", "RuleEngine", "Reports", "Certificates", "Catalogue",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "steward", dependencies: [
            "StewardKit", "RuleEngine", "Reports", "Certificates",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Shared by the test targets only: repository root, golden files, seeded RNG, scratch folders, external tools.
        .target(name: "StewardTestSupport", dependencies: ["RuleEngine"], path: "Tests/StewardTestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "Astrodynamics", "StewardTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "MissionModelTests", dependencies: ["MissionModel", "StewardTestSupport"]),
        .testTarget(name: "AstrodynamicsTests", dependencies: ["Astrodynamics", "StewardTestSupport"]),
        .testTarget(name: "RuleEngineTests", dependencies: [
            "RuleEngine", "StewardTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ReportsTests", dependencies: [
            "Reports", "Certificates", "StewardTestSupport", .product(name: "Crypto", package: "swift-crypto"),
        ], exclude: ["Golden"]),
        .testTarget(name: "CertificatesTests", dependencies: [
            "Certificates", "StewardTestSupport", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "PropertyBased", package: "swift-property-based"),
        ], exclude: ["Golden", "Hostile"]),
        .testTarget(name: "StewardKitTests", dependencies: ["StewardKit", "Certificates", "StewardTestSupport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "StewardCLITests", dependencies: [
            "StewardKit", "Certificates", "StewardTestSupport", .product(name: "Yams", package: "Yams"),
        ], exclude: ["Golden"]),
        .testTarget(name: "StewardTestSupportTests", dependencies: ["StewardTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
