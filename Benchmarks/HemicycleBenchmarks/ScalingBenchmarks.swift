import Hemicycle

/// Cost with size: simulated elections of synthetic scenarios (``SyntheticScenario``) from 10 to
/// 10,000 constituencies and 2 to 50 parties, on one thread with the default noise, counted per
/// constituency contest. The cost per contest should stay flat as constituencies grow and rise
/// with the parties on each ballot.
enum ScalingBenchmarks {
    static let constituencyCounts = [10, 100, 1_000, 10_000]
    static let partyCounts = [2, 10, 50]

    static func name(constituencies: Int, parties: Int) -> String { "scaling/c\(constituencies)/p\(parties)" }

    static var group: BenchmarkGroup {
        var benchmarks: [Benchmark] = []
        for parties in partyCounts {
            for constituencies in constituencyCounts {
                benchmarks.append(
                    Benchmark(name: name(constituencies: constituencies, parties: parties)) { context in
                        workload(constituencies: constituencies, parties: parties, quick: context.quick)
                    })
            }
        }
        return BenchmarkGroup(
            title: "Scaling: synthetic scenarios, Monte Carlo on one thread, cost per constituency contest",
            benchmarks: benchmarks)
    }

    static func workload(constituencies: Int, parties: Int, quick: Bool) -> Workload {
        let clock = ContinuousClock()
        let start = clock.now
        let scenario = SyntheticScenario(constituencies: constituencies, parties: parties)
        let json = scenario.json
        let election: Election
        do {
            election = try ScenarioLoader.load(bytes: Array(json.utf8), name: scenario.id + ".json")
        } catch {
            preconditionFailure("the synthetic scenario validates: \(error)")
        }
        let loading = Harness.seconds(clock.now - start)
        precondition(election.constituencies.count == constituencies && election.lists.count == parties)
        let runs = max(1, (quick ? 1_000 : 20_000) / constituencies)
        let loop = SimulationBenchmarks.singleThread(election: election, runs: runs)
        let megabytes = Double(json.utf8.count) / 1e6
        return Workload(
            unit: "contests", itemsPerCall: runs * constituencies, secondary: ("elections", runs),
            note: "generated and loaded \(Report.decimal(megabytes, 1)) MB in \(Report.decimal(loading, 2)) s",
            body: loop.body, verify: loop.verify)
    }
}
