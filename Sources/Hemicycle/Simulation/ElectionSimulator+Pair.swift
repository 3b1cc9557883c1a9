/// A second simulator and the scratch two runs share in ``ElectionSimulator/simulate(_:using:into:)``.
final class RunPair {
    /// Works through the second run of each pair, in buffers of its own.
    let partner: ElectionSimulator
    /// Both runs' remainders of one contest's round-1 split, side by side.
    let remainders: UnsafeMutablePointer<SIMD2<Double>>

    init(partner: ElectionSimulator, entries: Int) {
        self.partner = partner
        remainders = .allocate(capacity: max(1, entries))
        remainders.initialize(repeating: .zero, count: max(1, entries))
    }

    deinit { remainders.deallocate() }
}

extension ElectionSimulator {
    /// Draws two simulated elections, this simulator's run and then the partner's, and counts
    /// them in `tally` in that order: the same draws and tally as two calls of
    /// ``simulate(using:into:)``, since without voter sampling a run draws from `rng` only at
    /// its start.
    func simulatePair(_ pair: RunPair, using rng: inout Xoshiro256StarStar, into tally: inout SimulationTally) {
        let partner = pair.partner
        let twoRound = primarySingleRound == nil
        startRun(using: &rng)
        partner.startRun(using: &rng)
        var run = RunSummary()
        var partnerRun = RunSummary()
        for c in 0..<table.count {
            var outcome = ContestOutcome()
            var partnerOutcome = ContestOutcome()
            countFirstRounds(c, partner: partner, remainders: pair.remainders, outcome: &outcome, partnerOutcome: &partnerOutcome)
            finishContest(c, using: &rng, outcome: &outcome, run: &run, twoRound: twoRound, storeVotes: !twoRound)
            partner.finishContest(
                c, using: &rng, outcome: &partnerOutcome, run: &partnerRun, twoRound: twoRound, storeVotes: !twoRound)
        }
        record(run, into: &tally)
        partner.record(partnerRun, into: &tally)
    }

    /// Counts contest `c`'s round 1 in this run and in the partner's, splitting both runs'
    /// votes together when it can (``VoteCounting/apportionPair(totals:count:first:second:remainders:)``)
    /// and each by itself otherwise; each run's counts are those of
    /// ``countFirstRound(_:using:outcome:)``.
    func countFirstRounds(
        _ c: Int, partner: ElectionSimulator, remainders: UnsafeMutablePointer<SIMD2<Double>>, outcome: inout ContestOutcome,
        partnerOutcome: inout ContestOutcome
    ) {
        let contest = table.contestBase + c
        guard !readsObservedFirstRound(contest), !partner.readsObservedFirstRound(partner.table.contestBase + c) else {
            // No generator is read without voter sampling, which never runs in pairs.
            var unused = Xoshiro256StarStar(seed: 0)
            countFirstRound(c, using: &unused, outcome: &outcome)
            partner.countFirstRound(c, using: &unused, outcome: &partnerOutcome)
            return
        }
        let (abstaining, weightSum) = weighEntries(contest)
        let (partnerAbstaining, partnerWeightSum) = partner.weighEntries(partner.table.contestBase + c)
        let ballots = evaluator.countFirstRoundBallots(
            c, turnout: runTurnout1[c] * max(0, 1 - abstaining), outcome: &outcome)
        let partnerBallots = partner.evaluator.countFirstRoundBallots(
            c, turnout: partner.runTurnout1[c] * max(0, 1 - partnerAbstaining), outcome: &partnerOutcome)
        let count = contest.pointee.entryCount
        let totals = (
            ballots.voters - ballots.invalid - ballots.blank,
            partnerBallots.voters - partnerBallots.invalid - partnerBallots.blank
        )
        let weights = evaluator.weights.baseAddress.unsafelyUnwrapped
        let partnerWeights = partner.evaluator.weights.baseAddress.unsafelyUnwrapped
        let votes = evaluator.votes1.baseAddress.unsafelyUnwrapped
        let partnerVotes = partner.evaluator.votes1.baseAddress.unsafelyUnwrapped
        let together = VoteCounting.apportionPair(
            totals: totals, count: count, first: (UnsafePointer(weights), weightSum, votes),
            second: (UnsafePointer(partnerWeights), partnerWeightSum, partnerVotes), remainders: remainders)
        if !together {
            VoteCounting.apportion(
                totals.0, weights: UnsafeBufferPointer(start: weights, count: count), sum: weightSum,
                into: UnsafeMutableBufferPointer(start: votes, count: count),
                remainders: UnsafeMutableBufferPointer(rebasing: evaluator.remainders[0..<count]))
            VoteCounting.apportion(
                totals.1, weights: UnsafeBufferPointer(start: partnerWeights, count: count), sum: partnerWeightSum,
                into: UnsafeMutableBufferPointer(start: partnerVotes, count: count),
                remainders: UnsafeMutableBufferPointer(rebasing: partner.evaluator.remainders[0..<count]))
        }
    }
}
