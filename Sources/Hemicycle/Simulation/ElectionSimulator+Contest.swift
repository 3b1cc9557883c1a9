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
        var shift = turnoutShift1
        if noiseLayout.turnoutStart.0 >= 0 { shift += turnoutDeviation * noise[noiseLayout.turnoutStart.0 + c] }
        let turnout = Self.shift(contest.pointee.turnout1, by: shift) * max(0, 1 - abstaining)
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

    /// Multiplies each entry's (and boycotter's) support by exp(national + regional + constituency
    /// noise) and renormalises, so the shares still sum to one.
    func perturbShares(_ contest: UnsafeMutablePointer<ContestRecord>) {
        let deviation = constituencyDeviation
        let entries = table.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
        let weights = evaluator.weights.baseAddress.unsafelyUnwrapped
        let national = nationalSwing.baseAddress.unsafelyUnwrapped
        let regional = regionalSwing.baseAddress.unsafelyUnwrapped + contest.pointee.regionBase
        let count = contest.pointee.entryCount
        let boycotters = table.boycotters.baseAddress.unsafelyUnwrapped + contest.pointee.boycotterStart
        let shares = evaluator.boycottShares.baseAddress.unsafelyUnwrapped
        let boycotterCount = contest.pointee.boycotterCount
        // Without constituency noise every slot reads a zero.
        let hasNoise = noiseLayout.shareStart >= 0
        let entryNoise = hasNoise ? noise + noiseLayout.shareStart + contest.pointee.entryStart : zeros
        let boycotterNoise =
            hasNoise ? noise + noiseLayout.shareStart + table.entries.count + contest.pointee.boycotterStart : zeros
        // Independent iterations: the exps of a contest's entries overlap in the processor.
        var total = 0.0
        for entry in 0..<count {
            let list = entries[entry].list
            let swing = national[list] + regional[list] + deviation * entryNoise[entry]
            let weight = entries[entry].support * FastMath.exp(swing)
            weights[entry] = weight
            total += weight
        }
        for index in 0..<boycotterCount {
            let list = boycotters[index].list
            let swing = national[list] + regional[list] + deviation * boycotterNoise[index]
            let share = boycotters[index].support * FastMath.exp(swing)
            shares[index] = share
            total += share
        }
        guard total > 0 else { return }
        let scale = 1 / total
        for entry in 0..<count { weights[entry] *= scale }
        #if HEMICYCLE_INTERNAL_CHECKS
            for entry in 0..<count { precondition((0...1.000_001).contains(weights[entry]), "a simulated share in [0, 1]") }
        #endif
        for index in 0..<boycotterCount { shares[index] *= scale }
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
            var shift = turnoutShift2
            if noiseLayout.turnoutStart.1 >= 0 { shift += turnoutDeviation * noise[noiseLayout.turnoutStart.1 + c] }
            let expected = evaluator.secondRoundVoters(c, turnout: explicit, outcome: outcome)
            let registered = contest.pointee.registered
            let turnout = registered > 0 ? Self.shift(Double(expected) / Double(registered), by: shift) : 0
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
                evaluator.scatterFinalistVotes(c)
            } else {
                evaluator.countSecondRound(
                    c, voters: VoteCounting.count(Double(registered) * turnout, limit: registered), outcome: &outcome)
            }
        }
        evaluator.decideSecondRound(c, official: false, outcome: &outcome)
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
