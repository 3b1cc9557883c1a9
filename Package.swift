// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "Hemicycle",
    platforms: [.macOS(.v15)],  // Mutex/Atomic on Apple platforms; Linux is unaffected.
    products: [
        .library(name: "Hemicycle", targets: ["Hemicycle"]),
        .executable(name: "hemicycle", targets: ["HemicycleCLI"]),
        .executable(name: "hemicycle-bench", targets: ["HemicycleBenchmarks"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "Hemicycle",
            // The default scenario, compiled into the binary so that `hemicycle run` works from
            // any folder: a link to Scenarios/mali-1992.json, embedded byte for byte.
            resources: [.embedInCode("Resources/mali-1992.json")],
            swiftSettings: [.define("HEMICYCLE_INTERNAL_CHECKS", .when(configuration: .debug))]
        ),
        .executableTarget(name: "HemicycleCLI", dependencies: ["Hemicycle"]),
        .executableTarget(
            name: "HemicycleBenchmarks",
            dependencies: ["Hemicycle"],
            path: "Benchmarks/HemicycleBenchmarks"
        ),
        .testTarget(
            name: "HemicycleTests",
            // The benchmark target is a dependency only for its pure helpers (synthetic scenarios).
            dependencies: ["Hemicycle", "HemicycleBenchmarks"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "HemicycleCLITests", dependencies: ["HemicycleCLI", "Hemicycle"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings += [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
    target.swiftSettings = settings
}
