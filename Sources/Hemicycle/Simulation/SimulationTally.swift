/// What a Monte Carlo simulation has counted so far: integer histograms and sums only.
///
/// Every statistic of the summary comes from these counters, which add up exactly: merging the
/// tallies of blocks, workers or shards in any order gives the same bytes, and memory stays flat
/// however many runs are counted (a few kilobytes for Mali 1992, whether 1,000 runs or 10⁸).
public struct SimulationTally: Sendable, Hashable {
    /// The number of lists.
    public let listCount: Int
    /// The largest seat count a list can reach (the assembly's size).
    public let maximumSeats: Int
    /// The number of contested constituencies.
    public let contestCount: Int
    /// Where each contest's entries start in ``wins`` (one more element than contests).
    public let entryOffsets: [Int]
    /// The blocs' lists (indices), whose seats are counted together (none without blocs).
    public let blocLists: [[Int]]

    /// Runs counted.
    public internal(set) var runs = 0
    /// `blocHistogram[bloc * (maximumSeats + 1) + s]`: runs in which the lists of `bloc`
    /// together won `s` seats.
    public internal(set) var blocHistogram: [Int]
    /// Whether run-off fields and withdrawals are counted (``Election/tracksRunoffFields``).
    public let tracksRunoffFields: Bool
    /// `fieldHistogram[size][n]`: runs with `n` run-offs of a field of `size + 1` (the last: four
    /// or more); empty when not tracked.
    public internal(set) var fieldHistogram: [[Int]]
    /// Runs by their number of withdrawals, and withdrawals by list summed over the runs.
    public internal(set) var withdrawalHistogram: [Int]
    public internal(set) var withdrawalsByList: [Int]
    /// `seatHistogram[list * (maximumSeats + 1) + s]`: runs in which `list` won `s` seats.
    public internal(set) var seatHistogram: [Int]
    /// Runs in which each list had the most seats (ties count for every tied list).
    public internal(set) var largest: [Int]
    /// `wins[entryOffsets[c] + e]`: runs in which entry `e` of contest `c` won.
    public internal(set) var wins: [Int]
    /// Runs by the number of constituencies settled in round 1.
    public internal(set) var settledInFirstRound: [Int]
    /// Runs by the number of run-offs won by an entry that trailed in round 1.
    public internal(set) var leadReversals: [Int]
    /// Runs in which the tie rule decided at least one contest.
    public internal(set) var runsWithTies = 0
    /// Runs by national turnout in round 1 and round 2, in bins of 0.01 point (10,001 bins).
    public internal(set) var turnoutHistogram: [[Int]]
    /// Sum and sum of squares of national turnout per round, in billionths (exact).
    public internal(set) var turnoutSum: [UInt128]
    public internal(set) var turnoutSquareSum: [UInt128]

    /// Turnout bins per unit: 10,000 (0.01-point bins).
    public static let turnoutBins = 10_000

    /// An empty tally for an election of this shape.
    public init(
        listCount: Int, maximumSeats: Int, entryCounts: [Int], blocLists: [[Int]] = [], tracksRunoffFields: Bool = false
    ) {
        self.listCount = listCount
        self.tracksRunoffFields = tracksRunoffFields
        let entries = entryCounts.reduce(0, +)
        fieldHistogram = tracksRunoffFields ? Array(repeating: Array(repeating: 0, count: entryCounts.count + 1), count: 4) : []
        withdrawalHistogram = tracksRunoffFields ? Array(repeating: 0, count: entries + 1) : []
        withdrawalsByList = tracksRunoffFields ? Array(repeating: 0, count: listCount) : []
        self.blocLists = blocLists
        blocHistogram = Array(repeating: 0, count: blocLists.count * (maximumSeats + 1))
        self.maximumSeats = maximumSeats
        contestCount = entryCounts.count
        var offsets = [0]
        for count in entryCounts { offsets.append((offsets.last ?? 0) + count) }
        entryOffsets = offsets
        seatHistogram = Array(repeating: 0, count: listCount * (maximumSeats + 1))
        largest = Array(repeating: 0, count: listCount)
        wins = Array(repeating: 0, count: offsets.last ?? 0)
        settledInFirstRound = Array(repeating: 0, count: entryCounts.count + 1)
        leadReversals = Array(repeating: 0, count: entryCounts.count + 1)
        turnoutHistogram = Array(repeating: Array(repeating: 0, count: Self.turnoutBins + 1), count: 2)
        turnoutSum = [0, 0]
        turnoutSquareSum = [0, 0]
    }

