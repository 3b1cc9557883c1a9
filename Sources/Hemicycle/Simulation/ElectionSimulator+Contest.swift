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
            perturbShares(contest, using: &rng)
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
        if turnoutDeviation > 0 { shift += turnoutDeviation * normal.standard(using: &rng) }
        let turnout = Self.shift(contest.pointee.turnout1, logit: contest.pointee.logitTurnout1, by: shift) * max(0, 1 - abstaining)
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
    func perturbShares(_ contest: UnsafeMutablePointer<ContestRecord>, using generator: inout Xoshiro256StarStar) {
        // A local copy of the generator stays in registers through the loops.
        var rng = generator
        defer { generator = rng }
        let normal = self.normal
        let deviation = constituencyDeviation
        let entries = table.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
        let weights = evaluator.weights.baseAddress.unsafelyUnwrapped
        let national = nationalSwing.baseAddress.unsafelyUnwrapped
        let regional = regionalSwing.baseAddress.unsafelyUnwrapped + contest.pointee.regionBase
        let count = contest.pointee.entryCount
        var total = 0.0
        for entry in 0..<count {
            let list = entries[entry].list
            var swing = national[list] + regional[list]
            if deviation > 0 { swing += deviation * normal.standard(using: &rng) }
            let weight = entries[entry].support * FastMath.exp(swing)
            weights[entry] = weight
            total += weight
        }
        let boycotters = table.boycotters.baseAddress.unsafelyUnwrapped + contest.pointee.boycotterStart
        let shares = evaluator.boycottShares.baseAddress.unsafelyUnwrapped
        for index in 0..<contest.pointee.boycotterCount {
            let list = boycotters[index].list
            var swing = national[list] + regional[list]
            if deviation > 0 { swing += deviation * normal.standard(using: &rng) }
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
        for index in 0..<contest.pointee.boycotterCount { shares[index] *= scale }
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
            if turnoutDeviation > 0 { shift += turnoutDeviation * normal.standard(using: &rng) }
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
