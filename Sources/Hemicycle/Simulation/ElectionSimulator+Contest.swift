#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension ElectionSimulator {
    /// Counts one contest's round 1 under this run's noise.
    mutating func countFirstRound(
        _ contest: Contest, slots: [Int], using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome
    ) {
        let noise = uncertainty
        let turnoutDeviation = noise.constituencyTurnout[0]
        if contest.usesObservedFirstRound && !noise.perturbsShares && turnoutShift[0] == 0 && turnoutDeviation == 0
            && !noise.voterSampling
        {
            evaluator.useObservedFirstRound(contest, outcome: &outcome)
            return
        }
        if noise.perturbsShares {
            perturbShares(contest, using: &rng)
        } else {
            for entry in 0..<contest.entryCount { evaluator.weights[entry] = contest.support[entry] }
            for (index, boycotter) in contest.boycotters.enumerated() { evaluator.boycottShares[index] = boycotter.support }
        }
        for index in contest.boycotters.indices { evaluator.boycottAbstentions[index] = boycottAbstention[slots[index]] }
        let abstaining = evaluator.mixBoycotts(contest)
        var shift = turnoutShift[0]
        if turnoutDeviation > 0 { shift += turnoutDeviation * NormalDistribution.standard(using: &rng) }
        let turnout = Self.shift(contest.turnout1, by: shift) * max(0, 1 - abstaining)
        if noise.voterSampling {
            sampleVoters(contest, turnout: turnout, invalid: contest.invalid1, blank: contest.blank1, using: &rng)
            outcome.registered1 = contest.registered
            outcome.voters1 = sampled.voters
            outcome.invalid1 = sampled.invalid
            outcome.blank1 = sampled.blank
            MultinomialDistribution.sample(
                trials: sampled.voters - sampled.invalid - sampled.blank,
                probabilities: evaluator.weights[0..<contest.entryCount], into: &evaluator.votes1[0..<contest.entryCount],
                using: &rng)
        } else {
            evaluator.countFirstRound(contest, turnout: turnout, outcome: &outcome)
        }
    }

    /// Multiplies each entry's (and boycotter's) support by exp(national + regional + constituency
    /// noise) and renormalises, so the shares still sum to one.
    mutating func perturbShares(_ contest: Contest, using rng: inout Xoshiro256StarStar) {
        let deviation = uncertainty.constituencyNoise
        let regionBase = contest.region * listCount
        var total = 0.0
        for entry in 0..<contest.entryCount {
            let list = contest.entryLists[entry]
            var swing = nationalSwing[list] + regionalSwing[regionBase + list]
            if deviation > 0 { swing += deviation * NormalDistribution.standard(using: &rng) }
            let weight = contest.support[entry] * exp(swing)
            evaluator.weights[entry] = weight
            total += weight
        }
        for (index, boycotter) in contest.boycotters.enumerated() {
            let list = boycotter.listIndex
            var swing = nationalSwing[list] + regionalSwing[regionBase + list]
            if deviation > 0 { swing += deviation * NormalDistribution.standard(using: &rng) }
            let share = boycotter.support * exp(swing)
            evaluator.boycottShares[index] = share
            total += share
        }
        guard total > 0 else { return }
        let scale = 1 / total
        for entry in 0..<contest.entryCount { evaluator.weights[entry] *= scale }
        for index in contest.boycotters.indices { evaluator.boycottShares[index] *= scale }
    }

    /// Counts one contest's run-off under this run's noise, and decides it.
    mutating func countSecondRound(_ contest: Contest, using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome) {
        let noise = uncertainty
        let turnoutDeviation = noise.constituencyTurnout[1]
        let quiet =
            turnoutShift[1] == 0 && turnoutDeviation == 0 && noise.transferAbstention == 0
            && noise.transferPreference == 0 && !noise.voterSampling
        if contest.observedSecond != nil, contest.shock2 == 1, quiet, !noise.perturbsShares, turnoutShift[0] == 0,
            noise.constituencyTurnout[0] == 0
        {
            evaluator.useObservedSecondRound(contest, outcome: &outcome)
            return
        }
        for entry in 0..<contest.entryCount { evaluator.entryAbstention[entry] = listAbstention[contest.entryLists[entry]] }
        evaluator.transferWeights(contest)
        if quiet {
            evaluator.countSecondRound(contest, turnout: contest.turnout2, outcome: &outcome)
        } else {
            var shift = turnoutShift[1]
            if turnoutDeviation > 0 { shift += turnoutDeviation * NormalDistribution.standard(using: &rng) }
            let expected = evaluator.secondRoundVoters(contest, turnout: contest.turnout2, outcome: outcome)
            let registered = contest.registered
            let turnout = registered > 0 ? Self.shift(Double(expected) / Double(registered), by: shift) : 0
            if noise.voterSampling {
                sampleVoters(contest, turnout: turnout, invalid: contest.invalid2, blank: contest.blank2, using: &rng)
                outcome.registered2 = registered
                outcome.voters2 = sampled.voters
                outcome.invalid2 = sampled.invalid
                outcome.blank2 = sampled.blank
                MultinomialDistribution.sample(
                    trials: sampled.voters - sampled.invalid - sampled.blank,
                    probabilities: evaluator.weights[0..<contest.entryCount],
                    into: &evaluator.votes2[0..<contest.entryCount], using: &rng)
            } else {
                evaluator.countSecondRound(contest, turnout: turnout, outcome: &outcome)
            }
        }
        evaluator.decideSecondRound(contest, stood: nil, outcome: &outcome)
    }

    /// Draws voters, spoilt and blank ballots as binomials of the registered voters.
    mutating func sampleVoters(
        _ contest: Contest, turnout: Double, invalid: Double, blank: Double, using rng: inout Xoshiro256StarStar
    ) {
        let voters = BinomialDistribution.sample(trials: contest.registered, probability: turnout, using: &rng)
        let spoilt = BinomialDistribution.sample(trials: voters, probability: invalid, using: &rng)
        let blankShare = invalid < 1 ? min(1, blank / (1 - invalid)) : 0
        let blanks = BinomialDistribution.sample(trials: voters - spoilt, probability: blankShare, using: &rng)
        sampled = SampledVoters(voters: voters, invalid: spoilt, blank: blanks)
    }
}

/// Ballots drawn by voter sampling.
struct SampledVoters: Sendable {
    var voters = 0
    var invalid = 0
    var blank = 0
}
