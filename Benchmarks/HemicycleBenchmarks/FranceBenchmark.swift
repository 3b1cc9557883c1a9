import Hemicycle

/// Monte Carlo throughput on France 2024 with withdrawals by rule
/// (`Scenarios/fr-2024-withdrawal-rules.json`): 577 single-member contests, 501 run-offs with
/// two, three and four finalists, withdrawals drawn by four rules, every round 2 modelled by the fitted bloc transfers with the
/// non-voters' row, each row drawn from a Dirichlet every run, and the scenario's noise on
/// shares and round-2 turnout.
enum FranceBenchmark {
    static let file = "fr-2024-withdrawal-rules.json"
    static let loopName = "montecarlo/fr-2024-withdrawal-rules/1-thread-loop"
    static func threadsName(_ threads: Int) -> String { "montecarlo/fr-2024-withdrawal-rules/threads-\(threads)" }

    static func group(directory: String?) -> BenchmarkGroup {
        let title = "Monte Carlo, France 2024 with withdrawals by rule (577 contests, multi-way run-offs, modelled withdrawals, Dirichlet transfers): simulated elections per second"
        guard let directory else { return BenchmarkGroup(title: title, benchmarks: []) }
        let path = directory + "/" + file
        return BenchmarkGroup(
            title: title,
            benchmarks: [
                Benchmark(name: loopName) { context in
                    SimulationBenchmarks.singleThread(election: load(path), runs: context.quick ? 100 : 1_000).workload
                },
                Benchmark(name: threadsName(1)) { context in parallel(path, threads: 1, quick: context.quick) },
                Benchmark(name: threadsName(2)) { context in parallel(path, threads: 2, quick: context.quick) },
                Benchmark(name: FranceFloor.name) { context in
                    FranceFloor.workload(directory: directory, quick: context.quick)!
                },
            ])
    }

    static func load(_ path: String) -> Election {
        do {
            return try ScenarioLoader.load(path: path)
        } catch {
            preconditionFailure("\(path) loads: \(error)")
        }
    }

    /// The driver `hemicycle simulate` uses, as Mali's parallel benchmarks run it.
    static func parallel(_ path: String, threads: Int, quick: Bool) -> Workload {
        SimulationBenchmarks.parallel(election: load(path), runs: (quick ? 400 : 4_000) * threads, threads: threads)
    }
}
