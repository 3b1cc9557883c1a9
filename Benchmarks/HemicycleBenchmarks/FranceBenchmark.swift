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

    /// `MonteCarlo.run(threads:)`, the driver `hemicycle simulate` uses, with checks that every
    /// run is counted and fills every seat.
    static func parallel(_ path: String, threads: Int, quick: Bool) -> Workload {
        let election = load(path)
        let runs = (quick ? 400 : 4_000) * threads
        let contests = election.constituencies.filter(\.isContested).count
        let seats = election.contestedSeats
        let plan = MonteCarlo(election: election, runs: runs, seed: 1)
        return Workload(
            unit: "elections", itemsPerCall: runs, secondary: ("contests", runs * contests),
            note: "\(threads) thread\(threads == 1 ? "" : "s")",
            body: {
                let tally = runBlocking { await plan.run(threads: threads) }
                precondition(tally.runs == runs, "the study counts every run")
                precondition(SimulationBenchmarks.filledSeats(tally) == seats * runs, "every run fills every contested seat")
                return tally.runs
            })
    }
}
