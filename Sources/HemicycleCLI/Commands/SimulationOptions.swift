import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The options that drive a simulation (`--runs`, `--seed`, `--threads`), read the same way by
/// `simulate`, `compare --runs` and `report`.
struct SimulationOptions {
    /// Simulated elections (`--runs`, default 10,000).
    var runs: Int
    /// The master seed (`--seed`, default 1).
    var seed: UInt64
    /// Worker threads (`--threads`, default: all cores).
    var threads: Int

    /// Reads the options, `--runs` within `runs` (`report` allows 0, which leaves its simulation out).
    ///
    /// - Throws: ``CLIError/usage(_:)`` for the first bad option, checked in the order runs, seed, threads.
    static func parse(_ arguments: Arguments, runs: ClosedRange<Int> = 1...1_000_000_000_000) throws(CLIError)
        -> SimulationOptions
    {
        let count = try arguments.integer("--runs", default: 10_000, in: runs)
        let seed = try parseSeed(arguments.value("--seed"))
        let threads = try arguments.integer("--threads", default: defaultThreads, in: 1...1024)
        return SimulationOptions(runs: count, seed: seed, threads: threads)
    }

    static var defaultThreads: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    static func parseSeed(_ text: String?) throws(CLIError) -> UInt64 {
        guard let text else { return 1 }
        guard let seed = Arguments.wholeNumber(text, as: UInt64.self) else {
            throw .usage("--seed must be a whole number from 0 to 18446744073709551615, not '\(text)'")
        }
        return seed
    }

    /// Runs `work` on the plan of these options for `election` (only `shard`'s slice, if given)
    /// under a fresh ``SimulationControl``: a progress bar on standard error while it runs, and
    /// Ctrl-C to stop it after the blocks under way.
    ///
    /// - Returns: what `work` returned, and whether Ctrl-C cut it short.
    func run<Result>(
        _ election: Election, shard: SimulationStudy.Shard? = nil, _ work: (MonteCarlo, SimulationControl) async -> Result
    ) async -> (result: Result, interrupted: Bool) {
        let plan = MonteCarlo(election: election, runs: runs, seed: seed, shard: shard.map { ($0.index, $0.count) })
        let control = SimulationControl()
        let progress = ProgressReporter(control: control, total: plan.plannedRuns)
        let result = await work(plan, control)
        progress.finish()
        return (result, control.isCancelled)
    }
}
