import Synchronization

/// Runs many simulated elections of one scenario, in parallel, reproducibly.
///
/// The runs `0..<runs` are cut into blocks of ``blockSize``. Block `b` draws from its own
/// xoshiro256** stream, seeded by ``SeedDerivation/stream(seed:index:)`` from the master seed and
/// `b`, so a run's draws depend only on the seed and its index: never on how many threads run,
/// which thread takes which block, or which shard of a study it belongs to. Workers count into
/// their own integer ``SimulationTally`` and the tallies are added at the end; integer addition
/// is exact, so the result is the same bytes on 1 thread or 64, and a study split into shards
/// and merged equals the same study run at once.
///
/// ```swift
/// let plan = MonteCarlo(election: election, runs: 1_000_000, seed: 1)
/// let tally = await plan.run(threads: 2)
/// ```
public struct MonteCarlo: Sendable {
    /// Runs per block: the unit of work, of random-stream derivation and of cancellation.
    public static let blockSize = 1_000

    /// The election simulated.
    public let election: Election
    /// The noise drawn.
    public let uncertainty: Uncertainty
    /// The total number of runs in the study.
    public let runs: Int
    /// The master seed.
    public let seed: UInt64
    /// The blocks this process runs (all of them, or one shard's).
    public let blocks: Range<Int>

    /// The number of blocks in a study of `runs` runs.
    public static func blockCount(runs: Int) -> Int { (runs + blockSize - 1) / blockSize }

    /// Plans a study of `runs` runs with `seed`, or the `shard`-th of `shards` slices of it.
    ///
    /// Shard `k` (from 1) of `n` runs blocks `⌊(k−1)·B/n⌋ ..< ⌊k·B/n⌋` of the study's `B` blocks.
    public init(
        election: Election, uncertainty: Uncertainty? = nil, runs: Int, seed: UInt64,
        shard: (index: Int, count: Int)? = nil
    ) {
        self.election = election
        self.uncertainty = uncertainty ?? election.uncertainty ?? .defaults
        self.runs = max(0, runs)
        self.seed = seed
        blocks = Self.blocks(runs: self.runs, shard: shard)
    }

    /// The blocks of a study of `runs` runs that its `shard`-th of `shards` slices runs (all
    /// of them without a shard).
    public static func blocks(runs: Int, shard: (index: Int, count: Int)?) -> Range<Int> {
        let total = blockCount(runs: max(0, runs))
        guard let shard, shard.count > 0 else { return 0..<total }
        return (total * (shard.index - 1) / shard.count)..<(total * shard.index / shard.count)
    }

    /// The runs of a study of `runs` runs that its `shard` performs: what a complete shard file
    /// must have counted.
    public static func plannedRuns(runs: Int, shard: (index: Int, count: Int)?) -> Int {
        self.runs(inBlocks: blocks(runs: runs, shard: shard), of: runs)
    }

    /// The runs in `blocks` of a study of `runs` runs (the last block may be short).
    static func runs(inBlocks blocks: Range<Int>, of runs: Int) -> Int {
        guard !blocks.isEmpty else { return 0 }
        return min(runs, blocks.upperBound * blockSize) - blocks.lowerBound * blockSize
    }

    /// The runs in block `block`.
    public func runs(inBlock block: Int) -> Range<Int> {
        (block * Self.blockSize)..<min(runs, (block + 1) * Self.blockSize)
    }

    /// The number of runs this plan performs.
    public var plannedRuns: Int { Self.runs(inBlocks: blocks, of: runs) }

    /// A simulator for one worker.
    public func makeSimulator() -> ElectionSimulator {
        ElectionSimulator(election: election, uncertainty: uncertainty)
    }

    /// Runs one block into `tally`.
    public func run(block: Int, simulator: ElectionSimulator, into tally: inout SimulationTally) {
        var rng = SeedDerivation.stream(seed: seed, index: block)
        simulator.simulate(runs(inBlock: block).count, using: &rng, into: &tally)
    }

    /// Runs every block of the plan on `threads` workers.
    ///
    /// - Parameter control: where workers report progress and look for a request to stop; a
    ///   stopped study returns the tally of the blocks it finished.
    @concurrent
    public func run(threads: Int, control: SimulationControl = SimulationControl()) async -> SimulationTally {
        await runBlocks(threads: threads, control: control, empty: makeSimulator().makeTally(), merge: { $0.merge($1) }) {
            let simulator = self.makeSimulator()
            return { block, tally in self.run(block: block, simulator: simulator, into: &tally) }
        }
    }

    /// The parallel driver of ``run(threads:control:)`` and ``compare(_:threads:control:)``:
    /// `threads` workers take the plan's blocks one at a time until none is left or `control`
    /// asks them to stop, each counting into its own tally (from `empty`), merged at the end.
    ///
    /// `worker` is called once per worker, on its own thread, and returns what runs one block:
    /// each worker builds its own simulator, so that no buffer it reads in the hot loop is
    /// shared with another core (shared reference counts cost more than the work).
    @concurrent
    func runBlocks<Tally: Sendable>(
        threads: Int, control: SimulationControl, empty: Tally, merge: @escaping @Sendable (inout Tally, Tally) -> Void,
        worker: @escaping @Sendable () -> (_ block: Int, _ tally: inout Tally) -> Void
    ) async -> Tally {
        let workers = max(1, min(threads, blocks.count))
        let next = NextBlock(start: blocks.lowerBound)
        var total = empty
        await withTaskGroup(of: Tally.self) { group in
            for _ in 0..<workers {
                group.addTask { @Sendable in
                    let runBlock = worker()
                    var tally = empty
                    while !control.isCancelled {
                        let block = next.take()
                        guard block < self.blocks.upperBound else { break }
                        runBlock(block, &tally)
                        control.add(runs: self.runs(inBlock: block).count)
                    }
                    return tally
                }
            }
            for await tally in group { merge(&total, tally) }
        }
        return total
    }
}

/// Hands out block indices to workers, one at a time.
final class NextBlock: Sendable {
    private let counter: Atomic<Int>

    init(start: Int) { counter = Atomic(start) }

    func take() -> Int { counter.wrappingAdd(1, ordering: .relaxed).oldValue }
}

/// Progress and cancellation shared between a running study and whoever watches it.
public final class SimulationControl: Sendable {
    private let done = Atomic<Int>(0)
    private let cancelled = Atomic<Bool>(false)

    /// Creates a control with nothing done.
    public init() {}

    /// Runs finished so far.
    public var completedRuns: Int { done.load(ordering: .relaxed) }

    /// Whether the study was asked to stop.
    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Asks the study to stop after the blocks under way.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    func add(runs: Int) { done.add(runs, ordering: .relaxed) }
}

extension MonteCarlo {
    /// Runs every block of the plan on `threads` workers, each run through every one of
    /// `systems` on the same simulated votes.
    @concurrent
    public func compare(
        _ systems: [ElectoralSystem], threads: Int, control: SimulationControl = SimulationControl()
    ) async -> ComparisonTally {
        let maximum = election.assembly.size + election.possibleOverhang
        let empty = ComparisonTally(rules: systems.count, lists: election.lists.count, maximumSeats: maximum)
        return await runBlocks(threads: threads, control: control, empty: empty, merge: { $0.merge($1) }) {
            let simulator = ElectionSimulator(election: self.election, uncertainty: self.uncertainty, comparing: systems)
            return { block, tally in
                var rng = SeedDerivation.stream(seed: self.seed, index: block)
                simulator.simulate(self.runs(inBlock: block).count, using: &rng, into: &tally)
            }
        }
    }
}
