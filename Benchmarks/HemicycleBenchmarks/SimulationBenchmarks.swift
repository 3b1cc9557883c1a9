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
