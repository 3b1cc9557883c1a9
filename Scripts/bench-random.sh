#!/usr/bin/env bash
# Measure ns per draw (thread CPU time, best of 15) of the random-number samplers, in release,
# from a throwaway package that
# depends on this checkout by path (so it measures the cross-module, @inlinable-specialised
# case, like any client of the library). Nothing here is a unit test; nothing is committed.
# Usage: Scripts/bench-random.sh [draws-per-sample]   (default 2,000,000)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
draws="${1:-2000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/RandomBench"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version: 6.2
import PackageDescription
let package = Package(
    name: "RandomBench",
    dependencies: [.package(path: "$repo")],
    targets: [.executableTarget(name: "RandomBench", dependencies: [.product(name: "Hemicycle", package: "$(basename "$repo")")])]
)
SWIFT
cat > "$work/Sources/RandomBench/main.swift" <<'SWIFT'
import Hemicycle
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CPU time of this thread, in seconds: unlike wall-clock time it does not count the time the
/// scheduler gives to other processes, so figures stay meaningful on a shared, loaded machine.
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

@_optimize(none) func blackHole<T>(_ x: T) {}
/// Opaque to the optimiser: it may read or write the generator, so no draw moves across it.
@_optimize(none) func touch(_ rng: inout Xoshiro256StarStar) {}

let draws = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 2_000_000

/// Best of 15 samples of `draws / perCall` calls, after a warm-up; prints ns per call.
func measure(_ name: String, perCall: Int = 1, _ body: (inout Xoshiro256StarStar, Int) -> Double) {
    let calls = draws / perCall
    var rng = Xoshiro256StarStar(seed: 1)
    blackHole(body(&rng, calls / 10))
    var best = Double.infinity
    for _ in 0..<15 {
        touch(&rng)
        let start = threadCPUTime()
        blackHole(body(&rng, calls))
        touch(&rng)
        let seconds = threadCPUTime() - start
        best = min(best, seconds / Double(calls) * 1e9)
    }
    print(name + String(repeating: " ", count: max(1, 44 - name.count)) + "\((best * 100).rounded() / 100) ns")
}

// Sums are consumed so the draws cannot be optimised away; integer sums avoid the 4-cycle
// latency chain of a floating-point accumulator for the cheapest draws.
measure("xoshiro256** next()") { rng, n in var s: UInt64 = 0; for _ in 0..<n { s &+= rng.next() }; return Double(s) }
measure("uniform [0,1)") { rng, n in var s = 0.0; for _ in 0..<n { s += UnitUniform.halfOpen(using: &rng) }; return s }
measure("uniform (0,1)") { rng, n in var s = 0.0; for _ in 0..<n { s += UnitUniform.open(using: &rng) }; return s }
measure("normal (ziggurat)") { rng, n in var s = 0.0; for _ in 0..<n { s += NormalDistribution.standard(using: &rng) }; return s }
measure("gamma(2), static") { rng, n in var s = 0.0; for _ in 0..<n { s += GammaDistribution.sample(shape: 2, using: &rng) }; return s }
let gamma2 = GammaDistribution(shape: 2)!
measure("gamma(2), precomputed") { rng, n in var s = 0.0; for _ in 0..<n { s += gamma2.sample(using: &rng) }; return s }
measure("gamma(0.5), static") { rng, n in var s = 0.0; for _ in 0..<n { s += GammaDistribution.sample(shape: 0.5, using: &rng) }; return s }
measure("beta(40, 60), static") { rng, n in var s = 0.0; for _ in 0..<n { s += BetaDistribution.sample(alpha: 40, beta: 60, using: &rng) }; return s }
measure("binomial(10^6, 0.3), static") { rng, n in
    var s = 0; for _ in 0..<n { s &+= BinomialDistribution.sample(trials: 1_000_000, probability: 0.3, using: &rng) }; return Double(s)
}
let binomial = BinomialDistribution(trials: 1_000_000, probability: 0.3)!
measure("binomial(10^6, 0.3), precomputed") { rng, n in
    var s = 0; for _ in 0..<n { s &+= binomial.sample(using: &rng) }; return Double(s)
}
measure("binomial(10^9, 2e-9) (inversion)") { rng, n in
    var s = 0; for _ in 0..<n { s &+= BinomialDistribution.sample(trials: 1_000_000_000, probability: 2e-9, using: &rng) }; return Double(s)
}
measure("binomial(2^53, 0.5), static") { rng, n in
    var s = 0; for _ in 0..<n { s &+= BinomialDistribution.sample(trials: 1 << 53, probability: 0.5, using: &rng) }; return Double(s)
}
var counts = [Int](repeating: 0, count: 8)
let shares = [0.40, 0.22, 0.15, 0.10, 0.07, 0.055, 0.0, 0.005]
measure("multinomial(250k, 8 lists), per vector", perCall: 10) { rng, n in
    var s = 0
    for _ in 0..<n {
        MultinomialDistribution.sample(trials: 250_000, probabilities: shares, into: &counts, using: &rng)
        s &+= counts[7]
    }
    return Double(s)
}
SWIFT
cd "$work"
swift build -c release >/dev/null
"$work/.build/release/RandomBench" "$draws"
