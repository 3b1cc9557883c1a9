import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Monte Carlo throughput on the reference scenario, Mali 1992 (the scenario compiled into the
/// library, the same bytes as `Scenarios/mali-1992.json`), with its default noise.
enum SimulationBenchmarks {
    static func mali() -> Election {
        do {
            return try ScenarioLoader.loadEmbedded()
        } catch {
            preconditionFailure("the embedded scenario loads: \(error)")
        }
    }

    static let loopName = "montecarlo/mali-1992/1-thread-loop"
    static func threadsName(_ threads: Int) -> String { "montecarlo/mali-1992/threads-\(threads)" }
    static let allThreadsName = "montecarlo/mali-1992/threads-all"

    /// The worker count `hemicycle simulate` uses by default: every online core.
    static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    static var group: BenchmarkGroup {
        var benchmarks = [
            Benchmark(name: loopName) { context in singleThread(runs: context.quick ? 500 : 5_000).workload },
            Benchmark(name: threadsName(1)) { context in parallel(threads: 1, quick: context.quick) },
            Benchmark(name: threadsName(2)) { context in parallel(threads: 2, quick: context.quick) },
            Benchmark(name: allThreadsName) { context in parallel(threads: cores, quick: context.quick) },
        ]
        for (label, uncertainty) in noiseParts {
            benchmarks.append(
                Benchmark(name: "montecarlo/mali-1992/only-\(label)") { context in
                    singleThread(runs: context.quick ? 500 : 5_000, uncertainty: uncertainty).workload
                })
        }
        return BenchmarkGroup(
            title: "Monte Carlo, Mali 1992 (55 contests, default noise): simulated elections per second",
            benchmarks: benchmarks)
    }

    /// Each part of the default noise alone (and none), to see what each costs.
    static var noiseParts: [(String, Uncertainty)] {
        var shares = Uncertainty.zero
        shares.constituencyNoise = 0.15
        var national = Uncertainty.zero
        national.nationalSwing = 0.1
        national.regionalSwing = 0.05
        var transfers = Uncertainty.zero
        transfers.transferAbstention = 0.25
        transfers.transferPreference = 0.25
        return [
            ("no-noise", .zero), ("constituency-shares", shares), ("national-regional", national),
            ("transfers", transfers), ("turnout", turnoutOnly),
        ]
    }

    static var turnoutOnly: Uncertainty {
        var turnout = Uncertainty.zero
        turnout.nationalTurnout = [0.1, 0.1]
        turnout.constituencyTurnout = [0.1, 0.1]
        return turnout
    }

    /// A single-threaded loop over runs, without the parallel driver.
    struct Loop {
        var runs: Int
        var contests: Int
        var body: () -> Int
        var verify: () -> Void

        var workload: Workload {
            Workload(
                unit: "elections", itemsPerCall: runs, secondary: ("contests", runs * contests), body: body,
                verify: verify)
        }
    }

    /// `runs` Mali elections per call on one thread (a fresh block stream each call), counted
    /// into one tally: checks that the tally counted them and that every run filled every seat.
    static func singleThread(runs: Int, uncertainty: Uncertainty? = nil) -> Loop {
        singleThread(election: mali(), runs: runs, uncertainty: uncertainty)
    }

    static func singleThread(election: Election, runs: Int, uncertainty: Uncertainty? = nil) -> Loop {
        let simulator = ElectionSimulator(election: election, uncertainty: uncertainty)
        var tally = simulator.makeTally()
        let contests = election.constituencies.filter(\.isContested).count
        let seatsPerRun = election.contestedSeats
        var block = 0
        // Every run's seats are checked once, after the samples: the scan reads the whole seat
        // histogram (12 MB at 10,000 constituencies and 50 parties), which would weigh on the
        // cost per contest that the scaling benchmarks report.
        return Loop(
            runs: runs, contests: contests,
            body: {
                var rng = SeedDerivation.stream(seed: 1, index: block)
                block += 1
                let before = tally.runs
                simulator.simulate(runs, using: &rng, into: &tally)
                precondition(tally.runs == before + runs, "the tally counts every run")
                return tally.runs
            },
            verify: {
                precondition(filledSeats(tally) == seatsPerRun * tally.runs, "every run fills every contested seat")
            })
    }

    /// `MonteCarlo(election:runs:seed:).run(threads:)`, the driver `hemicycle simulate` uses.
    static func parallel(threads: Int, quick: Bool) -> Workload {
        parallel(election: mali(), runs: (quick ? 2_000 : 20_000) * threads, threads: threads)
    }

    /// `runs` elections of `election` by the driver `hemicycle simulate` uses, on `threads`,
    /// checked: every run counted, every contested seat filled.
    static func parallel(election: Election, runs: Int, threads: Int) -> Workload {
        let contests = election.constituencies.filter(\.isContested).count
        let seats = election.contestedSeats
        let plan = MonteCarlo(election: election, runs: runs, seed: 1)
        return Workload(
            unit: "elections", itemsPerCall: runs, secondary: ("contests", runs * contests),
            note: "\(threads) thread\(threads == 1 ? "" : "s")",
            body: {
                let tally = runBlocking { await plan.run(threads: threads) }
                precondition(tally.runs == runs, "the study counts every run")
                precondition(filledSeats(tally) == seats * runs, "every run fills every contested seat")
                return tally.runs
            })
    }

    /// The seats given in all runs of a tally: Σ over lists and seat counts of seats × runs.
    static func filledSeats(_ tally: SimulationTally) -> Int {
        var total = 0
        let width = tally.maximumSeats + 1
        for list in 0..<tally.listCount {
            for seats in 0..<width { total += seats * tally.seatHistogram[list * width + seats] }
        }
        return total
    }
}
