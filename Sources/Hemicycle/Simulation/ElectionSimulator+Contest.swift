extension ElectionSimulator {
    /// This run's ballot lines: the scenario's support moved by the run's noise (when it
    /// perturbs shares), and each boycott's abstention in this run.
    @inline(__always)
    var lines: BallotLines {
        BallotLines(
            weights: perturbsShares ? UnsafePointer(lineWeight) : table.lineSupport,
            boycottAbstention: UnsafePointer(boycottAbstention.baseAddress.unsafelyUnwrapped))
    }

    /// Counts one contest's round 1 under this run's noise: the evaluator's steps on this run's
    /// lines and turnout, or with voter sampling, voters and votes drawn around them.
    func countFirstRound(_ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let contest = table.contestBase + c
        if readsObservedFirstRound(contest) {
            evaluator.useObservedFirstRound(c, outcome: &outcome)
            return
        }
        guard samplesVoters else {
            evaluator.countFirstRound(c, lines, renormalise: perturbsShares, turnout: runTurnout1[c], outcome: &outcome)
            return
        }
        let (abstaining, _) = evaluator.weighEntries(c, lines, renormalise: perturbsShares)
        let turnout = runTurnout1[c] * max(0, 1 - abstaining)
        sampleVoters(contest, turnout: turnout, invalid: contest.pointee.invalid1, blank: contest.pointee.blank1, using: &rng)
        outcome.registered1 = contest.pointee.registered
        outcome.voters1 = sampled.voters
        outcome.invalid1 = sampled.invalid
        outcome.blank1 = sampled.blank
        var votes = UnsafeMutableBufferPointer(rebasing: evaluator.votes1[0..<contest.pointee.entryCount])
        MultinomialDistribution.sample(
            trials: sampled.voters - sampled.invalid - sampled.blank,
            probabilities: UnsafeBufferPointer(rebasing: evaluator.weights[0..<contest.pointee.entryCount]), into: &votes,
            using: &rng)
    }

    /// Whether this run takes the contest's official round-1 counts as they are (it has them,
    /// and nothing in the run moves shares or round-1 turnout or samples voters).
    @inline(__always)
    func readsObservedFirstRound(_ contest: UnsafeMutablePointer<ContestRecord>) -> Bool {
        contest.pointee.usesObservedFirstRound && !perturbsShares && turnoutShift1 == 0
            && constituencyTurnoutDeviation1 == 0 && !samplesVoters
    }

    /// Whether this contest's run-off waits for the end of the run
    /// (``finishContest(_:using:outcome:run:twoRound:storeVotes:)``): two finalists, and a noisy
    /// run-off that draws no voters.
    @inline(__always)
    var defersRunoff: Bool {
        evaluator.finalistCount == 2 && (runoffsHaveSetNoise || (turnoutShift2 != 0 && !samplesVoters))
    }

    /// This run's shift of contest `c`'s run-off turnout.
    @inline(__always)
    func runoffShift(_ c: Int) -> TurnoutShift {
        TurnoutShift(shift: runShift2[c], factor: runFactor2[c])
    }

    /// Counts one contest's run-off under this run's noise, and decides it: the evaluator's
    /// steps (two-way or general) with this run's turnout shift, or with voter sampling, voters
    /// and votes drawn around the expected ones; the official counts when nothing in the run
    /// moves them.
    func countSecondRound(_ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let contest = table.contestBase + c
        // No noise on this run-off: no set noise, no national shock this run, no sampling.
        let quiet = !runoffsHaveSetNoise && turnoutShift2 == 0 && !samplesVoters
        if contest.pointee.usesObservedSecondRound, quiet, !perturbsShares, turnoutShift1 == 0,
            constituencyTurnoutDeviation1 == 0
        {
            evaluator.useObservedSecondRound(c, outcome: &outcome)
            return
        }
        let shift = quiet ? nil : runoffShift(c)
        if evaluator.finalistCount == 2 && !samplesVoters {
            _ = evaluator.count(evaluator.twoWayRunoff(c, outcome: outcome), shift: shift, outcome: &outcome)
            return
        }
        evaluator.transferWeights(c)
        let expected = evaluator.expectedRunoffVoters(c, outcome: outcome)
        let registered = contest.pointee.registered
        if samplesVoters {
            let turnout = runoffShift(c).turnout(voters: expected, registered: registered)
            sampleVoters(contest, turnout: turnout, invalid: contest.pointee.invalid2, blank: contest.pointee.blank2, using: &rng)
            outcome.registered2 = registered
            outcome.voters2 = sampled.voters
            outcome.invalid2 = sampled.invalid
            outcome.blank2 = sampled.blank
            let finalists = evaluator.finalistCount
            var votes = UnsafeMutableBufferPointer(rebasing: evaluator.finalistVotes[0..<finalists])
            MultinomialDistribution.sample(
                trials: sampled.voters - sampled.invalid - sampled.blank,
                probabilities: UnsafeBufferPointer(rebasing: evaluator.finalistWeights[0..<finalists]),
                into: &votes, using: &rng)
        } else {
            let voters =
                shift.map { VoteCounting.count(Double(registered) * $0.turnout(voters: expected, registered: registered), limit: registered) }
                ?? expected
            evaluator.countSecondRound(c, voters: voters, outcome: &outcome)
        }
        evaluator.decideSecondRound(c, outcome: &outcome)
    }

    /// Draws voters, spoilt and blank ballots as binomials of the registered voters.
    func sampleVoters(
        _ contest: UnsafeMutablePointer<ContestRecord>, turnout: Double, invalid: Double, blank: Double, using rng: inout Xoshiro256StarStar
    ) {
        let voters = BinomialDistribution.sample(trials: contest.pointee.registered, probability: turnout, using: &rng)
        let spoilt = BinomialDistribution.sample(trials: voters, probability: invalid, using: &rng)
        let blankShare = invalid < 1 ? min(1, blank / (1 - invalid)) : 0
        let blanks = BinomialDistribution.sample(trials: voters - spoilt, probability: blankShare, using: &rng)
        sampled = SampledVoters(voters: voters, invalid: spoilt, blank: blanks)
    }
}