    /// Why this tally cannot be what a simulation counted, or `nil`: every histogram holds each
    /// run once (the run-off turnout those runs that had run-offs), no count exceeds the runs,
    /// and the turnout sums fit their histograms. A file edited by hand, or truncated, fails it.
    public func inconsistency() -> String? {
        for list in 0..<listCount {
            let row = seatHistogram[(list * (maximumSeats + 1))..<((list + 1) * (maximumSeats + 1))]
            if row.reduce(0, +) != runs { return "list \(list + 1)'s seat counts do not add up to the \(runs) runs" }
            if largest[list] > runs { return "list \(list + 1) is the largest in more runs than there are" }
        }
        for bloc in blocLists.indices where blocHistogram[(bloc * (maximumSeats + 1))..<((bloc + 1) * (maximumSeats + 1))].reduce(0, +) != runs {
            return "bloc \(bloc + 1)'s seat counts do not add up to the \(runs) runs"
        }
        if tracksRunoffFields {
            if fieldHistogram.contains(where: { $0.reduce(0, +) != runs }) { return "the run-off fields do not add up to the runs" }
            if withdrawalHistogram.reduce(0, +) != runs { return "the withdrawals do not add up to the runs" }
            let total = withdrawalHistogram.enumerated().reduce(0) { $0 + $1.offset * $1.element }
            if withdrawalsByList.reduce(0, +) != total { return "the withdrawals by list do not add up to their total" }
        }
        if let win = wins.firstIndex(where: { $0 > runs }) { return "entry \(win) wins in more runs than there are" }
        if settledInFirstRound.reduce(0, +) != runs { return "the round-1 settlements do not add up to the runs" }
        if leadReversals.reduce(0, +) != runs { return "the lead reversals do not add up to the runs" }
        if runsWithTies > runs { return "more runs with ties than runs" }
        let roundRuns = turnoutHistogram.map { $0.reduce(0, +) }
        if roundRuns[0] != runs || roundRuns[1] > runs { return "the turnout histograms do not add up to the runs" }
        for round in 0..<2 {
            let billion: UInt128 = 1_000_000_000
            if turnoutSum[round] > UInt128(roundRuns[round]) * billion
                || turnoutSquareSum[round] > UInt128(roundRuns[round]) * billion * billion
            {
                return "the round-\(round + 1) turnout sums exceed what \(roundRuns[round]) runs can give"
            }
        }
        return nil
    }

    /// Whether `other` counts the same election (same lists, seats and ballots).
    public func hasSameShape(as other: SimulationTally) -> Bool {
        listCount == other.listCount && maximumSeats == other.maximumSeats && entryOffsets == other.entryOffsets
            && blocLists == other.blocLists && tracksRunoffFields == other.tracksRunoffFields
    }

