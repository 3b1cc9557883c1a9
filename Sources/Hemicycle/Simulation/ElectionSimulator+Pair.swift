extension ElectionSimulator {
    /// Draws two simulated elections, this simulator's run and then the partner's, and counts
    /// them in `tally` in that order: the same draws and tally as two calls of
    /// ``simulate(using:into:)``, since without voter sampling a run draws from `rng` only at
    /// its start.
    func simulatePair(_ partner: ElectionSimulator, using rng: inout Xoshiro256StarStar, into tally: inout SimulationTally) {
        let twoRound = primarySingleRound == nil
        let (run, partnerRun) = runContestsInPair(partner, using: &rng, twoRound: twoRound, storeVotes: !twoRound)
        record(run, into: &tally)
        partner.record(partnerRun, into: &tally)
    }

    /// Draws two simulated elections, this simulator's run and then the partner's, and counts
    /// every compared rule's seats on each run's votes in `comparison`, in that order.
    func simulatePair(_ partner: ElectionSimulator, using rng: inout Xoshiro256StarStar, into comparison: inout ComparisonTally) {
        _ = runContestsInPair(partner, using: &rng, twoRound: comparesTwoRound, storeVotes: true)
        recordComparison(into: &comparison)
        partner.recordComparison(into: &comparison)
    }

    /// The contests of two runs, this simulator's and the partner's, side by side:
    /// ``runContests(using:twoRound:storeVotes:)`` for each, with both runs' round 1 counted
    /// together.
    func runContestsInPair(
        _ partner: ElectionSimulator, using rng: inout Xoshiro256StarStar, twoRound: Bool, storeVotes: Bool
    ) -> (RunSummary, RunSummary) {
        startRun(using: &rng)
        partner.startRun(using: &rng)
        var run = RunSummary()
        var partnerRun = RunSummary()
        for c in 0..<table.count {
            var outcome = ContestOutcome()
            var partnerOutcome = ContestOutcome()
            countFirstRounds(
                c, partner: partner, using: &rng, outcome: &outcome,
                partnerOutcome: &partnerOutcome)
            finishContest(c, using: &rng, outcome: &outcome, run: &run, twoRound: twoRound, storeVotes: storeVotes)
            partner.finishContest(
                c, using: &rng, outcome: &partnerOutcome, run: &partnerRun, twoRound: twoRound, storeVotes: storeVotes)
        }
        settlePendingRunoffs(&run)
        partner.settlePendingRunoffs(&partnerRun)
        return (run, partnerRun)
    }

    /// Counts contest `c`'s round 1 in this run and in the partner's, together where both
    /// count from their lines (``ContestEvaluator/countFirstRound(_:_:turnout:partner:_:partnerTurnout:renormalise:outcome:partnerOutcome:)``),
    /// each by itself otherwise; each run's counts are those of ``countFirstRound(_:using:outcome:)``.
    ///
    /// `rng` is not read: a round 1 draws only with voter sampling, which never runs in pairs.
    func countFirstRounds(
        _ c: Int, partner: ElectionSimulator, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome, partnerOutcome: inout ContestOutcome
    ) {
        let contest = table.contestBase + c
        guard !readsObservedFirstRound(contest), !partner.readsObservedFirstRound(contest) else {
            countFirstRound(c, using: &rng, outcome: &outcome)
            partner.countFirstRound(c, using: &rng, outcome: &partnerOutcome)
            return
        }
        evaluator.countFirstRound(
            c, lines, turnout: runTurnout1[c], partner: partner.evaluator, partner.lines, partnerTurnout: partner.runTurnout1[c],
            renormalise: perturbsShares, outcome: &outcome, partnerOutcome: &partnerOutcome)
    }
}
