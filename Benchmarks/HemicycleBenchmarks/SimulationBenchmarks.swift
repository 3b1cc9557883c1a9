import Foundation
import Hemicycle

/// Monte Carlo throughput on the reference scenario.
enum SimulationBenchmarks {
    static func mali() -> Election {
        // The embedded scenario: the same bytes as Scenarios/mali-1992.json.
        (try? ScenarioLoader.loadEmbedded()) ?? { preconditionFailure("the embedded scenario loads") }()
    }

    /// `runs` Mali elections on one thread, without the parallel driver.
    static func singleThread(runs: Int) -> Benchmark {
        let election = mali()
        let simulator = ElectionSimulator(election: election)
        var tally = simulator.makeTally()
        var block = 0
        return Benchmark(
            name: "montecarlo/mali-1992/1-thread-loop", unit: "elections", itemsPerCall: runs, callsPerSample: 1,
            body: {
                var rng = SeedDerivation.stream(seed: 1, index: block)
                block += 1
                for _ in 0..<runs { simulator.simulate(using: &rng, into: &tally) }
                return tally.runs
            })
    }
}

/// The random-number floor: the variates one simulated election draws, and nothing else.
enum RandomBenchmarks {
    static func normals(_ count: Int) -> Benchmark {
        var rng = Xoshiro256StarStar(seed: 1)
        return Benchmark(
            name: "random/normal", unit: "normals", itemsPerCall: count, callsPerSample: 1,
            body: {
                var sum = 0.0
                let sampler = NormalSampler()
                for _ in 0..<count { sum += sampler.standard(using: &rng) }
                return Int(sum)
            })
    }

    static func exps(_ count: Int) -> Benchmark {
        var x = 0.1
        return Benchmark(
            name: "math/fast-exp", unit: "exps", itemsPerCall: count, callsPerSample: 1,
            body: {
                var sum = 0.0
                for _ in 0..<count {
                    sum += FastMath.exp(x)
                    x = x * 1.000001 - 0.0000001
                }
                return Int(sum)
            })
    }
}

extension RandomBenchmarks {
    static func bits(_ count: Int) -> Benchmark {
        var rng = Xoshiro256StarStar(seed: 1)
        return Benchmark(
            name: "random/xoshiro", unit: "words", itemsPerCall: count, callsPerSample: 1,
            body: {
                var sum: UInt64 = 0
                for _ in 0..<count { sum ^= rng.next() }
                return Int(truncatingIfNeeded: sum)
            })
    }
}

extension SimulationBenchmarks {
    /// `runs` Mali elections on one thread with a given noise, to see what each part costs.
    static func singleThread(runs: Int, uncertainty: Uncertainty, label: String) -> Benchmark {
        let simulator = ElectionSimulator(election: mali(), uncertainty: uncertainty)
        var tally = simulator.makeTally()
        var block = 0
        return Benchmark(
            name: "montecarlo/mali-1992/\(label)", unit: "elections", itemsPerCall: runs, callsPerSample: 1,
            body: {
                var rng = SeedDerivation.stream(seed: 1, index: block)
                block += 1
                for _ in 0..<runs { simulator.simulate(using: &rng, into: &tally) }
                return tally.runs
            })
    }
}