    /// Adds `other`'s counts to this tally. Both must have the same shape.
    public mutating func merge(_ other: SimulationTally) {
        precondition(hasSameShape(as: other), "tallies of different elections cannot be merged")
        runs += other.runs
        runsWithTies += other.runsWithTies
        for index in seatHistogram.indices { seatHistogram[index] += other.seatHistogram[index] }
        for index in blocHistogram.indices { blocHistogram[index] += other.blocHistogram[index] }
        for size in fieldHistogram.indices {
            for index in fieldHistogram[size].indices { fieldHistogram[size][index] += other.fieldHistogram[size][index] }
        }
        for index in withdrawalHistogram.indices { withdrawalHistogram[index] += other.withdrawalHistogram[index] }
        for index in withdrawalsByList.indices { withdrawalsByList[index] += other.withdrawalsByList[index] }
        for index in largest.indices { largest[index] += other.largest[index] }
        for index in wins.indices { wins[index] += other.wins[index] }
        for index in settledInFirstRound.indices { settledInFirstRound[index] += other.settledInFirstRound[index] }
        for index in leadReversals.indices { leadReversals[index] += other.leadReversals[index] }
        for round in 0..<2 {
            for index in turnoutHistogram[round].indices {
                turnoutHistogram[round][index] += other.turnoutHistogram[round][index]
            }
            turnoutSum[round] += other.turnoutSum[round]
            turnoutSquareSum[round] += other.turnoutSquareSum[round]
        }
    }

    /// Counts one run.
    ///
    /// - Parameters:
    ///   - seats: seats per list.
    ///   - turnout: national turnout per round, in billionths (round 2 over the run-off constituencies; 0 without run-offs).
    mutating func record(
        seats: UnsafeMutableBufferPointer<Int>, settled: Int, reversals: Int, tie: Bool, turnout1: Int, turnout2: Int,
        hadRunoff: Bool
    ) {
        runs += 1
        #if HEMICYCLE_INTERNAL_CHECKS
            // The tally is sized for every seat and overhang an allocation can give: a count
            // outside it is a bug, which debug builds stop at rather than clamp away.
            for list in 0..<listCount { precondition((0...maximumSeats).contains(seats[list]), "seats within the tally") }
            precondition((0...contestCount).contains(settled) && (0...contestCount).contains(reversals), "counts within the tally")
        #endif
        var most = 0
        for list in 0..<listCount {
            // Clamped so that no allocation (an overhang, say) can index past the histogram.
            let won = min(max(0, seats[list]), maximumSeats)
            seatHistogram[list * (maximumSeats + 1) + won] += 1
            most = max(most, won)
        }
        for list in 0..<listCount where min(max(0, seats[list]), maximumSeats) == most && most > 0 { largest[list] += 1 }
        for bloc in blocLists.indices {
            var won = 0
            for list in blocLists[bloc] { won += min(max(0, seats[list]), maximumSeats) }
            blocHistogram[bloc * (maximumSeats + 1) + min(won, maximumSeats)] += 1
        }
        settledInFirstRound[min(settled, contestCount)] += 1
        leadReversals[min(reversals, contestCount)] += 1
        if tie { runsWithTies += 1 }
        recordTurnout(round: 0, partsPerBillion: turnout1)
        if hadRunoff { recordTurnout(round: 1, partsPerBillion: turnout2) }
    }

    /// Counts one run's run-offs by field size (1, 2, 3, 4 or more), its withdrawals and
    /// each list's.
    mutating func recordFields(_ fields: SIMD4<Int>, withdrawals: Int, byList: UnsafeBufferPointer<Int>) {
        guard tracksRunoffFields else { return }
        for size in 0..<4 { fieldHistogram[size][min(max(0, fields[size]), contestCount)] += 1 }
        withdrawalHistogram[min(max(0, withdrawals), withdrawalHistogram.count - 1)] += 1
        for list in 0..<listCount { withdrawalsByList[list] += byList[list] }
    }

    private mutating func recordTurnout(round: Int, partsPerBillion: Int) {
        let value = UInt128(max(0, partsPerBillion))
        turnoutSum[round] += value
        turnoutSquareSum[round] += value * value
        turnoutHistogram[round][min(Self.turnoutBins, partsPerBillion / 100_000)] += 1
    }

    /// Counts a contest's winner.
    @inline(__always)
    mutating func recordWin(contest: Int, entry: Int) {
        wins[entryOffsets[contest] + entry] += 1
    }
}
