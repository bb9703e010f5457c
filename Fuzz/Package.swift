// swift-tools-version: 6.0
// libFuzzer harnesses for Steward's input readers, in their own package (like Benchmarks/) so the root
// package's `swift build` and `swift test` never build them. Each product is one harness; build and run one
// from this folder (see README.md):
//     swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product FuzzDescriptor
// (each harness's @main hands over to libFuzzer's LLVMFuzzerRunDriver, see Sources/FuzzDriver)
//     .build/release/FuzzDescriptor -max_total_time=60 corpus/descriptor
import PackageDescription

let harness = { (name: String) in
    Target.executableTarget(
        name: name,
        dependencies: ["FuzzDriver", .product(name: "StewardKit", package: "Steward")]
    )
}

let package = Package(
    name: "StewardFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Steward", path: ".."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        harness("FuzzDescriptor"),
        harness("FuzzRuleset"),
        harness("FuzzTLE"),
        harness("FuzzCertificate"),
    ],
    swiftLanguageModes: [.v5]
)
