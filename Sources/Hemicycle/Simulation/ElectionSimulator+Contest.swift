extension ElectionSimulator {
    /// Counts one contest's round 1 under this run's noise.
    func countFirstRound(_ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let noise = uncertainty
        let contest = table.contests[c]
        let turnoutDeviation = noise.constituencyTurnout[0]
        if contest.usesObservedFirstRound && !noise.perturbsShares && turnoutShift1 == 0 && turnoutDeviation == 0
            && !noise.voterSampling
        {
            evaluator.useObservedFirstRound(c, outcome: &outcome)
            return
        }
        if noise.perturbsShares {
            perturbShares(contest, using: &rng)
        } else {
            for entry in 0..<contest.entryCount {
                evaluator.weights[entry] = table.entries[contest.entryStart + entry].support
            }
            for index in 0..<contest.boycotterCount {
                evaluator.boycottShares[index] = table.boycotters[contest.boycotterStart + index].support
            }
        }
        for index in 0..<contest.boycotterCount {
            evaluator.boycottAbstentions[index] = boycottAbstention[table.boycotters[contest.boycotterStart + index].slot]
        }
        let abstaining = evaluator.mixBoycotts(c)
        var shift = turnoutShift1
        if turnoutDeviation > 0 { shift += turnoutDeviation * NormalDistribution.standard(using: &rng) }
        let turnout = Self.shift(contest.turnout1, logit: contest.logitTurnout1, by: shift) * max(0, 1 - abstaining)
        if noise.voterSampling {
            sampleVoters(contest, turnout: turnout, invalid: contest.invalid1, blank: contest.blank1, using: &rng)
            outcome.registered1 = contest.registered
            outcome.voters1 = sampled.voters
            outcome.invalid1 = sampled.invalid
            outcome.blank1 = sampled.blank
            var votes = UnsafeMutableBufferPointer(rebasing: evaluator.votes1[0..<contest.entryCount])
            MultinomialDistribution.sample(
                trials: sampled.voters - sampled.invalid - sampled.blank,
                probabilities: UnsafeBufferPointer(rebasing: evaluator.weights[0..<contest.entryCount]), into: &votes,
                using: &rng)
        } else {
            evaluator.countFirstRound(c, turnout: turnout, outcome: &outcome)
        }
    }

    /// Multiplies each entry's (and boycotter's) support by exp(national + regional + constituency
    /// noise) and renormalises, so the shares still sum to one.
    func perturbShares(_ contest: ContestRecord, using rng: inout Xoshiro256StarStar) {
        let deviation = uncertainty.constituencyNoise
        var total = 0.0
        for entry in 0..<contest.entryCount {
            let record = table.entries[contest.entryStart + entry]
            var swing = nationalSwing[record.list] + regionalSwing[contest.regionBase + record.list]
            if deviation > 0 { swing += deviation * NormalDistribution.standard(using: &rng) }
            let weight = record.support * FastMath.exp(swing)
            evaluator.weights[entry] = weight
            total += weight
        }
        for index in 0..<contest.boycotterCount {
            let boycotter = table.boycotters[contest.boycotterStart + index]
            var swing = nationalSwing[boycotter.list] + regionalSwing[contest.regionBase + boycotter.list]
            if deviation > 0 { swing += deviation * NormalDistribution.standard(using: &rng) }
            let share = boycotter.support * FastMath.exp(swing)
            evaluator.boycottShares[index] = share
            total += share
        }
        guard total > 0 else { return }
        let scale = 1 / total
        for entry in 0..<contest.entryCount { evaluator.weights[entry] *= scale }
        for index in 0..<contest.boycotterCount { evaluator.boycottShares[index] *= scale }
    }

    /// Counts one contest's run-off under this run's noise, and decides it.
    func countSecondRound(_ c: Int, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let noise = uncertainty
        let contest = table.contests[c]
        let turnoutDeviation = noise.constituencyTurnout[1]
        let quiet =
            turnoutShift2 == 0 && turnoutDeviation == 0 && noise.transferAbstention == 0
            && noise.transferPreference == 0 && !noise.voterSampling
        if contest.usesObservedSecondRound, quiet, !noise.perturbsShares, turnoutShift1 == 0,
            noise.constituencyTurnout[0] == 0
        {
            evaluator.useObservedSecondRound(c, outcome: &outcome)
            return
        }
        for entry in 0..<contest.entryCount {
            evaluator.entryAbstention[entry] = listAbstention[table.entries[contest.entryStart + entry].list]
        }
        evaluator.transferWeights(c)
        let explicit = contest.explicitTurnout2
        if quiet {
            evaluator.countSecondRound(c, turnout: explicit, outcome: &outcome)
        } else {
            var shift = turnoutShift2
            if turnoutDeviation > 0 { shift += turnoutDeviation * NormalDistribution.standard(using: &rng) }
            let expected = evaluator.secondRoundVoters(c, turnout: explicit, outcome: outcome)
            let registered = contest.registered
            let turnout = registered > 0 ? Self.shift(Double(expected) / Double(registered), by: shift) : 0
            if noise.voterSampling {
                sampleVoters(contest, turnout: turnout, invalid: contest.invalid2, blank: contest.blank2, using: &rng)
                outcome.registered2 = registered
                outcome.voters2 = sampled.voters
                outcome.invalid2 = sampled.invalid
                outcome.blank2 = sampled.blank
                var votes = UnsafeMutableBufferPointer(rebasing: evaluator.votes2[0..<contest.entryCount])
                MultinomialDistribution.sample(
                    trials: sampled.voters - sampled.invalid - sampled.blank,
                    probabilities: UnsafeBufferPointer(rebasing: evaluator.weights[0..<contest.entryCount]),
                    into: &votes, using: &rng)
            } else {
                evaluator.countSecondRound(
                    c, voters: VoteCounting.count(Double(registered) * turnout, limit: registered), outcome: &outcome)
            }
        }
        evaluator.decideSecondRound(c, official: false, outcome: &outcome)
    }

    /// Draws voters, spoilt and blank ballots as binomials of the registered voters.
    func sampleVoters(
        _ contest: ContestRecord, turnout: Double, invalid: Double, blank: Double, using rng: inout Xoshiro256StarStar
    ) {
        let voters = BinomialDistribution.sample(trials: contest.registered, probability: turnout, using: &rng)
        let spoilt = BinomialDistribution.sample(trials: voters, probability: invalid, using: &rng)
        let blankShare = invalid < 1 ? min(1, blank / (1 - invalid)) : 0
        let blanks = BinomialDistribution.sample(trials: voters - spoilt, probability: blankShare, using: &rng)
        sampled = SampledVoters(voters: voters, invalid: spoilt, blank: blanks)
    }
}
