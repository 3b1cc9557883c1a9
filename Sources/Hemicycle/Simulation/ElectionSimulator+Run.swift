/// One simulated run: its noise drawn, its contests counted and decided in turn (two-way
/// run-offs after the last contest), its seats given.
extension ElectionSimulator {
    /// What one run's contests gave, nationally.
    struct RunSummary {
        var settled = 0
        var reversals = 0
        var tie = false
        var voters1 = 0
        var registered1 = 0
        var voters2 = 0
        var registered2 = 0
        var hadRunoff = false
        /// Two-way run-offs waiting in ``pendingRunoffs``.
        var pendingRunoffs = 0
        /// Run-offs by the size of their field (1, 2, 3, 4 or more) and withdrawals, counted
        /// when the simulator ``tracksRunoffFields`` (by list in ``runWithdrawals``).
        var fields = SIMD4<Int>()
        var withdrawals = 0
    }

    /// Draws the run's noise and counts every contest's round 1; with `twoRound`, decides each
    /// contest by the two-round rule (seats in ``seats``, winners in ``runWinners``); with
    /// `storeVotes`, keeps every entry's round-1 votes in ``runVotes`` and ``runCounts``.
    func runContests(using rng: inout Xoshiro256StarStar, twoRound: Bool, storeVotes: Bool) -> RunSummary {
        startRun(using: &rng)
        var run = RunSummary()
        for c in 0..<table.count {
            var outcome = ContestOutcome()
            countFirstRound(c, using: &rng, outcome: &outcome)
            finishContest(c, using: &rng, outcome: &outcome, run: &run, twoRound: twoRound, storeVotes: storeVotes)
        }
        settlePendingRunoffs(&run)
        return run
    }

    /// Draws the run's noise and applies what does not depend on the contests' counts.
    func startRun(using rng: inout Xoshiro256StarStar) {
        drawNoise(using: &rng)
        drawNational()
        if transferConcentration > 0 { drawTransferRows(using: &rng) }
        if evaluator.hasWithdrawalRules { evaluator.withdrawalKey = rng.next() }
        if tracksRunoffFields { for list in 0..<listCount { runWithdrawals[list] = 0 } }
        if perturbsShares { perturbLines() }
        shiftTurnouts()
        for list in 0..<listCount { seats[list] = 0 }
    }

    /// Takes contest `c` on from its round-1 counts (in the evaluator and `outcome`): keeps
    /// the votes with `storeVotes`, adds the counts to `run`, and with `twoRound` decides the
    /// contest (its run-off included) and gives its seats to the winner.
    ///
    /// A run-off that ``defersRunoff`` waits in ``pendingRunoffs`` instead (a
    /// ``TwoWayRunoff``), for ``settlePendingRunoffs(_:)`` after the run's last contest: the same
    /// steps (``ContestEvaluator/count(_:shift:outcome:)``), but
    /// the run-offs' long chains of dependent divisions and roundings then run one after the
    /// other with nothing in between, where the processor overlaps them, instead of each
    /// holding up the next contest's round 1.
    @inline(__always)
    func finishContest(
        _ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome, run: inout RunSummary, twoRound: Bool,
        storeVotes: Bool
    ) {
        let contest = table.contestBase + c
        if storeVotes {
            for entry in 0..<contest.pointee.entryCount {
                runVotes[contest.pointee.entryStart + entry] = evaluator.votes1[entry]
            }
            runCounts[c] = .init(firstRoundOf: outcome)
        }
        run.voters1 += outcome.voters1
        run.registered1 += outcome.registered1
        guard twoRound else { return }
        if evaluator.decideFirstRound(c, outcome: &outcome) {
            run.hadRunoff = true
            if tracksRunoffFields { countField(c, into: &run) }
            if defersRunoff {
                pendingRunoffs[run.pendingRunoffs] = evaluator.twoWayRunoff(c, outcome: outcome)
                run.pendingRunoffs += 1
                // Who went through may have been settled by a tie.
                if outcome.decidedByTie { run.tie = true }
                return
            }
            countSecondRound(c, using: &rng, outcome: &outcome)
            addRunoff(outcome, to: &run)
        } else {
            run.settled += 1
        }
        award(c, outcome, run: &run)
    }

    /// Counts contest `c`'s run-off field and its withdrawals into `run` and ``runWithdrawals``:
    /// the official field where the run uses the official round 2 (the qualified who did not
    /// stand in it withdrew), else the finalists the evaluator left after withdrawals.
    func countField(_ c: Int, into run: inout RunSummary) {
        let contest = table.contestBase + c
        var field = 0
        for entry in 0..<contest.pointee.entryCount {
            let record = table.entries[contest.pointee.entryStart + entry]
            let official = contest.pointee.usesObservedSecondRound
            let stands = official ? record.stood2 : evaluator.finalist[entry]
            let withdrew = official ? evaluator.finalist[entry] && !record.stood2 : evaluator.withdrew[entry]
            if stands { field += 1 }
            if withdrew {
                run.withdrawals += 1
                runWithdrawals[record.list] += 1
            }
        }
        run.fields[min(max(field, 1), 4) - 1] += 1
    }

    /// Counts and decides the run's pending two-way run-offs (see
    /// ``finishContest(_:using:outcome:run:twoRound:storeVotes:)``), in the order they came.
    @inline(__always)
    func settlePendingRunoffs(_ run: inout RunSummary) {
        for index in 0..<run.pendingRunoffs {
            let pending = pendingRunoffs[index]
            var outcome = ContestOutcome()
            _ = evaluator.count(pending, shift: runoffShift(pending.contest), outcome: &outcome)
            addRunoff(outcome, to: &run)
            award(pending.contest, outcome, run: &run)
        }
        run.pendingRunoffs = 0
    }

    /// Adds a counted run-off's voters, register and lead reversal to `run`.
    @inline(__always)
    func addRunoff(_ outcome: ContestOutcome, to run: inout RunSummary) {
        run.voters2 += outcome.voters2
        run.registered2 += outcome.registered2
        run.reversals &+= outcome.leadReversal.asInt
    }

    /// Records contest `c`'s decision in `run`: a tie that decided it, its winner, and the
    /// winner's list's seats.
    @inline(__always)
    func award(_ c: Int, _ outcome: ContestOutcome, run: inout RunSummary) {
        if outcome.decidedByTie { run.tie = true }
        runWinners[c] = outcome.winner
        if outcome.winner >= 0 {
            let contest = table.contestBase + c
            let entry = table.entries[contest.pointee.entryStart + outcome.winner]
            seats[outcome.round == 2 ? entry.runoffList : entry.list] += contest.pointee.seats
        }
    }
}
