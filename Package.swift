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
        .target(name: "Reports", dependencies: ["RuleEngine", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "StewardKit", dependencies: ["Diagnostics", "MissionModel", "Astrodynamics", "RuleEngine", "Reports"]),
        .executableTarget(name: "steward", dependencies: [
            "StewardKit", "RuleEngine", "Reports",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "MissionModelTests", dependencies: ["MissionModel"]),
        .testTarget(name: "AstrodynamicsTests", dependencies: ["Astrodynamics"]),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"], exclude: ["Golden"]),
        .testTarget(name: "StewardKitTests", dependencies: ["StewardKit"], exclude: ["Golden"]),
        .testTarget(name: "StewardCLITests", dependencies: ["StewardKit"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
