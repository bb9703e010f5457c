// swift-tools-version: 6.0
// Benchmarks for the rule engine, in their own package so the root package's `swift build` and
// `swift test` (and CI) never build the benchmark library. Run from this folder:
//     swift run -c release RuleEngineBenchmarks
//     swift run -c release RatingBenchmarks        (end-to-end rating of real missions, batch throughput)
//     swift run -c release PhysicsBenchmarks       (lifetime, reference mode, re-entry/collision/environment)
//     swift run -c release ImproveBenchmarks       (steward improve on every bundled example)
//     swift run -c release MonteCarloBenchmarks    (steward rate --samples 1000 on every bundled example)
import PackageDescription

let package = Package(
    name: "StewardBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Steward", path: ".."),
        .package(url: "https://github.com/google/swift-benchmark", exact: "0.1.2"),
    ],
    targets: [
        .executableTarget(
            name: "RuleEngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "swift-benchmark"),
                .product(name: "StewardKit", package: "Steward"),
            ]
        ),
        .executableTarget(
            name: "PhysicsBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "swift-benchmark"),
                .product(name: "StewardKit", package: "Steward"),
            ]
        ),
        .executableTarget(
            name: "RatingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "swift-benchmark"),
                .product(name: "StewardKit", package: "Steward"),
            ]
        ),
        .executableTarget(
            name: "ImproveBenchmarks",
            dependencies: [
                .product(name: "StewardKit", package: "Steward"),
            ]
        ),
        .executableTarget(
            name: "MonteCarloBenchmarks",
            dependencies: [
                .product(name: "StewardKit", package: "Steward"),
            ]
        ),
    ],
    swiftLanguageModes: [.v5]
)
