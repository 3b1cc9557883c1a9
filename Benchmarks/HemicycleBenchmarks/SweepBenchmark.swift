import Hemicycle

/// A sweep of 41 points × 10,000 runs on Mali 1992 (ADEMA-PASJ's logit swing from −10 to +10
/// points by 0.5) against the same 41 studies run as 41 separate `simulate` would: each loads
/// the scenario, applies its swing and runs its study. Both on every core; the ratio of their
/// rates is what `hemicycle sweep` saves (issue: "no longer than 41 separate simulate runs").
enum SweepBenchmark {
    static let axisText = "swing.ADEMA-PASJ:logit=-10:10:0.5"

    static var group: BenchmarkGroup {
        BenchmarkGroup(
            title: "Sweep: 41 points of a Monte Carlo study, one sweep against 41 separate studies, every core",
            benchmarks: [
                Benchmark(name: "sweep/mali-1992/one-sweep") { context in sweep(quick: context.quick) },
                Benchmark(name: "sweep/mali-1992/separate-studies") { context in separate(quick: context.quick) },
            ])
    }

    static var threads: Int { SimulationBenchmarks.cores }

    static func axis() -> SweepAxis {
        do {
            return try SweepAxis.parse(axisText)
        } catch {
            preconditionFailure("\(axisText) parses: \(error)")
        }
    }

    static func sweep(quick: Bool) -> Workload {
        let election = SimulationBenchmarks.mali()
        let runs = quick ? 200 : 10_000
        let axis = axis()
        let count = axis.values.count
        return Workload(
            unit: "elections", itemsPerCall: runs * count, note: "\(count) points × \(runs) runs, one load",
            body: {
                let sweep = runBlocking {
                    do {
                        return try await Sweep.run(election, axes: [axis], runs: runs, seed: 1, threads: threads)
                    } catch {
                        preconditionFailure("the sweep runs: \(error)")
                    }
                }
                precondition(sweep.points.count == count && sweep.countedRuns == runs, "every point counts every run")
                return sweep.points.count
            })
    }

    static func separate(quick: Bool) -> Workload {
        let runs = quick ? 200 : 10_000
        let axis = axis()
        let count = axis.values.count
        return Workload(
            unit: "elections", itemsPerCall: runs * count, note: "\(count) × (load, adjust, \(runs) runs)",
            body: {
                var total = 0
                for value in axis.values {
                    let election: Election
                    do {
                        election = try ScenarioLoader.loadEmbedded().adjusted(by: [axis.adjustment(at: value)])
                    } catch {
                        preconditionFailure("the point adjusts: \(error)")
                    }
                    let tally = runBlocking { await MonteCarlo(election: election, runs: runs, seed: 1).run(threads: threads) }
                    precondition(tally.runs == runs, "the study counts every run")
                    total += tally.runs
                }
                return total
            })
    }
}
