/// Seats over a grid of one or two adjustments (`hemicycle sweep`): at each point the election
/// is adjusted (``Election/adjusted(by:)``) and run; with runs, each point is also a Monte
/// Carlo study with the same seed, so every point draws the same random numbers (common
/// random numbers: the differences between points are the adjustment's, not the noise's).
public struct Sweep: Sendable {
    /// A list as the sweep reports it.
    public struct ListLabel: Sendable, Hashable {
        /// The list's id, short name and colour.
        public var id: String
        public var shortName: String
        public var colour: String?
    }

    /// One list at one point.
    public struct ListPoint: Sendable, Hashable {
        /// Seats in the deterministic run.
        public var seats: Int
        /// Its round-1 share of the votes for entries in the deterministic run.
        public var voteShare: Double
        /// With runs: mean seats, the 90% interval, and the probability of an absolute majority.
        public var mean: Double?
        public var interval: ClosedRange<Int>?
        public var majority: Double?
    }

    /// One point of the grid.
    public struct Point: Sendable, Hashable {
        /// The value of each axis, in the axes' order.
        public var values: [Double]
        /// Each list, in ``Sweep/lists``' order.
        public var lists: [ListPoint]
        /// The deterministic run's national turnout in rounds 1 and 2.
        public var turnout1: Double
        public var turnout2: Double
    }

    /// The scenario's id and title.
    public var scenarioID: String
    public var title: String
    /// The adjustments every point shares (the scenario's block and the command line's).
    public var adjustments: [String]
    /// The axes: one or two.
    public var axes: [SweepAxis]
    /// Every list of the scenario.
    public var lists: [ListLabel]
    /// Seats for an absolute majority.
    public var majority: Int
    /// Simulated elections per point (0: deterministic only), and their seed.
    public var runs: Int
    public var seed: UInt64
    /// Runs counted at each point (fewer than ``runs`` when the sweep was interrupted).
    public var countedRuns: Int
    /// The points, the last axis varying fastest.
    public var points: [Point]

    /// Whether each point is a Monte Carlo study.
    public var isSimulated: Bool { runs > 0 }

    /// The points of a grid of `axes`: the product of their sizes.
    public static func pointCount(_ axes: [SweepAxis]) -> Int { axes.reduce(1) { $0 * $1.values.count } }

    /// The elections of the grid, the last axis varying fastest: `election` with each point's
    /// adjustments applied after its own.
    ///
    /// - Throws: ``AdjustmentProblem`` naming the first point that cannot be adjusted.
    public static func elections(_ election: Election, axes: [SweepAxis]) throws(AdjustmentProblem) -> [(values: [Double], election: Election)] {
        var grid: [[Double]] = [[]]
        for axis in axes { grid = grid.flatMap { prefix in axis.values.map { prefix + [$0] } } }
        var result: [(values: [Double], election: Election)] = []
        result.reserveCapacity(grid.count)
        for values in grid {
            let adjustments = zip(axes, values).map { $0.adjustment(at: $1) }
            do {
                result.append((values, try election.adjusted(by: adjustments)))
            } catch {
                let at = zip(axes, values).map { "\($0.name) = \($0.format($1))" }.joined(separator: ", ")
                throw AdjustmentProblem("at \(at): \(error.message)")
            }
        }
        return result
    }

    /// Runs the sweep: every point adjusted and run, and with `runs` simulated on `threads`
    /// workers from `seed` (the same at every point). `control` counts runs over all points.
    ///
    /// - Throws: ``AdjustmentProblem`` naming the first point that cannot be adjusted, before
    ///   anything is simulated.
    public static func run(
        _ election: Election, axes: [SweepAxis], runs: Int = 0, seed: UInt64 = 1, threads: Int = 1,
        control: SimulationControl = SimulationControl()
    ) async throws(AdjustmentProblem) -> Sweep {
        let grid = try elections(election, axes: axes)
        var points: [Point] = []
        var counted = runs
        for (values, adjusted) in grid {
            let result = adjusted.run()
            var lists = result.lists.map { ListPoint(seats: $0.seats, voteShare: $0.firstRoundShare) }
            if runs > 0, !control.isCancelled {
                let tally = await MonteCarlo(election: adjusted, runs: runs, seed: seed).run(threads: threads, control: control)
                counted = min(counted, tally.runs)
                let summary = SimulationSummary(tally: tally, majority: adjusted.assembly.majority)
                for index in lists.indices {
                    lists[index].mean = summary.lists[index].mean
                    lists[index].interval = summary.lists[index].interval
                    lists[index].majority = summary.lists[index].majority
                }
            } else if runs > 0 {
                counted = 0
            }
            points.append(Point(values: values, lists: lists, turnout1: result.firstRound.turnout, turnout2: result.secondRound.turnout))
        }
        return Sweep(
            scenarioID: election.id, title: election.title, adjustments: election.adjustments, axes: axes,
            lists: election.lists.map { ListLabel(id: $0.id, shortName: $0.shortName, colour: $0.colour) },
            majority: election.assembly.majority, runs: runs, seed: seed, countedRuns: runs > 0 ? counted : 0,
            points: points)
    }

    /// Lists worth reporting: those with a seat at some point (or some run's mean), in the
    /// scenario's order.
    public var reportedLists: [Int] {
        lists.indices.filter { index in points.contains { $0.lists[index].seats > 0 || ($0.lists[index].mean ?? 0) > 0 } }
    }
}
