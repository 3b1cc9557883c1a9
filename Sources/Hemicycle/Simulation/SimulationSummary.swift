/// The statistics a user reads off a simulation, computed from its ``SimulationTally``.
public struct SimulationSummary: Sendable, Hashable {
    /// One list's seat distribution.
    public struct ListStatistics: Sendable, Hashable {
        /// Index into ``Election/lists``.
        public var list: Int
        /// Mean seats.
        public var mean: Double
        /// Standard deviation of seats.
        public var standardDeviation: Double
        /// Median seats (the smallest count reached by at least half the runs).
        public var median: Int
        /// The 90% interval: from the smallest count reached by 5% of runs (cumulatively) to the smallest reached by 95%.
        public var interval: ClosedRange<Int>
        /// Probability of an absolute majority of the assembly.
        public var majority: Double
        /// Probability of being the largest list (ties count for each tied list).
        public var largest: Double
        /// Probability of winning no seat.
        public var noSeat: Double
        /// Runs by seats won: `histogram[s]`.
        public var histogram: [Int]
    }

    /// Runs summarised.
    public var runs: Int
    /// Per list, in the scenario's order.
    public var lists: [ListStatistics]
    /// Per bloc, in the scenario's order (``ListStatistics/list`` is the bloc's index; its
    /// `largest` is not counted, 0).
    public var blocs: [ListStatistics]
    /// Seats needed for an absolute majority of the assembly.
    public var majority: Int
    /// Runs by constituencies settled in round 1.
    public var settledInFirstRound: [Int]
    /// Runs by lead reversals in run-offs.
    public var leadReversals: [Int]
    /// Runs in which the tie rule decided a contest.
    public var runsWithTies: Int
    /// National turnout per round: mean and standard deviation (round 2 over runs with run-offs).
    public var turnoutMean: [Double]
    public var turnoutStandardDeviation: [Double]
    /// Runs with a run-off.
    public var runsWithRunoffs: Int
    /// Runs by turnout bin (0.01 point) per round.
    public var turnoutHistogram: [[Int]]

    /// Summarises `tally` for an assembly whose majority is `majority` seats.
    public init(tally: SimulationTally, majority: Int) {
        runs = tally.runs
        self.majority = majority
        let width = tally.maximumSeats + 1
        let runs = tally.runs
        lists = (0..<tally.listCount).map { list in
            let histogram = Array(tally.seatHistogram[(list * width)..<((list + 1) * width)])
            return Self.statistics(list: list, histogram: histogram, runs: runs, majority: majority, largest: tally.largest[list])
        }
        blocs = tally.blocLists.indices.map { bloc in
            let histogram = Array(tally.blocHistogram[(bloc * width)..<((bloc + 1) * width)])
            return Self.statistics(list: bloc, histogram: histogram, runs: runs, majority: majority, largest: 0)
        }
        settledInFirstRound = tally.settledInFirstRound
        leadReversals = tally.leadReversals
        runsWithTies = tally.runsWithTies
        runsWithRunoffs = tally.turnoutHistogram[1].reduce(0, +)
        let counts = [runs, runsWithRunoffs]
        turnoutMean = (0..<2).map { round in
            counts[round] > 0 ? Double(tally.turnoutSum[round]) / Double(counts[round]) / 1e9 : 0
        }
        turnoutStandardDeviation = (0..<2).map { round in
            Self.deviation(sum: tally.turnoutSum[round], squares: tally.turnoutSquareSum[round], count: counts[round]) / 1e9
        }
        turnoutHistogram = tally.turnoutHistogram
    }

    static func statistics(list: Int, histogram: [Int], runs: Int, majority: Int, largest: Int) -> ListStatistics {
        var sum = 0
        var squares = UInt128(0)
        for (seats, count) in histogram.enumerated() where count > 0 {
            sum += seats * count
            squares += UInt128(seats * seats) * UInt128(count)
        }
        let share = { (count: Int) in runs > 0 ? Double(count) / Double(runs) : 0 }
        return ListStatistics(
            list: list, mean: share(sum), standardDeviation: deviation(sum: UInt128(sum), squares: squares, count: runs),
            median: quantile(histogram, numerator: 1, denominator: 2, runs: runs),
            interval: quantile(histogram, numerator: 1, denominator: 20, runs: runs)...quantile(
                histogram, numerator: 19, denominator: 20, runs: runs),
            majority: share(histogram.indices.filter { $0 >= majority }.reduce(0) { $0 + histogram[$1] }),
            largest: share(largest), noSeat: share(histogram.first ?? 0), histogram: histogram)
    }

    /// The smallest value whose cumulative count reaches `numerator/denominator` of the runs.
    static func quantile(_ histogram: [Int], numerator: Int, denominator: Int, runs: Int) -> Int {
        guard runs > 0 else { return 0 }
        var cumulative = 0
        for (value, count) in histogram.enumerated() {
            cumulative += count
            if cumulative * denominator >= runs * numerator { return value }
        }
        return histogram.count - 1
    }

    /// The population standard deviation from exact sums.
    static func deviation(sum: UInt128, squares: UInt128, count: Int) -> Double {
        guard count > 1 else { return 0 }
        let n = UInt128(count)
        // n·Σx² − (Σx)², exact in 128 bits for the sizes a tally holds.
        let (product, overflow) = n.multipliedReportingOverflow(by: squares)
        let (square, overflow2) = sum.multipliedReportingOverflow(by: sum)
        if !overflow && !overflow2 && product >= square {
            return (Double(product - square)).squareRoot() / Double(count)
        }
        let mean = Double(sum) / Double(count)
        return max(0, Double(squares) / Double(count) - mean * mean).squareRoot()
    }
}
