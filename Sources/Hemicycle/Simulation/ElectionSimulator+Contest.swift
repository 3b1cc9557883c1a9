extension ElectionSimulator {
    /// Counts one contest's round 1 under this run's noise.
    func countFirstRound(_ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let contest = table.contestBase + c
        let turnoutDeviation = constituencyTurnoutDeviation1
        if contest.pointee.usesObservedFirstRound && !perturbsShares && turnoutShift1 == 0 && turnoutDeviation == 0
            && !samplesVoters
        {
            evaluator.useObservedFirstRound(c, outcome: &outcome)
            return
        }
        if perturbsShares {
            perturbShares(contest)
        } else {
            for entry in 0..<contest.pointee.entryCount {
                evaluator.weights[entry] = table.entries[contest.pointee.entryStart + entry].support
            }
            for index in 0..<contest.pointee.boycotterCount {
                evaluator.boycottShares[index] = table.boycotters[contest.pointee.boycotterStart + index].support
            }
        }
        for index in 0..<contest.pointee.boycotterCount {
            evaluator.boycottAbstentions[index] = boycottAbstention[table.boycotters[contest.pointee.boycotterStart + index].slot]
        }
        let abstaining = evaluator.mixBoycotts(c)
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
            evaluator.countFirstRound(c, turnout: turnout, outcome: &outcome)
        }
    }

    /// Multiplies every ballot line's support by exp(national + regional + constituency noise),
    /// for the whole election at once: one gather of the swings, then one loop of independent
    /// `exp`s that the compiler vectorises.
    func perturbLines() {
        let national = nationalSwing.baseAddress.unsafelyUnwrapped
        let regional = regionalSwing.baseAddress.unsafelyUnwrapped
        for line in 0..<lineCount { lineSwing[line] = national[lineList[line]] + regional[lineRegional[line]] }
        // Without constituency noise every slot reads a zero.
        let lineNoise = noiseLayout.shareStart >= 0 ? noise + noiseLayout.shareStart : zeros
        let deviation = constituencyDeviation
        for line in 0..<lineCount {
            lineWeight[line] = lineSupport[line] * FastMath.exp(lineSwing[line] + deviation * lineNoise[line])
        }
    }

    /// One contest's perturbed support (``perturbLines()``), renormalised so that the shares of
    /// its entries and boycotters still sum to one.
    func perturbShares(_ contest: UnsafeMutablePointer<ContestRecord>) {
        let weights = evaluator.weights.baseAddress.unsafelyUnwrapped
        let shares = evaluator.boycottShares.baseAddress.unsafelyUnwrapped
        let entryWeight = lineWeight + contest.pointee.entryStart
        let boycotterWeight = lineWeight + table.entries.count + contest.pointee.boycotterStart
        let count = contest.pointee.entryCount
        let boycotterCount = contest.pointee.boycotterCount
        var total = 0.0
        for entry in 0..<count { total += entryWeight[entry] }
        for index in 0..<boycotterCount { total += boycotterWeight[index] }
        guard total > 0 else {
            for entry in 0..<count { weights[entry] = entryWeight[entry] }
            for index in 0..<boycotterCount { shares[index] = boycotterWeight[index] }
            return
        }
        let scale = 1 / total
        for entry in 0..<count { weights[entry] = entryWeight[entry] * scale }
        #if HEMICYCLE_INTERNAL_CHECKS
            for entry in 0..<count { precondition((0...1.000_001).contains(weights[entry]), "a simulated share in [0, 1]") }
        #endif
        for index in 0..<boycotterCount { shares[index] = boycotterWeight[index] * scale }
    }

    /// Counts one contest's run-off under this run's noise, and decides it.
    func countSecondRound(_ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let contest = table.contestBase + c
        let turnoutDeviation = constituencyTurnoutDeviation2
        let quiet =
            turnoutShift2 == 0 && turnoutDeviation == 0 && transferAbstentionDeviation == 0
            && transferPreferenceDeviation == 0 && !samplesVoters
        if contest.pointee.usesObservedSecondRound, quiet, !perturbsShares, turnoutShift1 == 0,
            constituencyTurnoutDeviation1 == 0
        {
            evaluator.useObservedSecondRound(c, outcome: &outcome)
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
