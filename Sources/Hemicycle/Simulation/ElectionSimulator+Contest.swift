extension ElectionSimulator {
    /// Counts one contest's round 1 under this run's noise.
    func countFirstRound(_ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let contest = table.contestBase + c
        if readsObservedFirstRound(contest) {
            evaluator.useObservedFirstRound(c, outcome: &outcome)
            return
        }
        let (abstaining, weightSum) = weighEntries(contest)
        let turnout = runTurnout1[c] * max(0, 1 - abstaining)
        if samplesVoters {
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
        } else {
            evaluator.countFirstRound(c, turnout: turnout, weightSum: weightSum, outcome: &outcome)
        }
    }

    /// Whether this run takes the contest's official round-1 counts as they are (it has them,
    /// and nothing in the run moves shares or round-1 turnout or samples voters).
    @inline(__always)
    func readsObservedFirstRound(_ contest: UnsafeMutablePointer<ContestRecord>) -> Bool {
        contest.pointee.usesObservedFirstRound && !perturbsShares && turnoutShift1 == 0
            && constituencyTurnoutDeviation1 == 0 && !samplesVoters
    }

    /// Multiplies every ballot line's support by exp(national + regional + constituency noise),
    /// for the whole election at once: one gather of the swings (national plus regional, summed
    /// per region and list by ``drawNational()``), then one loop of independent `exp`s that the
    /// compiler vectorises (with the gather in it, it does not).
    func perturbLines() {
        let swing = regionalSwing.baseAddress.unsafelyUnwrapped
        for line in 0..<lineCount { lineSwing[line] = swing[lineRegional[line]] }
        // Without constituency noise every slot reads a zero.
        let lineNoise = noiseLayout.shareStart >= 0 ? noise + noiseLayout.shareStart : zeros
        let deviation = constituencyDeviation
        for line in 0..<lineCount {
            lineWeight[line] = lineSupport[line] * FastMath.exp(lineSwing[line] + deviation * lineNoise[line])
        }
    }

    /// Puts one contest's round-1 weights in the evaluator's ``ContestEvaluator/weights``: each
    /// entry's support (perturbed by ``perturbLines()`` and renormalised, so that the shares of
    /// the contest's entries and boycotters still sum to one, when the run perturbs shares),
    /// plus what the boycotters' supporters who vote bring it, as their transfers say.
    ///
    /// In one pass over the entries, the arithmetic of a renormalisation followed by
    /// ``ContestEvaluator/mixBoycotts(_:)`` operation for operation (the deterministic run's
    /// weights, and this run's with no noise, are the same to the bit).
    ///
    /// - Returns: the share of all supporters who abstain by boycott, and the sum of
    ///   `max(0, weight)` over the entries for the vote split.
    func weighEntries(_ contest: UnsafeMutablePointer<ContestRecord>) -> (abstaining: Double, weightSum: Double) {
        let weights = evaluator.weights.baseAddress.unsafelyUnwrapped
        // Scratch for each boycotter's voting supporters (the evaluator's shares buffer).
        let moving = evaluator.boycottShares.baseAddress.unsafelyUnwrapped
        let count = contest.pointee.entryCount
        let boycotterCount = contest.pointee.boycotterCount
        let boycotterStart = contest.pointee.boycotterStart
        let source = perturbsShares ? lineWeight : lineSupport
        let entryWeight = source + contest.pointee.entryStart
        let boycotterWeight = source + table.entries.count + boycotterStart
        // Renormalised only when perturbed, and only when something is left (× 1 is exact).
        var scale = 1.0
        if perturbsShares {
            var total = 0.0
            for entry in 0..<count { total += entryWeight[entry] }
            for index in 0..<boycotterCount { total += boycotterWeight[index] }
            if total > 0 { scale = 1 / total }
        }
        var abstaining = 0.0
        for index in 0..<boycotterCount {
            let share = boycotterWeight[index] * scale
            let abstention = boycottAbstention[table.boycotters[boycotterStart + index].slot]
            abstaining += abstention * share
            moving[index] = (1 - abstention) * share
        }
        let boycotters = table.boycotters.baseAddress.unsafelyUnwrapped + boycotterStart
        let transfers = table.boycottTransfers.baseAddress.unsafelyUnwrapped
        var weightSum = 0.0
        if boycotterCount == 1 {
            // The usual case (every Mali contest has one boycotter), without an inner loop.
            let moving = moving[0]
            let transfer = transfers + boycotters[0].transferStart
            for entry in 0..<count {
                let weight = entryWeight[entry] * scale + moving * transfer[entry]
                weights[entry] = weight
                weightSum += max(0, weight)
            }
        } else {
            for entry in 0..<count {
                var weight = entryWeight[entry] * scale
                for index in 0..<boycotterCount { weight += moving[index] * transfers[boycotters[index].transferStart + entry] }
                weights[entry] = weight
                weightSum += max(0, weight)
            }
        }
        #if HEMICYCLE_INTERNAL_CHECKS
            if perturbsShares {
                for entry in 0..<count { precondition((0...1.000_001).contains(weights[entry]), "a simulated share in [0, 1]") }
            }
        #endif
        return (abstaining, weightSum)
    }

    /// Whether a run-off between this contest's finalists is counted and decided in one
    /// straight pass (``pendingRunoff(_:outcome:)`` then ``countTwoWayRunoff(_:outcome:)``): two
    /// finalists, and a noisy run-off that draws no voters (otherwise the evaluator's steps
    /// count it, or the official counts stand).
    @inline(__always)
    var countsTwoWayRunoffInOnePass: Bool {
        evaluator.finalistCount == 2 && (runoffsHaveSetNoise || (turnoutShift2 != 0 && !samplesVoters))
    }

    /// Counts one contest's run-off under this run's noise, and decides it.
    ///
    /// A run-off that ``countsTwoWayRunoffInOnePass`` takes ``countTwoWayRunoff(_:outcome:)``,
    /// unless `twoFinalistsInOnePass` is false (tests compare the two paths).
    func countSecondRound(
        _ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome, twoFinalistsInOnePass: Bool = true
    ) {
        let contest = table.contestBase + c
        // No noise on this run-off: no set noise, no national shock this run, no sampling.
        let quiet = !runoffsHaveSetNoise && turnoutShift2 == 0 && !samplesVoters
        if contest.pointee.usesObservedSecondRound, quiet, !perturbsShares, turnoutShift1 == 0,
            constituencyTurnoutDeviation1 == 0
        {
            evaluator.useObservedSecondRound(c, outcome: &outcome)
            return
        }
        if twoFinalistsInOnePass && countsTwoWayRunoffInOnePass {
            countTwoWayRunoff(pendingRunoff(c, outcome: outcome), outcome: &outcome)
            return
        }
        evaluator.transferWeights(c)
        let explicit = contest.pointee.explicitTurnout2
        if quiet {
            evaluator.countSecondRound(c, turnout: explicit, outcome: &outcome)
        } else {
            let expected = evaluator.secondRoundVoters(c, turnout: explicit, outcome: outcome)
            let registered = contest.pointee.registered
            let turnout = Self.shiftedTurnout(voters: expected, registered: registered, by: runShift2[c], factor: runFactor2[c])
            if samplesVoters {
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
                evaluator.countSecondRound(
                    c, voters: VoteCounting.count(Double(registered) * turnout, limit: registered), outcome: &outcome)
            }
        }
        evaluator.decideSecondRound(c, official: false, recordsVotes: false, outcome: &outcome)
    }

    /// What a two-finalist run-off needs from its contest's round 1, taken when the contest's
    /// first round has been decided (the evaluator's buffers move on to the next contest):
    /// the finalists' weights (``ContestEvaluator/twoFinalistWeights(_:)``), the finalists and
    /// their round-1 votes, and the round-1 counts the run-off's turnout starts from.
    @inline(__always)
    func pendingRunoff(_ c: Int, outcome: ContestOutcome) -> PendingRunoff {
        let first = evaluator.finalistIndex[0]
        let second = evaluator.finalistIndex[1]
        return PendingRunoff(
            contest: c, weights: evaluator.twoFinalistWeights(c), finalists: (first, second),
            finalistVotes1: (evaluator.votes1[first], evaluator.votes1[second]), listVotes1: outcome.listVotes1,
            voters1: outcome.voters1)
    }

    /// Counts and decides a run-off between two finalists under this run's noise, in one
    /// straight pass: the arithmetic of ``ContestEvaluator/transferWeights(_:)``,
    /// ``ContestEvaluator/secondRoundVoters(_:turnout:outcome:)``, the turnout shift,
    /// ``ContestEvaluator/countSecondRound(_:voters:outcome:)`` and
    /// ``ContestEvaluator/decideSecondRound(_:official:recordsVotes:outcome:)`` operation for
    /// operation (the run's other run-offs take those steps one by one), without the loops
    /// over any number of finalists or the finalists' buffers in between.
    ///
    /// It reads nothing of the evaluator's buffers, and of `outcome` it only writes round 2 and
    /// the decision, so a run may count its two-way run-offs after its last contest
    /// (``settlePendingRunoffs(_:)``).
    @inline(__always)
    func countTwoWayRunoff(_ pending: PendingRunoff, outcome: inout ContestOutcome) {
        let c = pending.contest
        let contest = table.contestBase + c
        let (weight0, weight1) = pending.weights
        let registered = contest.pointee.registered
        let expected: Int
        if let turnout = contest.pointee.explicitTurnout2 {
            expected = VoteCounting.count(Double(registered) * turnout, limit: registered)
        } else {
            let listVotes = pending.listVotes1
            let staying = 0.0 + weight0 + weight1
            let ratio = listVotes > 0 ? staying / Double(listVotes) : 0
            expected = VoteCounting.count(
                Double(pending.voters1) * ratio * contest.pointee.impliedShock2, limit: registered)
        }
        let turnout = Self.shiftedTurnout(voters: expected, registered: registered, by: runShift2[c], factor: runFactor2[c])
        let voters = VoteCounting.count(Double(registered) * turnout, limit: registered)
        let invalid = VoteCounting.count(Double(voters) * contest.pointee.invalid2, limit: voters)
        let blank = VoteCounting.count(Double(voters) * contest.pointee.blank2, limit: voters - invalid)
        let (votes0, votes1) = VoteCounting.apportion(voters - invalid - blank, weight0, weight1)
        outcome.registered2 = registered
        outcome.voters2 = voters
        outcome.blank2 = blank
        outcome.invalid2 = invalid
        // The first finalist (the earlier entry) wins unless the second has more votes, or as
        // many and the tie rule prefers it.
        // Without a branch on who leads: that is a coin toss from one run-off to the next, and
        // a mispredicted branch would hold up the run-offs counted after this one. (The
        // compiler turns selects on it back into branches; masks it keeps.)
        let (first, second) = pending.finalists
        let tied = votes0 == votes1
        var secondWins = (votes1 > votes0).asInt
        if tied {
            secondWins = evaluator.winsTie(second, first, constituency: contest.pointee.constituency, round: 2).asInt
            outcome.decidedByTie = true
        }
        let secondMask = 0 &- secondWins
        outcome.winner = first ^ ((first ^ second) & secondMask)
        outcome.round = 2
        // The winner had fewer round-1 votes than the loser.
        let (firstVotes1, secondVotes1) = pending.finalistVotes1
        let reversal = ((firstVotes1 > secondVotes1).asInt & secondWins) | ((secondVotes1 > firstVotes1).asInt & ~secondMask)
        outcome.leadReversal = reversal != 0
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

/// A two-finalist run-off waiting to be counted: everything of its contest's round 1 that
/// ``ElectionSimulator/countTwoWayRunoff(_:outcome:)`` reads (the rest is fixed for the run).
struct PendingRunoff {
    /// The contest.
    var contest: Int
    /// The finalists' round-1 votes plus the transfers they receive, in entry order.
    var weights: (Double, Double)
    /// The finalists (entries of the contest), the earlier first.
    var finalists: (Int, Int)
    /// Their round-1 votes.
    var finalistVotes1: (Int, Int)
    /// The contest's round-1 votes for all entries, and its round-1 voters.
    var listVotes1: Int
    var voters1: Int
}
