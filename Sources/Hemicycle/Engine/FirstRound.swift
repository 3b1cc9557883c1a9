/// A run's view of the election's ballot lines (the entries, then the boycotters, as
/// ``ContestTable`` lays them out): what round 1 is counted from.
struct BallotLines {
    /// Each line's weight: the scenario's support (``ContestTable/lineSupport``), or a run's
    /// support perturbed by its noise.
    var weights: UnsafePointer<Double>
    /// Each boycott's abstention in this run (by ``BoycotterRecord/slot``).
    var boycottAbstention: UnsafePointer<Double>

    /// The scenario's own lines: its support and its boycotts' abstention.
    init(expectedOf table: ContestTable) {
        weights = table.lineSupport
        boycottAbstention = table.boycottAbstention
    }

    init(weights: UnsafePointer<Double>, boycottAbstention: UnsafePointer<Double>) {
        self.weights = weights
        self.boycottAbstention = boycottAbstention
    }
}

// MARK: Round-1 counts

extension ContestEvaluator {
    /// Counts contest `c`'s round 1 from the scenario's expected values (or its official counts):
    /// the deterministic run.
    func countExpectedFirstRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        if contest.pointee.usesObservedFirstRound {
            useObservedFirstRound(c, outcome: &outcome)
            return
        }
        countFirstRound(
            c, BallotLines(expectedOf: table), renormalise: false, turnout: contest.pointee.turnout1, outcome: &outcome)
    }

    /// Copies the official round-1 counts.
    func useObservedFirstRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        guard let counts = contest.pointee.observed1 else { return }
        for entry in 0..<contest.pointee.entryCount { votes1[entry] = entries[contest.pointee.entryStart + entry].votes1 }
        outcome.registered1 = counts.registered
        outcome.voters1 = counts.voters
        outcome.blank1 = counts.blank
        outcome.invalid1 = counts.invalid
    }

    /// Counts contest `c`'s round 1 from `lines`: the entries' weights (``weighEntries(_:_:renormalise:)``),
    /// the ballots at `turnout` (before the boycotts) of the registered, less the supporters who
    /// boycott by staying home, and the votes split over the entries.
    @inline(__always)
    func countFirstRound(_ c: Int, _ lines: BallotLines, renormalise: Bool, turnout: Double, outcome: inout ContestOutcome) {
        let (abstaining, weightSum) = weighEntries(c, lines, renormalise: renormalise)
        let ballots = countFirstRoundBallots(c, turnout: turnout * max(0, 1 - abstaining), outcome: &outcome)
        let count = contestBase[c].entryCount
        VoteCounting.apportion(
            ballots.voters - ballots.invalid - ballots.blank, weights: UnsafeBufferPointer(rebasing: weights[0..<count]),
            sum: weightSum, into: UnsafeMutableBufferPointer(rebasing: votes1[0..<count]), remainders: splitRemainders)
    }

    /// ``countFirstRound(_:_:renormalise:turnout:outcome:)`` for this evaluator's run and the
    /// partner's at once, one run per lane: each run's counts are exactly those it would get
    /// alone, but both runs' weights are computed together and their votes split together
    /// where both splits are in the common case
    /// (``VoteCounting/apportionPair(totals:count:first:second:remainders:)``).
    @inline(__always)
    func countFirstRound(
        _ c: Int, _ lines: BallotLines, turnout: Double, partner: ContestEvaluator, _ partnerLines: BallotLines,
        partnerTurnout: Double, renormalise: Bool, outcome: inout ContestOutcome, partnerOutcome: inout ContestOutcome
    ) {
        let (abstaining, weightSum) = weighEntries(c, lines, renormalise: renormalise, partner: partner, partnerLines)
        let ballots = countFirstRoundBallots(c, turnout: turnout * max(0, 1 - abstaining[0]), outcome: &outcome)
        let partnerBallots = partner.countFirstRoundBallots(
            c, turnout: partnerTurnout * max(0, 1 - abstaining[1]), outcome: &partnerOutcome)
        let count = contestBase[c].entryCount
        let totals = (
            ballots.voters - ballots.invalid - ballots.blank,
            partnerBallots.voters - partnerBallots.invalid - partnerBallots.blank
        )
        let weights = self.weights.baseAddress.unsafelyUnwrapped
        let partnerWeights = partner.weights.baseAddress.unsafelyUnwrapped
        let votes = votes1.baseAddress.unsafelyUnwrapped
        let partnerVotes = partner.votes1.baseAddress.unsafelyUnwrapped
        let together = VoteCounting.apportionPair(
            totals: totals, count: count, first: (UnsafePointer(weights), weightSum[0], votes),
            second: (UnsafePointer(partnerWeights), weightSum[1], partnerVotes), remainders: splitRemainders)
        if !together {
            VoteCounting.apportion(
                totals.0, weights: UnsafeBufferPointer(start: weights, count: count), sum: weightSum[0],
                into: UnsafeMutableBufferPointer(start: votes, count: count), remainders: splitRemainders)
            VoteCounting.apportion(
                totals.1, weights: UnsafeBufferPointer(start: partnerWeights, count: count), sum: weightSum[1],
                into: UnsafeMutableBufferPointer(start: partnerVotes, count: count), remainders: partner.splitRemainders)
        }
    }

    /// Counts round 1's voters, spoilt and blank ballots from a turnout into `outcome`, and
    /// returns them; the list votes to split are the rest.
    @inline(__always)
    func countFirstRoundBallots(_ c: Int, turnout: Double, outcome: inout ContestOutcome) -> (voters: Int, invalid: Int, blank: Int) {
        let contest = contestBase + c
        let registered = contest.pointee.registered
        let voters = VoteCounting.count(Double(registered) * turnout, limit: registered)
        let (invalid, blank) = VoteCounting.spoiltAndBlank(
            voters: voters, invalid: contest.pointee.invalid1, blank: contest.pointee.blank1)
        outcome.registered1 = registered
        outcome.voters1 = voters
        outcome.blank1 = blank
        outcome.invalid1 = invalid
        return (voters, invalid, blank)
    }

    // MARK: Round-1 weights

    /// Puts contest `c`'s round-1 weights in ``weights``: each entry's weight in `lines`
    /// (renormalised with `renormalise`, so that the shares of the contest's entries and
    /// boycotters sum to one again after noise), plus what the boycotters' supporters who vote
    /// bring it, as their transfers say.
    ///
    /// - Returns: the share of all supporters who abstain by boycott, and the sum of
    ///   `max(0, weight)` over the entries, for the vote split.
    @inline(__always)
    func weighEntries(_ c: Int, _ lines: BallotLines, renormalise: Bool) -> (abstaining: Double, weightSum: Double) {
        // A run alone is a pair whose two lanes are the same run.
        let (abstaining, weightSum) = weighEntries(c, lines, renormalise: renormalise, partner: self, lines)
        return (abstaining[0], weightSum[0])
    }

    /// ``weighEntries(_:_:renormalise:)`` for this evaluator's run (lane 0) and the partner's
    /// (lane 1) at once, each lane's arithmetic that of a run alone.
    @inline(__always)
    func weighEntries(
        _ c: Int, _ lines: BallotLines, renormalise: Bool, partner: ContestEvaluator, _ partnerLines: BallotLines
    ) -> (abstaining: SIMD2<Double>, weightSum: SIMD2<Double>) {
        let contest = contestBase + c
        let weights = self.weights.baseAddress.unsafelyUnwrapped
        let partnerWeights = partner.weights.baseAddress.unsafelyUnwrapped
        let count = contest.pointee.entryCount
        let boycotterCount = contest.pointee.boycotterCount
        let boycotterStart = contest.pointee.boycotterStart
        let entryStart = contest.pointee.entryStart
        let boycotterLine = table.entries.count + boycotterStart
        let source = lines.weights
        let partnerSource = partnerLines.weights
        let zero = SIMD2<Double>.zero
        @inline(__always) func entryWeight(_ entry: Int) -> SIMD2<Double> {
            SIMD2(source[entryStart + entry], partnerSource[entryStart + entry])
        }
        @inline(__always) func boycotterWeight(_ index: Int) -> SIMD2<Double> {
            SIMD2(source[boycotterLine + index], partnerSource[boycotterLine + index])
        }
        // Renormalised only when asked, and only when something is left (× 1 is exact).
        var scale = SIMD2<Double>(repeating: 1)
        if renormalise {
            var total = zero
            for entry in 0..<count { total += entryWeight(entry) }
            for index in 0..<boycotterCount { total += boycotterWeight(index) }
            scale.replace(with: 1 / total, where: total .> zero)
        }
        // Each boycotter's supporters who vote, in the two runs.
        var abstaining = zero
        var firstVoting = zero
        let voting = boycottersVoting.baseAddress.unsafelyUnwrapped
        let partnerVoting = partner.boycottersVoting.baseAddress.unsafelyUnwrapped
        for index in 0..<boycotterCount {
            let share = boycotterWeight(index) * scale
            let slot = boycotters[boycotterStart + index].slot
            let abstention = SIMD2(lines.boycottAbstention[slot], partnerLines.boycottAbstention[slot])
            abstaining += abstention * share
            let votingShare = (1 - abstention) * share
            if index == 0 { firstVoting = votingShare }
            voting[index] = votingShare[0]
            partnerVoting[index] = votingShare[1]
        }
        let boycotters = self.boycotters.baseAddress.unsafelyUnwrapped + boycotterStart
        let transfers = boycottTransfers.baseAddress.unsafelyUnwrapped
        var weightSum = zero
        @inline(__always) func store(_ weight: SIMD2<Double>, _ entry: Int) {
            weights[entry] = weight[0]
            partnerWeights[entry] = weight[1]
            weightSum += zero.replacing(with: weight, where: weight .>= zero)  // `max(0, weight)`
        }
        if boycotterCount == 1 {
            // The usual case (every Mali contest has one boycotter), without an inner loop.
            let transfer = transfers + boycotters[0].transferStart
            for entry in 0..<count { store(entryWeight(entry) * scale + firstVoting * transfer[entry], entry) }
        } else {
            for entry in 0..<count {
                var weight = entryWeight(entry) * scale
                for index in 0..<boycotterCount {
                    weight += SIMD2(voting[index], partnerVoting[index]) * transfers[boycotters[index].transferStart + entry]
                }
                store(weight, entry)
            }
        }
        #if HEMICYCLE_INTERNAL_CHECKS
            if renormalise {
                for entry in 0..<count {
                    precondition((0...1.000_001).contains(weights[entry]), "a simulated share in [0, 1]")
                    precondition((0...1.000_001).contains(partnerWeights[entry]), "a simulated share in [0, 1]")
                }
            }
        #endif
        return (abstaining, weightSum)
    }

    // MARK: The round-1 decision

    /// Whether `a` ranks above `b` on `votes`, equal votes settled by the tie rule.
    @inline(__always)
    func ranksAbove(_ a: Int, _ b: Int, votes: UnsafeMutableBufferPointer<Int>, constituency: Int, round: Int) -> Bool {
        if votes[a] != votes[b] { return votes[a] > votes[b] }
        return winsTie(a, b, constituency: constituency, round: round)
    }

    /// Whether `a` ranks above `b` when their votes are equal, by the tie rule.
    func winsTie(_ a: Int, _ b: Int, constituency: Int, round: Int) -> Bool {
        switch rule.tieRule {
        case .listOrder:
            return a < b
        case .lot(let seed):
            let keyA = ContestLot.key(seed: seed, constituency: constituency, round: round, entry: a)
            let keyB = ContestLot.key(seed: seed, constituency: constituency, round: round, entry: b)
            return keyA != keyB ? keyA < keyB : a < b
        }
    }

    /// Decides the contest from the round-1 counts in ``votes1``: a round-1 winner, or the
    /// finalists of a run-off whose counts the caller fills next.
    ///
    /// - Returns: whether a run-off is needed.
    @inline(__always)
    func decideFirstRound(_ c: Int, outcome: inout ContestOutcome) -> Bool {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        outcome.winner = -1
        outcome.leadReversal = false
        outcome.decidedByTie = false
        outcome.fieldMismatch = false
        guard count > 0 else { return false }
        // The two best placed, without branches (ties checked afterwards): first and second.
        var listVotes = 0
        var first = 0
        var second = -1
        var firstVotes = votes1[0]
        var secondVotes = -1
        for entry in 1..<count {
            let votes = votes1[entry]
            listVotes &+= votes
            let aboveFirst = votes > firstVotes
            let aboveSecond = votes > secondVotes
            second = aboveFirst ? first : (aboveSecond ? entry : second)
            secondVotes = aboveFirst ? firstVotes : (aboveSecond ? votes : secondVotes)
            first = aboveFirst ? entry : first
            firstVotes = aboveFirst ? votes : firstVotes
        }
        listVotes &+= votes1[0]
        outcome.listVotes1 = listVotes
        // Equal votes at the top or at the second place: let the tie rule rank them.
        var ties = 0
        for entry in 0..<count {
            ties &+= (votes1[entry] == firstVotes).asInt &+ (votes1[entry] == secondVotes).asInt
        }
        let tied = ties > (second >= 0 ? 2 : 1) || (second >= 0 && secondVotes == firstVotes)
        var leader = first
        if tied {
            leader = 0
            for entry in 1..<count
            where ranksAbove(entry, leader, votes: votes1, constituency: contest.pointee.constituency, round: 1) {
                leader = entry
            }
        }
        let base = rule.majorityBase.amount(
            voters: outcome.voters1, listVotes: listVotes, blank: outcome.blank1, registered: outcome.registered1)
        var wins = rule.majority.isExceeded(by: votes1[leader], of: base)
        if wins, let minimum = rule.registeredMinimum {
            wins = minimum.isReached(by: votes1[leader], of: outcome.registered1)
        }
        if wins {
            outcome.winner = leader
            outcome.round = 1
            if tied {
                for entry in 0..<count where entry != leader && votes1[entry] == votes1[leader] {
                    outcome.decidedByTie = true
                }
            }
            return false
        }
        if case .topTwo = rule.qualification, !tied {
            clearFinalists()
            finalist[first] = true
            finalistIndex[0] = first
            finalistCount = 1
            if second >= 0 {
                finalist[second] = true
                finalistIndex[0] = min(first, second)
                finalistIndex[1] = max(first, second)
                finalistCount = 2
            }
        } else {
            qualify(c, listVotes: listVotes, outcome: &outcome)
        }
        outcome.round = 2
        return true
    }

    /// Unmarks the last contest's finalists. ``finalist`` is true exactly at
    /// `finalistIndex[0..<finalistCount]` (both are only ever set together), so this clears every
    /// flag in two stores instead of a call to memset over the ballot.
    @inline(__always)
    private func clearFinalists() {
        for position in 0..<finalistCount { finalist[finalistIndex[position]] = false }
    }

    /// Marks the finalists in ``finalist``, every tie settled by the tie rule.
    private func qualify(_ c: Int, listVotes: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        var minimum = 2
        var qualified = 0
        clearFinalists()
        if case .threshold(let share, let base, let least) = rule.qualification {
            minimum = least
            let amount = base.amount(
                voters: outcome.voters1, listVotes: listVotes, blank: outcome.blank1, registered: outcome.registered1)
            for entry in 0..<count where share.isReached(by: votes1[entry], of: amount) {
                finalist[entry] = true
                qualified += 1
            }
        }
        // Fill up to the minimum with the best placed of the others.
        while qualified < min(minimum, count) {
            var best = -1
            for entry in 0..<count where !finalist[entry] {
                if best < 0 || ranksAbove(entry, best, votes: votes1, constituency: contest.pointee.constituency, round: 1) {
                    best = entry
                }
            }
            finalist[best] = true
            qualified += 1
            // A tie decided who went through if an entry left out had as many votes.
            for entry in 0..<count where !finalist[entry] && votes1[entry] == votes1[best] { outcome.decidedByTie = true }
        }
        if triesWithdrawals(contest.pointee) { withdraw(c) }
        finalistCount = 0
        for entry in 0..<count where finalist[entry] {
            finalistIndex[finalistCount] = entry
            finalistCount += 1
        }
    }
}
